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

}  // namespace concord
