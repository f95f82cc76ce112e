#include <algorithm>
#include <string>

#include "concord/line_diff.h"

namespace concord {
namespace {

// "start,count" as GNU diff writes it: ",1" is left out, and an empty side names the line
// before the insertion point.
void appendRange(std::string& out, uint32_t firstIndex, uint32_t count) {
  out += std::to_string(count == 0 ? firstIndex : firstIndex + 1);
  if (count != 1) {
    out += ',';
    out += std::to_string(count);
  }
}

void appendLine(std::string& out, char marker, const Line& line, std::string_view text) {
  out += marker;
  out += line.withBreak(text);
  if (!line.hasBreak()) out += "\n\\ No newline at end of file\n";
}

}  // namespace

Result<std::string> unifiedDiff(std::string_view left, std::string_view right,
                                const UnifiedDiffOptions& options) {
  // Patch reads lines as LF-terminated byte strings, so the diff must too.
  Result<LineDiff> result = diffLines(left, right, {LineBreaks::kLfOnly});
  if (!result.ok()) return Result<std::string>::failure(result.error());
  const std::vector<DiffRow>& rows = result.value().rows;
  const std::vector<Line> leftLines = splitLines(left, LineBreaks::kLfOnly);
  const std::vector<Line> rightLines = splitLines(right, LineBreaks::kLfOnly);

  std::string out;
  const size_t context = options.context;
  size_t r = 0;
  while (r < rows.size()) {
    while (r < rows.size() && rows[r].kind == RowKind::kEqual) ++r;
    if (r == rows.size()) break;
    if (out.empty()) {
      out.append("--- ").append(options.leftName).append("\n");
      out.append("+++ ").append(options.rightName).append("\n");
    }
    // Extend the hunk over later changes separated by at most 2 * context equal rows.
    const size_t begin = r > context ? r - context : 0;
    size_t end = r;
    for (;;) {
      while (end < rows.size() && rows[end].kind != RowKind::kEqual) ++end;
      size_t gap = end;
      while (gap < rows.size() && rows[gap].kind == RowKind::kEqual) ++gap;
      if (gap < rows.size() && gap - end <= 2 * context) {
        end = gap;
        continue;
      }
      end = std::min(gap, end + context);
      break;
    }
    uint32_t leftCount = 0, rightCount = 0;
    for (size_t k = begin; k < end; ++k) {
      leftCount += rows[k].kind != RowKind::kAdded;
      rightCount += rows[k].kind != RowKind::kRemoved;
    }
    out += "@@ -";
    appendRange(out, rows[begin].leftLine, leftCount);
    out += " +";
    appendRange(out, rows[begin].rightLine, rightCount);
    out += " @@\n";
    for (size_t k = begin; k < end; ++k) {
      const DiffRow& row = rows[k];
      if (row.kind == RowKind::kEqual) {
        appendLine(out, ' ', leftLines[row.leftLine], left);
      } else if (row.kind == RowKind::kRemoved) {
        appendLine(out, '-', leftLines[row.leftLine], left);
      } else {
        appendLine(out, '+', rightLines[row.rightLine], right);
      }
    }
    r = end;
  }
  return out;
}

}  // namespace concord
