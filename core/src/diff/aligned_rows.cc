// Pass buildRows: rows in reading order, walking the script: equal units, then each region's
// units in order on both sides; and the kept / changed / added / removed / moved counts.
#include <algorithm>

#include "concord/tokenizer.h"
#include "diff/aligned_passes.h"

namespace concord {
namespace detail {
namespace {

// A left unit alone in its row: one end of a move, or removed.
void pushLeftOnly(CompareState& state, uint32_t i) {
  AlignedRow row;
  row.leftUnit = static_cast<int32_t>(i);
  CompareStats& stats = state.out.stats;
  if (state.leftMoved[i]) {
    row.kind = AlignedKind::kMoved;
    row.moveId = state.leftMoveId[i];
    row.similarity = static_cast<float>(state.leftSimilarity[i]);
    row.inlineBegin = state.inlineBegin[i];
    row.inlineEnd = state.inlineEnd[i];
    ++stats.moved;
  } else {
    row.kind = AlignedKind::kRemoved;
    const TokenCounts counts = countTokens(state.out.leftUnits[i].text.in(state.left));
    state.deletedWords += counts.words;
    state.deletedSymbols += counts.symbols;
    ++stats.removed;
  }
  state.out.rows.push_back(row);
}

// A right unit alone in its row: the other end of a move, or added.
void pushRightOnly(CompareState& state, uint32_t j) {
  AlignedRow row;
  row.rightUnit = static_cast<int32_t>(j);
  if (state.rightMoved[j]) {
    const uint32_t i = static_cast<uint32_t>(state.rightPartner[j]);
    row.kind = AlignedKind::kMoved;
    row.moveId = state.leftMoveId[i];
    row.similarity = static_cast<float>(state.leftSimilarity[i]);
    row.inlineBegin = state.inlineBegin[i];
    row.inlineEnd = state.inlineEnd[i];
  } else {
    row.kind = AlignedKind::kAdded;
    const TokenCounts counts = countTokens(state.out.rightUnits[j].text.in(state.right));
    state.insertedWords += counts.words;
    state.insertedSymbols += counts.symbols;
    ++state.out.stats.added;
  }
  state.out.rows.push_back(row);
}

void pushChanged(CompareState& state, uint32_t i, uint32_t j) {
  AlignedRow row;
  row.kind = AlignedKind::kChanged;
  row.leftUnit = static_cast<int32_t>(i);
  row.rightUnit = static_cast<int32_t>(j);
  row.similarity = static_cast<float>(state.leftSimilarity[i]);
  row.inlineBegin = state.inlineBegin[i];
  row.inlineEnd = state.inlineEnd[i];
  state.out.rows.push_back(row);
  ++state.out.stats.changed;
}

// The rows of one region, from units i and j on.
void pushRegion(CompareState& state, const Region& region, uint32_t& i, uint32_t& j) {
  while (i < region.leftEnd || j < region.rightEnd) {
    const bool leftPaired = i < region.leftEnd && state.leftPartner[i] >= 0 && !state.leftMoved[i];
    const bool rightPaired =
        j < region.rightEnd && state.rightPartner[j] >= 0 && !state.rightMoved[j];
    if (i < region.leftEnd && !leftPaired) {
      pushLeftOnly(state, i++);
    } else if (j < region.rightEnd && !rightPaired) {
      pushRightOnly(state, j++);
    } else if (state.leftPartner[i] != static_cast<int32_t>(j)) {
      pushLeftOnly(state, i++);  // Unreachable: pairs do not cross. Stay correct regardless.
    } else {
      // Both at their next pair, which is the same pair since pairs do not cross.
      pushChanged(state, i++, j++);
    }
  }
}

}  // namespace

void buildRows(CompareState& state) {
  AlignedDiff& out = state.out;
  const size_t leftCount = out.leftUnits.size(), rightCount = out.rightUnits.size();
  out.rows.reserve(std::max(leftCount, rightCount));
  uint32_t i = 0, j = 0;
  size_t regionIndex = 0;
  while (i < leftCount || j < rightCount) {
    if (regionIndex < state.regions.size() && state.regions[regionIndex].leftBegin == i &&
        state.regions[regionIndex].rightBegin == j) {
      pushRegion(state, state.regions[regionIndex++], i, j);
      continue;
    }
    AlignedRow row;
    row.kind = AlignedKind::kEqual;
    row.leftUnit = static_cast<int32_t>(i++);
    row.rightUnit = static_cast<int32_t>(j++);
    row.similarity = 1;
    out.rows.push_back(row);
    ++out.stats.kept;
  }
}

}  // namespace detail
}  // namespace concord
