#include "concord/text.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace concord {
namespace {

std::vector<std::string> contents(std::string_view text, LineBreaks breaks) {
  std::vector<std::string> out;
  for (const Line& line : splitLines(text, breaks)) out.emplace_back(line.content(text));
  return out;
}

TEST(SplitLines, EmptyTextHasNoLines) { EXPECT_TRUE(splitLines("", LineBreaks::kAny).empty()); }

TEST(SplitLines, TrailingBreakAddsNoEmptyLine) {
  EXPECT_EQ(contents("a\nb\n", LineBreaks::kAny), (std::vector<std::string>{"a", "b"}));
}

TEST(SplitLines, LastLineWithoutBreakIsKept) {
  const auto lines = splitLines("a\nb", LineBreaks::kAny);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_TRUE(lines[0].hasBreak());
  EXPECT_FALSE(lines[1].hasBreak());
}

TEST(SplitLines, AnyBreaksSplitsLfCrlfAndLoneCr) {
  EXPECT_EQ(contents("a\r\nb\rc\nd", LineBreaks::kAny),
            (std::vector<std::string>{"a", "b", "c", "d"}));
}

TEST(SplitLines, LfOnlyKeepsCarriageReturnsInTheLine) {
  EXPECT_EQ(contents("a\r\nb\rc\n", LineBreaks::kLfOnly),
            (std::vector<std::string>{"a\r", "b\rc"}));
}

TEST(SplitLines, BlankLinesAreLines) {
  EXPECT_EQ(contents("\n\nx\n", LineBreaks::kAny), (std::vector<std::string>{"", "", "x"}));
}

TEST(SplitLines, WithBreakCoversTheTerminator) {
  const std::string text = "ab\r\ncd";
  const auto lines = splitLines(text, LineBreaks::kAny);
  EXPECT_EQ(lines[0].withBreak(text), "ab\r\n");
  EXPECT_EQ(lines[1].withBreak(text), "cd");
}

TEST(DetectLineEndings, TellsEachKind) {
  EXPECT_EQ(detectLineEndings("abc"), LineEndings::kNone);
  EXPECT_EQ(detectLineEndings("a\nb\n"), LineEndings::kLf);
  EXPECT_EQ(detectLineEndings("a\r\nb\r\n"), LineEndings::kCrlf);
  EXPECT_EQ(detectLineEndings("a\rb\r"), LineEndings::kCr);
  EXPECT_EQ(detectLineEndings("a\r\nb\n"), LineEndings::kMixed);
}

}  // namespace
}  // namespace concord
