#include "concord/analyze.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "fixtures.h"
#include "testing/clean_copy.h"

namespace concord {
namespace {

// The fixture set: 0 story, 1 lightly edited copy, 2 rewrite of the story in other words,
// 3 unrelated garden text, 4 digest quoting one sentence of the story.
struct FixtureSet {
  std::vector<std::string> texts = {
      readFixture("analyze/story_a.txt"), readFixture("analyze/story_a_edited.txt"),
      readFixture("analyze/story_b_rewrite.txt"), readFixture("analyze/garden.txt"),
      readFixture("analyze/digest.txt")};
  std::vector<std::string_view> views{texts.begin(), texts.end()};
};

const PairResult& pairOf(const Analysis& analysis, uint32_t a, uint32_t b) {
  for (const PairResult& pair : analysis.pairs)
    if (pair.a == a && pair.b == b) return pair;
  static const PairResult missing{};
  ADD_FAILURE() << "no pair " << a << "," << b;
  return missing;
}

TEST(Analyze, ReportsEveryPairOfASmallSetWithItsLevel) {
  FixtureSet set;
  const Analysis analysis = analyze(set.views, {}).value();
  ASSERT_EQ(analysis.pairs.size(), 10u);
  EXPECT_EQ(pairOf(analysis, 0, 1).level, MatchLevel::kMinorChanges);
  EXPECT_EQ(pairOf(analysis, 0, 2).level, MatchLevel::kRewritten);
  EXPECT_EQ(pairOf(analysis, 1, 2).level, MatchLevel::kRewritten);
  EXPECT_EQ(pairOf(analysis, 0, 4).level, MatchLevel::kRewritten);  // Shares a passage.
  EXPECT_EQ(pairOf(analysis, 0, 3).level, MatchLevel::kUnrelated);
  EXPECT_EQ(pairOf(analysis, 2, 3).level, MatchLevel::kUnrelated);
  EXPECT_EQ(pairOf(analysis, 2, 4).level, MatchLevel::kUnrelated);
  EXPECT_EQ(pairOf(analysis, 3, 4).level, MatchLevel::kUnrelated);
}

TEST(Analyze, DiffRatioOfTheEditedCopyIsExact) {
  FixtureSet set;
  const Analysis analysis = analyze(set.views, {}).value();
  const PairScores& s = pairOf(analysis, 0, 1).scores;
  // LCS by hand: headline 8 + lead 25 + mayor 24 + engineers 22 + commuters 22 + Comments 1.
  EXPECT_TRUE(s.diffRatioExact);
  EXPECT_NEAR(s.diffRatio, 2.0 * 102 / (131 + 108), 1e-9);
  // Covered: all of the story but its two "Comments"; all of the copy but its one.
  EXPECT_NEAR(s.coverageAB, 129.0 / 131, 1e-9);
  EXPECT_NEAR(s.coverageBA, 107.0 / 108, 1e-9);
}

TEST(Analyze, RanksTheRewriteAboveUnrelatedTexts) {
  FixtureSet set;
  const Analysis analysis = analyze(set.views, {}).value();
  const double rewrite = pairOf(analysis, 0, 2).scores.rewrite;
  EXPECT_GT(pairOf(analysis, 0, 1).scores.rewrite, rewrite);
  for (uint32_t other : {3u, 4u}) EXPECT_GT(rewrite, pairOf(analysis, 2, other).scores.rewrite);
  EXPECT_GT(rewrite, pairOf(analysis, 0, 3).scores.rewrite);
  // Almost nothing is literally shared with the rewrite.
  EXPECT_LT(pairOf(analysis, 0, 2).scores.resemblance, 0.05);
  EXPECT_EQ(pairOf(analysis, 0, 2).scores.coverageAB, 0.0);
}

TEST(Analyze, FindsPassagesAsCheckedByHand) {
  FixtureSet set;
  const Analysis analysis = analyze(set.views, {}).value();
  ASSERT_EQ(analysis.passages.size(), 4u);
  // Story and copy: one run from the headline to the end of the commuters paragraph (106 words,
  // 5 differing), then the story's second engineers paragraph against the copy's one.
  EXPECT_EQ(analysis.passages[0].a, 0u);
  EXPECT_EQ(analysis.passages[0].b, 1u);
  EXPECT_EQ(analysis.passages[0].aWords, 106u);
  EXPECT_EQ(analysis.passages[0].matchedWords, 101u);
  EXPECT_EQ(analysis.passages[1].matchedWords, 22u);
  // The digest quotes 20 words of the story, and 13 + 4 of the copy (which changed words).
  EXPECT_EQ(analysis.passages[2].a, 0u);
  EXPECT_EQ(analysis.passages[2].b, 4u);
  EXPECT_EQ(analysis.passages[2].matchedWords, 20u);
  EXPECT_EQ(analysis.passages[2].aRange.in(set.views[0]),
            "Commuters from Westhaven had faced a detour of forty minutes each way, and local "
            "shops near the bridge reported losing");
  EXPECT_EQ(analysis.passages[3].b, 4u);
  EXPECT_EQ(analysis.passages[3].matchedWords, 17u);
}

TEST(Analyze, ClustersAndOrdersRelatedDocumentsTogether) {
  FixtureSet set;
  const Analysis analysis = analyze(set.views, {}).value();
  EXPECT_EQ(analysis.clusters, (std::vector<std::vector<uint32_t>>{{0, 1, 2, 4}}));
  EXPECT_EQ(analysis.order, (std::vector<uint32_t>{0, 1, 2, 4, 3}));
  ASSERT_EQ(analysis.matrix.size(), 25u);
  EXPECT_EQ(analysis.matrix[0], 1.0f);
  EXPECT_EQ(analysis.matrix[0 * 5 + 2], analysis.matrix[2 * 5 + 0]);
}

TEST(Analyze, CleanCopyDropsRepeatsKeepingFirstOccurrences) {
  FixtureSet set;
  const Analysis analysis = analyze(set.views, {}).value();
  EXPECT_EQ(analysis.documents[0].repeats.size(), 2u);  // Engineers again, "Comments" again.
  EXPECT_EQ(analysis.documents[1].repeats.size(), 0u);
  EXPECT_EQ(analysis.documents[3].repeats.size(), 1u);  // Near-repeat of the watering advice.
  const std::string clean = concord::testing::removeRanges(set.views[0], analysis.documents[0].repeats);
  EXPECT_EQ(clean.find("Engineers"), clean.rfind("Engineers"));
  EXPECT_EQ(clean.substr(clean.size() - 9), "Comments\n");
  EXPECT_EQ(clean.find("Comments"), clean.rfind("Comments"));
  const std::string garden = concord::testing::removeRanges(set.views[3], analysis.documents[3].repeats);
  EXPECT_EQ(garden.find("Water deeply"), garden.rfind("Water deeply"));
  EXPECT_EQ(garden.substr(garden.size() - 9), "taller.\n\n");
}

TEST(Analyze, LeavesOutUnrelatedPairsOfLargeSets) {
  FixtureSet set;
  AnalyzeOptions options;
  options.allPairsUpTo = 2;
  const Analysis analysis = analyze(set.views, options).value();
  for (const PairResult& pair : analysis.pairs) EXPECT_NE(pair.level, MatchLevel::kUnrelated);
  EXPECT_EQ(analysis.pairs.size(), 5u);  // 0-1, 0-2, 0-4, 1-2, 1-4.
}

TEST(Analyze, SparsePathAgreesWithTheDensePathOnRelatedPairs) {
  FixtureSet set;
  AnalyzeOptions dense, sparse;
  dense.allPairsUpTo = 0;
  sparse.allPairsUpTo = 0;
  sparse.matrixUpTo = 0;
  const Analysis a = analyze(set.views, dense).value(), b = analyze(set.views, sparse).value();
  ASSERT_EQ(a.pairs.size(), b.pairs.size());
  for (size_t p = 0; p < a.pairs.size(); ++p) {
    EXPECT_EQ(a.pairs[p].a, b.pairs[p].a);
    EXPECT_EQ(a.pairs[p].b, b.pairs[p].b);
    EXPECT_NEAR(a.pairs[p].scores.rewrite, b.pairs[p].scores.rewrite, 1e-6);
  }
  EXPECT_TRUE(b.matrix.empty());
}

TEST(Analyze, SparsePathStillReportsEveryPairUpToAllPairsUpTo) {
  // Found by the fuzzer: with matrixUpTo below the set size, only candidates were scored, so
  // unrelated pairs went missing although allPairsUpTo promises every pair.
  FixtureSet set;
  AnalyzeOptions options;
  options.matrixUpTo = 1;
  const Analysis analysis = analyze(set.views, options).value();
  ASSERT_EQ(analysis.pairs.size(), 10u);
  EXPECT_EQ(pairOf(analysis, 2, 3).level, MatchLevel::kUnrelated);
  EXPECT_EQ(pairOf(analysis, 0, 1).level, MatchLevel::kMinorChanges);
  EXPECT_TRUE(analysis.matrix.empty());
}

TEST(Analyze, ScoresOfCopiesStayAtMostOne) {
  // Float unit vectors made the cosine of equal documents a hair above 1 (found by the node
  // hostile tests with 500 copies).
  FixtureSet set;
  for (size_t copies : {2u, 7u, 50u, 500u}) {
    const std::vector<std::string_view> views(copies, set.views[0]);
    const Analysis analysis = analyze(views, {}).value();
    for (const PairResult& pair : analysis.pairs) {
      ASSERT_LE(pair.scores.rewrite, 1.0) << copies;
      ASSERT_GE(pair.scores.rewrite, 0.0) << copies;
    }
  }
}

TEST(Analyze, ManyLongNearCopiesStayWithinTheDiffBudget) {
  // 60 versions of a 6,000-word text, each with every 61st word edited from another start: exact
  // diff ratios for all 1,770 pairs would cost 1e9 LCS steps (200 such copies took 85 s in the
  // browser's engine); past the set's budget the later pairs get the estimate.
  std::vector<std::string> texts(60);
  for (size_t c = 0; c < texts.size(); ++c)
    for (int w = 0; w < 6000; ++w)
      texts[c] += "w" + std::to_string(w) + (w % 61 == static_cast<int>(c) ? "x" : "") +
                  (w % 40 == 39 ? "\n" : " ");
  const std::vector<std::string_view> views(texts.begin(), texts.end());
  const Analysis analysis = analyze(views, {}).value();
  ASSERT_EQ(analysis.pairs.size(), 1770u);
  size_t exact = 0;
  for (const PairResult& pair : analysis.pairs) {
    exact += pair.scores.diffRatioExact;
    EXPECT_EQ(pair.level, MatchLevel::kMinorChanges);
    EXPECT_GT(pair.scores.diffRatio, 0.8);
  }
  EXPECT_GT(exact, 0u);
  EXPECT_LT(exact, analysis.pairs.size());
  EXPECT_TRUE(analysis.pairs.front().scores.diffRatioExact);  // Pairs are scored in (a, b) order.
}

TEST(Analyze, ReportsProgressUpToOne) {
  FixtureSet set;
  std::vector<double> seen;
  ASSERT_TRUE(analyze(set.views, {}, [&](double f) { seen.push_back(f); }).ok());
  ASSERT_GE(seen.size(), 3u);
  EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));
  EXPECT_EQ(seen.back(), 1.0);
}

