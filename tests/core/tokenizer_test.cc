#include "concord/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace concord {
namespace {

// "w:" word, "s:" space, "p:" symbol, followed by the token's bytes.
std::vector<std::string> render(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& t : tokenize(text)) {
    const char* tag = t.kind == TokenKind::kWord ? "w:" : t.kind == TokenKind::kSpace ? "s:" : "p:";
    out.push_back(tag + std::string(t.range.in(text)));
  }
  return out;
}

using Tokens = std::vector<std::string>;

TEST(Tokenize, WordsSpacesAndPunctuation) {
  EXPECT_EQ(render("Hello, world!"), (Tokens{"w:Hello", "p:,", "s: ", "w:world", "p:!"}));
}

TEST(Tokenize, DigitsAndLettersJoin) {
  EXPECT_EQ(render("abc123 4"), (Tokens{"w:abc123", "s: ", "w:4"}));
}

TEST(Tokenize, WhitespaceRunIsOneToken) {
  EXPECT_EQ(render("a \t\n b"), (Tokens{"w:a", "s: \t\n ", "w:b"}));
}

TEST(Tokenize, LettersOfOtherScriptsFormWords) {
  // Cyrillic "привет", Greek "κόσμε", Arabic "سلام".
  EXPECT_EQ(render("привет κόσμε سلام"), (Tokens{"w:привет", "s: ", "w:κόσμε", "s: ", "w:سلام"}));
}

TEST(Tokenize, EachCjkIdeographIsAToken) {
  EXPECT_EQ(render("日本語です"), (Tokens{"w:日", "w:本", "w:語", "w:で", "w:す"}));
}

TEST(Tokenize, ApostropheBetweenLettersStaysInTheWord) {
  EXPECT_EQ(render("isn't O\xE2\x80\x99Neill 'quoted' rock'n"),
            (Tokens{"w:isn't", "s: ", "w:O\xE2\x80\x99Neill", "s: ", "p:'", "w:quoted", "p:'",
                    "s: ", "w:rock'n"}));
}

TEST(Tokenize, SeparatorsBetweenDigitsStayInTheNumber) {
  EXPECT_EQ(render("10,000 and 3.5, then 2024. U.S"),
            (Tokens{"w:10,000", "s: ", "w:and", "s: ", "w:3.5", "p:,", "s: ", "w:then",
                    "s: ", "w:2024", "p:.", "s: ", "w:U", "p:.", "w:S"}));
}

// The count docs/architecture.md and tokenizer.h give for this sentence.
// countTokens counts what tokenize finds: word tokens (each ideograph one) and symbol tokens.
// Its ASCII steps skip the general character path, so the texts mix ASCII with joiners,
// combining marks, ideographs, apostrophes and digit separators at every position.
TEST(CountTokens, CountsTheTokensTokenizeFinds) {
  const std::vector<std::string> pieces = {
      "word", " ", "\n", "'", "s", "3", ",", ".", "-", "\xE2\x80\x99", "\xE6\x97\xA5",
      "\xCC\x81", "\xE2\x80\x8D", "\xF0\x9F\x98\x80", "A", "\t", "!", "x"};
  uint32_t seed = 12345;
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    for (int k = 0; k < 1 + round % 12; ++k) {
      seed = seed * 1103515245u + 12345u;
      text += pieces[(seed >> 16) % pieces.size()];
    }
    uint32_t words = 0, symbols = 0;
    for (const Token& t : tokenize(text)) {
      words += t.kind == TokenKind::kWord;
      symbols += t.kind == TokenKind::kSymbol;
    }
    const TokenCounts counts = countTokens(text);
    ASSERT_EQ(counts.words, words) << text;
    ASSERT_EQ(counts.symbols, symbols) << text;
  }
}

TEST(CountWords, WellKnownFactHasTenWords) {
  EXPECT_EQ(
      countWords("A well-known fact: \xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E isn't 10,000 words."),
      10u);
}

TEST(IsBlankLine, AnyWhitespaceIsBlank) {
  EXPECT_TRUE(isBlankLine(""));
  EXPECT_TRUE(isBlankLine(" \t\xC2\xA0\xE3\x80\x80\xEF\xBB\xBF"));
  EXPECT_FALSE(isBlankLine(" x "));
  EXPECT_FALSE(isBlankLine("\xFF"));
}

TEST(AppendWordKey, FoldsNonAsciiCaseAndPossessives) {
  std::string key;
  appendWordKey(key, "\xC3\x84rger\xE2\x80\x99s", TextOptions::folded(), true);
  EXPECT_EQ(key, "\xC3\xA4rger");
  key.clear();
  appendWordKey(key, "Ärger", TextOptions{}, true);
  EXPECT_EQ(key, "Ärger");
}

