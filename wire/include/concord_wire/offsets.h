// The one place byte offsets become UTF-16 code units, the indices JavaScript strings use.
//
//   concord_wire::OffsetSlots slots(packet, texts);
//   slots.push(doc, byteOffset);  // appends a placeholder to packet.ints
//   slots.convert();              // every placeholder now holds its UTF-16 offset
#ifndef CONCORD_WIRE_OFFSETS_H_
#define CONCORD_WIRE_OFFSETS_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace concord_wire {

/// A text as it crossed the wire: its UTF-8 bytes, and whether they are pure ASCII (the caller
/// knows when UTF-8 and UTF-16 lengths agree; then no offset needs converting).
struct WireText {
  std::string_view bytes;  ///< UTF-8.
  bool ascii = false;      ///< True only if every byte is below 0x80.
};

/// True when every byte of `bytes` is below 0x80.
bool isAscii(std::string_view bytes);

/// Replaces each UTF-8 byte offset into `text` by its UTF-16 code unit offset. Offsets inside a
/// multi-byte sequence map to the start of its character; four-byte sequences count two units.
/// Sorted offsets are converted in one pass; unsorted ones are sorted first. A pure-ASCII text
/// returns at once (the one ASCII fast path).
void toUtf16(const WireText& text, std::vector<uint32_t>& offsets);

/// Byte offsets written into an int32 array now and converted to UTF-16 together, per text.
class OffsetSlots {
 public:
  /// Slots writing into `ints`, offsets into `texts` (both outlive this object).
  OffsetSlots(std::vector<int32_t>& ints, const std::vector<WireText>& texts);

  /// Appends `byteOffset` into text `text` to the array, to be converted by `convert()`.
  void push(uint32_t text, uint32_t byteOffset);

  /// Writes the UTF-16 offset of every pushed value in place.
  void convert();

 private:
  std::vector<int32_t>& ints_;
  const std::vector<WireText>& texts_;
  std::vector<std::vector<uint32_t>> offsets_;  // Per text: byte offsets pushed.
  std::vector<std::vector<size_t>> indices_;    // Per text: where each one went in ints_.
};

}  // namespace concord_wire

#endif  // CONCORD_WIRE_OFFSETS_H_
