#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "concord_wire/layouts.h"
#include "concord_wire/pack.h"
#include "section.h"

namespace concord_wire {
namespace {

TEST(PackLineDiff, RowOffsetsAreUtf16Units) {
  const std::string left = "\xC3\xA9t\xC3\xA9\n", right = "\xF0\x9F\x98\x80\n";
  const auto diff = concord::diffLines(left, right);
  ASSERT_TRUE(diff.ok());
  const Packet packet = packLineDiff(diff.value(), {left, false}, {right, false});
  const std::vector<int32_t> rows = section(packet, kDiffRows);
  ASSERT_EQ(rows.size(), 2u * kDiffRow.size());
  // Removed "été": left [0, 3) in UTF-16; right insertion point 0.
  EXPECT_EQ(std::vector<int32_t>(rows.begin(), rows.begin() + 7),
            (std::vector<int32_t>{1, 0, 0, 0, 3, 0, 0}));
  // Added emoji: right [0, 2); left insertion point after the line break (4).
  EXPECT_EQ(std::vector<int32_t>(rows.begin() + 7, rows.end()),
            (std::vector<int32_t>{2, 1, 0, 4, 4, 0, 2}));
}

TEST(PackLineDiff, HeaderFollowsItsLayout) {
  const std::string left = "a\r\nb\r\n", right = "a\nc\n";
  const auto diff = concord::diffLines(left, right);
  ASSERT_TRUE(diff.ok());
  const std::vector<int32_t> header =
      section(packLineDiff(diff.value(), {left, true}, {right, true}), kDiffHeaderSection);
  ASSERT_EQ(header.size(), static_cast<size_t>(kDiffHeader.size()));
  EXPECT_EQ(header[column(kDiffHeader, "leftLines")], 2);
  EXPECT_EQ(header[column(kDiffHeader, "equal")], 1);
  EXPECT_EQ(header[column(kDiffHeader, "removed")], 1);
  EXPECT_EQ(header[column(kDiffHeader, "minimal")], 1);
  EXPECT_EQ(header[column(kDiffHeader, "leftEndings")],
            static_cast<int32_t>(concord::LineEndings::kCrlf));
  EXPECT_EQ(header[column(kDiffHeader, "rightEndings")],
            static_cast<int32_t>(concord::LineEndings::kLf));
}

TEST(PackLineDiff, AsciiFlagGivesTheSameRowsForAsciiText) {
  const std::string left = "one\ntwo\nthree\n", right = "one\n2\nthree\nfour";
  const auto diff = concord::diffLines(left, right);
  ASSERT_TRUE(diff.ok());
  EXPECT_EQ(packLineDiff(diff.value(), {left, true}, {right, true}).ints,
            packLineDiff(diff.value(), {left, false}, {right, false}).ints);
}

}  // namespace
}  // namespace concord_wire
