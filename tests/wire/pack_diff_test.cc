#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "concord_wire/layouts.h"
#include "concord_wire/pack.h"
#include "section.h"

namespace concord_wire {
namespace {

TEST(PackLineDiff, LineExtentsAreUtf16Units) {
  const std::string text = "\xC3\xA9t\xC3\xA9\n\xF0\x9F\x98\x80\r\nz";
  const Packet packet =
      packLineExtents(concord::splitLines(text, concord::LineBreaks::kAny), {text, false});
  // "été" [0, 3), the emoji [4, 6) after one LF, "z" [8, 9) after CRLF.
  EXPECT_EQ(section(packet, kLinesSection), (std::vector<int32_t>{0, 3, 4, 6, 8, 9}));
}

TEST(PackLineDiff, AsciiFlagGivesTheSameExtentsForAsciiText) {
  const std::string text = "one\r\ntwo\rthree\n\nfour";
  const auto lines = concord::splitLines(text, concord::LineBreaks::kAny);
  EXPECT_EQ(packLineExtents(lines, {text, true}).ints, packLineExtents(lines, {text, false}).ints);
}

TEST(PackLineDiff, HeaderFollowsItsLayout) {
  const std::string left = "a\r\nb\r\n", right = "a\nc\n";
  const auto diff = concord::diffLineHunks(left, right);
  ASSERT_TRUE(diff.ok());
  const std::vector<int32_t> header = section(packLineHunks(diff.value()), kDiffHeaderSection);
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

TEST(PackLineDiff, HunksFollowTheirLayout) {
  const auto diff = concord::diffLineHunks("one\ntwo\nthree\n", "one\n2\nthree\nfour");
  ASSERT_TRUE(diff.ok());
  const std::vector<int32_t> hunks = section(packLineHunks(diff.value()), kDiffHunks);
  ASSERT_EQ(kDiffHunk.size(), 4);
  const int32_t leftLine = column(kDiffHunk, "leftLine"),
                leftCount = column(kDiffHunk, "leftCount");
  const int32_t rightLine = column(kDiffHunk, "rightLine");
  const int32_t rightCount = column(kDiffHunk, "rightCount");
  ASSERT_EQ(hunks.size(), 8u);
  // "two" gives way to "2"; "four" is added after "three".
  EXPECT_EQ(std::vector<int32_t>(
                {hunks[leftLine], hunks[leftCount], hunks[rightLine], hunks[rightCount]}),
            (std::vector<int32_t>{1, 1, 1, 1}));
  EXPECT_EQ(std::vector<int32_t>({hunks[4 + leftLine], hunks[4 + leftCount], hunks[4 + rightLine],
                                  hunks[4 + rightCount]}),
            (std::vector<int32_t>{3, 0, 3, 1}));
}

}  // namespace
}  // namespace concord_wire
