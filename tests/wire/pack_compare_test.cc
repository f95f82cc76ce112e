#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "concord_wire/layouts.h"
#include "concord_wire/pack.h"
#include "section.h"

namespace concord_wire {
namespace {

concord::AlignedDiff compareLines(const std::string& left, const std::string& right) {
  concord::CompareOptions options;
  options.unit = concord::AlignUnit::kLine;
  auto diff = concord::compareTexts(left, right, options);
  EXPECT_TRUE(diff.ok());
  return diff.value();
}

TEST(PackComparison, RowsAndInlineOpsUseUtf16Offsets) {
  // "é" is 2 bytes / 1 UTF-16 unit; the emoji 4 bytes / 2 units.
  const std::string left = "\xC3\xA9t\xC3\xA9 one\nsame\n";
  const std::string right = "\xF0\x9F\x98\x80 one\nsame\nnew\n";
  const Packet packet = packComparison(compareLines(left, right), {left, false}, {right, false});
  const std::vector<int32_t> rows = section(packet, kCompareRows);
  const size_t stride = static_cast<size_t>(kCompareRow.size());
  ASSERT_EQ(rows.size(), 3 * stride);
  // Row 0: changed "été one" [0,7) vs "😀 one" [0,6).
  EXPECT_EQ(std::vector<int32_t>(rows.begin(), rows.begin() + 7),
            (std::vector<int32_t>{static_cast<int32_t>(concord::AlignedKind::kChanged), 0, 0, 7, 0,
                                  0, 6}));
  // Row 2: added "new": left side empty at the end of the left text (13 units).
  EXPECT_EQ(std::vector<int32_t>(rows.begin() + 2 * stride, rows.begin() + 2 * stride + 7),
            (std::vector<int32_t>{static_cast<int32_t>(concord::AlignedKind::kAdded), -1, 13, 13, 2,
                                  12, 15}));
  // Inline ops of row 0: removed "été" [0,3), added emoji [0,2), equal " one".
  const int32_t begin = rows[column(kCompareRow, "inlineBegin")];
  const int32_t end = rows[column(kCompareRow, "inlineEnd")];
  ASSERT_EQ(end - begin, 3);
  const std::vector<int32_t> ops = section(packet, kCompareInline);
  EXPECT_EQ(std::vector<int32_t>(ops.begin() + begin * kInlineOp.size(),
                                 ops.begin() + end * kInlineOp.size()),
            (std::vector<int32_t>{1, 0, 3, 0, 0, 2, 3, 3, 0, 2, 0, 3, 7, 2, 6}));
}

TEST(PackComparison, MovesAreTextRangesInUtf16) {
  const std::string left = "\xC3\xA9 moved line here\nkeep\nstay\n";
  const std::string right = "keep\nstay\n\xC3\xA9 moved line here\n";
  const Packet packet = packComparison(compareLines(left, right), {left, false}, {right, false});
  const std::vector<int32_t> moves = section(packet, kCompareMoves);
  ASSERT_EQ(moves.size(), static_cast<size_t>(kMove.size()));
  // "é moved line here" is 17 UTF-16 units: [0,17) on the left, [10,27) on the right.
  EXPECT_EQ(moves, (std::vector<int32_t>{0, 17, 10, 27, 1}));
}

TEST(PackComparison, HeaderCarriesStatsAndLineEndings) {
  const std::string left = "one\r\ntwo\r\n", right = "one\ntwo\nthree\n";
  const concord::AlignedDiff diff = compareLines(left, right);
  const Packet packet = packComparison(diff, {left, true}, {right, true});
  const std::vector<int32_t> header = section(packet, kCompareHeaderSection);
  EXPECT_EQ(header[column(kCompareHeader, "added")], static_cast<int32_t>(diff.stats.added));
  EXPECT_EQ(header[column(kCompareHeader, "leftEndings")],
            static_cast<int32_t>(concord::LineEndings::kCrlf));
  EXPECT_EQ(header[column(kCompareHeader, "rightEndings")],
            static_cast<int32_t>(concord::LineEndings::kLf));
  EXPECT_DOUBLE_EQ(packet.reals[1 + kCompareRealSections], diff.stats.similarity);
}

TEST(PackComparison, AsciiFlagGivesTheSameLayoutForAsciiText) {
  const std::string left = "one two\nsame\nold line\n", right = "one too\nsame\nnew line\nmore\n";
  const auto diff = concord::compareTexts(left, right);
  ASSERT_TRUE(diff.ok());
  EXPECT_EQ(packComparison(diff.value(), {left, true}, {right, true}).ints,
            packComparison(diff.value(), {left, false}, {right, false}).ints);
}

}  // namespace
}  // namespace concord_wire
