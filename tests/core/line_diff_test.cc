#include "concord/line_diff.h"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include "testing/reference_diff.h"

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

// The rows of diffLines(left, right, {mode}) cover both sides' lines in order with their byte
// ranges, equal rows join lines with equal keys, and the equal count is the reference LCS of the
// keys as splitLines gives them (a quadratic table: small inputs only).
void expectRowsCoverBothSidesMinimally(const std::string& left, const std::string& right,
                                       LineBreaks mode) {
  const Result<LineDiff> diff = diffLines(left, right, {mode});
  ASSERT_TRUE(diff.ok());
  const std::vector<Line> leftLines = splitLines(left, mode);
  const std::vector<Line> rightLines = splitLines(right, mode);
  auto key = [&](std::string_view text, const Line& l) {
    return mode == LineBreaks::kLfOnly ? l.withBreak(text) : l.content(text);
  };
  uint32_t i = 0, j = 0;
  for (const DiffRow& row : diff.value().rows) {
    if (row.kind != RowKind::kAdded) {
      ASSERT_LT(i, leftLines.size());
      ASSERT_EQ(row.leftLine, i);
      EXPECT_EQ(row.left.begin, leftLines[i].begin);
      EXPECT_EQ(row.left.end, leftLines[i].end);
      ++i;
    }
    if (row.kind != RowKind::kRemoved) {
      ASSERT_LT(j, rightLines.size());
      ASSERT_EQ(row.rightLine, j);
      EXPECT_EQ(row.right.begin, rightLines[j].begin);
      EXPECT_EQ(row.right.end, rightLines[j].end);
      ++j;
    }
    if (row.kind == RowKind::kEqual) {
      EXPECT_EQ(key(left, leftLines[row.leftLine]), key(right, rightLines[row.rightLine]));
    }
  }
  EXPECT_EQ(i, leftLines.size());
  EXPECT_EQ(j, rightLines.size());
  const size_t n = leftLines.size(), m = rightLines.size();
  std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
  for (size_t x = n; x-- > 0;) {
    for (size_t y = m; y-- > 0;) {
      lcs[x][y] = key(left, leftLines[x]) == key(right, rightLines[y])
                      ? lcs[x + 1][y + 1] + 1
                      : std::max(lcs[x + 1][y], lcs[x][y + 1]);
    }
  }
  EXPECT_EQ(diff.value().equal, static_cast<uint32_t>(lcs[0][0])) << left << "|" << right;
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

// Property, on the paths a large diff takes: lines long enough to span several 8-byte words,
// every terminator (LF, CRLF, lone CR, none at the end), both line-break modes, and a right
// side that mostly follows the left one (edited copies, with duplicate lines). Rows cover both
// sides' lines in order, equal rows join lines with equal keys, and the equal count is the
// reference LCS of the keys as splitLines gives them.
TEST(DiffLines, EditedCopiesWithMixedLinesAndBreaksGiveMinimalEdits) {
  std::mt19937 random(11);
  const std::vector<std::string> breaks{"\n", "\r\n", "\r"};
  auto line = [&] {
    std::string text;
    const int size = static_cast<int>(random() % 4 == 0 ? random() % 3 : random() % 30);
    for (int k = 0; k < size; ++k) text += char('a' + random() % 3);
    return text;
  };
  for (int round = 0; round < 400; ++round) {
    std::vector<std::string> a;
    for (int n = static_cast<int>(random() % 25); n > 0; --n) a.push_back(line());
    std::vector<std::string> b;
    for (const std::string& text : a) {
      const int what = static_cast<int>(random() % 10);
      if (what == 0) continue;                     // removed
      if (what == 1) b.push_back(line());          // added before
      b.push_back(what == 2 ? text + "x" : text);  // changed (a longer line) or kept
    }
    if (random() % 2) b.push_back(line());
    auto join = [&](const std::vector<std::string>& lines) {
      std::string text;
      for (size_t k = 0; k < lines.size(); ++k) {
        text += lines[k];
        if (k + 1 < lines.size() || random() % 2) text += breaks[random() % breaks.size()];
      }
      return text;
    };
    const std::string left = join(a), right = join(b);
    for (LineBreaks mode : {LineBreaks::kAny, LineBreaks::kLfOnly}) {
      expectRowsCoverBothSidesMinimally(left, right, mode);
    }
  }
}

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

// Property, on texts made of repeated runs of lines (few distinct lines, as license collages
// are), where the left side's lines mostly take their id from the line that followed the
// previous one before: rows cover both sides in order, equal rows join equal keys, and the
// equal count is the reference LCS, in both line-break modes and with mixed terminators.
TEST(DiffLines, RepeatedRunsOfFewDistinctLinesGiveMinimalEdits) {
  std::mt19937 random(13);
  const std::vector<std::string> blocks[] = {{"alpha beta gamma", "", "delta epsilon", "zeta"},
                                             {"", "delta epsilon", "eta theta iota kappa lambda"},
                                             {"zeta", "alpha beta gamma", "mu"},
                                             {"alpha beta gamma", "alpha beta", ""}};
  for (int round = 0; round < 200; ++round) {
    std::vector<std::string> a;
    for (int n = static_cast<int>(random() % 30); n > 0; --n) {
      for (const std::string& text : blocks[random() % 4]) a.push_back(text);
    }
    std::vector<std::string> b;
    for (const std::string& text : a) {
      const int what = static_cast<int>(random() % 12);
      if (what == 0) continue;
      if (what == 1) b.push_back(blocks[random() % 4][0]);
      b.push_back(what == 2 ? text + "!" : text);
    }
    const bool crlf = round % 3 == 0;
    auto join = [&](const std::vector<std::string>& lines) {
      std::string text;
      for (const std::string& l : lines) text += l + (crlf && random() % 2 ? "\r\n" : "\n");
      return text;
    };
    const std::string left = join(a), right = join(b);
    for (LineBreaks mode : {LineBreaks::kAny, LineBreaks::kLfOnly}) {
      SCOPED_TRACE(round);
      expectRowsCoverBothSidesMinimally(left, right, mode);
    }
  }
}

// Property, at the size where diffLines first walks both texts byte for byte and interns only
// the lines near a difference (kept when no removed line equals an added one): texts of a few
// hundred distinct lines pasted in runs (license collages) and a near copy (one edit about every
// 40 lines: a line changed, removed, or added, the added one new or, in odd rounds, a copy of a
// line found elsewhere). The edit count is dtl's, in both line-break modes.
TEST(DiffLines, LargeNearCopiesOfFewDistinctLinesHaveTheReferenceEditCount) {
  std::mt19937 random(19);
  for (int round = 0; round < 8; ++round) {
    std::vector<std::vector<std::string>> paragraphs(30 + 10 * round);
    for (auto& paragraph : paragraphs) {
      for (int n = 2 + static_cast<int>(random() % 6); n > 0; --n) {
        paragraph.push_back("clause " + std::to_string(random() % (80 + 40 * round)) +
                            " of the license terms and conditions");
      }
      paragraph.push_back("");
    }
    std::vector<std::string> a;
    while (a.size() < 4000) {
      const auto& paragraph = paragraphs[random() % paragraphs.size()];
      a.insert(a.end(), paragraph.begin(), paragraph.end());
    }
    std::vector<std::string> b;
    for (const std::string& line : a) {
      const int what = static_cast<int>(random() % 40);
      if (what == 0) continue;
      if (what == 1)
        b.push_back(round % 2 ? a[random() % a.size()] : "new " + std::to_string(b.size()));
      b.push_back(what == 2 ? line + " changed" : line);
    }
    std::string left, right;
    for (const std::string& line : a) left += line + "\n";
    for (const std::string& line : b) right += line + "\n";
    for (LineBreaks mode : {LineBreaks::kAny, LineBreaks::kLfOnly}) {
      std::map<std::string_view, uint32_t> idOf;
      auto ids = [&](const std::string& text) {
        std::vector<uint32_t> out;
        for (const Line& line : splitLines(text, mode)) {
          const std::string_view key =
              mode == LineBreaks::kLfOnly ? line.withBreak(text) : line.content(text);
          out.push_back(idOf.emplace(key, static_cast<uint32_t>(idOf.size())).first->second);
        }
        return out;
      };
      const Result<LineDiff> diff = diffLines(left, right, {mode});
      ASSERT_TRUE(diff.ok());
      EXPECT_TRUE(diff.value().minimal);
      EXPECT_EQ(diff.value().removed + diff.value().added,
                detail::referenceEditDistance(ids(left), ids(right)))
          << "round " << round;
    }
  }
}

// The rows diffLines gives, rebuilt from diffLineHunks and each side's splitLines.
std::vector<DiffRow> rowsOfHunks(const LineHunks& diff, const std::string& left,
                                 const std::string& right, LineBreaks mode) {
  const std::vector<Line> l = splitLines(left, mode), r = splitLines(right, mode);
  auto at = [](const std::vector<Line>& lines, uint32_t k, const std::string& text) {
    const uint32_t p = k < lines.size() ? lines[k].begin : static_cast<uint32_t>(text.size());
    return ByteRange{p, p};
  };
  std::vector<DiffRow> rows;
  uint32_t i = 0, j = 0;
  auto equalUpTo = [&](uint32_t leftLine) {
    for (; i < leftLine; ++i, ++j) {
      rows.push_back({RowKind::kEqual, i, j, {l[i].begin, l[i].end}, {r[j].begin, r[j].end}});
    }
  };
  for (const LineHunk& h : diff.hunks) {
    equalUpTo(h.leftLine);
    EXPECT_EQ(j, h.rightLine);
    for (uint32_t k = 0; k < h.leftCount; ++k, ++i) {
      rows.push_back({RowKind::kRemoved, i, j, {l[i].begin, l[i].end}, at(r, j, right)});
    }
    for (uint32_t k = 0; k < h.rightCount; ++k, ++j) {
      rows.push_back({RowKind::kAdded, i, j, at(l, i, left), {r[j].begin, r[j].end}});
    }
  }
  equalUpTo(static_cast<uint32_t>(l.size()));
  return rows;
}

// Property: the hunks are the rows of diffLines, with the same counts and endings, on edited
// copies with long lines (the byte-run comparison of near-identical sides) whose terminators
// differ between the sides (LF, CRLF, lone CR, none at the end), in both line-break modes.
TEST(DiffLineHunks, AreTheRowsOfDiffLines) {
  std::mt19937 random(17);
  const std::vector<std::string> breaks{"\n", "\r\n", "\r"};
  for (int round = 0; round < 300; ++round) {
    std::vector<std::string> a, b;
    for (int n = static_cast<int>(random() % 40); n > 0; --n) {
      a.push_back(std::string(random() % 50, char('a' + random() % 3)));
    }
    for (const std::string& text : a) {
      const int what = static_cast<int>(random() % 8);
      if (what == 0) continue;
      if (what == 1) b.push_back("new " + std::to_string(random() % 5));
      b.push_back(what == 2 ? text + "y" : text);
    }
    auto join = [&](const std::vector<std::string>& lines, bool sameBreaks) {
      std::string text;
      for (size_t k = 0; k < lines.size(); ++k) {
        text += lines[k];
        if (k + 1 < lines.size() || random() % 2) {
          text += sameBreaks ? std::string("\n") : breaks[random() % breaks.size()];
        }
      }
      return text;
    };
    const std::string left = join(a, round % 2 == 0), right = join(b, round % 4 == 0);
    for (LineBreaks mode : {LineBreaks::kAny, LineBreaks::kLfOnly}) {
      SCOPED_TRACE(round);
      const Result<LineDiff> rows = diffLines(left, right, {mode});
      const Result<LineHunks> hunks = diffLineHunks(left, right, {mode});
      ASSERT_TRUE(rows.ok() && hunks.ok());
      const LineDiff& d = rows.value();
      const LineHunks& h = hunks.value();
      EXPECT_EQ(std::tie(h.leftLines, h.rightLines, h.equal, h.removed, h.added, h.minimal),
                std::tie(d.leftLines, d.rightLines, d.equal, d.removed, d.added, d.minimal));
      EXPECT_EQ(h.leftEndings, d.leftEndings);
      EXPECT_EQ(h.rightEndings, d.rightEndings);
      const std::vector<DiffRow> rebuilt = rowsOfHunks(h, left, right, mode);
      ASSERT_EQ(rebuilt.size(), d.rows.size());
      for (size_t k = 0; k < rebuilt.size(); ++k) {
        const DiffRow &x = rebuilt[k], &y = d.rows[k];
        EXPECT_EQ(std::tie(x.kind, x.leftLine, x.rightLine, x.left.begin, x.left.end, x.right.begin,
                           x.right.end),
                  std::tie(y.kind, y.leftLine, y.rightLine, y.left.begin, y.left.end, y.right.begin,
                           y.right.end))
            << "row " << k;
      }
      expectRowsCoverBothSidesMinimally(left, right, mode);
    }
  }
}

}  // namespace
}  // namespace concord
