// Embind binding of the aligned comparison: JS strings and option flags in, packed Int32Arrays
// and a few numbers out (layout in core/include/concord/compare_layout.h). No logic here.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>
#include <vector>

#include "concord/aligned_diff.h"
#include "concord/compare_layout.h"
#include "marshal.h"

namespace {

using emscripten::val;

val int32Array(const std::vector<int32_t>& values) {
  return concord_wasm::toTypedArray("Int32Array", values);
}

// Bits of the `flags` argument, matching web/lib/compare.js.
enum Flag : int {
  kIgnoreCase = 1,
  kIgnoreWhitespace = 2,
  kIgnorePunctuation = 4,
  kFoldQuotes = 8,
  kNoMoves = 16,
  kLeftIsAscii = 32,  // The JS side saw equal UTF-8 and UTF-16 lengths.
  kRightIsAscii = 64,
};

val compareTexts(const val& leftBytes, const val& rightBytes, int unit, int flags) {
  const std::string left = concord_wasm::bytesToString(leftBytes);
  const std::string right = concord_wasm::bytesToString(rightBytes);
  concord::CompareOptions options;
  options.unit = static_cast<concord::AlignUnit>(unit);
  options.text.ignoreCase = (flags & kIgnoreCase) != 0;
  options.text.ignoreWhitespace = (flags & kIgnoreWhitespace) != 0;
  options.text.ignorePunctuation = (flags & kIgnorePunctuation) != 0;
  options.text.foldTypography = (flags & kFoldQuotes) != 0;
  options.detectMoves = (flags & kNoMoves) == 0;
  const concord::Result<concord::AlignedDiff> diff = concord::compareTexts(left, right, options);
  if (!diff.ok()) return concord_wasm::errorValue(diff.error());
  const concord::AlignedDiff& value = diff.value();
  const concord::PackedComparison packed = concord::packComparisonForJs(
      value, left, right, (flags & kLeftIsAscii) != 0, (flags & kRightIsAscii) != 0);
  const concord::CompareStats& s = value.stats;
  val out = val::object();
  out.set("unit", static_cast<int>(value.unit));
  out.set("rows", int32Array(packed.rows));
  out.set("inline", int32Array(packed.inlineOps));
  out.set("moves", int32Array(packed.moves));
  out.set("leftUnits", static_cast<int>(value.leftUnits.size()));
  out.set("rightUnits", static_cast<int>(value.rightUnits.size()));
  out.set("kept", s.kept);
  out.set("changed", s.changed);
  out.set("added", s.added);
  out.set("removed", s.removed);
  out.set("moved", s.moved);
  out.set("wordsInserted", s.wordsInserted);
  out.set("wordsDeleted", s.wordsDeleted);
  out.set("leftWords", s.leftWords);
  out.set("rightWords", s.rightWords);
  out.set("similarity", s.similarity);
  out.set("minimal", s.minimal);
  return out;
}

}  // namespace

EMSCRIPTEN_BINDINGS(concord_compare) { emscripten::function("compareTexts", &compareTexts); }
