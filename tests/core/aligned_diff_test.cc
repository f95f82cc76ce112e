#include "concord/aligned_diff.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

namespace concord {
namespace {

using Rows = std::vector<std::string>;

// "=text" equal, "-text" removed, "+text" added, "~left>right" changed, "<Mn text" left end
// of move n, ">Mn text" right end.
Rows render(std::string_view left, std::string_view right, const CompareOptions& options = {}) {
  const Result<AlignedDiff> result = compareTexts(left, right, options);
  EXPECT_TRUE(result.ok());
  const AlignedDiff& diff = result.value();
  Rows out;
  for (const AlignedRow& row : diff.rows) {
    const std::string l =
        row.leftUnit >= 0 ? std::string(diff.leftUnits[row.leftUnit].text.in(left)) : "";
    const std::string r =
        row.rightUnit >= 0 ? std::string(diff.rightUnits[row.rightUnit].text.in(right)) : "";
    switch (row.kind) {
      case AlignedKind::kEqual:
        out.push_back("=" + l);
        break;
      case AlignedKind::kRemoved:
        out.push_back("-" + l);
        break;
      case AlignedKind::kAdded:
        out.push_back("+" + r);
        break;
      case AlignedKind::kChanged:
        out.push_back("~" + l + ">" + r);
        break;
      case AlignedKind::kMoved:
        out.push_back((row.leftUnit >= 0 ? "<M" : ">M") + std::to_string(row.moveId) + " " +
                      (row.leftUnit >= 0 ? l : r));
        break;
    }
  }
  return out;
}

CompareOptions lines() {
  CompareOptions options;
  options.unit = AlignUnit::kLine;
  return options;
}

CompareOptions paragraphs() {
  CompareOptions options;
  options.unit = AlignUnit::kParagraph;
  return options;
}

TEST(DetectUnit, Table) {
  const std::string longLine =
      "This is a long paragraph of prose that somebody pasted from a web page, with many words "
      "in it and sentences that go on.";
  const std::string wrapped =
      "This paragraph was wrapped at a column\nby an editor, so its lines are short and\nend in "
      "the middle of a sentence.\n\nA second paragraph follows after a blank\nline and is "
      "wrapped the same way too.\n";
  EXPECT_EQ(detectUnit(longLine + "\n" + longLine + "\n"), AlignUnit::kParagraph);
  EXPECT_EQ(detectUnit(wrapped), AlignUnit::kParagraph);
  EXPECT_EQ(detectUnit("int main() {\n  return 0;\n}\n"), AlignUnit::kLine);
  EXPECT_EQ(detectUnit("apples\npears\nplums\n"), AlignUnit::kLine);
  EXPECT_EQ(detectUnit(""), AlignUnit::kLine);
}

TEST(SplitUnits, WrappedBlocksAreParagraphs) {
  const std::string text =
      "\nThis paragraph was wrapped at a column\nby an editor, so its lines are short and\nend in "
      "the middle of a sentence.\n\n\nA second paragraph follows after a blank\nline and is "
      "wrapped the same way too.\n";
  const std::vector<Unit> units = splitUnits(text, AlignUnit::kParagraph);
  ASSERT_EQ(units.size(), 2u);
  EXPECT_EQ(units[0].text.in(text).substr(0, 14), "This paragraph");
  EXPECT_EQ(units[0].text.in(text).back(), '.');
  EXPECT_EQ(units[0].span.begin, 0u);
  EXPECT_EQ(units[0].span.end, units[1].text.begin);
  EXPECT_EQ(units[1].span.end, text.size());
}

TEST(SplitUnits, OneParagraphPerLine) {
  const std::string text = "First paragraph, a sentence.\nSecond one.\n\nThird.";
  const std::vector<Unit> units = splitUnits(text, AlignUnit::kParagraph);
  ASSERT_EQ(units.size(), 3u);
  EXPECT_EQ(units[1].text.in(text), "Second one.");
  EXPECT_EQ(units[1].span.in(text), "Second one.\n\n");
}

TEST(SplitUnits, BlankOnlyTextIsOneEmptyUnit) {
  const std::vector<Unit> units = splitUnits("\n \n", AlignUnit::kParagraph);
  ASSERT_EQ(units.size(), 1u);
  EXPECT_EQ(units[0].span, (ByteRange{0, 3}));
}

TEST(CompareTexts, LineRowsTable) {
  struct Case {
    const char* left;
    const char* right;
    Rows rows;
  };
  const Case cases[] = {
      {"a\nb\n", "a\nb\n", {"=a", "=b"}},
      {"", "x\n", {"+x"}},
      {"x\n", "", {"-x"}},
      // Paired by similarity, not by position: "gamma" is edited, "beta" removed.
      {"alpha\nbeta\ngamma ray burst\nend\n",
       "alpha\ngamma ray bursts\nend\n",
       {"=alpha", "-beta", "~gamma ray burst>gamma ray bursts", "=end"}},
      {"keep\nold line one\nkeep2\n",
       "keep\nnew text entirely\nkeep2\n",
       {"=keep", "-old line one", "+new text entirely", "=keep2"}},
  };
  for (const Case& c : cases) EXPECT_EQ(render(c.left, c.right, lines()), c.rows) << c.left;
}

TEST(CompareTexts, PairingFollowsSimilarityAcrossPositions) {
  // Two removed and two added lines: the first added is a version of the second removed.
  EXPECT_EQ(
      render("start\nthe cat sat on the mat\nunrelated words here\nend\n",
             "start\ncompletely new sentence\nthe cat sat on a mat\nend\n", lines()),
      (Rows{"=start", "+completely new sentence", "~the cat sat on the mat>the cat sat on a mat",
            "-unrelated words here", "=end"}));
}

TEST(CompareTexts, MovedBlockIsLinkedAtBothEnds) {
  const std::string moved = "This paragraph moved to the end.";
  const std::string left = moved + "\nFirst stays.\nSecond stays.\n";
  const std::string right = "First stays.\nSecond stays.\n" + moved + "\n";
  const Result<AlignedDiff> diff = compareTexts(left, right, lines());
  ASSERT_TRUE(diff.ok());
  EXPECT_EQ(render(left, right, lines()),
            (Rows{"<M0 " + moved, "=First stays.", "=Second stays.", ">M0 " + moved}));
  ASSERT_EQ(diff.value().moves.size(), 1u);
  EXPECT_EQ(diff.value().moves[0].leftBegin, 0u);
  EXPECT_EQ(diff.value().moves[0].rightBegin, 2u);
  EXPECT_EQ(diff.value().stats.moved, 1u);
  EXPECT_EQ(diff.value().stats.removed, 0u);
  EXPECT_EQ(diff.value().stats.added, 0u);
}

TEST(CompareTexts, MovedAndEditedBlock) {
  const std::string left =
      "The quick brown fox jumps over the lazy dog today.\nMiddle one.\nMiddle two.\n";
  const std::string right =
      "Middle one.\nMiddle two.\nThe quick brown fox leaps over the lazy dog today.\n";
  const Result<AlignedDiff> result = compareTexts(left, right, lines());
  ASSERT_TRUE(result.ok());
  const AlignedDiff& diff = result.value();
  ASSERT_EQ(diff.rows.size(), 4u);
  EXPECT_EQ(diff.rows[0].kind, AlignedKind::kMoved);
  EXPECT_EQ(diff.rows[3].kind, AlignedKind::kMoved);
  EXPECT_EQ(diff.rows[0].moveId, diff.rows[3].moveId);
  EXPECT_LT(diff.rows[0].similarity, 1.0f);
  // Both ends carry the inline change: "jumps" removed, "leaps" added.
  std::string changes;
  for (uint32_t k = diff.rows[3].inlineBegin; k < diff.rows[3].inlineEnd; ++k) {
    const InlineOp& op = diff.inlineOps[k];
    if (op.kind == InlineKind::kRemoved) changes += "-" + std::string(op.left.in(left));
    if (op.kind == InlineKind::kAdded) changes += "+" + std::string(op.right.in(right));
  }
  EXPECT_EQ(changes, "-jumps+leaps");
}

TEST(CompareTexts, ConsecutiveMovedUnitsFormOneBlock) {
  const std::string left = "alpha beta gamma\ndelta epsilon zeta\nstay here one\nstay here two\n";
  const std::string right = "stay here one\nstay here two\nalpha beta gamma\ndelta epsilon zeta\n";
  const Result<AlignedDiff> diff = compareTexts(left, right, lines());
  ASSERT_TRUE(diff.ok());
  ASSERT_EQ(diff.value().moves.size(), 1u);
  EXPECT_EQ(diff.value().moves[0].leftEnd - diff.value().moves[0].leftBegin, 2u);
  EXPECT_EQ(diff.value().stats.moved, 2u);
}

TEST(CompareTexts, ShortLinesAreNotCalledMoved) {
  EXPECT_EQ(render("}\na\nb\n", "a\nb\n}\n", lines()), (Rows{"-}", "=a", "=b", "+}"}));
}

TEST(CompareTexts, OptionsChangeKeysNotText) {
  CompareOptions options = lines();
  options.text.ignoreCase = true;
  EXPECT_EQ(render("Hello\n", "hello\n", options), (Rows{"=Hello"}));
  options = lines();
  options.text.ignoreWhitespace = true;
  EXPECT_EQ(render("a  b \n", "a b\n", options), (Rows{"=a  b "}));
  options = lines();
  options.text.ignorePunctuation = true;
  EXPECT_EQ(render("Yes, sir!\n", "Yes sir\n", options), (Rows{"=Yes, sir!"}));
  options = lines();
  options.text.foldTypography = true;
  EXPECT_EQ(render("it\xE2\x80\x99s \xE2\x80\x94 ok\n", "it's - ok\n", options),
            (Rows{"=it\xE2\x80\x99s \xE2\x80\x94 ok"}));
  // Without the option the same pair is a change.
  EXPECT_EQ(render("Hello\n", "hello\n", lines()), (Rows{"~Hello>hello"}));
}

TEST(CompareTexts, RewrappedParagraphIsEqual) {
  const std::string left =
      "One paragraph that an editor wrapped at one width\nand that somebody later wrapped "
      "again at\nanother width, which changes no word at all.\n\nAnother paragraph, also "
      "wrapped by the editor\nat the same width as the first one was.\n";
  const std::string right =
      "One paragraph that an editor wrapped at one width and that\nsomebody later wrapped "
      "again at another width, which\nchanges no word at all.\n\nAnother paragraph, also "
      "wrapped by the editor\nat the same width as the first one was.\n";
  const Rows rows = render(left, right, paragraphs());
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].substr(0, 4), "=One");
  EXPECT_EQ(rows[1].substr(0, 8), "=Another");
}

