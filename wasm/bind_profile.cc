// Embind binding of a document's profile (word count, paragraphs): marshalling only (see
// marshal.h).
#include <emscripten/bind.h>

#include "concord/document.h"
#include "concord_wire/options.h"
#include "concord_wire/pack.h"
#include "marshal.h"

namespace {

// Inputs: the text.
uintptr_t profileDocument(uintptr_t inputs, uint32_t count, const emscripten::val& options) {
  const auto texts = concord_wasm::readInputs(inputs, count);
  const auto parsed = concord_wasm::readOptions<concord::TextOptions>(options, texts);
  return concord_wasm::packOrFail(concord::profileDocument(texts[0].bytes, parsed),
                                  [&](const concord::DocumentProfile& profile) {
                                    return concord_wire::packProfile(profile, texts[0]);
                                  });
}

}  // namespace

EMSCRIPTEN_BINDINGS(concord_profile) { emscripten::function("profileDocument", &profileDocument); }
