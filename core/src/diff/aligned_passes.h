// compareTexts as a chain of named passes over one state (internal). Each pass has a file of its
// own in core/src/diff/ (aligned_<pass>.cc) and reads what the passes before it left:
//
//   cutUnits      units of both sides and their interned keys            aligned_units.cc
//   scriptUnits   the units' edit script and its change regions          aligned_script.cc
//   findExactMoves   a removed unit whose very key was added elsewhere   aligned_moves.cc
//   pairChanges      versions of each other inside a region share a row  aligned_pairs.cc
//   findEditedMoves  what is left, across regions, when clearly one unit aligned_moves.cc
//   buildMoveBlocks  runs of moved units consecutive on both sides       aligned_moves.cc
//   diffInlines   inline ops of every pair (both move ends share them)   aligned_inline.cc
//   buildRows     rows in reading order and the unit counts              aligned_rows.cc
//   finishStats   words kept, inserted and deleted; similarity           aligned_stats.cc
#ifndef CONCORD_SRC_DIFF_ALIGNED_PASSES_H_
#define CONCORD_SRC_DIFF_ALIGNED_PASSES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "concord/aligned_diff.h"
#include "concord/sequence_diff.h"
#include "diff/unit_similarity.h"

namespace concord {
namespace detail {

/// One side's unit keys, interned; keys are owned by `storage` when normalised, by the text
/// otherwise.
struct UnitKeys {
  std::vector<std::string> storage;
  std::vector<std::string_view> keys;
  std::vector<uint32_t> ids;
};

/// A stretch of removed left units and added right units between two equal units.
struct Region {
  uint32_t leftBegin, leftEnd, rightBegin, rightEnd;
};

/// What the passes share.
struct CompareState {
  CompareState(std::string_view l, std::string_view r, const CompareOptions& o)
      : left(l), right(r), options(o) {}

  std::string_view left, right;
  const CompareOptions& options;
  AlignedDiff out;                               // The result being built.
  LineJoin join = LineJoin::kKeep;               // kJoin for paragraph units.
  UnitKeys leftKeys, rightKeys;                  // cutUnits.
  SequenceDiff script;                           // scriptUnits.
  std::vector<Region> regions;                   // scriptUnits.
  std::vector<int32_t> leftRegion, rightRegion;  // Region of each changed unit, or -1.
  // Links (findMoves, pairChanges): the unit on the other side, whether it moved, similarity.
  std::vector<int32_t> leftPartner, rightPartner;
  std::vector<uint8_t> leftMoved, rightMoved;
  std::vector<double> leftSimilarity;
  std::vector<uint8_t> leftFree, rightFree;      // Changed and not linked yet.
  std::vector<int32_t> leftMoveId;               // findMoves: index into out.moves.
  std::vector<uint32_t> inlineBegin, inlineEnd;  // diffInlines, per left unit.
  // Tokens lost on each side (diffInlines, buildRows).
  uint32_t deletedWords = 0, insertedWords = 0, deletedSymbols = 0, insertedSymbols = 0;

  /// Links left unit `i` with right unit `j`.
  void link(uint32_t i, uint32_t j, double similarity, bool moved) {
    leftPartner[i] = static_cast<int32_t>(j);
    rightPartner[j] = static_cast<int32_t>(i);
    leftMoved[i] = rightMoved[j] = moved;
    leftSimilarity[i] = similarity;
    leftFree[i] = rightFree[j] = 0;
  }
};

/// Chooses the unit, cuts both texts into units (one layout scan each) and interns their keys.
void cutUnits(CompareState& state);
/// The units' edit script, its change regions and the link tables sized for them.
void scriptUnits(CompareState& state);
/// Exact moves: a removed unit whose very key was added in another region.
void findExactMoves(CompareState& state);
/// Versions of each other inside each region share a row.
void pairChanges(CompareState& state, Signatures& left, Signatures& right);
/// Moved and edited: what is left over, across regions, when clearly the same unit.
void findEditedMoves(CompareState& state, Signatures& left, Signatures& right);
/// Runs of moved units consecutive on both sides become move blocks.
void buildMoveBlocks(CompareState& state);
/// Inline ops of every linked pair, computed once.
void diffInlines(CompareState& state);
/// Rows in reading order: equal units, then each region's units in order on both sides.
void buildRows(CompareState& state);
/// Word counts, words kept, inserted and deleted, and the similarity.
void finishStats(CompareState& state);

}  // namespace detail
}  // namespace concord

#endif  // CONCORD_SRC_DIFF_ALIGNED_PASSES_H_