TEST(CompareTexts, StatsCountRowsAndWords) {
  const std::string left = "same line here\nthe cat sat on the mat\nzzz qqq\n";
  const std::string right = "same line here\nthe cat sat on a mat\nxxx yyy vvv\n";
  const Result<AlignedDiff> result = compareTexts(left, right, lines());
  ASSERT_TRUE(result.ok());
  const CompareStats& s = result.value().stats;
  EXPECT_EQ(s.kept, 1u);
  EXPECT_EQ(s.changed, 1u);
  EXPECT_EQ(s.removed, 1u);
  EXPECT_EQ(s.added, 1u);
  EXPECT_EQ(s.leftWords, 11u);
  EXPECT_EQ(s.rightWords, 12u);
  EXPECT_EQ(s.wordsDeleted, 3u);   // "the" (inline) + "zzz qqq"
  EXPECT_EQ(s.wordsInserted, 4u);  // "a" + "xxx yyy vvv"
  EXPECT_NEAR(s.similarity, (8.0 + 8.0) / 23.0, 1e-9);
  EXPECT_TRUE(s.minimal);
}

TEST(CompareTexts, EmptyTextsAreIdentical) {
  const Result<AlignedDiff> diff = compareTexts("", "");
  ASSERT_TRUE(diff.ok());
  EXPECT_TRUE(diff.value().rows.empty());
  EXPECT_EQ(diff.value().stats.similarity, 1.0);
}

