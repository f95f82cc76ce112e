#include "concord_wire/offsets.h"

#include <algorithm>
#include <cstring>
#include <numeric>

namespace concord_wire {
namespace {

constexpr uint64_t kHighBits = 0x8080808080808080ull;

// Bytes in the UTF-8 sequence a lead byte opens; 1 for stray continuation or invalid bytes, so
// that every byte is walked exactly once whatever the input.
uint32_t sequenceLength(unsigned char lead) {
  if (lead < 0xC0) return 1;
  if (lead < 0xE0) return 2;
  if (lead < 0xF0) return 3;
  if (lead < 0xF8) return 4;
  return 1;
}

}  // namespace

bool isAscii(std::string_view bytes) {
  size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    uint64_t word;
    std::memcpy(&word, bytes.data() + i, 8);
    if (word & kHighBits) return false;
  }
  for (; i < bytes.size(); ++i)
    if (static_cast<unsigned char>(bytes[i]) >= 0x80) return false;
  return true;
}

void toUtf16(const WireText& text, std::vector<uint32_t>& offsets) {
  const uint32_t size = static_cast<uint32_t>(text.bytes.size());
  if (text.ascii) {
    for (uint32_t& offset : offsets) offset = std::min(offset, size);
    return;
  }
  // Offsets usually arrive sorted (then no index at all) or nearly so (a stable sort is cheap).
  const bool sorted = std::is_sorted(offsets.begin(), offsets.end());
  // (offset, index) in one uint64 each: sorted, the low halves are a stable order of the
  // offsets, through the std::sort of uint64 the core has anyway (no comparator of its own).
  std::vector<uint64_t> order;
  if (!sorted) {
    order.resize(offsets.size());
    for (uint32_t k = 0; k < offsets.size(); ++k) order[k] = uint64_t{offsets[k]} << 32 | k;
    std::sort(order.begin(), order.end());
  }
  const char* data = text.bytes.data();
  uint32_t byte = 0, units = 0;
  for (size_t k = 0; k < offsets.size(); ++k) {
    const size_t index = sorted ? k : static_cast<uint32_t>(order[k]);
    const uint32_t target = std::min(offsets[index], size);
    // ASCII runs, eight bytes at a time: one unit per byte.
    while (byte + 8 <= target) {
      uint64_t word;
      std::memcpy(&word, data + byte, 8);
      if (word & kHighBits) break;
      byte += 8;
      units += 8;
    }
    while (byte < target) {
      const uint32_t length = sequenceLength(static_cast<unsigned char>(data[byte]));
      if (byte + length > target) break;  // Target inside this character: map to its start.
      units += length == 4 ? 2 : 1;
      byte += length;
    }
    offsets[index] = units;
  }
}

OffsetSlots::OffsetSlots(std::vector<int32_t>& ints, const std::vector<WireText>& texts)
    : ints_(ints), texts_(texts), offsets_(texts.size()), indices_(texts.size()) {}

void OffsetSlots::push(uint32_t text, uint32_t byteOffset) {
  if (texts_[text].ascii) {  // Byte and UTF-16 offsets agree: written as they are.
    ints_.push_back(static_cast<int32_t>(
        std::min<uint32_t>(byteOffset, static_cast<uint32_t>(texts_[text].bytes.size()))));
    return;
  }
  offsets_[text].push_back(byteOffset);
  indices_[text].push_back(ints_.size());
  ints_.push_back(0);
}

void OffsetSlots::convert() {
  for (size_t t = 0; t < texts_.size(); ++t) {
    toUtf16(texts_[t], offsets_[t]);
    for (size_t k = 0; k < offsets_[t].size(); ++k)
      ints_[indices_[t][k]] = static_cast<int32_t>(offsets_[t][k]);
    offsets_[t].clear();
    indices_[t].clear();
  }
}

}  // namespace concord_wire
