// Shared by the binding files: texts arrive as UTF-8 bytes (a Uint8Array from TextEncoder),
// copied into wasm memory with one typed-array `set`. Embind's own std::string conversion
// encodes in a JavaScript loop, which cost more than the diff itself on large inputs.
#ifndef CONCORD_WASM_MARSHAL_H_
#define CONCORD_WASM_MARSHAL_H_

#include <emscripten/val.h>

#include <string>
#include <vector>

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

/// A JavaScript typed array (`type` names it, e.g. "Int32Array") holding a copy of `values`.
template <typename T>
emscripten::val toTypedArray(const char* type, const std::vector<T>& values) {
  // The view is copied at once, so it never outlives `values`.
  return emscripten::val::global(type).new_(
      emscripten::typed_memory_view(values.size(), values.data()));
}

/// The `{error: message}` object that web/lib/errors.js turns into a ConcordError.
inline emscripten::val errorValue(const std::string& message) {
  emscripten::val out = emscripten::val::object();
  out.set("error", message);
  return out;
}

}  // namespace concord_wasm

#endif  // CONCORD_WASM_MARSHAL_H_
