// Pass scriptUnits: the units' edit script, its change regions, and the link tables sized for
// them.
#include <algorithm>

#include "diff/aligned_passes.h"

namespace concord {
namespace detail {
namespace {

// The units' edit script. A plain minimal diff keeps as many units as possible but, among
// equally long answers, picks one arbitrarily: when two paragraphs swap, it may call the long one
// moved and keep the short one. So the units found exactly once on each side are matched first,
// choosing the most of them in order and, among those, the most bytes (a heaviest increasing
// subsequence); the stretches between them get a minimal diff each.
SequenceDiff alignUnits(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b,
                        const std::vector<Unit>& leftUnits) {
  uint32_t idCount = 0;
  for (uint32_t id : a) idCount = std::max(idCount, id + 1);
  for (uint32_t id : b) idCount = std::max(idCount, id + 1);
  std::vector<uint32_t> countA(idCount, 0), countB(idCount, 0), whereB(idCount, 0);
  for (uint32_t id : a) ++countA[id];
  for (size_t j = 0; j < b.size(); ++j) ++countB[b[j]], whereB[b[j]] = static_cast<uint32_t>(j);

  // Candidates in left order; a Fenwick tree over right positions finds, for each, the heaviest
  // chain ending before it on the right.
  struct Candidate {
    uint32_t i, j;
    uint64_t weight;
    int32_t parent;
  };
  std::vector<Candidate> candidates;
  for (size_t i = 0; i < a.size(); ++i) {
    if (countA[a[i]] == 1 && countB[a[i]] == 1) {
      candidates.push_back({static_cast<uint32_t>(i), whereB[a[i]], 0, -1});
    }
  }
  std::vector<std::pair<uint64_t, int32_t>> tree(b.size() + 1, {0, -1});
  for (size_t k = 0; k < candidates.size(); ++k) {
    Candidate& c = candidates[k];
    std::pair<uint64_t, int32_t> best{0, -1};
    for (size_t x = c.j; x > 0; x -= x & (~x + 1)) best = std::max(best, tree[x]);
    // One more unit always outweighs any number of bytes; bytes only break ties.
    c.weight = best.first + (uint64_t{1} << 40) + leftUnits[c.i].text.size();
    c.parent = best.second;
    for (size_t x = c.j + 1; x <= b.size(); x += x & (~x + 1)) {
      tree[x] = std::max(tree[x], std::make_pair(c.weight, static_cast<int32_t>(k)));
    }
  }
  std::vector<std::pair<uint32_t, uint32_t>> anchors;
  int32_t at = -1;
  uint64_t heaviest = 0;
  for (size_t k = 0; k < candidates.size(); ++k) {
    if (candidates[k].weight > heaviest)
      heaviest = candidates[k].weight, at = static_cast<int32_t>(k);
  }
  for (; at >= 0; at = candidates[static_cast<size_t>(at)].parent) {
    anchors.push_back(
        {candidates[static_cast<size_t>(at)].i, candidates[static_cast<size_t>(at)].j});
  }
  std::reverse(anchors.begin(), anchors.end());
  anchors.push_back({static_cast<uint32_t>(a.size()), static_cast<uint32_t>(b.size())});

  SequenceDiff script;
  script.ops.reserve(std::max(a.size(), b.size()));
  uint32_t i = 0, j = 0;
  for (size_t k = 0; k < anchors.size(); ++k) {
    const auto [ai, bj] = anchors[k];
    if (ai > i && bj > j) {
      const std::vector<uint32_t> gapA(a.begin() + i, a.begin() + ai);
      const std::vector<uint32_t> gapB(b.begin() + j, b.begin() + bj);
      const SequenceDiff gap = diffSequences(gapA, gapB);
      script.ops.insert(script.ops.end(), gap.ops.begin(), gap.ops.end());
      script.minimal = script.minimal && gap.minimal;
      script.equal += gap.equal, script.deleted += gap.deleted, script.inserted += gap.inserted;
    } else {
      script.ops.insert(script.ops.end(), ai - i, EditOp::kDelete);
      script.ops.insert(script.ops.end(), bj - j, EditOp::kInsert);
      script.deleted += ai - i, script.inserted += bj - j;
    }
    if (k + 1 < anchors.size()) {
      script.ops.push_back(EditOp::kEqual);
      ++script.equal;
    }
    i = ai + 1, j = bj + 1;
  }
  return script;
}

}  // namespace

void scriptUnits(CompareState& state) {
  const std::vector<Unit>& lu = state.out.leftUnits;
  const std::vector<Unit>& ru = state.out.rightUnits;
  state.script = alignUnits(state.leftKeys.ids, state.rightKeys.ids, lu);
  state.out.stats.minimal = state.script.minimal;
  state.leftRegion.assign(lu.size(), -1);
  state.rightRegion.assign(ru.size(), -1);
  const std::vector<EditOp>& ops = state.script.ops;
  uint32_t i = 0, j = 0;
  for (size_t s = 0; s < ops.size();) {
    if (ops[s] == EditOp::kEqual) {
      ++i, ++j, ++s;
      continue;
    }
    Region region{i, i, j, j};
    const int32_t index = static_cast<int32_t>(state.regions.size());
    for (; s < ops.size() && ops[s] != EditOp::kEqual; ++s) {
      if (ops[s] == EditOp::kDelete) {
        state.leftRegion[i++] = index;
      } else {
        state.rightRegion[j++] = index;
      }
    }
    region.leftEnd = i;
    region.rightEnd = j;
    state.regions.push_back(region);
  }
  state.leftPartner.assign(lu.size(), -1);
  state.rightPartner.assign(ru.size(), -1);
  state.leftMoved.assign(lu.size(), 0);
  state.rightMoved.assign(ru.size(), 0);
  state.leftSimilarity.assign(lu.size(), 0);
  state.leftFree.resize(lu.size());
  state.rightFree.resize(ru.size());
  for (size_t k = 0; k < lu.size(); ++k) state.leftFree[k] = state.leftRegion[k] >= 0;
  for (size_t k = 0; k < ru.size(); ++k) state.rightFree[k] = state.rightRegion[k] >= 0;
}

}  // namespace detail
}  // namespace concord