TEST(Tokenize, CombiningMarkStaysWithItsBase) {
  // "e" + U+0301 COMBINING ACUTE, then after a symbol: "!" + U+0301.
  EXPECT_EQ(render("e\xCC\x81t\xC3\xA9 !\xCC\x81"),
            (Tokens{"w:e\xCC\x81t\xC3\xA9", "s: ", "p:!\xCC\x81"}));
}

TEST(Tokenize, EmojiIsNeverSplit) {
  // Thumbs up + skin tone; family via zero-width joiners; flag-free keycap-less case.
  const std::string thumbs = "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD";
  const std::string family =
      "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7";
  EXPECT_EQ(render("ok" + thumbs + family), (Tokens{"w:ok", "p:" + thumbs, "p:" + family}));
}

TEST(Tokenize, InvalidBytesAreOneByteSymbols) {
  EXPECT_EQ(render("a\xFF\xC3"), (Tokens{"w:a", "p:\xFF", "p:\xC3"}));
}

TEST(Tokenize, TokensTileTheText) {
  const std::string text = "Ünïcödé\xF0\x9F\x98\x80 漢字\r\n\xE2\x80\x94 end.\xC0";
  uint32_t at = 0;
  for (const Token& t : tokenize(text)) {
    EXPECT_EQ(t.range.begin, at);
    EXPECT_GT(t.range.end, t.range.begin);
    at = t.range.end;
  }
  EXPECT_EQ(at, text.size());
}

TEST(SplitCharacters, MarksAndModifiersExtendTheCharacter) {
  const std::string text = "e\xCC\x81\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBDx";
  const std::vector<ByteRange> chars = splitCharacters(text);
  ASSERT_EQ(chars.size(), 3u);
  EXPECT_EQ(chars[0].in(text), "e\xCC\x81");
  EXPECT_EQ(chars[1].in(text), "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD");
  EXPECT_EQ(chars[2].in(text), "x");
}

struct KeyCase {
  const char* text;
  TextOptions options;
  const char* key;
  LineJoin join = LineJoin::kKeep;
};

TextOptions opts(bool c, bool w, bool p, bool q) {
  TextOptions o;
  o.ignoreCase = c;
  o.ignoreWhitespace = w;
  o.ignorePunctuation = p;
  o.foldTypography = q;
  return o;
}

TEST(ComparisonKey, Table) {
  const KeyCase cases[] = {
      {"Hello World", opts(false, false, false, false), "Hello World"},
      {"Hello WORLD Ünïcode ΣΑΣ Привет", opts(true, false, false, false),
       "hello world ünïcode σασ привет"},
      {"  a \t b\n c  ", opts(false, true, false, false), "a b c"},
      {"U.S., (yes)!", opts(false, false, true, false), "US yes"},
      {"\xE2\x80\x9Cit\xE2\x80\x99s\xE2\x80\x9D \xE2\x80\x94 ok\xE2\x80\xA6",
       opts(false, false, false, true), "\"it's\" - ok..."},
      {"\xE2\x80\x9Cit\xE2\x80\x99s\xE2\x80\x9D", opts(false, false, true, true), "its"},
      {"a \xE2\x80\x94 b", opts(false, true, true, true), "a b"},
      {"one  \n  two\r\nthree", opts(false, false, false, false), "one two three", LineJoin::kJoin},
      {"a\xC2\xA0"
       "b",
       opts(false, false, false, true), "a b"},
      {"A\xFF"
       "B",
       opts(true, false, false, false),
       "a\xFF"
       "b"},
  };
  for (const KeyCase& c : cases) {
    EXPECT_EQ(comparisonKey(c.text, c.options, c.join), c.key) << c.text;
  }
}

TEST(CountWords, CountsWordTokensOnly) {
  EXPECT_EQ(countWords("It's 2 o'clock, 日本!"), 5u);  // It's 2 o'clock 日 本
  EXPECT_EQ(countWords(" ,. "), 0u);
}

}  // namespace
}  // namespace concord

namespace concord {
namespace {

// countWords runs without building tokens; it must agree with tokenize on any input.
TEST(CountWords, AgreesWithTokenizeOnRandomText) {
  const char* pieces[] = {"a",
                          "Z9",
                          " ",
                          "\n",
                          ".",
                          "\xCC\x81",
                          "\xE2\x80\x8D",
                          "\xE6\x97\xA5",
                          "\xF0\x9F\x98\x80",
                          "\xC3\xA9",
                          "\xFF",
                          "\xE2\x80\x94"};
  uint32_t seed = 1;
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    for (int k = round % 13; k > 0; --k) {
      seed = seed * 1103515245u + 12345u;
      text += pieces[(seed >> 16) % 12];
    }
    uint32_t words = 0;
    for (const Token& t : tokenize(text)) words += t.kind == TokenKind::kWord;
    EXPECT_EQ(countWords(text), words) << text;
  }
}

}  // namespace
}  // namespace concord
