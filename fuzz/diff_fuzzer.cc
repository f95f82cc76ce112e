// libFuzzer target for the diffs: any two byte strings (valid UTF-8 or not) must give rows that
// hold every byte of both sides exactly once, in order, and a unified diff that, applied to the
// left text, gives the right text; a text compared with itself gives no patch and equal rows; a
// near copy's line diff is as short as dtl's. Build and run with scripts/fuzz.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "concord/aligned_diff.h"
#include "concord/inline_diff.h"
#include "concord/line_diff.h"
#include "concord/text.h"
#include "checks.h"
#include "testing/reference_diff.h"

namespace {

#define check CONCORD_FUZZ_CHECK

// A minimal unified-diff applier, independent of the code that writes the diff: it checks
// every context and removed line against `left` and copies the rest.
std::string applyUnified(std::string_view left, std::string_view patch) {
  const std::vector<concord::Line> lines = splitLines(left, concord::LineBreaks::kLfOnly);
  std::string out;
  size_t next = 0;  // Next left line to copy.
  size_t at = 0;
  auto readLine = [&]() {
    const size_t end = patch.find('\n', at);
    const std::string_view line =
        patch.substr(at, end == std::string_view::npos ? patch.npos : end + 1 - at);
    at = end == std::string_view::npos ? patch.size() : end + 1;
    return line;
  };
  char lastMarker = 0;
  bool seenHunk = false;
  while (at < patch.size()) {
    const std::string_view line = readLine();
    // File headers come only before the first hunk; later, "+++ x" is an added "++ x".
    if (!seenHunk && (line.rfind("--- ", 0) == 0 || line.rfind("+++ ", 0) == 0)) continue;
    if (line.rfind("@@ -", 0) == 0) {
      seenHunk = true;
      size_t start = std::strtoul(std::string(line.substr(4)).c_str(), nullptr, 10);
      const size_t comma = line.find(',', 4), space = line.find(' ', 4);
      const bool emptyRange = comma < space && line.substr(comma + 1, space - comma - 1) == "0";
      const size_t first = emptyRange ? start : start - 1;
      check(first >= next && first <= lines.size());
      for (; next < first; ++next) out += lines[next].withBreak(left);
      continue;
    }
    if (line.rfind("\\ No newline", 0) == 0) {
      // The previous line had no newline: the patch added one after it.
      if (lastMarker != '-') {
        check(!out.empty() && out.back() == '\n');
        out.pop_back();
      }
      continue;
    }
    check(!line.empty());
    const char marker = line[0];
    std::string_view body = line.substr(1);
    lastMarker = marker;
    if (marker == ' ' || marker == '-') {
      check(next < lines.size());
      std::string expected(lines[next].withBreak(left));
      if (!lines[next].hasBreak()) expected += '\n';
      check(body == expected);
      if (marker == ' ') out += body;
      ++next;
    } else {
      check(marker == '+');
      out += body;
    }
  }
  for (; next < lines.size(); ++next) out += lines[next].withBreak(left);
  return out;
}

void checkLineDiff(std::string_view a, std::string_view b) {
  const concord::Result<concord::LineDiff> diff =
      concord::diffLines(a, b, {concord::LineBreaks::kLfOnly});
  check(diff.ok());
  const auto la = splitLines(a, concord::LineBreaks::kLfOnly);
  const auto lb = splitLines(b, concord::LineBreaks::kLfOnly);
  std::string left, right;
  for (const concord::DiffRow& row : diff.value().rows) {
    if (row.kind != concord::RowKind::kAdded) left += la[row.leftLine].withBreak(a);
    if (row.kind != concord::RowKind::kRemoved) right += lb[row.rightLine].withBreak(b);
    if (row.kind == concord::RowKind::kEqual) check(row.left.in(a) == row.right.in(b));
  }
  check(left == a && right == b);
  const concord::Result<std::string> patch = concord::unifiedDiff(a, b);
  check(patch.ok());
  check(applyUnified(a, patch.value()) == b);
}

void checkAligned(std::string_view a, std::string_view b, uint8_t flags) {
  concord::CompareOptions options;
  options.unit = static_cast<concord::AlignUnit>(flags % 3);
  options.text.ignoreCase = flags & 4;
  options.text.ignoreWhitespace = flags & 8;
  options.text.ignorePunctuation = flags & 16;
  options.text.foldTypography = flags & 32;
  options.detectMoves = !(flags & 64);
  const concord::Result<concord::AlignedDiff> result = concord::compareTexts(a, b, options);
  check(result.ok());
  const concord::AlignedDiff& diff = result.value();
  std::string left, right;
  int32_t nextLeft = 0, nextRight = 0;
  for (const concord::AlignedRow& row : diff.rows) {
    if (row.leftUnit >= 0) {
      check(row.leftUnit == nextLeft++);
      left += diff.leftUnits[row.leftUnit].span.in(a);
    }
    if (row.rightUnit >= 0) {
      check(row.rightUnit == nextRight++);
      right += diff.rightUnits[row.rightUnit].span.in(b);
    }
    check(row.inlineBegin <= row.inlineEnd && row.inlineEnd <= diff.inlineOps.size());
    if (row.inlineEnd > row.inlineBegin && row.kind == concord::AlignedKind::kChanged) {
      uint32_t l = diff.leftUnits[row.leftUnit].text.begin;
      uint32_t r = diff.rightUnits[row.rightUnit].text.begin;
      for (uint32_t k = row.inlineBegin; k < row.inlineEnd; ++k) {
        const concord::InlineOp& op = diff.inlineOps[k];
        if (op.kind != concord::InlineKind::kAdded) check(op.left.begin == l), l = op.left.end;
        if (op.kind != concord::InlineKind::kRemoved) check(op.right.begin == r), r = op.right.end;
      }
      check(l == diff.leftUnits[row.leftUnit].text.end);
      check(r == diff.rightUnits[row.rightUnit].text.end);
    }
  }
  check(left == a && right == b);
  check(diff.stats.similarity >= 0 && diff.stats.similarity <= 1);
}

// A text compared with itself: no patch, every row equal, similarity 1.
void checkSelfDiff(std::string_view a, uint8_t flags) {
  const concord::Result<std::string> patch = concord::unifiedDiff(a, a);
  check(patch.ok() && patch.value().empty());
  concord::CompareOptions options;
  options.unit = static_cast<concord::AlignUnit>(flags % 3);
  const concord::Result<concord::AlignedDiff> result = concord::compareTexts(a, a, options);
  check(result.ok());
  for (const concord::AlignedRow& row : result.value().rows)
    check(row.kind == concord::AlignedKind::kEqual && row.leftUnit == row.rightUnit);
  check(result.value().stats.similarity == 1);
}

}  // namespace