TEST(Analyze, HandlesEmptyAndEqualDocuments) {
  const std::vector<std::string_view> texts = {"", "", "same words here\n", "same words here\n"};
  const Analysis analysis = analyze(texts, {}).value();
  EXPECT_EQ(pairOf(analysis, 0, 1).level, MatchLevel::kIdentical);
  EXPECT_EQ(pairOf(analysis, 2, 3).level, MatchLevel::kIdentical);
  EXPECT_EQ(pairOf(analysis, 0, 2).level, MatchLevel::kUnrelated);
}

TEST(Analyze, HugeRepetitiveDocumentsGetAnEstimatedDiffRatio) {
  // 200,000 words each, sharing every shingle: an exact LCS would take 6 * 10^8 steps.
  std::string a, b;
  for (int i = 0; i < 100000; ++i) a += "tick tock ", b += "tock tick ";
  const Analysis analysis = analyze({a, b}, {}).value();
  ASSERT_EQ(analysis.pairs.size(), 1u);
  EXPECT_FALSE(analysis.pairs[0].scores.diffRatioExact);
  EXPECT_DOUBLE_EQ(analysis.pairs[0].scores.resemblance, 1.0);
}

TEST(Analyze, ManyCopiesOfOneTextAreIdenticalEvenWhenEveryPhraseIsStock) {
  // 80 copies: every 3-word phrase is in more than maxSeedDocuments (64) documents, so the
  // sparse path has no seeds at all; the copies must still pair up as identical.
  const std::string text =
      "A council report found that the harbour bridge needs new cables before next winter.\n";
  const std::vector<std::string_view> texts(80, text);
  AnalyzeOptions options;
  options.matrixUpTo = 0;
  const Analysis analysis = analyze(texts, options).value();
  ASSERT_EQ(analysis.pairs.size(), 80u * 79u / 2u);
  for (const PairResult& pair : analysis.pairs) {
    ASSERT_EQ(pair.level, MatchLevel::kIdentical);
    EXPECT_DOUBLE_EQ(pair.scores.resemblance, 1.0);
    EXPECT_DOUBLE_EQ(pair.scores.coverageAB, 1.0);
  }
  ASSERT_EQ(analysis.clusters.size(), 1u);
  EXPECT_EQ(analysis.clusters[0].size(), 80u);
}

