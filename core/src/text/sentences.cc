// The sentence splitter: one scan for terminators and line breaks, each candidate judged by the
// words around it (see concord/sentences.h for the rules).
#include "concord/sentences.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>

#include "code_points.h"

namespace concord {
namespace {

using text::codePointAt;
using text::codePointBefore;

bool isWhitespace(char32_t c) {
  return c == ' ' || (c >= 0x09 && c <= 0x0D) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x3000 || c == 0xFEFF;
}

bool isLineBreak(char32_t c) {
  return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 ||
         c == 0x2029;
}

// Terminators that end a sentence only before a space: . ! ? and the ellipsis.
bool isLatinTerminator(char32_t c) { return c == '.' || c == '!' || c == '?' || c == 0x2026; }

// Full stops of scripts written without spaces, or whose stop is unambiguous, end a sentence
// wherever they are: CJK and fullwidth forms, Devanagari danda, Arabic, Armenian, Ethiopic,
// Myanmar, Khmer, and the doubled ?! marks.
bool isFullStop(char32_t c) {
  static constexpr std::array<char32_t, 18> kStops = {
      0x3002, 0xFF01, 0xFF1F, 0xFF0E, 0xFF61, 0x0964, 0x0965, 0x061F, 0x06D4,
      0x0589, 0x1362, 0x1367, 0x1368, 0x104A, 0x104B, 0x17D4, 0x203C, 0x2047};
  return std::find(kStops.begin(), kStops.end(), c) != kStops.end() || c == 0x2048 || c == 0x2049;
}

bool isCloser(char32_t c) {
  static constexpr std::array<char32_t, 17> kClosers = {
      '"',    '\'',   ')',    ']',    '}',    0x2019, 0x201D, 0x00BB, 0x203A,
      0x300D, 0x300F, 0xFF09, 0x3011, 0x3009, 0x300B, 0xFF63, 0xFF3D};
  return std::find(kClosers.begin(), kClosers.end(), c) != kClosers.end();
}

bool isOpener(char32_t c) {
  static constexpr std::array<char32_t, 16> kOpeners = {
      '"',    '\'',   '(',    '[',    '{',    0x2018, 0x201C, 0x00AB,
      0x2039, 0x300C, 0x300E, 0xFF08, 0x3010, 0x3008, 0x300A, 0x00BF};
  return std::find(kOpeners.begin(), kOpeners.end(), c) != kOpeners.end() || c == 0x00A1;
}

bool isAsciiLetter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isDigit(char32_t c) { return c >= '0' && c <= '9'; }

// Lower-case letters: ASCII and the common Latin, Greek and Cyrillic ones.
bool isLowerCase(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7) ||
         (c >= 0x100 && c <= 0x17F && (c % 2 == 1)) || (c >= 0x3B1 && c <= 0x3C9) ||
         (c >= 0x430 && c <= 0x45F);
}

// Abbreviations after which a full stop never ends a sentence: titles come before a name.
bool isTitle(std::string_view word) {
  static constexpr std::array<std::string_view, 30> kTitles = {
      "Mr",     "Mrs", "Ms",   "Mx",   "Dr",   "Prof", "Sr",   "Jr",  "St",  "Mt",
      "Gen",    "Sen", "Rep",  "Gov",  "Lt",   "Col",  "Capt", "Sgt", "Rev", "Hon",
      "Messrs", "Mme", "Mlle", "Pres", "Supt", "Cmdr", "Adm",  "Maj", "Fr",  "Insp"};
  return std::find(kTitles.begin(), kTitles.end(), word) != kTitles.end();
}

// Abbreviations that never end a sentence whatever follows ("vs. Smith", "cf. Chapter 2").
bool isInlineAbbreviation(std::string_view word) {
  static constexpr std::array<std::string_view, 10> kWords = {
      "vs", "cf", "approx", "ca", "viz", "resp", "incl", "esp", "Fig", "fig"};
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

// Abbreviations that end no sentence before a number ("No. 5", "Jan. 6", "pp. 12").
bool isNumberAbbreviation(std::string_view word) {
  static constexpr std::array<std::string_view, 22> kWords = {
      "No",  "Nos", "no",  "Vol", "vol", "pp",  "p",   "Art", "art",  "Sec", "ch",
      "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov"};
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end() || word == "Dec" ||
         word == "Ch";
}

// Short letter groups joined by dots ("U.S", "e.g", "a.m", "Ph.D"; not "example.com") as the
// word before a final dot.
bool isDottedAbbreviation(std::string_view word) {
  if (word.find('.') == std::string_view::npos) return false;
  size_t group = 0;
  for (const char c : word) {
    group = c == '.' ? 0 : group + 1;
    if (group > 3) return false;
  }
  return word.front() != '.' && word.back() != '.';
}

// True when the run [at, after) is one '.' and closing quotes or brackets.
bool isSingleDot(std::string_view text, size_t at, size_t after) {
  if (text[at] != '.') return false;
  for (size_t i = at + 1; i < after;) {
    const text::CodePoint c = codePointAt(text, i);
    if (!isCloser(c.value)) return false;
    i += c.length;
  }
  return true;
}

// The ASCII letters and dots just before byte `end`.
std::string_view wordBefore(std::string_view text, size_t begin, size_t end) {
  size_t start = end;
  while (start > begin &&
         (isAsciiLetter(static_cast<unsigned char>(text[start - 1])) || text[start - 1] == '.'))
    --start;
  return text.substr(start, end - start);
}

// The first character of the next word after `from` (past spaces and opening quotes), or 0.
char32_t nextWordStart(std::string_view text, size_t from, size_t end) {
  size_t i = from;
  while (i < end) {
    const text::CodePoint c = codePointAt(text, i);
    if (!isWhitespace(c.value) && !isOpener(c.value)) return c.value;
    i += c.length;
  }
  return 0;
}

// One past the run of terminators and closing quotes starting at `i`.
size_t runEnd(std::string_view text, size_t i, size_t end) {
  while (i < end) {
    const text::CodePoint c = codePointAt(text, i);
    if (!isLatinTerminator(c.value) && !isFullStop(c.value) && !isCloser(c.value)) break;
    i += c.length;
  }
  return i;
}

// True when the sentence so far, [begin, at), is a list number ("3" of "3. A new wave"): up to
// three digits after white space.
bool isListNumber(std::string_view text, size_t begin, size_t at) {
  while (begin < at && (text[begin] == ' ' || text[begin] == '\t')) ++begin;
  if (begin == at || at - begin > 3) return false;
  return std::all_of(text.begin() + begin, text.begin() + at,
                     [](char c) { return isDigit(static_cast<unsigned char>(c)); });
}

// Whether the run of terminators [at, after) that starts with a Latin terminator ends a sentence.
bool endsSentence(std::string_view text, size_t begin, size_t at, size_t after, size_t end) {
  if (after < end && !isWhitespace(codePointAt(text, after).value)) return false;
  const char32_t next = nextWordStart(text, after, end);
  if (next == 0) return true;
  if (isLowerCase(next)) return false;
  if (!isSingleDot(text, at, after)) return true;  // !, ?, "...": only lower case continues.
  if (at == after - 1 && isListNumber(text, begin, at)) return false;  // "2. Efficient training"
  const std::string_view word = wordBefore(text, begin, at);
  if (word.empty()) return true;
  if (word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z') return false;  // An initial.
  if (isTitle(word) || isInlineAbbreviation(word) || isDottedAbbreviation(word)) return false;
  return !(isNumberAbbreviation(word) && isDigit(next));
}

// True when a line starting at `i` opens with a list marker: a bullet, or a number or letter
// with . or ) followed by a space.
bool startsListItem(std::string_view text, size_t i, size_t end) {
  while (i < end && (text[i] == ' ' || text[i] == '\t')) ++i;
  if (i >= end) return false;
  const text::CodePoint c = codePointAt(text, i);
  const bool bullet = c.value == '-' || c.value == '*' || c.value == '+' || c.value == 0x2022 ||
                      c.value == 0x2023 || c.value == 0x25E6 || c.value == 0x00B7 ||
                      c.value == 0x2013 || c.value == 0x2014 || c.value == 0x25AA;
  size_t k = i + c.length;
  if (!bullet) {
    if (isDigit(c.value)) {
      while (k < end && isDigit(static_cast<unsigned char>(text[k]))) ++k;
    } else if (!isAsciiLetter(c.value)) {
      return false;
    }
    if (k >= end || (text[k] != '.' && text[k] != ')')) return false;
    ++k;
  }
  return k < end && (text[k] == ' ' || text[k] == '\t');
}

// At a line break at `i`: the end of the break when a sentence ends there (a blank line or a
// list item follows), else 0.
size_t breakEnd(std::string_view text, size_t i, size_t end) {
  size_t k = i + codePointAt(text, i).length;
  if (text[i] == '\r' && k < end && text[k] == '\n') ++k;
  size_t j = k;
  while (j < end && (text[j] == ' ' || text[j] == '\t')) ++j;
  if (j < end && (text[j] == '\n' || text[j] == '\r')) return j;
  return startsListItem(text, k, end) ? k : 0;
}

void addTrimmed(std::string_view text, size_t begin, size_t end, std::vector<ByteRange>& out) {
  while (begin < end) {
    const text::CodePoint c = codePointAt(text, begin);
    if (!isWhitespace(c.value)) break;
    begin += c.length;
  }
  while (end > begin) {
    const text::CodePoint c = codePointBefore(text, end);
    if (!isWhitespace(c.value)) break;
    end -= c.length;
  }
  if (begin < end) out.push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(end)});
}

}  // namespace

