// Embind binding of the line diff and the unified diff: marshalling only (see marshal.h).
#include <emscripten/bind.h>

#include <string>

#include "concord/line_diff.h"
#include "concord_wire/pack.h"
#include "marshal.h"

namespace {

using concord_wire::WireText;
using emscripten::val;

// Inputs: left, right.
uintptr_t diffLines(uintptr_t inputs, uint32_t count, const val& options) {
  return concord_wasm::callOnPair<concord::LineDiffOptions>(
      inputs, count, options,
      [](auto left, auto right, const auto& o) { return concord::diffLines(left, right, o); },
      concord_wire::packLineDiff);
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
  emscripten::function("unifiedDiff", &unifiedDiff);
}
