#include "concord/line_diff.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace concord {
namespace {

// Renders rows compactly: "=a" equal, "-a" removed, "+a" added, using each side's text.
std::vector<std::string> render(std::string_view left, std::string_view right) {
  const Result<LineDiff> diff = diffLines(left, right);
  EXPECT_TRUE(diff.ok()) << diff.error();
  std::vector<std::string> out;
  for (const DiffRow& row : diff.value().rows) {
    switch (row.kind) {
      case RowKind::kEqual:
        out.push_back("=" + std::string(row.left.in(left)));
        break;
      case RowKind::kRemoved:
        out.push_back("-" + std::string(row.left.in(left)));
        break;
      case RowKind::kAdded:
        out.push_back("+" + std::string(row.right.in(right)));
        break;
    }
  }
  return out;
}

using Rows = std::vector<std::string>;

TEST(DiffLines, EqualTextsGiveOnlyEqualRows) {
  EXPECT_EQ(render("a\nb\n", "a\nb\n"), (Rows{"=a", "=b"}));
}

TEST(DiffLines, BothEmptyGiveNoRows) { EXPECT_TRUE(render("", "").empty()); }

TEST(DiffLines, EmptyLeftIsAllAdded) { EXPECT_EQ(render("", "x\ny"), (Rows{"+x", "+y"})); }

TEST(DiffLines, EmptyRightIsAllRemoved) { EXPECT_EQ(render("x\ny\n", ""), (Rows{"-x", "-y"})); }

TEST(DiffLines, ChangeShowsRemovedBeforeAdded) {
  EXPECT_EQ(render("a\nb\nc\nd\n", "a\nB\nC\nd\n"), (Rows{"=a", "-b", "-c", "+B", "+C", "=d"}));
}

TEST(DiffLines, InsertionAndDeletion) {
  EXPECT_EQ(render("a\nb\nc\n", "a\nc\nd\n"), (Rows{"=a", "-b", "=c", "+d"}));
}

TEST(DiffLines, CrlfEqualsLfWhenComparingForReading) {
  const Result<LineDiff> diff = diffLines("a\r\nb\r\n", "a\nb\n");
  ASSERT_TRUE(diff.ok());
  EXPECT_EQ(diff.value().equal, 2u);
  EXPECT_EQ(diff.value().leftEndings, LineEndings::kCrlf);
  EXPECT_EQ(diff.value().rightEndings, LineEndings::kLf);
}

TEST(DiffLines, LoneCrSplitsLines) {
  EXPECT_EQ(render("a\rb\rc", "a\rx\rc"), (Rows{"=a", "-b", "+x", "=c"}));
}

TEST(DiffLines, LfOnlyCountsTheMissingFinalNewline) {
  const Result<LineDiff> diff = diffLines("a\nb", "a\nb\n", {LineBreaks::kLfOnly});
  ASSERT_TRUE(diff.ok());
  EXPECT_EQ(diff.value().removed, 1u);
  EXPECT_EQ(diff.value().added, 1u);
}

TEST(DiffLines, Utf8RangesCoverWholeCharacters) {
  const std::string left = "caf\xC3\xA9\n\xE6\x97\xA5\xE6\x9C\xAC\n";
  const std::string right = "caf\xC3\xA9\n\xF0\x9F\x98\x80\n";
  EXPECT_EQ(render(left, right),
            (Rows{"=caf\xC3\xA9", "-\xE6\x97\xA5\xE6\x9C\xAC", "+\xF0\x9F\x98\x80"}));
}

TEST(DiffLines, AbsentSideGetsInsertionPoint) {
  const std::string left = "a\nc\n", right = "a\nb\nc\n";
  const Result<LineDiff> diff = diffLines(left, right);
  ASSERT_TRUE(diff.ok());
  const DiffRow& added = diff.value().rows[1];
  EXPECT_EQ(added.kind, RowKind::kAdded);
  EXPECT_EQ(added.leftLine, 1u);
  EXPECT_EQ(added.left, (ByteRange{2, 2}));
  EXPECT_EQ(added.rightLine, 1u);
}

TEST(DiffLines, CountsMatchRows) {
  const Result<LineDiff> diff = diffLines("a\nb\nc\n", "b\nc\nd\ne\n");
  ASSERT_TRUE(diff.ok());
  EXPECT_EQ(diff.value().equal, 2u);
  EXPECT_EQ(diff.value().removed, 1u);
  EXPECT_EQ(diff.value().added, 2u);
  EXPECT_EQ(diff.value().leftLines, 3u);
  EXPECT_EQ(diff.value().rightLines, 4u);
}

// Property: rows cover every line of both sides exactly once, in order, and equal rows join
// equal lines; the number of edits is what a reference LCS gives.
TEST(DiffLines, RandomPairsCoverBothSidesWithMinimalEdits) {
  std::mt19937 random(7);
  for (int round = 0; round < 300; ++round) {
    auto make = [&](int n) {
      std::vector<std::string> lines;
      for (int i = 0; i < n; ++i) lines.push_back(std::string(1, char('a' + random() % 4)));
      return lines;
    };
    const auto a = make(random() % 12), b = make(random() % 12);
    std::string left, right;
    for (const auto& s : a) left += s + "\n";
    for (const auto& s : b) right += s + "\n";
    const Result<LineDiff> diff = diffLines(left, right);
    ASSERT_TRUE(diff.ok());
    uint32_t i = 0, j = 0;
    for (const DiffRow& row : diff.value().rows) {
      if (row.kind != RowKind::kAdded) EXPECT_EQ(row.leftLine, i++);
      if (row.kind != RowKind::kRemoved) EXPECT_EQ(row.rightLine, j++);
      if (row.kind == RowKind::kEqual) EXPECT_EQ(row.left.in(left), row.right.in(right));
    }
    EXPECT_EQ(i, a.size());
    EXPECT_EQ(j, b.size());
    std::vector<std::vector<int>> lcs(a.size() + 1, std::vector<int>(b.size() + 1, 0));
    for (size_t x = a.size(); x-- > 0;)
      for (size_t y = b.size(); y-- > 0;)
        lcs[x][y] = a[x] == b[y] ? lcs[x + 1][y + 1] + 1 : std::max(lcs[x + 1][y], lcs[x][y + 1]);
    EXPECT_EQ(diff.value().equal, static_cast<uint32_t>(lcs[0][0]));
  }
}

}  // namespace
}  // namespace concord

namespace concord {
namespace {

TEST(DiffLines, ReportsEachSidesLineEndings) {
  struct Case {
    const char* text;
    LineEndings endings;
  };
  const Case cases[] = {{"", LineEndings::kNone},       {"a", LineEndings::kNone},
                        {"a\nb", LineEndings::kLf},     {"a\r\nb\r\n", LineEndings::kCrlf},
                        {"a\rb\r", LineEndings::kCr},   {"a\r\nb\n", LineEndings::kMixed},
                        {"a\rb\n", LineEndings::kMixed}};
  for (const Case& c : cases) {
    const Result<LineDiff> any = diffLines(c.text, "");
    const Result<LineDiff> lf = diffLines(c.text, "", {LineBreaks::kLfOnly});
    ASSERT_TRUE(any.ok() && lf.ok());
    EXPECT_EQ(any.value().leftEndings, c.endings) << c.text;
    EXPECT_EQ(lf.value().leftEndings, c.endings) << c.text;
    EXPECT_EQ(detectLineEndings(c.text), c.endings) << c.text;
  }
}

}  // namespace
}  // namespace concord
