#include "concord/paragraphs.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace concord {
namespace {

std::vector<std::string> paragraphTexts(std::string_view text, ParagraphSplit split) {
  Vocabulary vocabulary;
  std::vector<std::string> out;
  TextOptions options = TextOptions::folded();
  options.split = split;
  for (const Paragraph& p : parseText(text, options, vocabulary).paragraphs)
    out.emplace_back(p.range.in(text));
  return out;
}

std::vector<std::string> wordsOf(std::string_view text,
                                 TextOptions options = TextOptions::folded()) {
  Vocabulary vocabulary;
  std::vector<std::string> out;
  options.split = ParagraphSplit::kLines;
  for (const Word& w : parseText(text, options, vocabulary).words)
    out.emplace_back(vocabulary.word(w.id));
  return out;
}

TEST(ParseText, LinesModeMakesEveryNonBlankLineAParagraph) {
  EXPECT_EQ(paragraphTexts("one\n\n  two  \r\nthree", ParagraphSplit::kLines),
            (std::vector<std::string>{"one", "two", "three"}));
}

TEST(ParseText, BlankLinesModeJoinsWrappedLines) {
  EXPECT_EQ(paragraphTexts("a b\nc d\n\n \ne f\n", ParagraphSplit::kBlankLines),
            (std::vector<std::string>{"a b\nc d", "e f"}));
}

TEST(ParseText, AutoPicksBlankLinesForWrappedText) {
  const std::string first =
      "This paragraph was wrapped at a column\nby an editor, so its lines are short and\nend in "
      "the middle of a sentence.";
  const std::string second = "A second paragraph follows after a blank\nline, wrapped the same.";
  EXPECT_EQ(paragraphTexts(first + "\n\n" + second + "\n", ParagraphSplit::kAuto),
            (std::vector<std::string>{first, second}));
}

// Short lines in blocks are a title and a byline, not wrapped prose: one paragraph each (the
// rule compareTexts' paragraph units always used; analyses before joined such blocks).
TEST(ParseText, AutoKeepsShortLinesApart) {
  EXPECT_EQ(paragraphTexts("a b\nc d\n\ne f\n", ParagraphSplit::kAuto),
            (std::vector<std::string>{"a b", "c d", "e f"}));
}

TEST(ParseText, WhitespaceOnlyLinesAreBlank) {
  EXPECT_EQ(paragraphTexts("one\n\xC2\xA0\t\n\xE3\x80\x80\ntwo", ParagraphSplit::kLines),
            (std::vector<std::string>{"one", "two"}));
}

TEST(ParseText, AutoPicksLinesWhenALineIsTooLongToBeWrapped) {
  const std::string longLine(250, 'x');
  EXPECT_EQ(paragraphTexts("title\nsub\n\n" + longLine + "\n", ParagraphSplit::kAuto),
            (std::vector<std::string>{"title", "sub", longLine}));
}

TEST(ParseText, ByteOrderMarkIsNeitherWordNorParagraph) {
  EXPECT_EQ(wordsOf("\xEF\xBB\xBFHarbor bridge"), (std::vector<std::string>{"harbor", "bridge"}));
  EXPECT_EQ(paragraphTexts("\xEF\xBB\xBFone\ntwo", ParagraphSplit::kLines),
            (std::vector<std::string>{"one", "two"}));
}

TEST(ParseText, EmptyTextHasNoParagraphs) {
  EXPECT_TRUE(paragraphTexts("", ParagraphSplit::kAuto).empty());
  EXPECT_TRUE(paragraphTexts(" \n\t\n", ParagraphSplit::kAuto).empty());
}

TEST(ParseText, WordsFoldCaseTypographyAndPossessives) {
  EXPECT_EQ(wordsOf("DeepSeek\xE2\x80\x99s don't \xE2\x80\x9CWow\xE2\x80\x9D\xE2\x80\x94ok 3.5"),
            (std::vector<std::string>{"deepseek", "don't", "wow", "ok", "3.5"}));
}

TEST(ParseText, NumbersKeepTheirSeparatorsButSentencesEnd) {
  EXPECT_EQ(wordsOf("10,000 chips, 3.5 GHz. 2024."),
            (std::vector<std::string>{"10,000", "chips", "3.5", "ghz", "2024"}));
}

TEST(ParseText, CaseIsKeptWhenAsked) {
  TextOptions options = TextOptions::folded();
  options.ignoreCase = false;
  EXPECT_EQ(wordsOf("The the", options), (std::vector<std::string>{"The", "the"}));
}

TEST(ParseText, CaseFoldingFoldsNonAsciiLetters) {
  EXPECT_EQ(wordsOf("\xC3\x84rger \xC3\xA4rger"),
            (std::vector<std::string>{"\xC3\xA4rger", "\xC3\xA4rger"}));
}

TEST(ParseText, NonAsciiLettersAreWordCharacters) {
  EXPECT_EQ(wordsOf("caf\xC3\xA9 na\xC3\xAFve"),
            (std::vector<std::string>{"caf\xC3\xA9", "na\xC3\xAFve"}));
}

TEST(ParseText, FlagsNamesNumbersAndSentenceStarts) {
  Vocabulary vocabulary;
  const ParsedText parsed =
      parseText("The mayor Ilse met 312 people. Then", TextOptions::folded(), vocabulary);
  ASSERT_EQ(parsed.words.size(), 7u);
  EXPECT_EQ(parsed.words[0].flags, kWordCapitalized | kWordSentenceStart);  // The
  EXPECT_EQ(parsed.words[1].flags, 0);                                      // mayor
  EXPECT_EQ(parsed.words[2].flags, kWordCapitalized);                       // Ilse
  EXPECT_EQ(parsed.words[4].flags, kWordNumber);                            // 312
  EXPECT_EQ(parsed.words[6].flags, kWordCapitalized | kWordSentenceStart);  // Then
}

TEST(ParseText, EqualWordsShareIdsAcrossTexts) {
  Vocabulary vocabulary;
  const ParsedText a = parseText("Bridge open", TextOptions::folded(), vocabulary);
  const ParsedText b = parseText("open bridge", TextOptions::folded(), vocabulary);
  EXPECT_EQ(a.words[0].id, b.words[1].id);
  EXPECT_EQ(a.words[1].id, b.words[0].id);
  EXPECT_EQ(vocabulary.size(), 2u);
}

TEST(ParagraphKey, IgnoresPunctuationByDefault) {
  EXPECT_EQ(paragraphKey("Hello,  World!", TextOptions::folded()), "hello world");
}

TEST(ParagraphKey, KeepsPunctuationButFoldsTypographyWhenAsked) {
  TextOptions options = TextOptions::folded();
  options.ignorePunctuation = false;
  EXPECT_EQ(paragraphKey(" It\xE2\x80\x99s \xE2\x80\x94  OK. ", options), "it's - ok.");
  options.foldTypography = false;
  options.ignoreCase = false;
  EXPECT_EQ(paragraphKey("It\xE2\x80\x99s", options), "It\xE2\x80\x99s");
}

}  // namespace
}  // namespace concord
