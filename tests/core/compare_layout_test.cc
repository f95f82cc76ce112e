#include "concord/compare_layout.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace concord {
namespace {

TEST(PackComparisonForJs, RowsAndInlineOpsUseUtf16Offsets) {
  // "é" is 2 bytes / 1 UTF-16 unit; the emoji 4 bytes / 2 units.
  const std::string left = "\xC3\xA9t\xC3\xA9 one\nsame\n";
  const std::string right = "\xF0\x9F\x98\x80 one\nsame\nnew\n";
  CompareOptions options;
  options.unit = AlignUnit::kLine;
  const Result<AlignedDiff> diff = compareTexts(left, right, options);
  ASSERT_TRUE(diff.ok());
  const PackedComparison packed = packComparisonForJs(diff.value(), left, right);
  ASSERT_EQ(packed.rows.size(), 3u * kComparisonRowStride);
  // Row 0: changed "été one" [0,7) vs "😀 one" [0,6), similarity from bigrams.
  EXPECT_EQ(packed.rows[0], static_cast<int32_t>(AlignedKind::kChanged));
  EXPECT_EQ(std::vector<int32_t>(packed.rows.begin() + 1, packed.rows.begin() + 7),
            (std::vector<int32_t>{0, 0, 7, 0, 0, 6}));
  // Row 2: added "new": left side empty at the end of the left text (13 units).
  const int32_t* added = packed.rows.data() + 2 * kComparisonRowStride;
  EXPECT_EQ(added[0], static_cast<int32_t>(AlignedKind::kAdded));
  EXPECT_EQ(std::vector<int32_t>(added + 1, added + 7),
            (std::vector<int32_t>{-1, 13, 13, 2, 12, 15}));
  // Inline ops of row 0: removed "été" [0,3), added emoji [0,2), equal " one".
  const int32_t begin = packed.rows[9], end = packed.rows[10];
  ASSERT_EQ(end - begin, 3);
  const int32_t* op = packed.inlineOps.data() + begin * kComparisonInlineStride;
  EXPECT_EQ(std::vector<int32_t>(op, op + 15),
            (std::vector<int32_t>{1, 0, 3, 0, 0, 2, 3, 3, 0, 2, 0, 3, 7, 2, 6}));
}

}  // namespace
}  // namespace concord

namespace concord {
namespace {

TEST(PackComparisonForJs, AsciiHintGivesTheSameLayoutForAsciiText) {
  const std::string left = "one two\nsame\nold line\n", right = "one too\nsame\nnew line\nmore\n";
  const Result<AlignedDiff> diff = compareTexts(left, right);
  ASSERT_TRUE(diff.ok());
  const PackedComparison hinted = packComparisonForJs(diff.value(), left, right, true, true);
  const PackedComparison plain = packComparisonForJs(diff.value(), left, right);
  EXPECT_EQ(hinted.rows, plain.rows);
  EXPECT_EQ(hinted.inlineOps, plain.inlineOps);
}

}  // namespace
}  // namespace concord
