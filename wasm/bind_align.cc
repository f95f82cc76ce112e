// Embind binding of the rewrite alignment: marshalling only (see marshal.h). Its own file, apart
// from the analysis, so that the page's first module (concord-core.wasm) links without it.
#include <emscripten/bind.h>

#include "concord/rewrite_align.h"
#include "concord_wire/pack.h"
#include "marshal.h"

namespace {

// Inputs: a, b.
uintptr_t alignRewrites(uintptr_t inputs, uint32_t count, const emscripten::val& options) {
  return concord_wasm::callOnPair<concord::AlignOptions>(
      inputs, count, options,
      [](auto a, auto b, const auto& o) { return concord::alignRewrites(a, b, o); },
      concord_wire::packAlignment);
}

}  // namespace

EMSCRIPTEN_BINDINGS(concord_align) { emscripten::function("alignRewrites", &alignRewrites); }
