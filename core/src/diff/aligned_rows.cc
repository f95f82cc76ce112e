// Pass buildRows: rows in reading order, walking the script: equal units, then each region's
// units in order on both sides; and the kept / changed / added / removed / moved counts.
#include <algorithm>

#include "concord/tokenizer.h"
#include "diff/aligned_passes.h"

namespace concord {
namespace detail {
namespace {

// Token counts of removed and added units, once per distinct text: texts with repeated lines
// remove and add the same lines many times. Keyed by unit key id, the text checked for equality
// (under key options one id can stand for texts that differ in case or punctuation).
class UnitTokenCounts {
 public:
  explicit UnitTokenCounts(const CompareState& state) {
    uint32_t ids = 0;
    for (uint32_t id : state.leftKeys.ids) ids = std::max(ids, id + 1);
    for (uint32_t id : state.rightKeys.ids) ids = std::max(ids, id + 1);
    texts_.resize(ids);
    counts_.resize(ids);
    known_.assign(ids, 0);
  }

  TokenCounts of(uint32_t id, std::string_view text) {
    if (known_[id] && texts_[id] == text) return counts_[id];
    const TokenCounts counts = countTokens(text);
    known_[id] = 1, texts_[id] = text, counts_[id] = counts;
    return counts;
  }

 private:
  std::vector<std::string_view> texts_;
  std::vector<TokenCounts> counts_;
  std::vector<uint8_t> known_;
};

// A left unit alone in its row: one end of a move, or removed.
void pushLeftOnly(CompareState& state, UnitTokenCounts& tokens, uint32_t i) {
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
    const TokenCounts counts =
        tokens.of(state.leftKeys.ids[i], state.out.leftUnits[i].text.in(state.left));
    state.deletedWords += counts.words;
    state.deletedSymbols += counts.symbols;
    ++stats.removed;
  }
  state.out.rows.push_back(row);
}

// A right unit alone in its row: the other end of a move, or added.
void pushRightOnly(CompareState& state, UnitTokenCounts& tokens, uint32_t j) {
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
    const TokenCounts counts =
        tokens.of(state.rightKeys.ids[j], state.out.rightUnits[j].text.in(state.right));
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
void pushRegion(CompareState& state, UnitTokenCounts& tokens, const Region& region, uint32_t& i,
                uint32_t& j) {
  while (i < region.leftEnd || j < region.rightEnd) {
    const bool leftPaired = i < region.leftEnd && state.leftPartner[i] >= 0 && !state.leftMoved[i];
    const bool rightPaired =
        j < region.rightEnd && state.rightPartner[j] >= 0 && !state.rightMoved[j];
    if (i < region.leftEnd && !leftPaired) {
      pushLeftOnly(state, tokens, i++);
    } else if (j < region.rightEnd && !rightPaired) {
      pushRightOnly(state, tokens, j++);
    } else if (state.leftPartner[i] != static_cast<int32_t>(j)) {
      pushLeftOnly(state, tokens, i++);  // Unreachable: pairs do not cross. Stay correct regardless.
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
  UnitTokenCounts tokens(state);
  uint32_t i = 0, j = 0;
  size_t regionIndex = 0;
  while (i < leftCount || j < rightCount) {
    if (regionIndex < state.regions.size() && state.regions[regionIndex].leftBegin == i &&
        state.regions[regionIndex].rightBegin == j) {
      pushRegion(state, tokens, state.regions[regionIndex++], i, j);
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
