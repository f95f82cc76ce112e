#include "concord/document.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "concord/aligned_diff.h"
#include "concord/analyze.h"
#include "concord/rewrite_align.h"
#include "fixtures.h"

namespace concord {
namespace {

const char kWellKnownFact[] =
    "A well-known fact: \xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E isn't 10,000 words.";

// Texts with CJK, contractions, numbers with separators, whitespace-only lines and CRLF.
std::vector<std::string> fixtureTexts() {
  return {kWellKnownFact, readFixture("text/mixed_crlf.txt"),
          readFixture("analyze/pasted_twice.txt"), readFixture("analyze/story_a.txt"),
          "title\n\nsub\n \t\nbody line one\nbody line two\n"};
}

TEST(ProfileDocument, WellKnownFactHasTenWordsInOneParagraph) {
  const DocumentProfile profile = profileDocument(kWellKnownFact).value();
  EXPECT_EQ(profile.words, 10u);  // A well known fact 日 本 語 isn't 10,000 words
  ASSERT_EQ(profile.paragraphs.size(), 1u);
  EXPECT_EQ(profile.paragraphs[0].words, 10u);
  EXPECT_EQ(profile.paragraphs[0].range, (ByteRange{0, sizeof kWellKnownFact - 1}));
}

TEST(ProfileDocument, WhitespaceOnlyLinesAndCrlfMakeNoParagraph) {
  const std::string text = readFixture("text/mixed_crlf.txt");
  const DocumentProfile profile = profileDocument(text).value();
  ASSERT_EQ(profile.paragraphs.size(), 3u);
  EXPECT_EQ(profile.paragraphs[0].range.in(text).substr(0, 6), "A well");
  EXPECT_EQ(profile.paragraphs[1].range.in(text).substr(0, 9), "The mayor");
  EXPECT_EQ(profile.paragraphs[2].range.in(text).back(), '.');  // No CR inside.
  EXPECT_EQ(profile.lineEndings, LineEndings::kCrlf);
  uint32_t sum = 0;
  for (const ParagraphSpan& p : profile.paragraphs) sum += p.words;
  EXPECT_EQ(sum, profile.words);
}

TEST(ProfileDocument, EmptyTextHasNoWordsAndNoParagraphs) {
  EXPECT_TRUE(profileDocument("").ok());
  EXPECT_EQ(profileDocument("").value().words, 0u);
  EXPECT_TRUE(profileDocument("").value().paragraphs.empty());
}

// One text, four calls: the same word count and the same paragraphs everywhere.
TEST(ProfileDocument, AgreesWithAnalyzeCompareAndAlign) {
  const std::vector<std::string> texts = fixtureTexts();
  std::vector<std::string_view> views(texts.begin(), texts.end());
  const Analysis analysis = analyze(views, {}).value();
  ASSERT_EQ(analysis.documents.size(), texts.size());
  for (size_t d = 0; d < texts.size(); ++d) {
    const std::string& text = texts[d];
    const DocumentProfile profile = profileDocument(text).value();
    EXPECT_EQ(analysis.documents[d].words, profile.words) << d;
    EXPECT_EQ(analysis.documents[d].paragraphs, profile.paragraphs.size()) << d;

    CompareOptions options;
    options.unit = AlignUnit::kParagraph;
    const AlignedDiff diff = compareTexts(text, texts[(d + 1) % texts.size()], options).value();
    EXPECT_EQ(diff.stats.leftWords, profile.words) << d;
    if (!profile.paragraphs.empty()) {
      ASSERT_EQ(diff.leftUnits.size(), profile.paragraphs.size()) << d;
      for (size_t p = 0; p < profile.paragraphs.size(); ++p)
        EXPECT_EQ(diff.leftUnits[p].text, profile.paragraphs[p].range) << d << " " << p;
    }

    const RewriteAlignment alignment = alignRewrites(text, text, {}).value();
    ASSERT_EQ(alignment.aParagraphs.size(), profile.paragraphs.size()) << d;
    for (size_t p = 0; p < profile.paragraphs.size(); ++p)
      EXPECT_EQ(alignment.aParagraphs[p], profile.paragraphs[p].range) << d << " " << p;
  }
}

}  // namespace
}  // namespace concord
