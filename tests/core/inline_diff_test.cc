#include "concord/inline_diff.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace concord {
namespace {

// Renders ops as "=text", "-text", "+text" joined by '|'.
std::string render(std::string_view left, std::string_view right,
                   const InlineDiffOptions& options = {}) {
  const InlineDiff diff = diffInline(left, right, options);
  std::string out;
  for (const InlineOp& op : diff.ops) {
    if (!out.empty()) out += '|';
    if (op.kind == InlineKind::kEqual) out += "=" + std::string(op.left.in(left));
    if (op.kind == InlineKind::kRemoved) out += "-" + std::string(op.left.in(left));
    if (op.kind == InlineKind::kAdded) out += "+" + std::string(op.right.in(right));
  }
  return out;
}

struct Case {
  const char* left;
  const char* right;
  const char* expected;
};

TEST(DiffInline, WordLevelTable) {
  const Case cases[] = {
      {"same text", "same text", "=same text"},
      {"the cat sat", "the dog sat", "=the |-cat|+dog|= sat"},
      {"a b", "a b c", "=a b|+ c"},
      {"", "new", "+new"},
      {"old", "", "-old"},
      // A rewritten phrase is one change, not "the" and spaces kept between changed words.
      {"we saw the quick brown fox", "we saw a slow red fox",
       "=we saw |-the quick brown|+a slow red|= fox"},
  };
  for (const Case& c : cases) EXPECT_EQ(render(c.left, c.right), c.expected) << c.left;
}

TEST(DiffInline, CharacterLevelInsideAWord) {
  const Case cases[] = {
      {"the U.S. army", "the US army", "=the U|-.|=S|-.|= army"},
      {"it\xE2\x80\x99s", "it's", "=it|-\xE2\x80\x99|+'|=s"},
      {"colour scheme", "color scheme", "=colo|-u|=r scheme"},
      // Different words, or words sharing fewer letters than they change, stay whole.
      {"cat", "dog", "-cat|+dog"},
      {"on Tuesday", "on Wednesday", "=on |-Tuesday|+Wednesday"},
      // Changes spanning words are never split into characters.
      {"to discuss it", "to debate it", "=to |-discuss|+debate|= it"},
      {"Tuesday to discuss", "Wednesday to debate", "-Tuesday to discuss|+Wednesday to debate"},
  };
  for (const Case& c : cases) EXPECT_EQ(render(c.left, c.right), c.expected) << c.left;
}

TEST(DiffInline, WithoutCleanupKeepsSmallEqualities) {
  InlineDiffOptions options;
  options.semanticCleanup = false;
  options.characterLevel = false;
  EXPECT_EQ(render("the quick brown", "a slow brown", options), "-the|+a|= |-quick|+slow|= brown");
}

TEST(DiffInline, KeyOptionsHideDifferencesButKeepText) {
  InlineDiffOptions options;
  options.text.ignoreCase = true;
  EXPECT_EQ(render("Hello World", "hello world", options), "=Hello World");
  options = {};
  options.text.ignorePunctuation = true;
  EXPECT_EQ(render("yes, sir.", "yes sir", options), "=yes, sir.");
  options = {};
  options.text.ignoreWhitespace = true;
  EXPECT_EQ(render("a  b\tc", "a b c", options), "=a  b\tc");
  options = {};
  options.text.foldTypography = true;
  EXPECT_EQ(render("\xE2\x80\x9Chi\xE2\x80\x9D \xE2\x80\x94 x", "\"hi\" - x", options),
            "=\xE2\x80\x9Chi\xE2\x80\x9D \xE2\x80\x94 x");
}

TEST(DiffInline, CjkChangesAtIdeographLevel) {
  EXPECT_EQ(render("我喜欢猫", "我喜欢狗"), "=我喜欢|-猫|+狗");
}

TEST(DiffInline, WordCounts) {
  const InlineDiff diff = diffInline("one two three four", "one 2 three four five");
  EXPECT_EQ(diff.keptLeftWords, 3u);
  EXPECT_EQ(diff.keptRightWords, 3u);
  EXPECT_EQ(diff.deletedWords, 1u);
  EXPECT_EQ(diff.insertedWords, 2u);
}

// Property: non-added ops tile the left text, non-removed ops tile the right one, and equal ops
// join equal text (no key options).
TEST(DiffInline, RandomPairsTileBothSides) {
  std::mt19937 random(3);
  const char* words[] = {"a", "bb", "c.", "é", "日", " ", ", ", "\xF0\x9F\x98\x80", "dd\n"};
  for (int round = 0; round < 400; ++round) {
    std::string left, right;
    for (int k = random() % 20; k > 0; --k) left += words[random() % 9];
    for (int k = random() % 20; k > 0; --k) right += words[random() % 9];
    const InlineDiff diff = diffInline(left, right);
    uint32_t l = 0, r = 0;
    for (const InlineOp& op : diff.ops) {
      if (op.kind != InlineKind::kAdded) {
        EXPECT_EQ(op.left.begin, l);
        l = op.left.end;
      }
      if (op.kind != InlineKind::kRemoved) {
        EXPECT_EQ(op.right.begin, r);
        r = op.right.end;
      }
      if (op.kind == InlineKind::kEqual) EXPECT_EQ(op.left.in(left), op.right.in(right));
    }
    EXPECT_EQ(l, left.size());
    EXPECT_EQ(r, right.size());
    EXPECT_EQ(diff.keptLeftWords + diff.deletedWords, countWords(left));
    EXPECT_EQ(diff.keptRightWords + diff.insertedWords, countWords(right));
  }
}

}  // namespace
}  // namespace concord
