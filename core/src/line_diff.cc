#include "concord/line_diff.h"

#include <algorithm>
#include <cstring>
#include <string>

#include "concord/sequence_diff.h"
#include "string_interner.h"

namespace concord {
namespace {

// Lines become small integer ids so that the edit-script search compares integers, not strings.
using LineInterner = detail::StringInterner;

static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
              "the word-at-a-time scan below reads bytes as little-endian words");

constexpr uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;

// High bit of each byte of `word` equal to `pattern`'s: exact for the lowest such byte, which
// is the only one used.
inline uint64_t matchingBytes(uint64_t word, uint64_t pattern) {
  const uint64_t x = word ^ pattern;
  return (x - kOnes) & ~x & kHighs;
}

// Splits `text` into lines as splitLines does and, in the same pass over the bytes (eight at a
// time), computes each line key's interner hash: the key is the content (kAny) or the content
// with its terminator (kLfOnly). Separate split, hash and compare passes over every byte were
// most of a large diff's time.
void splitAndHash(std::string_view text, LineBreaks breaks, std::vector<Line>& lines,
                  std::vector<uint64_t>& hashes) {
  const char* p = text.data();
  const uint32_t size = static_cast<uint32_t>(text.size());
  const bool crToo = breaks == LineBreaks::kAny;
  const bool keyHasBreak = breaks == LineBreaks::kLfOnly;
  lines.reserve(size / 48 + 16);
  hashes.reserve(size / 48 + 16);
  uint32_t begin = 0;
  while (begin < size) {
    uint64_t h = LineInterner::kHashSeed;
    uint64_t tail = 0;
    uint32_t i = begin, end;
    for (;;) {
      if (i + 8 <= size) {
        uint64_t word;
        std::memcpy(&word, p + i, 8);
        uint64_t found = matchingBytes(word, kOnes * '\n');
        if (crToo) found |= matchingBytes(word, kOnes * '\r');
        if (found == 0) {
          h = LineInterner::mixWord(h, word);
          i += 8;
          continue;
        }
        const uint32_t at = static_cast<uint32_t>(__builtin_ctzll(found)) >> 3;
        end = i + at;
        const uint32_t keyBytes = at + (keyHasBreak ? 1 : 0);  // kLfOnly: the break is an LF.
        if (keyBytes == 8) {
          h = LineInterner::mixWord(h, word);
        } else {
          tail = word & ((uint64_t{1} << (8 * keyBytes)) - 1);
        }
        break;
      }
      // Fewer than eight bytes left: one at a time.
      uint32_t k = 0;
      while (i + k < size && p[i + k] != '\n' && !(crToo && p[i + k] == '\r')) {
        tail |= uint64_t{static_cast<unsigned char>(p[i + k])} << (8 * k);
        ++k;
      }
      end = i + k;
      // Here k <= 6 when a break follows (i + 8 > size), so the LF fits in the tail.
      if (end < size && keyHasBreak) tail |= uint64_t{'\n'} << (8 * k);
      break;
    }
    const uint32_t next = end == size                                           ? size
                          : (p[end] == '\r' && end + 1 < size && p[end + 1] == '\n') ? end + 2
                                                                                     : end + 1;
    lines.push_back({begin, end, next});
    hashes.push_back(LineInterner::finish(h, tail, (keyHasBreak ? next : end) - begin));
    begin = next;
  }
}

std::vector<uint32_t> lineIds(std::string_view text, const std::vector<Line>& lines,
                              const std::vector<uint64_t>& hashes, LineBreaks breaks,
                              LineInterner& interner) {
  std::vector<uint32_t> ids(lines.size());
  for (size_t k = 0; k < lines.size(); ++k) {
    // Under kLfOnly the terminator is part of the key: "x" at EOF differs from "x\n".
    const Line& line = lines[k];
    ids[k] = interner.intern(
        breaks == LineBreaks::kLfOnly ? line.withBreak(text) : line.content(text), hashes[k]);
  }
  return ids;
}

// Line endings from the split lines' terminators (no second pass over the bytes); under
// kLfOnly a CR may hide inside lines, so that case scans the text.
LineEndings endingsOf(std::string_view text, const std::vector<Line>& lines, LineBreaks breaks) {
  if (breaks != LineBreaks::kAny) return detectLineEndings(text);
  bool lf = false, crlf = false, cr = false;
  for (const Line& line : lines) {
    const uint32_t length = line.next - line.end;
    if (length == 2) {
      crlf = true;
    } else if (length == 1) {
      (text[line.end] == '\n' ? lf : cr) = true;
    }
  }
  const int kinds = int(lf) + int(crlf) + int(cr);
  if (kinds == 0) return LineEndings::kNone;
  if (kinds > 1) return LineEndings::kMixed;
  return lf ? LineEndings::kLf : crlf ? LineEndings::kCrlf : LineEndings::kCr;
}

ByteRange insertionPoint(const std::vector<Line>& lines, uint32_t index, std::string_view text) {
  const uint32_t at =
      index < lines.size() ? lines[index].begin : static_cast<uint32_t>(text.size());
  return {at, at};
}

}  // namespace

