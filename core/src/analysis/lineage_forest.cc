// spanForest: the maximum spanning forest over the aligned pairs' strengths (Kruskal), so each
// document hangs on its nearest version; each edge's runner-up (the strongest other pair across
// the cut it makes), its confidence and its direction.
#include <algorithm>
#include <cmath>
#include <numeric>
#include <utility>

#include "analysis/lineage_passes.h"
#include "analysis/sort_by_key.h"
#include "analysis/union_find.h"

namespace concord {
namespace detail {
namespace {

constexpr double kMinStrength = 0.05;   // Weaker pairs share too little to say anything.
// From here on a pair shares enough to be parent and child. Every true edge of the labelled
// derivations (tests/fixtures/lineage, rewritten sentence by sentence by hand) is at 0.39 or
// more; five rewrites made independently of one unseen article (the example articles) share
// 0.11 to 0.20 pairwise: they are siblings, and an edge between two of them must read unsure.
constexpr double kFullStrength = 0.4;
constexpr double kClearMargin = 0.15;   // Beating the runner-up by this share is a clear win.
constexpr double kHoldsAll = 0.9;       // "Nearly all of the other's sentences".
constexpr double kAddsMore = 0.85;      // ...while at most this share of its own is in the other.

struct Tree {
  std::vector<std::vector<std::pair<uint32_t, uint32_t>>> next;  // (document, edge)
  std::vector<uint32_t> parent, parentEdge, depth;
};

Tree rootTrees(uint32_t n, const std::vector<AlignedPair>& aligned,
               const std::vector<uint32_t>& treeEdges) {
  Tree t;
  t.next.resize(n);
  for (uint32_t e : treeEdges) {
    t.next[aligned[e].a].push_back({aligned[e].b, e});
    t.next[aligned[e].b].push_back({aligned[e].a, e});
  }
  t.parent.assign(n, kNoIndex);
  t.parentEdge.assign(n, kNoIndex);
  t.depth.assign(n, 0);
  std::vector<bool> seen(n, false);
  std::vector<uint32_t> stack;
  for (uint32_t root = 0; root < n; ++root) {
    if (seen[root]) continue;
    seen[root] = true;
    stack.push_back(root);
    while (!stack.empty()) {
      const uint32_t d = stack.back();
      stack.pop_back();
      for (auto [other, e] : t.next[d]) {
        if (seen[other]) continue;
        seen[other] = true;
        t.parent[other] = d, t.parentEdge[other] = e, t.depth[other] = t.depth[d] + 1;
        stack.push_back(other);
      }
    }
  }
  return t;
}

// For every tree edge, the strongest non-tree pair whose tree path crosses it.
std::vector<double> runnerUps(uint32_t n, const std::vector<AlignedPair>& aligned,
                              const std::vector<uint32_t>& treeEdges,
                              const std::vector<bool>& inTree) {
  const Tree t = rootTrees(n, aligned, treeEdges);
  std::vector<double> best(aligned.size(), 0);
  for (uint32_t e = 0; e < aligned.size(); ++e) {
    if (inTree[e] || aligned[e].strength < kMinStrength) continue;
    uint32_t x = aligned[e].a, y = aligned[e].b;
    while (x != y) {
      if (t.depth[x] < t.depth[y]) std::swap(x, y);
      if (t.parent[x] == kNoIndex) break;  // Different trees: cannot happen for a candidate.
      double& held = best[t.parentEdge[x]];
      held = std::max(held, aligned[e].strength);
      x = t.parent[x];
    }
  }
  return best;
}

uint32_t countOrigin(const std::vector<SentenceMatch>& matches, SentenceKind origin) {
  return static_cast<uint32_t>(std::count_if(matches.begin(), matches.end(),
                                             [&](const SentenceMatch& m) { return m.origin == origin; }));
}

double foundShare(const std::vector<SentenceMatch>& matches) {
  if (matches.empty()) return 0;
  const uint32_t found = static_cast<uint32_t>(matches.size()) - countOrigin(matches, SentenceKind::kNew);
  return static_cast<double>(found) / static_cast<double>(matches.size());
}

double copiedShare(const std::vector<SentenceMatch>& matches) {
  if (matches.empty()) return 0;
  return static_cast<double>(countOrigin(matches, SentenceKind::kCopied)) /
         static_cast<double>(matches.size());
}

// File times closer than this say nothing: files dropped, copied or unpacked together differ
// by milliseconds.
constexpr double kFileTimeMarginMs = 60'000;

// Direction of a → b: +1 a is earlier, -1 b is earlier, 0 unknown; and what decided it. The
// asymmetry counts only copied sentences in the smaller text (aCopied, bCopied): a later edition
// copies an earlier one and adds to it, while a summary, whose sentences are rewritten in the
// longer text, comes after it (summary-x, digest in tests/fixtures/lineage were directed
// backwards when rewritten sentences counted).
std::pair<int, DirectionBasis> direction(const DocumentDate& da, const DocumentDate& db,
                                         double aInB, double bInA, double aCopied, double bCopied,
                                         size_t aCount, size_t bCount) {
  if (da.source == DateSource::kText && db.source == DateSource::kText && da.time != db.time)
    return {da.time < db.time ? 1 : -1, DirectionBasis::kTextDates};
  if (da.source != DateSource::kNone && db.source != DateSource::kNone &&
      std::abs(da.time - db.time) >= kFileTimeMarginMs &&
      (da.source == DateSource::kModified || db.source == DateSource::kModified))
    return {da.time < db.time ? 1 : -1, DirectionBasis::kModified};
  if (aCopied >= kHoldsAll && bInA <= kAddsMore && bCount > aCount) return {1, DirectionBasis::kContainment};
  if (bCopied >= kHoldsAll && aInB <= kAddsMore && aCount > bCount) return {-1, DirectionBasis::kContainment};
  return {0, DirectionBasis::kNone};
}

LineageEdge edgeOf(const AlignedPair& pair, double runnerUp, const std::vector<DocumentDate>& dates) {
  const double aInB = foundShare(pair.aMatch), bInA = foundShare(pair.bMatch);
  const auto [way, basis] =
      direction(dates[pair.a], dates[pair.b], aInB, bInA, copiedShare(pair.aMatch),
                copiedShare(pair.bMatch), pair.aMatch.size(), pair.bMatch.size());
  const bool flip = way < 0;
  LineageEdge edge;
  edge.from = flip ? pair.b : pair.a;
  edge.to = flip ? pair.a : pair.b;
  edge.directed = way != 0;
  const std::vector<SentenceMatch>& from = flip ? pair.bMatch : pair.aMatch;
  LineageEvidence& ev = edge.evidence;
  ev.sharedTitle = pair.sharedTitle;
  ev.titleCopied = pair.titleCopied;
  ev.copied = countOrigin(from, SentenceKind::kCopied);
  ev.rewritten = countOrigin(from, SentenceKind::kRewritten);
  ev.fromSentences = static_cast<uint32_t>(from.size());
  ev.toSentences = static_cast<uint32_t>((flip ? pair.aMatch : pair.bMatch).size());
  ev.fromInTo = flip ? bInA : aInB;
  ev.toInFrom = flip ? aInB : bInA;
  ev.strength = pair.strength;
  ev.runnerUp = runnerUp;
  ev.fromDate = dates[edge.from];
  ev.toDate = dates[edge.to];
  ev.direction = basis;
  const double related = std::min(1.0, pair.strength / kFullStrength);
  const double margin = 1 - runnerUp / pair.strength;
  edge.confidence = related * (0.5 + 0.5 * std::min(1.0, margin / kClearMargin));
  return edge;
}

}  // namespace

void spanForest(LineageState& state) {
  const std::vector<AlignedPair>& aligned = state.aligned;
  std::vector<uint32_t> order(aligned.size());
  std::iota(order.begin(), order.end(), 0u);
  // Strongest first, equal strengths in pair order (stable).
  sortByKey(order, [&](uint32_t e) { return ~orderedKey(aligned[e].strength); });
  UnionFind sets(state.n);
  std::vector<uint32_t> treeEdges;
  std::vector<bool> inTree(aligned.size(), false);
  for (uint32_t e : order) {
    if (aligned[e].strength < kMinStrength) break;
    if (sets.find(aligned[e].a) == sets.find(aligned[e].b)) continue;
    sets.unite(aligned[e].a, aligned[e].b);
    treeEdges.push_back(e);
    inTree[e] = true;
  }
  const std::vector<double> runnerUp = runnerUps(state.n, aligned, treeEdges, inTree);
  for (uint32_t e : treeEdges)
    state.lineage.edges.push_back(edgeOf(aligned[e], runnerUp[e], state.lineage.dates));
}

}  // namespace detail
}  // namespace concord
