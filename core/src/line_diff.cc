#include "concord/line_diff.h"

#include <algorithm>
#include <string>

#include "concord/sequence_diff.h"
#include "string_interner.h"

namespace concord {
namespace {

// Lines become small integer ids so that the edit-script search compares integers, not strings.
using LineInterner = detail::StringInterner;

std::vector<uint32_t> lineIds(std::string_view text, const std::vector<Line>& lines,
                              LineBreaks breaks, LineInterner& interner) {
  std::vector<uint32_t> ids;
  ids.reserve(lines.size());
  for (const Line& line : lines) {
    // Under kLfOnly the terminator is part of the key: "x" at EOF differs from "x\n".
    ids.push_back(
        interner.intern(breaks == LineBreaks::kLfOnly ? line.withBreak(text) : line.content(text)));
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
  const std::vector<Line> leftLines = splitLines(left, options.lineBreaks);
  const std::vector<Line> rightLines = splitLines(right, options.lineBreaks);
  LineInterner interner(leftLines.size() + rightLines.size());
  const std::vector<uint32_t> a = lineIds(left, leftLines, options.lineBreaks, interner);
  const std::vector<uint32_t> b = lineIds(right, rightLines, options.lineBreaks, interner);
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
