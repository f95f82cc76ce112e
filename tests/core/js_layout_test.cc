#include "concord/js_layout.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace concord {
namespace {

TEST(PackRowsForJs, OffsetsAreUtf16Units) {
  const std::string left = "\xC3\xA9t\xC3\xA9\n", right = "\xF0\x9F\x98\x80\n";
  const Result<LineDiff> diff = diffLines(left, right);
  ASSERT_TRUE(diff.ok());
  const std::vector<int32_t> packed = packRowsForJs(diff.value(), left, right);
  ASSERT_EQ(packed.size(), 2u * kPackedRowStride);
  // Removed "été": left [0, 3) in UTF-16; right insertion point 0.
  EXPECT_EQ(std::vector<int32_t>(packed.begin(), packed.begin() + 7),
            (std::vector<int32_t>{1, 0, 0, 0, 3, 0, 0}));
  // Added emoji: right [0, 2) in UTF-16; left insertion point after the line break (4).
  EXPECT_EQ(std::vector<int32_t>(packed.begin() + 7, packed.end()),
            (std::vector<int32_t>{2, 1, 0, 4, 4, 0, 2}));
}

}  // namespace
}  // namespace concord

namespace concord {
namespace {

TEST(PackRowsForJs, AsciiHintGivesTheSameOffsetsForAsciiText) {
  const std::string left = "one\ntwo\nthree\n", right = "one\n2\nthree\nfour";
  const Result<LineDiff> diff = diffLines(left, right);
  ASSERT_TRUE(diff.ok());
  EXPECT_EQ(packRowsForJs(diff.value(), left, right, true, true),
            packRowsForJs(diff.value(), left, right));
}

}  // namespace
}  // namespace concord
