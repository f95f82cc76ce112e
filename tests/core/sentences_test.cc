#include "concord/sentences.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace concord {
namespace {

std::vector<std::string> sentencesOf(const std::string& text) {
  std::vector<std::string> out;
  for (const ByteRange range : splitSentences(text)) out.emplace_back(range.in(text));
  return out;
}

using Sentences = std::vector<std::string>;

TEST(SplitSentences, EndsAtFullStopsQuestionAndExclamationMarks) {
  EXPECT_EQ(sentencesOf("The vote passed. Nobody cheered! Why? It was late."),
            (Sentences{"The vote passed.", "Nobody cheered!", "Why?", "It was late."}));
}

TEST(SplitSentences, KeepsAbbreviationsInsideTheirSentence) {
  EXPECT_EQ(sentencesOf("Dr. Smith met Mr. Jones in the U.S. Senate. They spoke."),
            (Sentences{"Dr. Smith met Mr. Jones in the U.S. Senate.", "They spoke."}));
  EXPECT_EQ(sentencesOf("Bring fruit, e.g. apples. Or pears, i.e. the green ones."),
            (Sentences{"Bring fruit, e.g. apples.", "Or pears, i.e. the green ones."}));
  EXPECT_EQ(sentencesOf("It was Smith vs. Jones. See No. 5 and Jan. 6 in Vol. 2."),
            (Sentences{"It was Smith vs. Jones.", "See No. 5 and Jan. 6 in Vol. 2."}));
}

TEST(SplitSentences, KeepsDecimalsAndInitials) {
  EXPECT_EQ(sentencesOf("Prices rose 3.5 percent. J. R. R. Tolkien wrote it. Done."),
            (Sentences{"Prices rose 3.5 percent.", "J. R. R. Tolkien wrote it.", "Done."}));
}

TEST(SplitSentences, AWordThatIsNotAnAbbreviationEndsBeforeACapital) {
  // "No" before a word, a month before a word, a web address: ordinary words.
  EXPECT_EQ(sentencesOf("He said no. No one came. Visit example.com. It helps."),
            (Sentences{"He said no.", "No one came.", "Visit example.com.", "It helps."}));
}

TEST(SplitSentences, ClosingQuotesAndBracketsStayWithTheirSentence) {
  EXPECT_EQ(sentencesOf("He said \"Go.\" Then he left. (It rained.) “Fine!” she wrote."),
            (Sentences{"He said \"Go.\"", "Then he left.", "(It rained.)", "“Fine!” she wrote."}));
}

TEST(SplitSentences, ALowerCaseWordContinuesTheSentence) {
  EXPECT_EQ(sentencesOf("\"Why?\" she asked. Wait... then go. Wait... Then stop."),
            (Sentences{"\"Why?\" she asked.", "Wait... then go.", "Wait...", "Then stop."}));
}

TEST(SplitSentences, EllipsisCharacterEndsBeforeACapital) {
  EXPECT_EQ(sentencesOf("It went on\xE2\x80\xA6 And on."),
            (Sentences{"It went on\xE2\x80\xA6", "And on."}));
}

TEST(SplitSentences, CjkAndOtherFullStopsEndWithoutSpaces) {
  EXPECT_EQ(sentencesOf("今日は晴れ。明日は雨！本当？"),
            (Sentences{"今日は晴れ。", "明日は雨！", "本当？"}));
  EXPECT_EQ(sentencesOf("他说「好。」然后走了。"), (Sentences{"他说「好。」", "然后走了。"}));
  EXPECT_EQ(sentencesOf("यह पहला है। यह दूसरा है।"), (Sentences{"यह पहला है।", "यह दूसरा है।"}));
}

TEST(SplitSentences, LineBreaksInsideAParagraphAreNoEnds) {
  EXPECT_EQ(sentencesOf("The council met on\nTuesday and voted\r\nfor the plan. It passed."),
            (Sentences{"The council met on\nTuesday and voted\r\nfor the plan.", "It passed."}));
}

TEST(SplitSentences, ListItemsAndBlankLinesEndSentences) {
  EXPECT_EQ(sentencesOf("Bring:\n- bread\n- milk and\n  eggs\n2. cheese\nb) wine"),
            (Sentences{"Bring:", "- bread", "- milk and\n  eggs", "2. cheese", "b) wine"}));
  EXPECT_EQ(sentencesOf("A headline\n\nThe body"), (Sentences{"A headline", "The body"}));
}

TEST(SplitSentences, AListNumberOpeningASentenceIsNoEnd) {
  // A numbered subheading is one sentence, not "3." and "A New Wave of Start-ups".
  EXPECT_EQ(sentencesOf("3. A New Wave of Start-ups"), (Sentences{"3. A New Wave of Start-ups"}));
  EXPECT_EQ(sentencesOf("Two reasons. 12. The cost. Rovers won 2. Then they lost."),
            (Sentences{"Two reasons.", "12. The cost.", "Rovers won 2.", "Then they lost."}));
}

TEST(SplitSentences, CrlfTextsSplitAsTheirLfForms) {
  EXPECT_EQ(sentencesOf("A headline\r\n\r\nThe body starts. It ends\r\n- an item\r\n"),
            (Sentences{"A headline", "The body starts.", "It ends", "- an item"}));
  EXPECT_EQ(sentencesOf("A headline\n\nThe body starts. It ends\n- an item\n"),
            (Sentences{"A headline", "The body starts.", "It ends", "- an item"}));
}

TEST(SplitSentences, SplitsOnlyWithinTheGivenRange) {
  const std::string text = "Skip this. Take this one. And this. Not this.";
  const size_t begin = text.find("Take"), end = text.find(" Not");
  std::vector<std::string> got;
  for (const ByteRange range :
       splitSentences(text, {static_cast<uint32_t>(begin), static_cast<uint32_t>(end)}))
    got.emplace_back(range.in(text));
  EXPECT_EQ(got, (Sentences{"Take this one.", "And this."}));
}

TEST(SplitSentences, EmptyBlankAndUnterminatedTexts) {
  EXPECT_TRUE(splitSentences("").empty());
  EXPECT_TRUE(splitSentences(" \n\t ").empty());
  EXPECT_EQ(sentencesOf("  no full stop at all  "), (Sentences{"no full stop at all"}));
  EXPECT_EQ(sentencesOf("..."), (Sentences{"..."}));
}

TEST(SplitSentences, RangesAreOrderedTrimmedAndCoverEveryWord) {
  const std::string text =
      "  Mr. A. Smith (b. 1950) said: \"It's 9.5 p.m. now.\" \xE2\x80\x9CReally?\xE2\x80\x9D"
      " Yes!\n\n\xE3\x80\x80Next\xE2\x80\xA6 para \xff bytes. End";
  const std::vector<ByteRange> ranges = splitSentences(text);
  ASSERT_FALSE(ranges.empty());
  uint32_t previous = 0;
  size_t covered = 0;
  for (const ByteRange range : ranges) {
    EXPECT_GE(range.begin, previous);
    EXPECT_LT(range.begin, range.end);
    EXPECT_NE(text[range.begin], ' ');
    EXPECT_NE(text[range.end - 1], ' ');
    previous = range.end;
    for (char c : std::string(range.in(text)))
      if (c != ' ' && c != '\n') ++covered;
  }
  size_t visible = 0;
  for (char c : text)
    if (c != ' ' && c != '\n') ++visible;
  EXPECT_EQ(covered, visible - 3);  // All but the ideographic space's three bytes.
}

TEST(SplitSentences, InvalidUtf8IsKeptInsideASentence) {
  EXPECT_EQ(sentencesOf("Bad \xff\xfe bytes. Fine."), (Sentences{"Bad \xff\xfe bytes.", "Fine."}));
}

}  // namespace
}  // namespace concord
