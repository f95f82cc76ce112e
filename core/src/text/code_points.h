// UTF-8 decoding for the stemmer and the sentence splitter (internal), in their char32_t terms,
// on the one decoder of unicode_classes.h.
#ifndef CONCORD_SRC_TEXT_CODE_POINTS_H_
#define CONCORD_SRC_TEXT_CODE_POINTS_H_

#include <cstdint>
#include <string_view>

#include "text/unicode_classes.h"

namespace concord {
namespace text {

/// Marks a byte that does not start a valid UTF-8 sequence.
inline constexpr char32_t kNotUtf8 = detail::kInvalid;

/// A code point and the number of bytes it took.
struct CodePoint {
  char32_t value;
  uint32_t length;
};

/// The code point starting at byte `i` (the one decoder, unicode_classes.h's decodeAt); an
/// invalid, overlong or truncated sequence is one byte of kNotUtf8.
inline CodePoint codePointAt(std::string_view text, size_t i) {
  const detail::Decoded decoded = detail::decodeAt(text, static_cast<uint32_t>(i));
  return {decoded.codePoint, decoded.length};
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
