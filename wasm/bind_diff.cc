// Embind binding of the line diff and the unified diff: marshalling only (see marshal.h).
#include <emscripten/bind.h>

#include <string>

#include "concord/line_diff.h"
#include "concord_wire/pack.h"
#include "marshal.h"

namespace {

using concord_wire::WireText;
using emscripten::val;

// Inputs: left, right. The diff as hunks; the rows are built in JavaScript, when asked for, from
// the hunks and lineExtents of each side.
uintptr_t diffLines(uintptr_t inputs, uint32_t count, const val& options) {
  return concord_wasm::callOnPair<concord::LineDiffOptions>(
      inputs, count, options,
      [](auto left, auto right, const auto& o) { return concord::diffLineHunks(left, right, o); },
      [](const concord::LineHunks& diff, const WireText&, const WireText&) {
        return concord_wire::packLineHunks(diff);
      });
}

// Inputs: the text. Its lines as diffLines splits them (option lineBreaks).
uintptr_t lineExtents(uintptr_t inputs, uint32_t count, const val& options) {
  const auto texts = concord_wasm::readInputs(inputs, count);
  const auto parsed = concord_wasm::readOptions<concord::LineDiffOptions>(options, texts);
  return concord_wasm::release(concord_wire::packLineExtents(
      concord::splitLines(texts[0].bytes, parsed.lineBreaks), texts[0]));
}

// Inputs: left, right, leftName, rightName. The patch is the packet's text.
uintptr_t unifiedDiff(uintptr_t inputs, uint32_t count, const val& options) {
  return concord_wasm::callOnPair<concord::UnifiedDiffOptions>(
      inputs, count, options,
      [](auto left, auto right, const auto& o) { return concord::unifiedDiff(left, right, o); },
      [](const std::string& patch, const WireText&, const WireText&) {
        concord_wire::Packet packet(0, 0);
        packet.text = patch;
        return packet;
      });
}

}  // namespace

EMSCRIPTEN_BINDINGS(concord_diff) {
  emscripten::function("diffLines", &diffLines);
  emscripten::function("lineExtents", &lineExtents);
  emscripten::function("unifiedDiff", &unifiedDiff);
}
