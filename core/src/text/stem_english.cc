// Porter2, written from Snowball's english.sbl (version 2.2, the one Debian ships): one function
// per step of the definition, on code points so that the lengths and positions it counts are
// those of Snowball.
#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "code_points.h"
#include "concord/stem.h"

namespace concord {
namespace {

using Word = std::u32string;

bool isVowel(char32_t c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

// Snowball's v_WXY grouping: the vowels, w, x and Y.
bool isVowelWxy(char32_t c) { return isVowel(c) || c == 'w' || c == 'x' || c == 'Y'; }

bool isValidLi(char32_t c) {
  return c == 'c' || c == 'd' || c == 'e' || c == 'g' || c == 'h' || c == 'k' || c == 'm' ||
         c == 'n' || c == 'r' || c == 't';
}

bool endsWith(const Word& w, std::u32string_view suffix) {
  return w.size() >= suffix.size() &&
         std::u32string_view(w).substr(w.size() - suffix.size()) == suffix;
}

// The longest of `suffixes` that `w` ends with, as its index, or -1 (Snowball's `among`).
template <size_t N>
int longestSuffix(const Word& w, const std::array<std::u32string_view, N>& suffixes) {
  int best = -1;
  for (size_t k = 0; k < N; ++k) {
    if (endsWith(w, suffixes[k]) && (best < 0 || suffixes[k].size() > suffixes[best].size()))
      best = static_cast<int>(k);
  }
  return best;
}

using Rule = std::pair<std::u32string_view, std::u32string_view>;

// The rule of `rules` with the longest suffix that `w` ends with, as its index, or -1.
template <size_t N>
int longestRule(const Word& w, const std::array<Rule, N>& rules) {
  int best = -1;
  for (size_t k = 0; k < N; ++k) {
    const size_t length = rules[k].first.size();
    if (endsWith(w, rules[k].first) && (best < 0 || length > rules[best].first.size()))
      best = static_cast<int>(k);
  }
  return best;
}

void replaceSuffix(Word& w, size_t length, std::u32string_view with) {
  w.resize(w.size() - length);
  w.append(with);
}

bool hasVowelBefore(const Word& w, size_t end) {
  return std::any_of(w.begin(), w.begin() + static_cast<std::ptrdiff_t>(end), isVowel);
}

// Positions R1 and R2 start at, and whether the prelude turned some y into Y.
struct Regions {
  size_t p1 = 0, p2 = 0;
  bool yFound = false;
};

// Whole words with a stem of their own ("skies" -> "sky"); true when `w` was one.
bool exception1(Word& w) {
  static constexpr std::array<Rule, 18> kWords = {{
      {U"andes", U"andes"},
      {U"atlas", U"atlas"},
      {U"bias", U"bias"},
      {U"cosmos", U"cosmos"},
      {U"dying", U"die"},
      {U"early", U"earli"},
      {U"gently", U"gentl"},
      {U"howe", U"howe"},
      {U"idly", U"idl"},
      {U"lying", U"lie"},
      {U"news", U"news"},
      {U"only", U"onli"},
      {U"singly", U"singl"},
      {U"skies", U"sky"},
      {U"skis", U"ski"},
      {U"sky", U"sky"},
      {U"tying", U"tie"},
      {U"ugly", U"ugli"},
  }};
  for (const auto& [word, stem] : kWords) {
    if (w == word) {
      w = stem;
      return true;
    }
  }
  return false;
}

// Drops one leading apostrophe and marks consonant y (initial, or after a vowel) as Y.
void prelude(Word& w, Regions& regions) {
  if (!w.empty() && w[0] == '\'') w.erase(0, 1);
  if (!w.empty() && w[0] == 'y') w[0] = 'Y', regions.yFound = true;
  for (size_t i = 1; i < w.size(); ++i) {
    if (w[i] == 'y' && isVowel(w[i - 1])) w[i] = 'Y', regions.yFound = true;
  }
}

// The end of the first non-vowel after a vowel at or after `from`; w.size() when none.
size_t regionAfter(const Word& w, size_t from) {
  size_t i = from;
  while (i < w.size() && !isVowel(w[i])) ++i;
  while (i < w.size() && isVowel(w[i])) ++i;
  return i < w.size() ? i + 1 : w.size();
}

void markRegions(const Word& w, Regions& regions) {
  static constexpr std::array<std::u32string_view, 3> kPrefixes = {U"gener", U"commun", U"arsen"};
  const auto prefix = std::find_if(kPrefixes.begin(), kPrefixes.end(), [&](auto p) {
    return std::u32string_view(w).substr(0, p.size()) == p;
  });
  regions.p1 = prefix != kPrefixes.end() ? prefix->size() : regionAfter(w, 0);
  regions.p2 = regions.p1 < w.size() ? regionAfter(w, regions.p1) : w.size();
}

// True when w[0, end) ends in a short syllable.
bool endsShort(const Word& w, size_t end) {
  if (end >= 3 && !isVowelWxy(w[end - 1]) && isVowel(w[end - 2]) && !isVowel(w[end - 3]))
    return true;
  return end == 2 && !isVowel(w[1]) && isVowel(w[0]);
}

void step1a(Word& w) {
  static constexpr std::array<std::u32string_view, 3> kApostrophes = {U"'", U"'s'", U"'s"};
  const int apostrophe = longestSuffix(w, kApostrophes);
  if (apostrophe >= 0) w.resize(w.size() - kApostrophes[apostrophe].size());
  static constexpr std::array<std::u32string_view, 6> kSuffixes = {U"ied",  U"s",  U"ies",
                                                                   U"sses", U"ss", U"us"};
  const int k = longestSuffix(w, kSuffixes);
  if (k < 0) return;
  const std::u32string_view suffix = kSuffixes[k];
  const size_t start = w.size() - suffix.size();
  if (suffix == U"sses") {
    replaceSuffix(w, 4, U"ss");
  } else if (suffix == U"ied" || suffix == U"ies") {
    replaceSuffix(w, 3, start >= 2 ? U"i" : U"ie");
  } else if (suffix == U"s") {
    // Delete the s when a vowel comes before the letter preceding it.
    if (start >= 1 && hasVowelBefore(w, start - 1)) w.pop_back();
  }
}

// Whole words that Step 1b onwards leave alone.
bool exception2(const Word& w) {
  static constexpr std::array<std::u32string_view, 8> kWords = {
      U"succeed", U"proceed", U"exceed", U"canning", U"inning", U"earring", U"herring", U"outing"};
  return std::find(kWords.begin(), kWords.end(), std::u32string_view(w)) != kWords.end();
}

// After -ed or -ing is gone: restore an e, or undouble a final consonant.
void step1bTidy(Word& w, const Regions& regions) {
  static constexpr std::array<std::u32string_view, 3> kAddE = {U"at", U"bl", U"iz"};
  static constexpr std::array<std::u32string_view, 9> kDoubles = {U"bb", U"dd", U"ff", U"gg", U"mm",
                                                                  U"nn", U"pp", U"rr", U"tt"};
  if (longestSuffix(w, kAddE) >= 0) {
    w.push_back('e');
  } else if (longestSuffix(w, kDoubles) >= 0) {
    w.pop_back();
  } else if (w.size() == regions.p1 && endsShort(w, w.size())) {
    w.push_back('e');
  }
}

void step1b(Word& w, const Regions& regions) {
  static constexpr std::array<std::u32string_view, 6> kSuffixes = {U"ed",   U"eed",   U"ing",
                                                                   U"edly", U"eedly", U"ingly"};
  const int k = longestSuffix(w, kSuffixes);
  if (k < 0) return;
  const std::u32string_view suffix = kSuffixes[k];
  const size_t start = w.size() - suffix.size();
  if (suffix == U"eed" || suffix == U"eedly") {
    if (start >= regions.p1) replaceSuffix(w, suffix.size(), U"ee");
    return;
  }
  if (!hasVowelBefore(w, start)) return;
  w.resize(start);
  step1bTidy(w, regions);
}

void step1c(Word& w) {
  const size_t n = w.size();
  if (n >= 3 && (w[n - 1] == 'y' || w[n - 1] == 'Y') && !isVowel(w[n - 2])) w[n - 1] = 'i';
}

void step2(Word& w, const Regions& regions) {
  static constexpr std::array<Rule, 24> kRules = {{
      {U"tional", U"tion"}, {U"enci", U"ence"},   {U"anci", U"ance"},   {U"abli", U"able"},
      {U"entli", U"ent"},   {U"izer", U"ize"},    {U"ization", U"ize"}, {U"ational", U"ate"},
      {U"ation", U"ate"},   {U"ator", U"ate"},    {U"alism", U"al"},    {U"aliti", U"al"},
      {U"alli", U"al"},     {U"fulness", U"ful"}, {U"ousli", U"ous"},   {U"ousness", U"ous"},
      {U"iveness", U"ive"}, {U"iviti", U"ive"},   {U"biliti", U"ble"},  {U"bli", U"ble"},
      {U"ogi", U"og"},      {U"fulli", U"ful"},   {U"lessli", U"less"}, {U"li", U""},
  }};
  const int k = longestRule(w, kRules);
  if (k < 0) return;
  const std::u32string_view suffix = kRules[k].first;
  const size_t start = w.size() - suffix.size();
  if (start < regions.p1) return;
  if (suffix == U"ogi" && (start == 0 || w[start - 1] != 'l')) return;
  if (suffix == U"li" && (start == 0 || !isValidLi(w[start - 1]))) return;
  replaceSuffix(w, suffix.size(), kRules[k].second);
}

void step3(Word& w, const Regions& regions) {
  static constexpr std::array<Rule, 9> kRules = {{
      {U"tional", U"tion"},
      {U"ational", U"ate"},
      {U"alize", U"al"},
      {U"icate", U"ic"},
      {U"iciti", U"ic"},
      {U"ical", U"ic"},
      {U"ful", U""},
      {U"ness", U""},
      {U"ative", U""},
  }};
  const int k = longestRule(w, kRules);
  if (k < 0) return;
  const std::u32string_view suffix = kRules[k].first;
  const size_t start = w.size() - suffix.size();
  if (start < regions.p1) return;
  if (suffix == U"ative" && start < regions.p2) return;
  replaceSuffix(w, suffix.size(), kRules[k].second);
}

void step4(Word& w, const Regions& regions) {
  static constexpr std::array<std::u32string_view, 18> kSuffixes = {
      U"al",   U"ance", U"ence", U"er",  U"ic",  U"able", U"ible", U"ant", U"ement",
      U"ment", U"ent",  U"ism",  U"ate", U"iti", U"ous",  U"ive",  U"ize", U"ion"};
  const int k = longestSuffix(w, kSuffixes);
  if (k < 0) return;
  const size_t start = w.size() - kSuffixes[k].size();
  if (start < regions.p2) return;
  if (kSuffixes[k] == U"ion" && (start == 0 || (w[start - 1] != 's' && w[start - 1] != 't')))
    return;
  w.resize(start);
}

void step5(Word& w, const Regions& regions) {
  if (w.empty()) return;
  const size_t start = w.size() - 1;
  if (w.back() == 'e') {
    if (start >= regions.p2 || (start >= regions.p1 && !endsShort(w, start))) w.pop_back();
  } else if (w.back() == 'l') {
    if (start >= regions.p2 && start >= 1 && w[start - 1] == 'l') w.pop_back();
  }
}

void postlude(Word& w, const Regions& regions) {
  if (!regions.yFound) return;
  std::replace(w.begin(), w.end(), U'Y', U'y');
}

// UTF-8 to code points; false on invalid UTF-8.
bool decode(std::string_view bytes, Word& out) {
  for (size_t i = 0; i < bytes.size();) {
    const text::CodePoint c = text::codePointAt(bytes, i);
    if (c.value == text::kNotUtf8) return false;
    out.push_back(c.value);
    i += c.length;
  }
  return true;
}

std::string encode(const Word& w) {
  std::string out;
  out.reserve(w.size());
  for (const char32_t c : w) {
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (c >> 6)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | (c >> 12)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (c >> 18)));
      out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
  return out;
}

}  // namespace

std::string stemEnglish(std::string_view word) {
  Word w;
  if (!decode(word, w)) return std::string(word);
  if (exception1(w)) return encode(w);
  if (w.size() < 3) return std::string(word);
  Regions regions;
  prelude(w, regions);
  markRegions(w, regions);
  step1a(w);
  if (!exception2(w)) {
    step1b(w, regions);
    step1c(w);
    step2(w, regions);
    step3(w, regions);
    step4(w, regions);
    step5(w, regions);
  }
  postlude(w, regions);
  return encode(w);
}

}  // namespace concord
