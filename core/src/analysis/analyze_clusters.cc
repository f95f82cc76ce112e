// Pass clusterDocuments: clusters are documents linked by related pairs; the order puts each
// cluster as a nearest-neighbour chain on the strongest score, so similar documents sit side by
// side in the matrix.
#include "analysis/analyze_passes.h"
#include "analysis/sort_by_key.h"
#include "analysis/union_find.h"

namespace concord {
namespace detail {

void clusterDocuments(AnalysisState& state) {
  const uint32_t n = state.n;
  UnionFind sets(n);
  std::unordered_map<uint64_t, double> strength;
  for (const PairResult& pair : state.out.pairs) {
    if (pair.level == MatchLevel::kUnrelated) continue;
    sets.unite(pair.a, pair.b);
    strength[pairKey(pair.a, pair.b)] =
        std::max(pair.scores.rewrite, pair.scores.diffRatioExact ? pair.scores.diffRatio : 0.0);
  }
  std::vector<std::vector<uint32_t>> components(n);
  for (uint32_t d = 0; d < n; ++d) components[sets.find(d)].push_back(d);
  for (auto& component : components)
    if (component.size() >= 2) state.out.clusters.push_back(std::move(component));
  // Largest first, equal sizes in document order (stable).
  sortByKey(state.out.clusters,
            [](const std::vector<uint32_t>& cluster) { return UINT64_MAX - cluster.size(); });
  const auto strengthOf = [&](uint32_t a, uint32_t b) {
    const auto found = strength.find(a < b ? pairKey(a, b) : pairKey(b, a));
    return found == strength.end() ? 0.0 : found->second;
  };
  std::vector<bool> placed(n, false);
  for (const auto& cluster : state.out.clusters) {
    // Start from the member most tied to the others.
    uint32_t current = cluster[0];
    double bestTotal = -1;
    for (uint32_t x : cluster) {
      double total = 0;
      for (uint32_t y : cluster)
        if (x != y) total += strengthOf(x, y);
      if (total > bestTotal) bestTotal = total, current = x;
    }
    for (size_t step = 0; step < cluster.size(); ++step) {
      state.out.order.push_back(current);
      placed[current] = true;
      uint32_t next = current;
      double best = -1;
      for (uint32_t y : cluster) {
        if (placed[y]) continue;
        const double s = strengthOf(current, y);
        if (s > best) best = s, next = y;
      }
      current = next;
    }
  }
  for (uint32_t d = 0; d < n; ++d)
    if (!placed[d]) state.out.order.push_back(d);
  state.report(1.0);
}

}  // namespace detail
}  // namespace concord
