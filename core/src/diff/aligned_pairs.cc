// Pass pairChanges: inside each change region, a removed and an added unit that are versions of
// each other share a row.
#include <algorithm>
#include <map>

#include "diff/aligned_passes.h"

namespace concord {
namespace detail {
namespace {

// Greedy non-crossing pairing by decreasing similarity: rows stay in order on both sides.
std::vector<Pair> pairRegion(const Region& region, const std::vector<uint8_t>& leftFree,
                             const std::vector<uint8_t>& rightFree, Signatures& left,
                             Signatures& right) {
  constexpr double kMinSimilarity = 0.35;
  constexpr size_t kAllPairsBudget = 10000;
  constexpr int kBand = 8;
  std::vector<uint32_t> removed, added;
  for (uint32_t i = region.leftBegin; i < region.leftEnd; ++i) {
    if (leftFree[i]) removed.push_back(i);
  }
  for (uint32_t j = region.rightBegin; j < region.rightEnd; ++j) {
    if (rightFree[j]) added.push_back(j);
  }
  std::vector<Pair> candidates;
  if (removed.empty() || added.empty()) return {};
  const bool allPairs = removed.size() * added.size() <= kAllPairsBudget;
  for (size_t r = 0; r < removed.size(); ++r) {
    size_t lo = 0, hi = added.size();
    if (!allPairs) {
      // Large regions: only units near the same relative position are compared.
      const size_t center = r * added.size() / removed.size();
      lo = center > kBand ? center - kBand : 0;
      hi = std::min(added.size(), center + kBand + 1);
    }
    for (size_t a = lo; a < hi; ++a) {
      const double s = unitSimilarity(left, removed[r], right, added[a]);
      if (s >= kMinSimilarity) {
        candidates.push_back({static_cast<uint32_t>(r), static_cast<uint32_t>(a), s});
      }
    }
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Pair& x, const Pair& y) { return x.similarity > y.similarity; });
  std::map<uint32_t, uint32_t> accepted;  // removed position → added position
  for (const Pair& c : candidates) {
    auto next = accepted.lower_bound(c.left);
    if (next != accepted.end() && (next->first == c.left || next->second <= c.right)) continue;
    if (next != accepted.begin() && std::prev(next)->second >= c.right) continue;
    accepted.emplace(c.left, c.right);
  }
  std::vector<Pair> pairs;
  for (const auto& [r, a] : accepted) {
    pairs.push_back({removed[r], added[a], 0});
  }
  for (Pair& p : pairs) p.similarity = unitSimilarity(left, p.left, right, p.right);
  return pairs;
}

}  // namespace

void pairChanges(CompareState& state, Signatures& left, Signatures& right) {
  for (const Region& region : state.regions) {
    for (const Pair& p : pairRegion(region, state.leftFree, state.rightFree, left, right)) {
      state.link(p.left, p.right, p.similarity, false);
    }
  }
}

}  // namespace detail
}  // namespace concord
