#include "concord/paragraphs.h"

#include <algorithm>
#include <utility>

#include "hashing.h"

namespace concord {
namespace {

enum class CharClass : uint8_t { kWord, kApostrophe, kSpace, kPunctuation };

struct CharInfo {
  CharClass cls;
  uint32_t length;  // Bytes of the character.
  char ascii;       // Its ASCII fold for punctuation keys ('\0' when none).
};

// Classifies the UTF-8 character at `i`. Non-ASCII letters (é, ß, CJK...) are word characters;
// the General Punctuation block (U+2000..U+206F) and Latin-1 symbols (U+0080..U+00BF) are not,
// which is where typographic quotes, dashes and no-break spaces live.
inline CharInfo classify(std::string_view text, size_t i) {
  const auto byte = [&](size_t k) {
    return k < text.size() ? static_cast<unsigned char>(text[k]) : 0;
  };
  const unsigned char c = byte(i);
  if (c < 0x80) {
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
      return {CharClass::kWord, 1, static_cast<char>(c)};
    if (c == '\'') return {CharClass::kApostrophe, 1, '\''};
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
      return {CharClass::kSpace, 1, ' '};
    return {CharClass::kPunctuation, 1, static_cast<char>(c)};
  }
  if (c == 0xC2 && byte(i + 1) >= 0x80 && byte(i + 1) <= 0xBF) {
    if (byte(i + 1) == 0xA0) return {CharClass::kSpace, 2, ' '};
    return {CharClass::kPunctuation, 2, '\0'};
  }
  if (c == 0xE2 && (byte(i + 1) == 0x80 || byte(i + 1) == 0x81) && byte(i + 2) >= 0x80) {
    const unsigned char third = byte(i + 2);
    if (byte(i + 1) == 0x80) {
      if (third == 0x98 || third == 0x99 || third == 0xB2) return {CharClass::kApostrophe, 3, '\''};
      if (third == 0x9C || third == 0x9D || third == 0xB3) return {CharClass::kPunctuation, 3, '"'};
      if (third >= 0x90 && third <= 0x95) return {CharClass::kPunctuation, 3, '-'};
      if (third <= 0x8A || third == 0xAF) return {CharClass::kSpace, 3, ' '};
    }
    return {CharClass::kPunctuation, 3, '\0'};
  }
  // A byte order mark (U+FEFF) at the start of a file is no part of its first word.
  if (c == 0xEF && byte(i + 1) == 0xBB && byte(i + 2) == 0xBF) return {CharClass::kSpace, 3, ' '};
  uint32_t length = c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF8 ? 4 : 1;
  length = static_cast<uint32_t>(std::min<size_t>(length, text.size() - i));
  return {CharClass::kWord, length, '\0'};
}

bool isAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }

struct AsciiWordTable {
  bool word[128] = {};
  constexpr AsciiWordTable() {
    for (int c = '0'; c <= '9'; ++c) word[c] = true;
    for (int c = 'a'; c <= 'z'; ++c) word[c] = word[c - 'a' + 'A'] = true;
  }
  constexpr bool operator[](unsigned char c) const { return word[c]; }
};
constexpr AsciiWordTable kAsciiWord;

// Calls `emit(begin, end, normalized, flags)` for every word of text[begin, end).
template <typename Emit>
void forEachWord(std::string_view text, uint32_t begin, uint32_t end,
                 const NormalizeOptions& options, Emit&& emit) {
  std::string normalized;
  bool sentenceStart = true;
  uint32_t i = begin;
  while (i < end) {
    CharInfo info = classify(text, i);
    if (info.cls != CharClass::kWord) {
      if (info.cls == CharClass::kPunctuation) {
        const char p = text[i];
        if (p == '.' || p == '!' || p == '?' || p == ':') sentenceStart = true;
      }
      i += info.length;
      continue;
    }
    const uint32_t wordBegin = i;
    uint8_t flags = 0;
    if (isAsciiUpper(text[i])) flags |= kWordCapitalized;
    if (sentenceStart) flags |= kWordSentenceStart;
    sentenceStart = false;
    normalized.clear();
    uint32_t wordEnd = i;
    while (i < end) {
      const unsigned char c = static_cast<unsigned char>(text[i]);
      if (c < 0x80 && kAsciiWord[c]) {  // Fast path: most bytes are ASCII letters.
        char ch = static_cast<char>(c);
        if (c <= '9') flags |= kWordNumber;
        if (options.ignoreCase && isAsciiUpper(ch)) ch = static_cast<char>(ch - 'A' + 'a');
        normalized.push_back(ch);
        wordEnd = ++i;
        continue;
      }
      // A digit group separator or decimal point inside a number (10,000 or 3.5) is part of it.
      if ((c == ',' || c == '.') && i > wordBegin && i + 1 < end && isAsciiDigit(text[i - 1]) &&
          isAsciiDigit(text[i + 1])) {
        normalized.push_back(static_cast<char>(c));
        ++i;
        continue;
      }
      info = classify(text, i);
      if (info.cls == CharClass::kWord) {
        for (uint32_t k = 0; k < info.length; ++k) {
          char ch = text[i + k];
          if (ch >= '0' && ch <= '9') flags |= kWordNumber;
          if (options.ignoreCase && isAsciiUpper(ch)) ch = static_cast<char>(ch - 'A' + 'a');
          normalized.push_back(ch);
        }
        i += info.length;
        wordEnd = i;
      } else if (info.cls == CharClass::kApostrophe && i + info.length < end &&
                 classify(text, i + info.length).cls == CharClass::kWord) {
        // An inner apostrophe (don't, O'Neill) belongs to the word.
        if (options.foldTypography) {
          normalized.push_back('\'');
        } else {
          normalized.append(text.substr(i, info.length));
        }
        i += info.length;
      } else {
        break;
      }
    }
    // The possessive 's is dropped so that "DeepSeek's" and "DeepSeek" are one word.
    if (normalized.size() > 2 && normalized[normalized.size() - 2] == '\'' &&
        (normalized.back() == 's' || normalized.back() == 'S')) {
      normalized.resize(normalized.size() - 2);
    }
    emit(wordBegin, wordEnd, normalized, flags);
  }
}

bool isBlank(std::string_view line) {
  for (size_t i = 0; i < line.size();) {
    const CharInfo info = classify(line, i);
    if (info.cls != CharClass::kSpace) return false;
    i += info.length;
  }
  return true;
}

ByteRange trim(std::string_view text, uint32_t begin, uint32_t end) {
  while (begin < end && classify(text, begin).cls == CharClass::kSpace)
    begin += classify(text, begin).length;
  while (end > begin) {
    const unsigned char last = static_cast<unsigned char>(text[end - 1]);
    if (last == ' ' || last == '\t' || last == '\r' || last == '\n' || last == '\f' ||
        last == '\v') {
      --end;
    } else if (end - begin >= 2 && text[end - 2] == '\xC2' && last == 0xA0) {
      end -= 2;
    } else {
      break;
    }
  }
  return {begin, end};
}

// Lines longer than this are never hard-wrapped prose, so a text that has one puts a paragraph
// on each line even if it also has blank lines.
constexpr uint32_t kWrappedLineLimit = 200;

ParagraphSplit resolveSplit(std::string_view text, const std::vector<Line>& lines) {
  bool anyBlank = false, multiLineBlock = false;
  uint32_t run = 0;
  for (const Line& line : lines) {
    if (line.end - line.begin > kWrappedLineLimit) return ParagraphSplit::kLines;
    if (isBlank(line.content(text))) {
      anyBlank = true;
      run = 0;
    } else if (++run >= 2) {
      multiLineBlock = true;
    }
  }
  return anyBlank && multiLineBlock ? ParagraphSplit::kBlankLines : ParagraphSplit::kLines;
}

}  // namespace