TEST(CompareTexts, AutoPicksParagraphsForProse) {
  const std::string p1 =
      "Journalists compare drafts of articles to see what changed between versions of a story "
      "and who rewrote which sentence.";
  const std::string p2 =
      "Researchers check which articles copy or rewrite which other articles, paragraph by "
      "paragraph, across many sources.";
  const Result<AlignedDiff> diff = compareTexts(p1 + "\n" + p2 + "\n", p2 + "\n" + p1 + "\n");
  ASSERT_TRUE(diff.ok());
  EXPECT_EQ(diff.value().unit, AlignUnit::kParagraph);
}

// Property: on random pairs, units' spans tile each text (every byte in exactly one unit), rows
// hold every unit exactly once in order, so concatenating the right spans in row order gives B
// and the left ones give A; equal rows join equal keys; inline ops tile their units.
TEST(CompareTexts, RandomPairsCoverEveryByteOnce) {
  std::mt19937 random(17);
  const char* pieces[] = {
      "alpha beta",        "gamma delta epsilon", "x", "", "  ", "é日本", "the quick brown fox",
      "the quick red fox", "\xF0\x9F\x98\x80 ok"};
  const char* breaks[] = {"\n", "\n\n", "\r\n", "\n"};
  for (int round = 0; round < 300; ++round) {
    auto make = [&]() {
      std::string text;
      for (int k = random() % 12; k > 0; --k) {
        text += pieces[random() % 9];
        text += breaks[random() % 4];
      }
      if (random() % 3 == 0 && !text.empty()) text.pop_back();
      return text;
    };
    const std::string a = make(), b = make();
    CompareOptions options;
    options.unit = static_cast<AlignUnit>(random() % 3);
    options.text.ignoreCase = random() % 2;
    options.text.ignoreWhitespace = random() % 2;
    const Result<AlignedDiff> result = compareTexts(a, b, options);
    ASSERT_TRUE(result.ok());
    const AlignedDiff& diff = result.value();
    std::string rebuiltLeft, rebuiltRight;
    int32_t nextLeft = 0, nextRight = 0;
    for (const AlignedRow& row : diff.rows) {
      if (row.leftUnit >= 0) {
        EXPECT_EQ(row.leftUnit, nextLeft++);
        rebuiltLeft += diff.leftUnits[row.leftUnit].span.in(a);
      }
      if (row.rightUnit >= 0) {
        EXPECT_EQ(row.rightUnit, nextRight++);
        rebuiltRight += diff.rightUnits[row.rightUnit].span.in(b);
      }
      if (row.kind == AlignedKind::kChanged) {
        const Unit& lu = diff.leftUnits[row.leftUnit];
        const Unit& ru = diff.rightUnits[row.rightUnit];
        uint32_t l = lu.text.begin, r = ru.text.begin;
        for (uint32_t k = row.inlineBegin; k < row.inlineEnd; ++k) {
          const InlineOp& op = diff.inlineOps[k];
          if (op.kind != InlineKind::kAdded) {
            EXPECT_EQ(op.left.begin, l);
            l = op.left.end;
          }
          if (op.kind != InlineKind::kRemoved) {
            EXPECT_EQ(op.right.begin, r);
            r = op.right.end;
          }
        }
        EXPECT_EQ(l, lu.text.end);
        EXPECT_EQ(r, ru.text.end);
      }
    }
    EXPECT_EQ(nextLeft, static_cast<int32_t>(diff.leftUnits.size()));
    EXPECT_EQ(nextRight, static_cast<int32_t>(diff.rightUnits.size()));
    EXPECT_EQ(rebuiltLeft, a);
    EXPECT_EQ(rebuiltRight, b);
    const CompareStats& s = diff.stats;
    EXPECT_EQ(s.kept + s.changed + s.removed + s.moved, diff.leftUnits.size());
    EXPECT_EQ(s.kept + s.changed + s.added + s.moved, diff.rightUnits.size());
  }
}

}  // namespace
}  // namespace concord