Result<LineDiff> diffLines(std::string_view left, std::string_view right,
                           const LineDiffOptions& options) {
  if (left.size() >= kMaxInputBytes || right.size() >= kMaxInputBytes) {
    return Result<LineDiff>::failure("Input too large: each text must be under 1 GiB.");
  }
  std::vector<Line> leftLines, rightLines;
  std::vector<uint64_t> leftHashes, rightHashes;
  splitAndHash(left, options.lineBreaks, leftLines, leftHashes);
  splitAndHash(right, options.lineBreaks, rightLines, rightHashes);
  LineInterner interner(leftLines.size() + rightLines.size());
  const std::vector<uint32_t> a =
      lineIds(left, leftLines, leftHashes, options.lineBreaks, interner);
  const std::vector<uint32_t> b =
      lineIds(right, rightLines, rightHashes, options.lineBreaks, interner);
  const SequenceDiff script = diffSequences(a, b);
  const std::vector<EditOp>& steps = script.ops;

  LineDiff diff;
  diff.leftLines = static_cast<uint32_t>(leftLines.size());
  diff.rightLines = static_cast<uint32_t>(rightLines.size());
  diff.leftEndings = endingsOf(left, leftLines, options.lineBreaks);
  diff.rightEndings = endingsOf(right, rightLines, options.lineBreaks);
  diff.minimal = script.minimal;
  diff.rows.reserve(std::max(a.size(), b.size()));
  uint32_t i = 0, j = 0;
  for (size_t s = 0; s < steps.size();) {
    if (steps[s] == EditOp::kEqual) {
      diff.rows.push_back({RowKind::kEqual,
                           i,
                           j,
                           {leftLines[i].begin, leftLines[i].end},
                           {rightLines[j].begin, rightLines[j].end}});
      ++i, ++j, ++s, ++diff.equal;
      continue;
    }
    // A change block: all removed lines first, then all added ones.
    size_t end = s;
    while (end < steps.size() && steps[end] != EditOp::kEqual) ++end;
    const uint32_t removed =
        static_cast<uint32_t>(std::count(steps.begin() + s, steps.begin() + end, EditOp::kDelete));
    const uint32_t added = static_cast<uint32_t>(end - s) - removed;
    for (uint32_t k = 0; k < removed; ++k, ++i) {
      diff.rows.push_back({RowKind::kRemoved,
                           i,
                           j,
                           {leftLines[i].begin, leftLines[i].end},
                           insertionPoint(rightLines, j, right)});
    }
    for (uint32_t k = 0; k < added; ++k, ++j) {
      diff.rows.push_back({RowKind::kAdded,
                           i,
                           j,
                           insertionPoint(leftLines, i, left),
                           {rightLines[j].begin, rightLines[j].end}});
    }
    diff.removed += removed;
    diff.added += added;
    s = end;
  }
  return diff;
}

}  // namespace concord
