// Pass diffInlines: the inline ops of every linked pair, computed once (both ends of a move
// share them), with ranges into the whole texts.
#include "diff/aligned_passes.h"

namespace concord {
namespace detail {
namespace {

void shift(std::vector<InlineOp>& ops, size_t from, uint32_t leftBy, uint32_t rightBy) {
  for (size_t k = from; k < ops.size(); ++k) {
    ops[k].left.begin += leftBy, ops[k].left.end += leftBy;
    ops[k].right.begin += rightBy, ops[k].right.end += rightBy;
  }
}

}  // namespace

void diffInlines(CompareState& state) {
  AlignedDiff& out = state.out;
  InlineDiffOptions inlineOptions;
  inlineOptions.text = state.options.text;
  inlineOptions.join = state.join;
  const size_t units = out.leftUnits.size();
  state.inlineBegin.assign(units, 0);
  state.inlineEnd.assign(units, 0);
  for (uint32_t i = 0; i < units; ++i) {
    const int32_t partner = state.leftPartner[i];
    if (partner < 0) continue;
    const Unit& a = out.leftUnits[i];
    const Unit& b = out.rightUnits[static_cast<size_t>(partner)];
    const bool exact = state.leftKeys.ids[i] == state.rightKeys.ids[partner];
    if (state.leftMoved[i] && exact) continue;
    const InlineDiff diff =
        diffInline(a.text.in(state.left), b.text.in(state.right), inlineOptions);
    out.stats.minimal = out.stats.minimal && diff.minimal;
    state.deletedWords += diff.deletedWords;
    state.insertedWords += diff.insertedWords;
    state.deletedSymbols += diff.deletedSymbols;
    state.insertedSymbols += diff.insertedSymbols;
    state.inlineBegin[i] = static_cast<uint32_t>(out.inlineOps.size());
    out.inlineOps.insert(out.inlineOps.end(), diff.ops.begin(), diff.ops.end());
    shift(out.inlineOps, state.inlineBegin[i], a.text.begin, b.text.begin);
    state.inlineEnd[i] = static_cast<uint32_t>(out.inlineOps.size());
  }
}

}  // namespace detail
}  // namespace concord