namespace concord {
namespace {

TEST(CompareTexts, SimilarityCountsSymbolsToo) {
  CompareOptions options;
  options.unit = AlignUnit::kLine;
  // Four words and one symbol a side; only the symbol differs: (4 + 4) kept of 10 tokens.
  const Result<AlignedDiff> diff =
      compareTexts("Second para is here.\n", "Second para is here!\n", options);
  ASSERT_TRUE(diff.ok());
  EXPECT_EQ(diff.value().stats.wordsDeleted, 0u);
  EXPECT_EQ(diff.value().stats.wordsInserted, 0u);
  EXPECT_NEAR(diff.value().stats.similarity, 8.0 / 10.0, 1e-9);
  // Ignoring punctuation makes them equal again.
  options.text.ignorePunctuation = true;
  EXPECT_EQ(compareTexts("Second para is here.\n", "Second para is here!\n", options)
                .value()
                .stats.similarity,
            1.0);
}

TEST(CountTokens, CountsWordsAndSymbols) {
  const TokenCounts counts = countTokens("Hi, you\xF0\x9F\x98\x80 \xE6\x97\xA5\xE6\x9C\xAC!");
  EXPECT_EQ(counts.words, 4u);    // Hi you 日 本
  EXPECT_EQ(counts.symbols, 3u);  // , 😀 !
}

}  // namespace
}  // namespace concord

