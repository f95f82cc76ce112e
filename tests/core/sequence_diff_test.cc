#include "concord/sequence_diff.h"

#include <gtest/gtest.h>

#include <random>
#include <vector>

#include "testing/reference_diff.h"

namespace concord {
namespace {

using Ids = std::vector<uint32_t>;

// Replays the script: equal ops must join equal ids, and it must consume both sides exactly.
void expectValidScript(const Ids& a, const Ids& b, const SequenceDiff& diff) {
  size_t i = 0, j = 0;
  for (EditOp op : diff.ops) {
    if (op == EditOp::kEqual) {
      ASSERT_LT(i, a.size());
      ASSERT_LT(j, b.size());
      EXPECT_EQ(a[i++], b[j++]);
    } else if (op == EditOp::kDelete) {
      ASSERT_LT(i++, a.size());
    } else {
      ASSERT_LT(j++, b.size());
    }
  }
  EXPECT_EQ(i, a.size());
  EXPECT_EQ(j, b.size());
}

// Independent reference: the classic quadratic LCS table.
uint32_t lcsLength(const Ids& a, const Ids& b) {
  std::vector<std::vector<uint32_t>> t(a.size() + 1, std::vector<uint32_t>(b.size() + 1, 0));
  for (size_t x = a.size(); x-- > 0;) {
    for (size_t y = b.size(); y-- > 0;) {
      t[x][y] = a[x] == b[y] ? t[x + 1][y + 1] + 1 : std::max(t[x + 1][y], t[x][y + 1]);
    }
  }
  return t[0][0];
}

std::string render(const SequenceDiff& diff) {
  std::string out;
  for (EditOp op : diff.ops) out += op == EditOp::kEqual ? '=' : op == EditOp::kDelete ? '-' : '+';
  return out;
}

TEST(DiffSequences, EmptyInputs) {
  EXPECT_EQ(render(diffSequences({}, {})), "");
  EXPECT_EQ(render(diffSequences({1, 2}, {})), "--");
  EXPECT_EQ(render(diffSequences({}, {1})), "+");
}

TEST(DiffSequences, DeletionsComeBeforeInsertionsInAChange) {
  EXPECT_EQ(render(diffSequences({1, 2, 3, 4}, {1, 5, 6, 4})), "=--++=");
}

TEST(DiffSequences, ElementsMissingFromTheOtherSideAreNeverMatched) {
  const SequenceDiff diff = diffSequences({1, 2, 3}, {4, 5, 6});
  EXPECT_EQ(render(diff), "---+++");
  EXPECT_TRUE(diff.minimal);
}

TEST(DiffSequences, CountsAddUp) {
  const SequenceDiff diff = diffSequences({1, 2, 3, 4, 5}, {2, 3, 9, 5, 7});
  EXPECT_EQ(diff.equal, 3u);
  EXPECT_EQ(diff.deleted, 2u);
  EXPECT_EQ(diff.inserted, 2u);
}

TEST(DiffSequences, LargeIdsStillMatch) {
  EXPECT_EQ(render(diffSequences({4000000000u, 7}, {7, 4000000000u})), "-=+");
}

// Property: on random pairs over a small alphabet (many repeats, the hard case), the script is
// valid and its common part is as long as the reference LCS.
TEST(DiffSequences, RandomPairsAreMinimal) {
  std::mt19937 random(11);
  for (int round = 0; round < 500; ++round) {
    auto make = [&](int n, int alphabet) {
      Ids ids(n);
      for (auto& id : ids) id = random() % alphabet;
      return ids;
    };
    const int alphabet = 2 + round % 6;
    const Ids a = make(random() % 40, alphabet), b = make(random() % 40, alphabet);
    const SequenceDiff diff = diffSequences(a, b);
    expectValidScript(a, b, diff);
    ASSERT_TRUE(diff.minimal);
    EXPECT_EQ(diff.equal, lcsLength(a, b));
  }
}

// A tiny cost limit forces the heuristic split: the script must stay valid and say it may not
// be minimal; forceMinimal overrides the limit.
TEST(DiffSequences, CostLimitGivesValidScriptMarkedNotMinimal) {
  std::mt19937 random(5);
  bool sawNonMinimal = false;
  for (int round = 0; round < 200; ++round) {
    Ids a(200 + random() % 100), b(200 + random() % 100);
    for (auto& id : a) id = random() % 3;
    for (auto& id : b) id = random() % 3;
    SequenceDiffOptions options;
    options.costLimit = 2;
    const SequenceDiff cheap = diffSequences(a, b, options);
    expectValidScript(a, b, cheap);
    sawNonMinimal |= !cheap.minimal;
    EXPECT_LE(cheap.equal, lcsLength(a, b));
    options.forceMinimal = true;
    const SequenceDiff exact = diffSequences(a, b, options);
    EXPECT_TRUE(exact.minimal);
    EXPECT_EQ(exact.equal, lcsLength(a, b));
  }
  EXPECT_TRUE(sawNonMinimal);
}

TEST(DiffSequences, NearIdenticalLongSequencesStayMinimal) {
  Ids a(100000), b;
  for (size_t k = 0; k < a.size(); ++k) a[k] = static_cast<uint32_t>(k);
  b = a;
  for (size_t k = 500; k < b.size(); k += 1000) b[k] = 999999;  // 100 substitutions
  b.insert(b.begin() + 777, 888888);
  const SequenceDiff diff = diffSequences(a, b);
  expectValidScript(a, b, diff);
  EXPECT_TRUE(diff.minimal);
  EXPECT_EQ(diff.equal, a.size() - 100);
}

// Texts with few distinct lines (paragraphs of a small pool pasted again and again, blank lines
// between) and a near copy of each, one edit about every 50 lines. diffSequences first tries one
// greedy pass and keeps it only when a bound proves it minimal (even rounds: inserted lines are
// new, the bound is tight and the greedy script is kept; odd rounds: repeated lines inserted,
// the bound is loose and Myers runs). Either way the edit count must equal dtl's.
TEST(DiffSequences, FewDistinctNearCopiesAreMinimal) {
  std::mt19937 random(13);
  for (int round = 0; round < 12; ++round) {
    // From 40 paragraphs of 60 distinct lines (most lines repeat) to 95 of 500.
    std::vector<Ids> pool(40 + round * 5);
    for (Ids& paragraph : pool) {
      paragraph.resize(3 + random() % 8);
      for (uint32_t& id : paragraph) id = 1 + random() % (60 + 40 * round);
    }
    Ids a;
    while (a.size() < 6000) {
      const Ids& paragraph = pool[random() % pool.size()];
      a.insert(a.end(), paragraph.begin(), paragraph.end());
      a.push_back(0);  // The blank line between paragraphs.
    }
    Ids b;
    uint32_t fresh = 100000;
    for (size_t k = 0; k < a.size(); ++k) {
      const uint32_t roll = random() % 50;
      if (roll == 0) {
        b.push_back(fresh++);  // A changed line.
      } else if (roll == 1) {
        continue;  // A removed line.
      } else if (roll == 2) {
        // A new line inserted; in odd rounds a repeated one, which the bound cannot tell from
        // a removed copy elsewhere (those pairs go to Myers).
        b.push_back(round % 2 ? a[random() % a.size()] : fresh++);
        b.push_back(a[k]);
      } else {
        b.push_back(a[k]);
      }
    }
    const SequenceDiff diff = diffSequences(a, b);
    expectValidScript(a, b, diff);
    EXPECT_TRUE(diff.minimal) << "round " << round;
    EXPECT_EQ(diff.deleted + diff.inserted, detail::referenceEditDistance(a, b))
        << "round " << round;
  }
}

}  // namespace
}  // namespace concord
