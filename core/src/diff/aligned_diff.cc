// compareTexts: the chain of passes declared in diff/aligned_passes.h, one file each.
#include "concord/aligned_diff.h"

#include <utility>

#include "concord/budget.h"
#include "diff/aligned_passes.h"

namespace concord {

Result<AlignedDiff> compareTexts(std::string_view left, std::string_view right,
                                 const CompareOptions& options) {
  if (left.size() >= kMaxInputBytes || right.size() >= kMaxInputBytes) {
    return Result<AlignedDiff>::failure("Input too large: each text must be under 1 GiB.");
  }
  if (std::string error = compareInputBudgetError(left, right); !error.empty())
    return Result<AlignedDiff>::failure(error);
  detail::CompareState state(left, right, options);
  detail::cutUnits(state);
  const AlignedDiff& cut = state.out;
  if (std::string error =
          wordDiffBudgetError(left, right, cut.leftUnits, cut.rightUnits, cut.unit);
      !error.empty())
    return Result<AlignedDiff>::failure(error);
  detail::scriptUnits(state);
  if (options.detectMoves) detail::findExactMoves(state);
  detail::SignatureStore signatures(state.leftKeys.keys, state.leftKeys.ids,
                                    state.rightKeys.keys, state.rightKeys.ids);
  detail::Signatures leftSignatures(signatures, state.leftKeys.ids);
  detail::Signatures rightSignatures(signatures, state.rightKeys.ids);
  detail::pairChanges(state, leftSignatures, rightSignatures);
  if (options.detectMoves) detail::findEditedMoves(state, leftSignatures, rightSignatures);
  detail::buildMoveBlocks(state);
  detail::diffInlines(state);
  detail::buildRows(state);
  detail::finishStats(state);
  return std::move(state.out);
}

}  // namespace concord