namespace concord {
namespace {

// Two units trade places: either could be "the one that moved"; the shorter one is, so the
// longer text stays in place.
TEST(CompareTexts, OfTwoSwappedUnitsTheShorterMoves) {
  const std::string shortLine = "A short line that swaps.";
  const std::string longLine =
      "A much longer line of text that also swaps places with the short one.";
  for (bool longFirst : {false, true}) {
    const std::string left =
        longFirst ? longLine + "\n" + shortLine + "\n" : shortLine + "\n" + longLine + "\n";
    const std::string right =
        longFirst ? shortLine + "\n" + longLine + "\n" : longLine + "\n" + shortLine + "\n";
    const Rows rows = render(left, right, lines());
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(std::count(rows.begin(), rows.end(), "=" + longLine), 1) << longFirst;
    EXPECT_EQ(std::count(rows.begin(), rows.end(), "<M0 " + shortLine), 1) << longFirst;
    EXPECT_EQ(std::count(rows.begin(), rows.end(), ">M0 " + shortLine), 1) << longFirst;
  }
}

// An article where one paragraph moved up while others were edited: one move, edits paired.
TEST(CompareTexts, ArticleWithAMovedParagraph) {
  const std::string left =
      "The council met on Tuesday to discuss the budget for the coming year.\n\n"
      "Residents raised concerns about the cost of transport and the state of the roads.\n\n"
      "The mayor said the council would publish a detailed plan by the end of the month.\n\n"
      "In other news, the library will extend its opening hours in the summer.\n";
  const std::string right =
      "The council met on Wednesday to debate the budget for the coming year.\n\n"
      "In other news, the library will extend its opening hours in the summer.\n\n"
      "Residents raised concerns about the cost of transport and the poor state of roads.\n\n"
      "A spokesperson declined to comment.\n\n"
      "The mayor said the council would publish a detailed plan by the end of the month.\n";
  const Result<AlignedDiff> result = compareTexts(left, right, paragraphs());
  ASSERT_TRUE(result.ok());
  const CompareStats& s = result.value().stats;
  EXPECT_EQ(s.moved, 1u);
  EXPECT_EQ(s.changed, 2u);
  EXPECT_EQ(s.added, 1u);
  EXPECT_EQ(s.kept, 1u);
  EXPECT_EQ(s.removed, 0u);
}

}  // namespace
}  // namespace concord