// Line ids of both texts' lines (bytes and break, as kLfOnly compares them), one id per content.
std::vector<uint32_t> lineIds(std::string_view text,
                              std::unordered_map<std::string_view, uint32_t>& ids) {
  std::vector<uint32_t> out;
  for (const concord::Line& line : splitLines(text, concord::LineBreaks::kLfOnly))
    out.push_back(ids.emplace(line.withBreak(text), static_cast<uint32_t>(ids.size())).first->second);
  return out;
}

// A near copy of `a` (the diff's fast path for near-identical texts walks it byte by byte): up
// to three lines of `b` put in at one line of `a`, and one other line of `a` left out. Its
// line diff must be as short as dtl's.
void checkNearCopy(std::string_view a, std::string_view b, uint8_t flags) {
  const std::vector<concord::Line> lines = splitLines(a, concord::LineBreaks::kLfOnly);
  if (lines.empty()) return;
  const std::vector<concord::Line> extra = splitLines(b, concord::LineBreaks::kLfOnly);
  const size_t at = (flags * 7u) % lines.size(), dropped = (flags * 13u + 1) % lines.size();
  std::string near;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i == at)
      for (size_t k = 0; k < extra.size() && k < 3; ++k) {
        near += extra[k].withBreak(b);
        if (near.back() != '\n') near += '\n';
      }
    if (i != dropped) near += lines[i].withBreak(a);
  }
  checkLineDiff(a, near);
  const concord::Result<concord::LineDiff> diff =
      concord::diffLines(a, near, {concord::LineBreaks::kLfOnly});
  check(diff.ok());
  if (!diff.value().minimal) return;
  std::unordered_map<std::string_view, uint32_t> ids;
  const std::vector<uint32_t> left = lineIds(a, ids), right = lineIds(near, ids);
  check(diff.value().removed + diff.value().added ==
        concord::detail::referenceEditDistance(left, right));
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  const uint8_t flags = data[0];
  const std::string_view input(reinterpret_cast<const char*>(data + 1), size - 1);
  // The two texts are split at the first 0xFF 0x00 pair (or the middle when there is none).
  size_t cut = input.find("\xFF\x00", 0, 2);
  std::string_view a, b;
  if (cut == std::string_view::npos) {
    a = input.substr(0, input.size() / 2);
    b = input.substr(input.size() / 2);
  } else {
    a = input.substr(0, cut);
    b = input.substr(cut + 2);
  }
  checkLineDiff(a, b);
  checkAligned(a, b, flags);
  checkSelfDiff(a, flags);
  checkNearCopy(a, b, flags);
  if (a.size() + b.size() < 4096) {
    const concord::InlineDiff inline_ = concord::diffInline(a, b);
    uint32_t l = 0, r = 0;
    for (const concord::InlineOp& op : inline_.ops) {
      if (op.kind != concord::InlineKind::kAdded) check(op.left.begin == l), l = op.left.end;
      if (op.kind != concord::InlineKind::kRemoved) check(op.right.begin == r), r = op.right.end;
    }
    check(l == a.size() && r == b.size());
  }
  return 0;
}
