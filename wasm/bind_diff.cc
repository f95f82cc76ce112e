// Embind binding of the line diff and the unified diff: marshalling only (see marshal.h).
#include <emscripten/bind.h>

#include "concord/line_diff.h"
#include "concord_wire/options.h"
#include "concord_wire/pack.h"
#include "marshal.h"

namespace {

using emscripten::val;

// Inputs: left, right.
uintptr_t diffLines(uintptr_t inputs, uint32_t count, const val& options) {
  const auto texts = concord_wasm::readInputs(inputs, count);
  const auto parsed = concord_wasm::readOptions<concord::LineDiffOptions>(options, texts);
  return concord_wasm::packOrFail(concord::diffLines(texts[0].bytes, texts[1].bytes, parsed),
                                  [&](const concord::LineDiff& diff) {
                                    return concord_wire::packLineDiff(diff, texts[0], texts[1]);
                                  });
}

// Inputs: left, right, leftName, rightName. The patch is the packet's text.
uintptr_t unifiedDiff(uintptr_t inputs, uint32_t count, const val& options) {
  const auto texts = concord_wasm::readInputs(inputs, count);
  const auto parsed = concord_wasm::readOptions<concord::UnifiedDiffOptions>(options, texts);
  return concord_wasm::packOrFail(concord::unifiedDiff(texts[0].bytes, texts[1].bytes, parsed),
                                  [](const std::string& patch) {
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
