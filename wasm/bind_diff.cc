// Embind binding: marshals JS strings in and typed arrays or plain values out. No logic here;
// everything it calls lives in core/.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>
#include <vector>

#include "concord/js_layout.h"
#include "concord/line_diff.h"
#include "marshal.h"

namespace {

using emscripten::val;

template <typename T>
val toTypedArray(const char* type, const std::vector<T>& values) {
  // The view is copied at once, so it never outlives `values`.
  return val::global(type).new_(emscripten::typed_memory_view(values.size(), values.data()));
}

val errorValue(const std::string& message) {
  val out = val::object();
  out.set("error", message);
  return out;
}

// `asciiMask` bit 0: the left text is pure ASCII, bit 1: the right one (JS compares lengths).
val diffLines(const val& leftBytes, const val& rightBytes, int lineBreaks, int asciiMask) {
  const std::string left = concord_wasm::bytesToString(leftBytes);
  const std::string right = concord_wasm::bytesToString(rightBytes);
  concord::LineDiffOptions options;
  options.lineBreaks = static_cast<concord::LineBreaks>(lineBreaks);
  const concord::Result<concord::LineDiff> diff = concord::diffLines(left, right, options);
  if (!diff.ok()) return errorValue(diff.error());
  const concord::LineDiff& value = diff.value();
  val out = val::object();
  out.set("rows", toTypedArray("Int32Array",
                               concord::packRowsForJs(value, left, right, (asciiMask & 1) != 0,
                                                      (asciiMask & 2) != 0)));
  out.set("leftLines", value.leftLines);
  out.set("rightLines", value.rightLines);
  out.set("equal", value.equal);
  out.set("removed", value.removed);
  out.set("added", value.added);
  out.set("minimal", value.minimal);
  out.set("leftEndings", static_cast<int>(value.leftEndings));
  out.set("rightEndings", static_cast<int>(value.rightEndings));
  return out;
}

val unifiedDiff(const val& leftBytes, const val& rightBytes, const std::string& leftName,
                const std::string& rightName, int context) {
  const std::string left = concord_wasm::bytesToString(leftBytes);
  const std::string right = concord_wasm::bytesToString(rightBytes);
  const concord::Result<std::string> patch =
      concord::unifiedDiff(left, right, {leftName, rightName, static_cast<uint32_t>(context)});
  if (!patch.ok()) return errorValue(patch.error());
  val out = val::object();
  out.set("text", patch.value());
  return out;
}

}  // namespace

EMSCRIPTEN_BINDINGS(concord_diff) {
  emscripten::function("diffLines", &diffLines);
  emscripten::function("unifiedDiff", &unifiedDiff);
}
