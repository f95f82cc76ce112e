#include <gtest/gtest.h>

#include <string>

#include "concord/line_diff.h"

namespace concord {
namespace {

std::string unified(std::string_view left, std::string_view right, uint32_t context = 3) {
  const Result<std::string> patch = unifiedDiff(left, right, {"a", "b", context});
  EXPECT_TRUE(patch.ok()) << patch.error();
  return patch.value();
}

TEST(UnifiedDiff, EqualTextsGiveNothing) { EXPECT_EQ(unified("a\nb\n", "a\nb\n"), ""); }

TEST(UnifiedDiff, SingleChangeWithContext) {
  EXPECT_EQ(unified("1\n2\n3\n4\n5\n", "1\n2\nX\n4\n5\n", 1),
            "--- a\n+++ b\n@@ -2,3 +2,3 @@\n 2\n-3\n+X\n 4\n");
}

TEST(UnifiedDiff, CloseChangesShareAHunk) {
  EXPECT_EQ(unified("1\n2\n3\n4\n", "X\n2\n3\nY\n", 1),
            "--- a\n+++ b\n@@ -1,4 +1,4 @@\n-1\n+X\n 2\n 3\n-4\n+Y\n");
}

TEST(UnifiedDiff, DistantChangesGetTwoHunks) {
  EXPECT_EQ(unified("1\n2\n3\n4\n5\n6\n", "X\n2\n3\n4\n5\nY\n", 1),
            "--- a\n+++ b\n@@ -1,2 +1,2 @@\n-1\n+X\n 2\n@@ -5,2 +5,2 @@\n 5\n-6\n+Y\n");
}

TEST(UnifiedDiff, EmptyLeftCountsFromZero) {
  EXPECT_EQ(unified("", "x\n"), "--- a\n+++ b\n@@ -0,0 +1 @@\n+x\n");
}

TEST(UnifiedDiff, EmptyRightCountsFromZero) {
  EXPECT_EQ(unified("x\ny\n", ""), "--- a\n+++ b\n@@ -1,2 +0,0 @@\n-x\n-y\n");
}

TEST(UnifiedDiff, MissingFinalNewlineIsMarked) {
  EXPECT_EQ(unified("a\nb", "a\nb\n"),
            "--- a\n+++ b\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n");
}

TEST(UnifiedDiff, CrlfLinesKeepTheirCarriageReturn) {
  EXPECT_EQ(unified("a\r\nb\r\n", "a\r\nc\r\n"),
            "--- a\n+++ b\n@@ -1,2 +1,2 @@\n a\r\n-b\r\n+c\r\n");
}

}  // namespace
}  // namespace concord
