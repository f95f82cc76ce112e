// What changed inside one pair of texts (two versions of a paragraph or line): word-level
// changes, refined to characters inside a word when only part of it changed, after a semantic
// clean-up that merges trivial equalities so that a rewritten phrase reads as one change.
//
//   concord::InlineDiff diff = concord::diffInline("the quick fox", "the slow red fox");
//   for (const concord::InlineOp& op : diff.ops)
//     if (op.kind == concord::InlineKind::kAdded) mark(op.right);
#ifndef CONCORD_INLINE_DIFF_H_
#define CONCORD_INLINE_DIFF_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "concord/text.h"
#include "concord/tokenizer.h"

namespace concord {

/// What an inline op does.
enum class InlineKind : uint8_t {
  kEqual = 0,    ///< Text on both sides that matches (under the key options).
  kRemoved = 1,  ///< Text only on the left.
  kAdded = 2,    ///< Text only on the right.
};

/// One inline op. Removed ops have an empty right range at the right-side position, added ops
/// an empty left range; the non-added ops tile the left text and the non-removed ops the right.
struct InlineOp {
  InlineKind kind = InlineKind::kEqual;  ///< Equal, removed or added.
  ByteRange left;                        ///< Bytes on the left.
  ByteRange right;                       ///< Bytes on the right.
};

/// Settings of `diffInline`.
struct InlineDiffOptions {
  TextOptions text;                 ///< What counts as equal (its `split` is not used).
  LineJoin join = LineJoin::kKeep;  ///< kJoin: a line break inside counts as a space.
  bool semanticCleanup = true;      ///< Merge short equalities between changes into the changes.
  bool characterLevel = true;       ///< Refine short word changes to characters when mostly alike.
};

/// Inline ops and word counts of a pair.
struct InlineDiff {
  std::vector<InlineOp> ops;     ///< In reading order; within a change, removed before added.
  uint32_t keptLeftWords = 0;    ///< Left words whose first byte is in an equal op.
  uint32_t keptRightWords = 0;   ///< Right words whose first byte is in an equal op.
  uint32_t deletedWords = 0;     ///< Left words starting in a removed op.
  uint32_t insertedWords = 0;    ///< Right words starting in an added op.
  uint32_t deletedSymbols = 0;   ///< Left symbol tokens in removed ops.
  uint32_t insertedSymbols = 0;  ///< Right symbol tokens in added ops.
  bool minimal = true;           ///< False when the token diff hit its cost limit.
};

/// Diffs `left` against `right` token by token (see tokenizer.h), with ranges into each.
InlineDiff diffInline(std::string_view left, std::string_view right,
                      const InlineDiffOptions& options = {});

}  // namespace concord

#endif  // CONCORD_INLINE_DIFF_H_
