// Pass cutUnits: both texts into units, each scanned once, and the units' keys interned.
#include "concord/interner.h"
#include "concord/tokenizer.h"
#include "diff/aligned_passes.h"
#include "diff/units.h"

namespace concord {
namespace detail {
namespace {

UnitKeys makeKeys(std::string_view text, const std::vector<Unit>& units, const TextOptions& keys,
                  LineJoin join, bool normalize) {
  UnitKeys out;
  out.keys.reserve(units.size());
  if (normalize) {
    out.storage.reserve(units.size());
    for (const Unit& u : units) out.storage.push_back(comparisonKey(u.text.in(text), keys, join));
    for (const std::string& s : out.storage) out.keys.push_back(s);
  } else {
    for (const Unit& u : units) out.keys.push_back(u.text.in(text));
  }
  return out;
}

}  // namespace

void cutUnits(CompareState& state) {
  AlignUnit unit = state.options.unit;
  // Each text is scanned once, for no more than the unit needs.
  const LayoutNeeds needs = unit == AlignUnit::kAuto   ? LayoutNeeds::kEverything
                            : unit == AlignUnit::kLine ? LayoutNeeds::kLines
                                                       : LayoutNeeds::kParagraphs;
  const TextLayout leftLayout = scanLayout(state.left, needs);
  const TextLayout rightLayout = scanLayout(state.right, needs);
  if (unit == AlignUnit::kAuto) {
    unit = leftLayout.prose || rightLayout.prose ? AlignUnit::kParagraph : AlignUnit::kLine;
  }
  AlignedDiff& out = state.out;
  out.unit = unit;
  const ParagraphSplit split = state.options.text.split;
  out.leftUnits = unitsOf(state.left, leftLayout, unit, split);
  out.rightUnits = unitsOf(state.right, rightLayout, unit, split);

  // Inside a paragraph a line break is just a space: re-wrapped paragraphs stay equal.
  state.join = unit == AlignUnit::kParagraph ? LineJoin::kJoin : LineJoin::kKeep;
  const TextOptions& keys = state.options.text;
  const bool normalize = normalizes(keys) || state.join == LineJoin::kJoin;
  state.leftKeys = makeKeys(state.left, out.leftUnits, keys, state.join, normalize);
  state.rightKeys = makeKeys(state.right, out.rightUnits, keys, state.join, normalize);
  StringInterner ids(out.leftUnits.size() + out.rightUnits.size());
  state.leftKeys.ids.reserve(out.leftUnits.size());
  state.rightKeys.ids.reserve(out.rightUnits.size());
  for (std::string_view k : state.leftKeys.keys) state.leftKeys.ids.push_back(ids.intern(k));
  for (std::string_view k : state.rightKeys.keys) state.rightKeys.ids.push_back(ids.intern(k));
}

}  // namespace detail
}  // namespace concord