uint32_t Vocabulary::intern(std::string_view word) {
  uint64_t hash = 0xCBF29CE484222325ull;  // FNV-1a, then mixed: short keys, cheap and spread.
  for (char c : word) hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001B3ull;
  hash = mix64(hash);
  const size_t mask = slots_.size() - 1;
  for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
    const uint32_t entry = slots_[slot];
    if (entry == 0) {
      const uint32_t id = size();
      bytes_.append(word);
      starts_.push_back(static_cast<uint32_t>(bytes_.size()));
      hashes_.push_back(hash);
      slots_[slot] = id + 1;
      if (size() * 2 > slots_.size()) grow();
      return id;
    }
    if (hashes_[entry - 1] == hash && this->word(entry - 1) == word) return entry - 1;
  }
}

void Vocabulary::grow() {
  std::vector<uint32_t> slots(slots_.size() * 2, 0);
  const size_t mask = slots.size() - 1;
  for (uint32_t id = 0; id < size(); ++id) {
    size_t slot = hashes_[id] & mask;
    while (slots[slot] != 0) slot = (slot + 1) & mask;
    slots[slot] = id + 1;
  }
  slots_.swap(slots);
}

ParsedText parseText(std::string_view text, ParagraphSplit split, const NormalizeOptions& options,
                     Vocabulary& vocabulary) {
  ParsedText parsed;
  // Words are the largest structure of an analysis (16 bytes each, all documents alive at
  // once): the growth slack of push_back, up to half of it, is given back.
  const auto fitted = [&parsed]() {
    parsed.words.shrink_to_fit();
    parsed.paragraphs.shrink_to_fit();
    return std::move(parsed);
  };
  const std::vector<Line> lines = splitLines(text, LineBreaks::kAny);
  if (split == ParagraphSplit::kAuto) split = resolveSplit(text, lines);
  const auto addParagraph = [&](uint32_t begin, uint32_t end) {
    const ByteRange range = trim(text, begin, end);
    if (range.size() == 0) return;
    Paragraph paragraph;
    paragraph.range = range;
    paragraph.firstWord = static_cast<uint32_t>(parsed.words.size());
    forEachWord(text, range.begin, range.end, options,
                [&](uint32_t b, uint32_t e, const std::string& normalized, uint8_t flags) {
                  parsed.words.push_back({{b, e}, vocabulary.intern(normalized), flags});
                });
    paragraph.endWord = static_cast<uint32_t>(parsed.words.size());
    parsed.paragraphs.push_back(paragraph);
  };
  if (split == ParagraphSplit::kLines) {
    for (const Line& line : lines) addParagraph(line.begin, line.end);
    return fitted();
  }
  bool open = false;
  uint32_t blockBegin = 0, blockEnd = 0;
  for (const Line& line : lines) {
    if (isBlank(line.content(text))) {
      if (open) addParagraph(blockBegin, blockEnd);
      open = false;
    } else {
      if (!open) blockBegin = line.begin;
      open = true;
      blockEnd = line.end;
    }
  }
  if (open) addParagraph(blockBegin, blockEnd);
  return fitted();
}

std::string paragraphKey(std::string_view paragraph, const NormalizeOptions& options) {
  std::string key;
  const uint32_t size = static_cast<uint32_t>(paragraph.size());
  if (options.ignorePunctuation) {
    forEachWord(paragraph, 0, size, options,
                [&](uint32_t, uint32_t, const std::string& normalized, uint8_t) {
                  if (!key.empty()) key.push_back(' ');
                  key += normalized;
                });
    return key;
  }
  bool pendingSpace = false;
  for (uint32_t i = 0; i < size;) {
    const CharInfo info = classify(paragraph, i);
    if (info.cls == CharClass::kSpace) {
      pendingSpace = !key.empty();
    } else {
      if (pendingSpace) key.push_back(' ');
      pendingSpace = false;
      if (options.foldTypography && info.ascii != '\0' && info.length > 1) {
        key.push_back(info.ascii);
      } else {
        for (uint32_t k = 0; k < info.length; ++k) {
          char ch = paragraph[i + k];
          if (options.ignoreCase && isAsciiUpper(ch)) ch = static_cast<char>(ch - 'A' + 'a');
          key.push_back(ch);
        }
      }
    }
    i += info.length;
  }
  return key;
}

}  // namespace concord
