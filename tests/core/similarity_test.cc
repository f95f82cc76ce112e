#include "concord/similarity.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

namespace concord {
namespace {

std::vector<uint32_t> range(uint32_t from, uint32_t to) {
  std::vector<uint32_t> ids;
  for (uint32_t i = from; i < to; ++i) ids.push_back(i);
  return ids;
}

TEST(WordDiffRatio, CountsTheLongestCommonSubsequence) {
  EXPECT_DOUBLE_EQ(wordDiffRatio({}, {}), 1.0);
  EXPECT_DOUBLE_EQ(wordDiffRatio({1, 2, 3}, {1, 2, 3}), 1.0);
  EXPECT_DOUBLE_EQ(wordDiffRatio({1, 2, 3}, {4, 5}), 0.0);
  // LCS {1, 3, 5} of lengths 5 and 4: 2 * 3 / 9.
  EXPECT_DOUBLE_EQ(wordDiffRatio({1, 2, 3, 4, 5}, {1, 3, 9, 5}), 6.0 / 9.0);
}

TEST(WordDiffRatio, AgreesWithDynamicProgrammingAcrossWordBoundaries) {
  // Sequences over a small alphabet, longer than 64 words so that carries cross machine words.
  std::vector<uint32_t> a, b;
  uint32_t state = 12345;
  const auto next = [&] { return (state = state * 1103515245u + 12345u) >> 16; };
  for (int i = 0; i < 150; ++i) a.push_back(next() % 5);
  for (int i = 0; i < 170; ++i) b.push_back(next() % 5);
  std::vector<std::vector<int>> lcs(a.size() + 1, std::vector<int>(b.size() + 1, 0));
  for (size_t i = 1; i <= a.size(); ++i)
    for (size_t j = 1; j <= b.size(); ++j)
      lcs[i][j] =
          a[i - 1] == b[j - 1] ? lcs[i - 1][j - 1] + 1 : std::max(lcs[i - 1][j], lcs[i][j - 1]);
  EXPECT_DOUBLE_EQ(wordDiffRatio(a, b), 2.0 * lcs[a.size()][b.size()] / (a.size() + b.size()));
  EXPECT_DOUBLE_EQ(wordDiffRatio(b, a), 2.0 * lcs[a.size()][b.size()] / (a.size() + b.size()));
}

TEST(SharedPassages, FindsARunOfAtLeastMinWords) {
  std::vector<uint32_t> a = {100, 101};
  std::vector<uint32_t> b = {200};
  for (uint32_t id : range(1, 11)) a.push_back(id), b.push_back(id);
  const auto passages = sharedPassages(a, b, {});
  ASSERT_EQ(passages.size(), 1u);
  EXPECT_EQ(passages[0].aFirst, 2u);
  EXPECT_EQ(passages[0].aEnd, 12u);
  EXPECT_EQ(passages[0].bFirst, 1u);
  EXPECT_EQ(passages[0].bEnd, 11u);
  EXPECT_EQ(passages[0].matchedWords, 10u);
}

TEST(SharedPassages, IgnoresRunsShorterThanMinWords) {
  EXPECT_TRUE(sharedPassages(range(1, 8), range(1, 8), {}).empty());  // 7 words.
  PassageOptions options;
  options.minWords = 5;
  EXPECT_EQ(sharedPassages(range(1, 8), range(1, 8), options).size(), 1u);
}

TEST(SharedPassages, ToleratesAFewDifferingWords) {
  // Words 1..20 in both, with word 8 replaced in b and two words inserted after word 14.
  std::vector<uint32_t> a = range(1, 21), b = range(1, 15);
  b[7] = 99;
  b.push_back(97), b.push_back(98);
  for (uint32_t id : range(15, 21)) b.push_back(id);
  const auto passages = sharedPassages(a, b, {});
  ASSERT_EQ(passages.size(), 1u);
  EXPECT_EQ(passages[0].aFirst, 0u);
  EXPECT_EQ(passages[0].aEnd, 20u);
  EXPECT_EQ(passages[0].bEnd, 22u);
  EXPECT_EQ(passages[0].matchedWords, 19u);
}

TEST(SharedPassages, GapsWiderThanMaxGapSplitTheRun) {
  std::vector<uint32_t> a = range(1, 21), b = range(1, 21);
  b[9] = 90, b[10] = 91, b[11] = 92, b[12] = 93;  // Four differing words: words 1..9, 14..20.
  const auto passages = sharedPassages(a, b, {});
  ASSERT_EQ(passages.size(), 1u);  // 1..9 has 9 words; 14..20 only 7.
  EXPECT_EQ(passages[0].aEnd, 9u);
  PassageOptions wider;
  wider.maxGap = 4;
  ASSERT_EQ(sharedPassages(a, b, wider).size(), 1u);
  EXPECT_EQ(sharedPassages(a, b, wider)[0].aEnd, 20u);
}

TEST(SharedPassages, FindsBothCopiesOfARepeatedBody) {
  std::vector<uint32_t> body = range(1, 13), twice = body;
  twice.insert(twice.end(), body.begin(), body.end());
  const auto passages = sharedPassages(twice, body, {});
  ASSERT_EQ(passages.size(), 2u);
  EXPECT_EQ(passages[0].aFirst, 0u);
  EXPECT_EQ(passages[1].aFirst, 12u);
  EXPECT_DOUBLE_EQ(passageCoverage(passages, true, 24), 1.0);
  EXPECT_DOUBLE_EQ(passageCoverage(passages, false, 12), 1.0);
}

TEST(ChainPassages, MatchedWordsFitInBothSpans) {
  // Found by the fuzzer: a chain drifting on a repetitive text gains more words on a than on b;
  // seeds at (0, 0) and (3, 1) span 6 words of a but only 4 of b.
  PassageOptions options;
  options.minWords = 1;
  const auto passages = chainPassages({{0, 0}, {3, 1}}, options);
  ASSERT_EQ(passages.size(), 1u);
  EXPECT_EQ(passages[0].aEnd - passages[0].aFirst, 6u);
  EXPECT_EQ(passages[0].bEnd - passages[0].bFirst, 4u);
  EXPECT_EQ(passages[0].matchedWords, 4u);
}

TEST(MatchLevel, FollowsTheThresholds) {
  const LevelThresholds t;
  PairScores s;
  s.diffRatio = 1, s.diffRatioExact = true;
  EXPECT_EQ(matchLevel(s, t), MatchLevel::kIdentical);
  s.diffRatio = 0.85;
  EXPECT_EQ(matchLevel(s, t), MatchLevel::kMinorChanges);
  s.diffRatio = 0.5, s.coverageBA = 0.9;
  EXPECT_EQ(matchLevel(s, t), MatchLevel::kMinorChanges);
  s.coverageBA = 0, s.rewrite = 0.25;
  EXPECT_EQ(matchLevel(s, t), MatchLevel::kRewritten);
  s.rewrite = 0.1, s.coverageAB = 0.2;
  EXPECT_EQ(matchLevel(s, t), MatchLevel::kRewritten);
  s.coverageAB = 0.1;
  EXPECT_EQ(matchLevel(s, t), MatchLevel::kUnrelated);
}

}  // namespace
}  // namespace concord
