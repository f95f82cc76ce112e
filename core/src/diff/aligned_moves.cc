// Passes findExactMoves, findEditedMoves and buildMoveBlocks: removed and added units that are
// one unit moved, exactly or with edits, and the blocks they form.
#include <algorithm>
#include <unordered_map>

#include "diff/aligned_passes.h"

namespace concord {
namespace detail {
namespace {

// Too short or wordless units (blank lines, braces) are not worth calling moved.
bool movable(std::string_view key) {
  if (key.size() < 8) return false;
  for (char c : key) {
    if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c & 0x80)) {
      return true;
    }
  }
  return false;
}

}  // namespace

void findExactMoves(CompareState& state) {
  std::unordered_map<uint32_t, std::vector<uint32_t>> removedById;
  for (uint32_t i = static_cast<uint32_t>(state.leftRegion.size()); i-- > 0;) {
    if (state.leftRegion[i] >= 0 && movable(state.leftKeys.keys[i]))
      removedById[state.leftKeys.ids[i]].push_back(i);
  }
  for (uint32_t j = 0; j < state.rightRegion.size(); ++j) {
    if (state.rightRegion[j] < 0) continue;
    auto it = removedById.find(state.rightKeys.ids[j]);
    if (it == removedById.end() || it->second.empty()) continue;
    const uint32_t i = it->second.back();
    if (state.leftRegion[i] == state.rightRegion[j]) continue;
    it->second.pop_back();
    state.link(i, j, 1.0, true);
  }
}

void findEditedMoves(CompareState& state, Signatures& left, Signatures& right) {
  constexpr double kMinMoveSimilarity = 0.6;
  constexpr int kMinMoveWords = 4;
  constexpr size_t kBudget = 40000;
  std::vector<uint32_t> removed, added;
  for (uint32_t i = 0; i < state.leftFree.size(); ++i) {
    if (state.leftFree[i] && left.words(i) >= kMinMoveWords) removed.push_back(i);
  }
  for (uint32_t j = 0; j < state.rightFree.size(); ++j) {
    if (state.rightFree[j] && right.words(j) >= kMinMoveWords) added.push_back(j);
  }
  if (removed.empty() || removed.size() * added.size() > kBudget) return;
  std::vector<Pair> candidates;
  for (uint32_t i : removed) {
    for (uint32_t j : added) {
      if (state.leftRegion[i] == state.rightRegion[j]) continue;
      const double s = unitSimilarity(left, i, right, j);
      if (s >= kMinMoveSimilarity) candidates.push_back({i, j, s});
    }
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Pair& x, const Pair& y) { return x.similarity > y.similarity; });
  for (const Pair& c : candidates) {
    if (state.leftFree[c.left] && state.rightFree[c.right])
      state.link(c.left, c.right, c.similarity, true);
  }
}

void buildMoveBlocks(CompareState& state) {
  std::vector<MoveBlock>& moves = state.out.moves;
  state.leftMoveId.assign(state.leftMoved.size(), -1);
  for (uint32_t i = 0; i < state.leftMoved.size(); ++i) {
    if (!state.leftMoved[i]) continue;
    const uint32_t j = static_cast<uint32_t>(state.leftPartner[i]);
    const float similarity = static_cast<float>(state.leftSimilarity[i]);
    if (!moves.empty() && moves.back().leftEnd == i && moves.back().rightEnd == j) {
      MoveBlock& last = moves.back();
      last.similarity += similarity;
      ++last.leftEnd, ++last.rightEnd;
    } else {
      moves.push_back({i, i + 1, j, j + 1, similarity});
    }
    state.leftMoveId[i] = static_cast<int32_t>(moves.size() - 1);
  }
  for (MoveBlock& block : moves)
    block.similarity /= static_cast<float>(block.leftEnd - block.leftBegin);
}

}  // namespace detail
}  // namespace concord
