// Shared by the binding files: texts arrive as UTF-8 bytes (a Uint8Array from TextEncoder),
// copied into wasm memory with one typed-array `set`. Embind's own std::string conversion
// encodes in a JavaScript loop, which cost more than the diff itself on large inputs.
#ifndef CONCORD_WASM_MARSHAL_H_
#define CONCORD_WASM_MARSHAL_H_

#include <emscripten/val.h>

#include <string>

namespace concord_wasm {

/// Copies the bytes of a Uint8Array into a std::string.
inline std::string bytesToString(const emscripten::val& bytes) {
  const size_t size = bytes["length"].as<size_t>();
  std::string text(size, '\0');
  if (size > 0) {
    emscripten::val view(
        emscripten::typed_memory_view(size, reinterpret_cast<unsigned char*>(text.data())));
    view.call<void>("set", bytes);
  }
  return text;
}

}  // namespace concord_wasm

#endif  // CONCORD_WASM_MARSHAL_H_
