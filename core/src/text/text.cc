#include "concord/text.h"

#include <algorithm>
#include <cstring>
#include <numeric>

namespace concord {

namespace {

// Index of the next LF (or CR, when `crToo`) at or after `i`, or `size`. Scans eight bytes at a
// time: byte loops were the slowest part of a large diff in WebAssembly.
uint32_t nextBreakByte(const char* p, uint32_t i, uint32_t size, bool crToo) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
  while (i + 8 <= size) {
    uint64_t word;
    std::memcpy(&word, p + i, 8);
    const uint64_t lf = word ^ (kOnes * '\n');
    uint64_t found = (lf - kOnes) & ~lf;
    if (crToo) {
      const uint64_t cr = word ^ (kOnes * '\r');
      found |= (cr - kOnes) & ~cr;
    }
    if (found & kHighs) break;
    i += 8;
  }
  while (i < size && p[i] != '\n' && !(crToo && p[i] == '\r')) ++i;
  return i;
}

}  // namespace

std::vector<Line> splitLines(std::string_view text, LineBreaks breaks) {
  std::vector<Line> lines;
  const uint32_t size = static_cast<uint32_t>(text.size());
  lines.reserve(size / 48 + 16);  // A guess that spares most regrowth for prose and code.
  const bool crToo = breaks == LineBreaks::kAny;
  uint32_t begin = 0;
  for (uint32_t i = nextBreakByte(text.data(), 0, size, crToo); i < size;
       i = nextBreakByte(text.data(), begin, size, crToo)) {
    const uint32_t next = (text[i] == '\r' && i + 1 < size && text[i + 1] == '\n') ? i + 2 : i + 1;
    lines.push_back({begin, i, next});
    begin = next;
  }
  if (begin < size) lines.push_back({begin, size, size});
  return lines;
}

LineEndings detectLineEndings(std::string_view text) {
  bool lf = false, crlf = false, cr = false;
  const uint32_t size = static_cast<uint32_t>(text.size());
  for (uint32_t i = nextBreakByte(text.data(), 0, size, true); i < size;
       i = nextBreakByte(text.data(), i + 1, size, true)) {
    if (text[i] == '\n') {
      lf = true;
    } else if (i + 1 < size && text[i + 1] == '\n') {
      crlf = true;
      ++i;
    } else {
      cr = true;
    }
  }
  const int kinds = int(lf) + int(crlf) + int(cr);
  if (kinds == 0) return LineEndings::kNone;
  if (kinds > 1) return LineEndings::kMixed;
  return lf ? LineEndings::kLf : crlf ? LineEndings::kCrlf : LineEndings::kCr;
}

namespace {

// Bytes in the UTF-8 sequence a lead byte opens; 1 for stray continuation or invalid bytes, so
// that every byte is walked exactly once whatever the input.
inline uint32_t sequenceLength(unsigned char lead) {
  if (lead < 0xC0) return 1;
  if (lead < 0xE0) return 2;
  if (lead < 0xF0) return 3;
  if (lead < 0xF8) return 4;
  return 1;
}

}  // namespace

void utf8ToUtf16Offsets(std::string_view text, std::vector<uint32_t>& offsets) {
  // Offsets usually arrive sorted (then no index at all) or nearly so (a stable sort is cheap).
  const bool sorted = std::is_sorted(offsets.begin(), offsets.end());
  std::vector<uint32_t> order;
  if (!sorted) {
    order.resize(offsets.size());
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(),
                     [&](uint32_t x, uint32_t y) { return offsets[x] < offsets[y]; });
  }
  const uint32_t size = static_cast<uint32_t>(text.size());
  uint32_t byte = 0, units = 0;
  for (size_t k = 0; k < offsets.size(); ++k) {
    const size_t index = sorted ? k : order[k];
    const uint32_t target = std::min(offsets[index], size);
    // ASCII runs, eight bytes at a time: one unit per byte.
    while (byte + 8 <= target) {
      uint64_t word;
      std::memcpy(&word, text.data() + byte, 8);
      if (word & 0x8080808080808080ull) break;
      byte += 8;
      units += 8;
    }
    while (byte < target) {
      const uint32_t length = sequenceLength(static_cast<unsigned char>(text[byte]));
      if (byte + length > target) break;  // Target inside this character: map to its start.
      units += length == 4 ? 2 : 1;
      byte += length;
    }
    offsets[index] = units;
  }
}

}  // namespace concord