TEST(Analyze, ManyCopiesInALargeSetArePairedWithTheFirstCopy) {
  // Above matrixUpTo and allPairsUpTo, more copies than maxSeedDocuments pair as a star: each
  // with the first copy (all pairs of 3,000 copies took 72 s and a heap past 2 GB).
  const std::string text =
      "A council report found that the harbour bridge needs new cables before next winter.\n";
  std::vector<std::string_view> texts(80, text);
  texts.push_back("Something else entirely, about gardens and their roses in the spring.\n");
  AnalyzeOptions options;
  options.matrixUpTo = 0;
  options.allPairsUpTo = 0;
  const Analysis analysis = analyze(texts, options).value();
  ASSERT_EQ(analysis.pairs.size(), 79u);
  for (uint32_t p = 0; p < 79; ++p) {
    EXPECT_EQ(analysis.pairs[p].a, 0u);
    EXPECT_EQ(analysis.pairs[p].b, p + 1);
    EXPECT_EQ(analysis.pairs[p].level, MatchLevel::kIdentical);
  }
  ASSERT_EQ(analysis.clusters.size(), 1u);
  EXPECT_EQ(analysis.clusters[0].size(), 80u);
}

TEST(Analyze, RefusesZeroSeedWords) {
  AnalyzeOptions options;
  options.passages.seedWords = 0;
  EXPECT_FALSE(analyze({"a"}, options).ok());
}

}  // namespace
}  // namespace concord

