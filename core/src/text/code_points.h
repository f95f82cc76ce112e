// UTF-8 decoding for the stemmer and the sentence splitter (internal). It mirrors
// unicode_classes.h's decodeAt, which is being moved while this is written: fold the two into
// one once the text folder has settled.
#ifndef CONCORD_SRC_TEXT_CODE_POINTS_H_
#define CONCORD_SRC_TEXT_CODE_POINTS_H_

#include <cstdint>
#include <string_view>

namespace concord {
namespace text {

/// Marks a byte that does not start a valid UTF-8 sequence.
inline constexpr char32_t kNotUtf8 = 0xFFFFFFFF;

/// A code point and the number of bytes it took.
struct CodePoint {
  char32_t value;
  uint32_t length;
};

/// The code point starting at byte `i`; an invalid, overlong or truncated sequence is one byte
/// of kNotUtf8.
inline CodePoint codePointAt(std::string_view text, size_t i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) return {lead, 1};
  uint32_t length;
  char32_t value;
  if (lead >= 0xC2 && lead < 0xE0) {
    length = 2, value = lead & 0x1F;
  } else if (lead >= 0xE0 && lead < 0xF0) {
    length = 3, value = lead & 0x0F;
  } else if (lead >= 0xF0 && lead < 0xF5) {
    length = 4, value = lead & 0x07;
  } else {
    return {kNotUtf8, 1};
  }
  if (i + length > text.size()) return {kNotUtf8, 1};
  for (uint32_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return {kNotUtf8, 1};
    value = (value << 6) | (byte(i + k) & 0x3F);
  }
  const bool overlong = (length == 3 && value < 0x800) || (length == 4 && value < 0x10000);
  if (overlong || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return {kNotUtf8, 1};
  return {value, length};
}

/// The code point ending just before byte `end` (end > 0), found by walking back over
/// continuation bytes.
inline CodePoint codePointBefore(std::string_view text, size_t end) {
  size_t start = end - 1;
  while (start > 0 && end - start < 4 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80)
    --start;
  const CodePoint found = codePointAt(text, start);
  if (found.value != kNotUtf8 && start + found.length == end) return found;
  return {kNotUtf8, 1};
}

}  // namespace text
}  // namespace concord

#endif  // CONCORD_SRC_TEXT_CODE_POINTS_H_
