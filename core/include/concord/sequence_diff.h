// Edit script between two sequences of integer ids (interned lines, words, characters): the
// engine under every Concord diff. Linear space, and bounded time: past a cost limit it
// settles for a good, not necessarily minimal, script and says so.
//
//   concord::SequenceDiff diff = concord::diffSequences(leftIds, rightIds);
//   for (concord::EditOp op : diff.ops) ...  // one op per element of either side
//   if (!diff.minimal) warn("may not be minimal");
#ifndef CONCORD_SEQUENCE_DIFF_H_
#define CONCORD_SEQUENCE_DIFF_H_

#include <cstdint>
#include <vector>

namespace concord {

/// One step of an edit script.
enum class EditOp : uint8_t {
  kEqual = 0,   ///< The next left element equals the next right element.
  kDelete = 1,  ///< The next left element is removed.
  kInsert = 2,  ///< The next right element is added.
};

/// Settings of `diffSequences`.
struct SequenceDiffOptions {
  /// Edit-distance steps one bisection may spend before it takes the best split found so far;
  /// 0 picks a limit from the input size (about its square root, at least 256).
  uint32_t costLimit = 0;
  /// Always find a minimal script, whatever it costs (tests and references).
  bool forceMinimal = false;
};

/// An edit script and whether it is known to be minimal.
struct SequenceDiff {
  /// Ops in order; within a change, all deletions come before all insertions.
  std::vector<EditOp> ops;
  uint32_t equal = 0;     ///< Number of kEqual ops (the common subsequence's length).
  uint32_t deleted = 0;   ///< Number of kDelete ops.
  uint32_t inserted = 0;  ///< Number of kInsert ops.
  /// True unless the cost limit cut a search short (the script is then valid but maybe longer).
  bool minimal = true;
};

/// Diffs `left` against `right` with Myers' linear-space algorithm, after trimming the common
/// prefix and suffix and setting aside elements that the other side lacks. Ids are compared for
/// equality only.
SequenceDiff diffSequences(const std::vector<uint32_t>& left, const std::vector<uint32_t>& right,
                           const SequenceDiffOptions& options = {});

}  // namespace concord

#endif  // CONCORD_SEQUENCE_DIFF_H_
