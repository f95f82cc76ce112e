// Embind binding of the aligned comparison: marshalling only (see marshal.h).
#include <emscripten/bind.h>

#include "concord/aligned_diff.h"
#include "concord_wire/pack.h"
#include "marshal.h"

namespace {

// Inputs: left, right.
uintptr_t compareTexts(uintptr_t inputs, uint32_t count, const emscripten::val& options) {
  return concord_wasm::callOnPair<concord::CompareOptions>(
      inputs, count, options,
      [](auto left, auto right, const auto& o) { return concord::compareTexts(left, right, o); },
      concord_wire::packComparison);
}

}  // namespace

EMSCRIPTEN_BINDINGS(concord_compare) { emscripten::function("compareTexts", &compareTexts); }
