#include "concord/text.h"

#include <algorithm>
#include <numeric>

namespace concord {

std::vector<Line> splitLines(std::string_view text, LineBreaks breaks) {
  std::vector<Line> lines;
  const uint32_t size = static_cast<uint32_t>(text.size());
  uint32_t begin = 0;
  for (uint32_t i = 0; i < size; ++i) {
    const char c = text[i];
    if (c == '\n') {
      lines.push_back({begin, i, i + 1});
      begin = i + 1;
    } else if (c == '\r' && breaks == LineBreaks::kAny) {
      const uint32_t next = (i + 1 < size && text[i + 1] == '\n') ? i + 2 : i + 1;
      lines.push_back({begin, i, next});
      begin = next;
      i = next - 1;
    }
  }
  if (begin < size) lines.push_back({begin, size, size});
  return lines;
}

LineEndings detectLineEndings(std::string_view text) {
  bool lf = false, crlf = false, cr = false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      lf = true;
    } else if (text[i] == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') {
        crlf = true;
        ++i;
      } else {
        cr = true;
      }
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
  std::vector<uint32_t> order(offsets.size());
  std::iota(order.begin(), order.end(), 0u);
  // Offsets usually arrive nearly sorted; a stable sort keeps that cheap.
  std::stable_sort(order.begin(), order.end(),
                   [&](uint32_t x, uint32_t y) { return offsets[x] < offsets[y]; });
  const uint32_t size = static_cast<uint32_t>(text.size());
  uint32_t byte = 0, units = 0;
  for (uint32_t index : order) {
    const uint32_t target = std::min(offsets[index], size);
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
