#include <algorithm>
#include <string>
#include <string_view>

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

// `path` in C-style quotes, escaped as git escapes it: \" \\ \t \n \r and other control bytes
// in octal.
std::string cQuoted(std::string_view path) {
  std::string quoted = "\"";
  for (const char c : path) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      quoted += '\\';
      quoted += c;
    } else if (c == '\t' || c == '\n' || c == '\r') {
      quoted += c == '\t' ? "\\t" : c == '\n' ? "\\n" : "\\r";
    } else if (byte < ' ' || byte == 0x7f) {
      quoted += '\\';
      quoted += static_cast<char>('0' + (byte >> 6));
      quoted += static_cast<char>('0' + ((byte >> 3) & 7));
      quoted += static_cast<char>('0' + (byte & 7));
    } else {
      quoted += c;
    }
  }
  quoted += '"';
  return quoted;
}

// A file name in a patch header, as git writes it: "a/" or "b/" before it (leading "/" and "./"
// dropped), so that `patch -p1` and `git apply` strip the same prefix. A name holding a space,
// quote, backslash or control byte is quoted ("a/my file.txt"): GNU patch would otherwise end the
// name at the space, and both tools read the quoted form. UTF-8 is left as it is; both read it.
std::string headerName(std::string_view prefix, std::string_view name) {
  while (!name.empty() && (name.front() == '/' || name.substr(0, 2) == "./")) {
    name.remove_prefix(name.front() == '/' ? 1 : 2);
  }
  std::string path(prefix);
  path += name;
  const bool needsQuotes = std::any_of(path.begin(), path.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte <= ' ' || byte == 0x7f || c == '"' || c == '\\';
  });
  return needsQuotes ? cQuoted(path) : path;
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
      out.append("--- ").append(headerName("a/", options.leftName)).append("\n");
      out.append("+++ ").append(headerName("b/", options.rightName)).append("\n");
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
