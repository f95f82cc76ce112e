// The row search of alignRewrites takes its dot products from SpanIndex (an internal unit of
// core/src/align): they must be dot()'s to the last bit, or the rows would change.
#include "align/span_index.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <random>
#include <vector>

namespace concord {
namespace {

// Random sparse vectors over `vocabulary` ids, sorted by id, with unit-scale float weights.
std::vector<SparseVector> randomVectors(std::mt19937& random, size_t count, uint32_t vocabulary) {
  std::vector<SparseVector> vectors(count);
  for (SparseVector& v : vectors) {
    for (uint32_t id = 0; id < vocabulary; ++id)
      if (random() % 4 == 0) v.emplace_back(id, std::uniform_real_distribution<float>(0, 1)(random));
  }
  return vectors;
}

std::vector<std::vector<uint32_t>> randomNames(std::mt19937& random, size_t count,
                                               uint32_t vocabulary) {
  std::vector<std::vector<uint32_t>> names(count);
  for (auto& ids : names)
    for (uint32_t id = 0; id < vocabulary; ++id)
      if (random() % 15 == 0) ids.push_back(id);
  return names;
}

bool sameBits(double x, double y) { return std::memcmp(&x, &y, sizeof x) == 0; }

bool meet(const std::vector<uint32_t>& x, const std::vector<uint32_t>& y) {
  for (const uint32_t id : x)
    for (const uint32_t other : y)
      if (id == other) return true;
  return false;
}

TEST(SpanIndex, DotsAreDotsToTheLastBit) {
  std::mt19937 random(7);
  constexpr uint32_t kVocabulary = 60, kSpan = 3;
  const std::vector<SparseVector> spans = randomVectors(random, 12 * kSpan, kVocabulary);
  const std::vector<std::vector<uint32_t>> names = randomNames(random, spans.size(), kVocabulary);
  const align::SpanIndex index(spans, names, kSpan, kVocabulary);
  const std::vector<SparseVector> queries = randomVectors(random, 20, kVocabulary);
  const std::vector<std::vector<uint32_t>> queryNames = randomNames(random, 20, kVocabulary);
  std::vector<double> dots;
  std::vector<uint8_t> shares;
  for (size_t q = 0; q < queries.size(); ++q) {
    index.match(queries[q], queryNames[q], false, dots, shares);
    ASSERT_EQ(dots.size(), spans.size());
    for (size_t y = 0; y < spans.size(); ++y) {
      EXPECT_TRUE(sameBits(dots[y], dot(queries[q], spans[y]))) << "query " << q << " span " << y;
      EXPECT_EQ(shares[y] != 0, meet(queryNames[q], names[y])) << "query " << q << " span " << y;
    }
  }
}

TEST(SpanIndex, SinglesOnlyLeavesLongerSpansAtZero) {
  std::mt19937 random(11);
  constexpr uint32_t kVocabulary = 40, kSpan = 2;
  const std::vector<SparseVector> spans = randomVectors(random, 8 * kSpan, kVocabulary);
  const std::vector<std::vector<uint32_t>> names(spans.size());
  const align::SpanIndex index(spans, names, kSpan, kVocabulary);
  const SparseVector query = randomVectors(random, 1, kVocabulary)[0];
  std::vector<double> dots, all;
  std::vector<uint8_t> shares;
  index.match(query, {}, true, dots, shares);
  index.match(query, {}, false, all, shares);
  size_t longerMet = 0;
  for (size_t y = 0; y < spans.size(); ++y) {
    EXPECT_TRUE(sameBits(all[y], dot(query, spans[y]))) << "span " << y;
    if (y % kSpan == 0) {
      EXPECT_TRUE(sameBits(dots[y], all[y])) << "span " << y;
    } else {
      EXPECT_EQ(dots[y], 0.0) << "span " << y;
      longerMet += all[y] > 0;
    }
  }
  EXPECT_GT(longerMet, 0u);  // The zeros above are singlesOnly's doing.
}

}  // namespace
}  // namespace concord