std::vector<ByteRange> splitSentences(std::string_view text, ByteRange within) {
  std::vector<ByteRange> sentences;
  const size_t end = std::min<size_t>(within.end, text.size());
  size_t start = std::min<size_t>(within.begin, end);
  for (size_t i = start; i < end;) {
    const text::CodePoint c = codePointAt(text, i);
    size_t cut = 0;  // Where the next sentence may start, when one ends here.
    if (isFullStop(c.value)) {
      cut = runEnd(text, i, end);
    } else if (isLatinTerminator(c.value)) {
      const size_t after = runEnd(text, i, end);
      if (endsSentence(text, start, i, after, end)) cut = after;
      if (cut == 0) {
        i = after;  // The rest of a run that ends nothing ends nothing either.
        continue;
      }
    } else if (isLineBreak(c.value)) {
      const size_t resume = breakEnd(text, i, end);
      if (resume != 0) {
        addTrimmed(text, start, i, sentences);
        start = i = resume;
        continue;
      }
    }
    if (cut != 0) {
      addTrimmed(text, start, cut, sentences);
      start = i = cut;
      continue;
    }
    i += c.length;
  }
  addTrimmed(text, start, end, sentences);
  return sentences;
}

std::vector<ByteRange> splitSentences(std::string_view text) {
  return splitSentences(text, ByteRange{0, static_cast<uint32_t>(text.size())});
}

}  // namespace concord