namespace concord {
namespace {

// A seeded set of lower-case ASCII articles whose unrelated documents share fragments: a
// boilerplate footer in most, quotes shared by a few, and near copies.
std::vector<std::string> fragmentSet(uint32_t n, uint32_t seed) {
  uint32_t state = seed;
  const auto next = [&] { return state = state * 1664525u + 1013904223u, state >> 8; };
  const auto words = [&](uint32_t count) {
    std::string out;
    for (uint32_t w = 0; w < count; ++w) out += "w" + std::to_string(next() % 300) + " ";
    return out;
  };
  const std::string footer = words(40);
  std::vector<std::string> quotes;
  for (int q = 0; q < 6; ++q) quotes.push_back(words(20));
  std::vector<std::string> texts;
  for (uint32_t d = 0; d < n; ++d) {
    std::string text;
    if (d > 0 && next() % 5 == 0) {
      text = texts[next() % d];
      text.replace(next() % (text.size() / 2), 3, " zz");
    } else {
      text = words(60 + next() % 80) + "\n" + quotes[next() % quotes.size()] + "\n" + words(40);
      if (next() % 4 != 0) text += "\n" + footer;
    }
    texts.push_back(text);
  }
  return texts;
}

std::set<std::string> shingleSet(const std::string& text) {
  std::vector<std::string> w;
  for (size_t at = 0; at < text.size();) {
    const size_t end = std::min(text.find_first_of(" \n", at), text.size());
    if (end > at) w.push_back(text.substr(at, end - at));
    at = end + 1;
  }
  std::set<std::string> out;
  for (size_t i = 0; i + 3 <= w.size(); ++i) out.insert(w[i] + " " + w[i + 1] + " " + w[i + 2]);
  return out;
}

TEST(Analyze, SkippedDiffRatiosNeverChangeAReportedPair) {
  for (uint32_t matrixUpTo : {0u, 2000u}) {
    const std::vector<std::string> texts = fragmentSet(120, 7 + matrixUpTo);
    const std::vector<std::string_view> views(texts.begin(), texts.end());
    AnalyzeOptions options;
    options.allPairsUpTo = 10;
    options.matrixUpTo = matrixUpTo;
    options.maxSeedDocuments = 8;  // The footer is a stock phrase.
    const Analysis skipped = analyze(views, options).value();
    options.skipBoundedDiffs = false;
    const Analysis exact = analyze(views, options).value();
    ASSERT_EQ(skipped.pairs.size(), exact.pairs.size());
    ASSERT_GT(exact.pairs.size(), 10u);
    for (size_t p = 0; p < exact.pairs.size(); ++p) {
      const PairResult &x = skipped.pairs[p], &y = exact.pairs[p];
      EXPECT_EQ(x.a, y.a);
      EXPECT_EQ(x.b, y.b);
      EXPECT_EQ(x.level, y.level) << x.a << "," << x.b;
      EXPECT_EQ(x.scores.diffRatio, y.scores.diffRatio) << x.a << "," << x.b;
      EXPECT_EQ(x.scores.diffRatioExact, y.scores.diffRatioExact);
      EXPECT_EQ(x.scores.resemblance, y.scores.resemblance);
    }
  }
}

TEST(Analyze, ResemblanceCountsStockPhrases) {
  for (uint32_t matrixUpTo : {0u, 2000u}) {
    const std::vector<std::string> texts = fragmentSet(120, 11 + matrixUpTo);
    const std::vector<std::string_view> views(texts.begin(), texts.end());
    AnalyzeOptions options;
    options.allPairsUpTo = 10;
    options.matrixUpTo = matrixUpTo;
    options.maxSeedDocuments = 8;
    const Analysis analysis = analyze(views, options).value();
    ASSERT_GT(analysis.pairs.size(), 10u);
    std::vector<std::set<std::string>> sets;
    for (const std::string& text : texts) sets.push_back(shingleSet(text));
    for (const PairResult& pair : analysis.pairs) {
      const std::set<std::string>&a = sets[pair.a], &b = sets[pair.b];
      size_t shared = 0;
      for (const std::string& s : a) shared += b.count(s);
      const double jaccard = static_cast<double>(shared) / (a.size() + b.size() - shared);
      EXPECT_DOUBLE_EQ(pair.scores.resemblance, jaccard) << pair.a << "," << pair.b;
    }
  }
}

}  // namespace
}  // namespace concord
