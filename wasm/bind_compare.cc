// Embind binding of the aligned comparison: marshalling only (see marshal.h).
#include <emscripten/bind.h>

#include "concord/aligned_diff.h"
#include "concord_wire/options.h"
#include "concord_wire/pack.h"
#include "marshal.h"

namespace {

using emscripten::val;

// Inputs: left, right.
uintptr_t compareTexts(uintptr_t inputs, uint32_t count, const val& options) {
  const auto texts = concord_wasm::readInputs(inputs, count);
  const auto parsed = concord_wasm::readOptions<concord::CompareOptions>(options, texts);
  return concord_wasm::packOrFail(concord::compareTexts(texts[0].bytes, texts[1].bytes, parsed),
                                  [&](const concord::AlignedDiff& diff) {
                                    return concord_wire::packComparison(diff, texts[0], texts[1]);
                                  });
}

}  // namespace

EMSCRIPTEN_BINDINGS(concord_compare) { emscripten::function("compareTexts", &compareTexts); }
