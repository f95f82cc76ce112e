// Memory budgets, checked before the allocations they bound, so that an input too big for the
// engine gets a message saying what to change instead of an out-of-memory abort (which, in
// WebAssembly, leaves the module unusable):
//
//   if (std::string error = concord::compareInputBudgetError(left, right); !error.empty())
//     return Result<AlignedDiff>::failure(error);
//
// The estimates are linear in the input, with costs per byte, line and token measured on the
// WebAssembly build (docs/diff.md, "Limits"); they overestimate slightly, never much.
#ifndef CONCORD_BUDGET_H_
#define CONCORD_BUDGET_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "concord/aligned_diff.h"

namespace concord {

/// The memory one call may use: well inside the 4 GB a WebAssembly heap can reach, and below
/// the 2 GB past which JavaScript reads heap pointers as negative numbers.
inline constexpr uint64_t kMemoryBudgetBytes = uint64_t{2} << 30;

/// The memory one analyze() may use: the 4 GB a WebAssembly heap can reach, less room for
/// packing its results (JavaScript reads every heap address unsigned, web/lib/wire.js), so
/// that 100,000 news articles fit in one tab; past it, the corpus pipeline is the way.
inline constexpr uint64_t kAnalyzeBudgetBytes = (uint64_t{4} << 30) - (uint64_t{256} << 20);

/// Heap bytes compareTexts() needs for a pair of texts, before any word-level diff.
uint64_t compareInputCost(std::string_view left, std::string_view right);

/// Extra heap bytes compareTexts() needs to diff the units `left` and `right` word by word.
uint64_t wordDiffCost(std::string_view left, std::string_view right);

/// Heap bytes analyze() needs for `texts`.
uint64_t analyzeCost(const std::vector<std::string_view>& texts);

/// Empty when compareInputCost() fits the budget; else a message for the user.
std::string compareInputBudgetError(std::string_view left, std::string_view right);

/// Empty when the largest unit of each side can be diffed word by word within the budget; else
/// a message naming the unit that is too long and what to change (e.g. compare by lines).
std::string wordDiffBudgetError(std::string_view left, std::string_view right,
                                const std::vector<Unit>& leftUnits,
                                const std::vector<Unit>& rightUnits, AlignUnit unit);

/// Empty when analyzeCost() fits the budget; else a message for the user.
std::string analyzeBudgetError(const std::vector<std::string_view>& texts);

}  // namespace concord

#endif  // CONCORD_BUDGET_H_
