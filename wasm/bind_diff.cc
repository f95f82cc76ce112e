// Embind binding: marshals JS strings in and typed arrays or plain values out. No logic here;
// everything it calls lives in core/.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "concord/js_layout.h"
#include "concord/line_diff.h"
#include "marshal.h"

namespace {

using emscripten::val;

using concord_wasm::errorValue;

// The last diffLinesAt result: kDiffHeader int32 values, then the packed rows. JavaScript reads
// it straight out of wasm memory (no typed-array copy, no object built value by value here) and
// calls releaseDiffLines() when done.
constexpr size_t kDiffHeader = 10;
std::vector<int32_t> lastDiff;
std::string lastDiffError;

// Texts already in wasm memory, where JavaScript's TextEncoder.encodeInto wrote them (no
// intermediate Uint8Array, no second copy). Returns the address of `lastDiff`, or 0 on error
// (message from diffLinesError()). Header: rows, leftLines, rightLines, equal, removed, added,
// minimal, leftEndings, rightEndings, 0.
uintptr_t diffLinesAt(uintptr_t leftAddress, uint32_t leftSize, uintptr_t rightAddress,
                      uint32_t rightSize, int lineBreaks, int asciiMask) {
  const std::string_view left(reinterpret_cast<const char*>(leftAddress), leftSize);
  const std::string_view right(reinterpret_cast<const char*>(rightAddress), rightSize);
  concord::LineDiffOptions options;
  options.lineBreaks = static_cast<concord::LineBreaks>(lineBreaks);
  const concord::Result<concord::LineDiff> diff = concord::diffLines(left, right, options);
  lastDiff.clear();
  if (!diff.ok()) {
    lastDiffError = diff.error();
    return 0;
  }
  const concord::LineDiff& value = diff.value();
  lastDiff.reserve(kDiffHeader + value.rows.size() * concord::kPackedRowStride);
  lastDiff.insert(lastDiff.end(),
                  {static_cast<int32_t>(value.rows.size()), static_cast<int32_t>(value.leftLines),
                   static_cast<int32_t>(value.rightLines), static_cast<int32_t>(value.equal),
                   static_cast<int32_t>(value.removed), static_cast<int32_t>(value.added),
                   value.minimal ? 1 : 0, static_cast<int32_t>(value.leftEndings),
                   static_cast<int32_t>(value.rightEndings), 0});
  concord::appendPackedRowsForJs(value, left, right, (asciiMask & 1) != 0, (asciiMask & 2) != 0,
                                 lastDiff);
  return reinterpret_cast<uintptr_t>(lastDiff.data());
}

std::string diffLinesError() { return lastDiffError; }

void releaseDiffLines() { std::vector<int32_t>().swap(lastDiff); }

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
  emscripten::function("diffLinesAt", &diffLinesAt);
  emscripten::function("diffLinesError", &diffLinesError);
  emscripten::function("releaseDiffLines", &releaseDiffLines);
  emscripten::function("unifiedDiff", &unifiedDiff);
}
