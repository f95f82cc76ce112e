#include "concord/budget.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "concord/aligned_diff.h"
#include "concord/analyze.h"

namespace concord {
namespace {

// A paragraph of `bytes` bytes of short words, wrapped in lines of about 70 bytes when `wrap`.
std::string paragraph(size_t bytes, bool wrap) {
  std::string text;
  text.reserve(bytes + 8);
  for (size_t i = 0; text.size() < bytes; ++i) {
    text += "word";
    text += std::to_string(i % 97);
    text += wrap && i % 10 == 9 ? '\n' : ' ';
  }
  return text;
}

TEST(Budget, CostsGrowWithTheInput) {
  const std::string small = paragraph(1000, false), large = paragraph(100000, false);
  EXPECT_LT(compareInputCost(small, small), compareInputCost(large, large));
  EXPECT_LT(wordDiffCost(small, small), wordDiffCost(large, large));
  // Words of a few bytes each: a word-level diff costs tens of bytes per input byte.
  EXPECT_GT(wordDiffCost(large, large), 20 * 2 * large.size());
  EXPECT_LT(analyzeCost({small}), analyzeCost({small, large}));
}

TEST(Budget, ErrorsAreEmptyForOrdinaryInput) {
  const std::string text = paragraph(200000, true);
  EXPECT_EQ(compareInputBudgetError(text, text), "");
  EXPECT_EQ(analyzeBudgetError({text, text, text}), "");
}

TEST(Budget, LongWrappedParagraphsAreToldToCompareByLines) {
  // 48 MB each, one paragraph of wrapped lines (a title above it, so the text reads as blocks
  // of wrapped lines): past the budget word by word, fine by lines.
  const std::string a = "Title\n\n" + paragraph(48'000'000, true);
  const std::string b = a + "end";
  CompareOptions options;
  options.unit = AlignUnit::kParagraph;
  const Result<AlignedDiff> diff = compareTexts(a, b, options);
  ASSERT_FALSE(diff.ok());
  EXPECT_NE(diff.error().find("These paragraphs are too long to compare word by word (48.0 MB"),
            std::string::npos)
      << diff.error();
  EXPECT_NE(diff.error().find("compare by lines instead"), std::string::npos) << diff.error();
}

TEST(Budget, OneHugeLineIsToldToBreakTheText) {
  const std::string a = paragraph(48'000'000, false);
  const std::vector<Unit> units{
      {{0, static_cast<uint32_t>(a.size())}, {0, static_cast<uint32_t>(a.size())}}};
  const std::string error = wordDiffBudgetError(a, a, units, units, AlignUnit::kLine);
  EXPECT_NE(error.find("These lines are too long to compare word by word"), std::string::npos)
      << error;
  EXPECT_NE(error.find("break the text into shorter lines or paragraphs"), std::string::npos);
  EXPECT_NE(error.find("more than the 2.0 GB the engine may use"), std::string::npos) << error;
}

TEST(Budget, TooManyBytesForOneAnalysisAreRefusedUpFront) {
  // 40 documents of 50 MB: viewed, not copied, so the test itself stays small.
  const std::string text(50'000'000, 'x');
  const std::vector<std::string_view> texts(40, text);
  const Result<Analysis> analysis = analyze(texts, AnalyzeOptions{}, nullptr);
  ASSERT_FALSE(analysis.ok());
  EXPECT_NE(
      analysis.error().find("These 40 documents are too large to analyse together (2000.0 MB"),
      std::string::npos)
      << analysis.error();
  EXPECT_NE(analysis.error().find("analyse them in smaller sets"), std::string::npos);
  EXPECT_NE(analysis.error().find("or find the related ones with the corpus pipeline"),
            std::string::npos)
      << analysis.error();
}

TEST(Budget, OneHundredThousandArticlesFitOneAnalysis) {
  // News articles of 4.4 KB (bench/js/analyze.mjs): 100,000 fit the 4 GB heap, 150,000 do not.
  const std::string article(4400, 'x');
  EXPECT_EQ(analyzeBudgetError(std::vector<std::string_view>(100000, article)), "");
  const std::string error = analyzeBudgetError(std::vector<std::string_view>(150000, article));
  EXPECT_NE(error.find("These 150000 documents are too large to analyse together (660.0 MB"),
            std::string::npos)
      << error;
  EXPECT_NE(error.find("more than the 3.8 GB the engine may use"), std::string::npos) << error;
}

TEST(Budget, TooManyLinesAreRefusedBeforeSplitting) {
  // 150 million empty lines a side would need gigabytes of line and unit records.
  const std::string lines(150'000'000, '\n');
  const Result<AlignedDiff> diff = compareTexts(lines, lines, CompareOptions{});
  ASSERT_FALSE(diff.ok());
  EXPECT_NE(diff.error().find("These texts are too large to compare together"), std::string::npos)
      << diff.error();
}

}  // namespace
}  // namespace concord
