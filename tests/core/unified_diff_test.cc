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
            "--- a/a\n+++ b/b\n@@ -2,3 +2,3 @@\n 2\n-3\n+X\n 4\n");
}

TEST(UnifiedDiff, CloseChangesShareAHunk) {
  EXPECT_EQ(unified("1\n2\n3\n4\n", "X\n2\n3\nY\n", 1),
            "--- a/a\n+++ b/b\n@@ -1,4 +1,4 @@\n-1\n+X\n 2\n 3\n-4\n+Y\n");
}

TEST(UnifiedDiff, DistantChangesGetTwoHunks) {
  EXPECT_EQ(unified("1\n2\n3\n4\n5\n6\n", "X\n2\n3\n4\n5\nY\n", 1),
            "--- a/a\n+++ b/b\n@@ -1,2 +1,2 @@\n-1\n+X\n 2\n@@ -5,2 +5,2 @@\n 5\n-6\n+Y\n");
}

TEST(UnifiedDiff, EmptyLeftCountsFromZero) {
  EXPECT_EQ(unified("", "x\n"), "--- a/a\n+++ b/b\n@@ -0,0 +1 @@\n+x\n");
}

TEST(UnifiedDiff, EmptyRightCountsFromZero) {
  EXPECT_EQ(unified("x\ny\n", ""), "--- a/a\n+++ b/b\n@@ -1,2 +0,0 @@\n-x\n-y\n");
}

TEST(UnifiedDiff, MissingFinalNewlineIsMarked) {
  EXPECT_EQ(unified("a\nb", "a\nb\n"),
            "--- a/a\n+++ b/b\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n");
}

TEST(UnifiedDiff, CrlfLinesKeepTheirCarriageReturn) {
  EXPECT_EQ(unified("a\r\nb\r\n", "a\r\nc\r\n"),
            "--- a/a\n+++ b/b\n@@ -1,2 +1,2 @@\n a\r\n-b\r\n+c\r\n");
}

std::string headers(std::string_view leftName, std::string_view rightName) {
  const Result<std::string> patch = unifiedDiff("x\n", "y\n", {leftName, rightName, 0});
  EXPECT_TRUE(patch.ok()) << patch.error();
  return patch.value().substr(0, patch.value().find("@@"));
}

TEST(UnifiedDiff, NamesGetGitPrefixes) {
  EXPECT_EQ(headers("notes.txt", "notes.txt"), "--- a/notes.txt\n+++ b/notes.txt\n");
  EXPECT_EQ(headers("old/notes.txt", "new.txt"), "--- a/old/notes.txt\n+++ b/new.txt\n");
}

TEST(UnifiedDiff, LeadingSlashesAndDotsAreDropped) {
  EXPECT_EQ(headers("/tmp/x.txt", "./y.txt"), "--- a/tmp/x.txt\n+++ b/y.txt\n");
}

TEST(UnifiedDiff, NamesWithSpacesAreQuoted) {
  EXPECT_EQ(headers("my file.txt", "my file.txt"),
            "--- \"a/my file.txt\"\n+++ \"b/my file.txt\"\n");
}

TEST(UnifiedDiff, SpecialBytesAreEscapedAsGitDoes) {
  EXPECT_EQ(headers("say \"hi\"\\now", "tab\there\x01\x7f"),
            "--- \"a/say \\\"hi\\\"\\\\now\"\n+++ \"b/tab\\there\\001\\177\"\n");
}

TEST(UnifiedDiff, Utf8NamesAreLeftUnquoted) {
  EXPECT_EQ(headers("café.txt", "日本.txt"), "--- a/café.txt\n+++ b/日本.txt\n");
}

}  // namespace
}  // namespace concord
