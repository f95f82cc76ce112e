// Text primitives shared by every Concord algorithm: line splitting and offset conversion.
//
//   std::vector<concord::Line> lines = concord::splitLines(text, concord::LineBreaks::kAny);
//   std::string_view first = lines[0].content(text);
#ifndef CONCORD_TEXT_H_
#define CONCORD_TEXT_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace concord {

/// The largest input, in bytes, that Concord accepts (offsets are 32-bit).
inline constexpr uint32_t kMaxInputBytes = 1u << 30;

/// Which byte sequences end a line.
enum class LineBreaks : uint8_t {
  kAny = 0,     ///< LF, CRLF and a lone CR: what a reader sees as lines.
  kLfOnly = 1,  ///< LF only (a CR stays part of the line): what diff and patch see.
};

/// A half-open byte range [begin, end) into one input.
struct ByteRange {
  uint32_t begin = 0;  ///< First byte.
  uint32_t end = 0;    ///< One past the last byte.

  /// Number of bytes covered.
  uint32_t size() const { return end - begin; }
  /// The bytes of `text` this range covers.
  std::string_view in(std::string_view text) const { return text.substr(begin, end - begin); }
  /// Equality of both ends.
  friend bool operator==(ByteRange a, ByteRange b) { return a.begin == b.begin && a.end == b.end; }
};

/// One line of a text: its content and the terminator that follows it (possibly none).
struct Line {
  uint32_t begin = 0;  ///< First byte of the content.
  uint32_t end = 0;    ///< One past the content; the terminator starts here.
  uint32_t next = 0;   ///< One past the terminator; equals `end` on a last line with none.

  /// The line without its terminator.
  std::string_view content(std::string_view text) const { return text.substr(begin, end - begin); }
  /// The line with its terminator.
  std::string_view withBreak(std::string_view text) const {
    return text.substr(begin, next - begin);
  }
  /// True when a terminator follows the content.
  bool hasBreak() const { return next != end; }
};

/// How a text ends its lines, as found by `detectLineEndings`.
enum class LineEndings : uint8_t {
  kNone = 0,   ///< No line break at all.
  kLf = 1,     ///< Only LF.
  kCrlf = 2,   ///< Only CRLF.
  kCr = 3,     ///< Only lone CR.
  kMixed = 4,  ///< More than one kind.
};

/// Splits `text` into lines. An empty text has no lines; a trailing break adds no empty line.
std::vector<Line> splitLines(std::string_view text, LineBreaks breaks);

/// Tells which line endings `text` uses.
LineEndings detectLineEndings(std::string_view text);

}  // namespace concord

#endif  // CONCORD_TEXT_H_
