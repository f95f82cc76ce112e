#include "testing/reference_diff.h"

#include <gtest/gtest.h>

#include <random>
#include <vector>

#include "concord/sequence_diff.h"

namespace concord {
namespace {

std::vector<uint32_t> randomIds(std::mt19937& random, size_t length, uint32_t alphabet) {
  std::vector<uint32_t> ids(length);
  for (uint32_t& id : ids) id = random() % alphabet;
  return ids;
}

TEST(ReferenceEditDistance, CountsInsertionsAndDeletions) {
  EXPECT_EQ(detail::referenceEditDistance({1, 2, 3}, {1, 2, 3}), 0u);
  EXPECT_EQ(detail::referenceEditDistance({1, 2, 3}, {1, 3}), 1u);
  EXPECT_EQ(detail::referenceEditDistance({1, 2, 3}, {4, 5}), 5u);
  EXPECT_EQ(detail::referenceEditDistance({}, {7, 7}), 2u);
}

// dtl and Concord's own Myers implementation are independent; where diffSequences says its
// script is minimal, both must agree on the edit distance.
TEST(ReferenceEditDistance, AgreesWithDiffSequencesWhereMinimal) {
  std::mt19937 random(2026);
  for (int round = 0; round < 400; ++round) {
    const uint32_t alphabet = 2 + random() % 30;
    std::vector<uint32_t> left = randomIds(random, random() % 300, alphabet);
    std::vector<uint32_t> right = left;
    // Mostly similar pairs with scattered edits, some unrelated.
    if (round % 4 == 0) {
      right = randomIds(random, random() % 300, alphabet);
    } else {
      for (int edits = random() % 20; edits > 0 && !right.empty(); --edits) {
        const size_t at = random() % right.size();
        if (random() % 2)
          right.erase(right.begin() + at);
        else
          right.insert(right.begin() + at, random() % alphabet);
      }
    }
    const uint32_t reference = detail::referenceEditDistance(left, right);
    SequenceDiffOptions forced;
    forced.forceMinimal = true;
    const SequenceDiff minimal = diffSequences(left, right, forced);
    EXPECT_TRUE(minimal.minimal);
    EXPECT_EQ(minimal.deleted + minimal.inserted, reference) << "round " << round;
    const SequenceDiff bounded = diffSequences(left, right);
    if (bounded.minimal)
      EXPECT_EQ(bounded.deleted + bounded.inserted, reference);
    else
      EXPECT_GE(bounded.deleted + bounded.inserted, reference);
  }
}

}  // namespace
}  // namespace concord
