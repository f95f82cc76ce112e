// Shared by the binding files, so that every call crosses the same way:
// - in: texts as UTF-8 bytes that JavaScript's TextEncoder.encodeInto wrote into wasm memory,
//   described by a table of (address, bytes, ascii) uint32 triples (web/lib/wire.js);
//   options as a plain object web/lib/options.js has validated and completed;
// - out: a handle to a concord_wire::Packet the JavaScript reads in place and frees with
//   freePacket(handle). Errors travel in the packet too. Nothing is kept between calls.
#ifndef CONCORD_WASM_MARSHAL_H_
#define CONCORD_WASM_MARSHAL_H_

#include <emscripten/val.h>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "concord/result.h"
#include "concord_wire/layouts.h"
#include "concord_wire/offsets.h"
#include "concord_wire/options.h"
#include "concord_wire/packet.h"

namespace concord_wasm {

/// The texts of a call, read from the input table at `table` (`count` triples).
inline std::vector<concord_wire::WireText> readInputs(uintptr_t table, uint32_t count) {
  const uint32_t* words = reinterpret_cast<const uint32_t*>(table);
  std::vector<concord_wire::WireText> texts(count);
  for (uint32_t i = 0; i < count; ++i) {
    texts[i].bytes = {reinterpret_cast<const char*>(static_cast<uintptr_t>(words[3 * i])),
                      words[3 * i + 1]};
    texts[i].ascii = words[3 * i + 2] != 0;
  }
  return texts;
}

/// Uint32 words at a packet handle: address and length of ints, reals, singles, text and error,
/// then the owner (for freePacket).
enum HandleWord : uint32_t { kOwnerWord = 10, kHandleWords = 11 };

/// A packet and the header JavaScript reads, alive until freePacket.
struct OwnedPacket {
  concord_wire::Packet packet;
  std::array<uint32_t, kHandleWords> header{};
};

/// Moves `packet` to the heap and returns its handle.
inline uintptr_t release(concord_wire::Packet packet) {
  auto* owned = new OwnedPacket{std::move(packet), {}};
  const concord_wire::Packet& p = owned->packet;
  const auto address = [](const void* data) {
    return static_cast<uint32_t>(reinterpret_cast<uintptr_t>(data));
  };
  owned->header = {address(p.ints.data()),
                   static_cast<uint32_t>(p.ints.size()),
                   address(p.reals.data()),
                   static_cast<uint32_t>(p.reals.size()),
                   address(p.singles.data()),
                   static_cast<uint32_t>(p.singles.size()),
                   address(p.text.data()),
                   static_cast<uint32_t>(p.text.size()),
                   address(p.error.data()),
                   static_cast<uint32_t>(p.error.size()),
                   address(owned)};
  return reinterpret_cast<uintptr_t>(owned->header.data());
}

/// The handle of `result` packed by `pack`, or of its error.
template <typename T, typename Pack>
uintptr_t packOrFail(const concord::Result<T>& result, Pack&& pack) {
  if (!result.ok()) return release(concord_wire::Packet::failure(result.error()));
  return release(pack(result.value()));
}

/// Reads a validated options object into a core options struct (see concord_wire/options.h).
/// Text options hold the index of their bytes in the call's inputs.
class OptionReader {
 public:
  OptionReader(const emscripten::val& options, const std::vector<concord_wire::WireText>& inputs)
      : options_(options), inputs_(inputs) {}
  void flag(const char* name, bool& value) { value = options_[name].as<bool>(); }
  void fraction(const char* name, double& value) { value = options_[name].as<double>(); }
  void count(const char* name, uint32_t& value, uint32_t, uint32_t) {
    value = options_[name].as<uint32_t>();
  }
  template <typename Enum>
  void choice(const char* name, Enum& value, const concord_wire::NameList&) {
    value = static_cast<Enum>(options_[name].as<int>());
  }
  void text(const char* name, std::string_view& value) {
    value = inputs_[options_[name].as<uint32_t>()].bytes;
  }

 private:
  const emscripten::val& options_;
  const std::vector<concord_wire::WireText>& inputs_;
};

/// Reads `options` into a default `Options`.
template <typename Options>
Options readOptions(const emscripten::val& options,
                    const std::vector<concord_wire::WireText>& inputs) {
  Options out;
  OptionReader reader(options, inputs);
  concord_wire::visitOptions(out, reader);
  return out;
}

/// A call on two texts (inputs 0 and 1): reads its options, runs `run(left, right, options)`
/// and returns the handle of `pack(value, left, right)` or of the error.
template <typename Options, typename Run, typename Pack>
uintptr_t callOnPair(uintptr_t inputs, uint32_t count, const emscripten::val& options, Run&& run,
                     Pack&& pack) {
  const std::vector<concord_wire::WireText> texts = readInputs(inputs, count);
  const Options parsed = readOptions<Options>(options, texts);
  return packOrFail(run(texts[0].bytes, texts[1].bytes, parsed),
                    [&](const auto& value) { return pack(value, texts[0], texts[1]); });
}

}  // namespace concord_wasm

#endif  // CONCORD_WASM_MARSHAL_H_
