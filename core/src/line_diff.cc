#include "concord/line_diff.h"

#include <algorithm>
#include <dtl/dtl.hpp>
#include <string>
#include <unordered_map>

namespace concord {
namespace {

// Lines become small integer ids so that the edit-script search compares integers, not strings.
class LineInterner {
 public:
  explicit LineInterner(size_t expected) { ids_.reserve(expected); }
  uint32_t intern(std::string_view key) {
    auto [it, inserted] = ids_.try_emplace(key, static_cast<uint32_t>(ids_.size()));
    return it->second;
  }

 private:
  std::unordered_map<std::string_view, uint32_t> ids_;
};

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

enum class Step : uint8_t { kCommon, kDelete, kAdd };

// A minimal edit script of a against b, common prefix and suffix trimmed before dtl runs.
std::vector<Step> editScript(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  size_t prefix = 0;
  while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
  size_t suffix = 0;
  while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
         a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix]) {
    ++suffix;
  }
  std::vector<Step> steps(prefix, Step::kCommon);
  const std::vector<uint32_t> middleA(a.begin() + prefix, a.end() - suffix);
  const std::vector<uint32_t> middleB(b.begin() + prefix, b.end() - suffix);
  if (middleA.empty() || middleB.empty()) {
    steps.insert(steps.end(), middleA.size(), Step::kDelete);
    steps.insert(steps.end(), middleB.size(), Step::kAdd);
  } else {
    dtl::Diff<uint32_t, std::vector<uint32_t>> diff(middleA, middleB);
    diff.compose();
    for (const auto& [element, info] : diff.getSes().getSequence()) {
      (void)element;
      steps.push_back(info.type == dtl::SES_COMMON   ? Step::kCommon
                      : info.type == dtl::SES_DELETE ? Step::kDelete
                                                     : Step::kAdd);
    }
  }
  steps.insert(steps.end(), suffix, Step::kCommon);
  return steps;
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
  const std::vector<Step> steps = editScript(a, b);

  LineDiff diff;
  diff.leftLines = static_cast<uint32_t>(leftLines.size());
  diff.rightLines = static_cast<uint32_t>(rightLines.size());
  diff.leftEndings = detectLineEndings(left);
  diff.rightEndings = detectLineEndings(right);
  diff.rows.reserve(std::max(a.size(), b.size()));
  uint32_t i = 0, j = 0;
  for (size_t s = 0; s < steps.size();) {
    if (steps[s] == Step::kCommon) {
      diff.rows.push_back({RowKind::kEqual,
                           i,
                           j,
                           {leftLines[i].begin, leftLines[i].end},
                           {rightLines[j].begin, rightLines[j].end}});
      ++i, ++j, ++s, ++diff.equal;
      continue;
    }
    // A change block: dtl interleaves deletions and additions; readers expect all removed
    // lines first, then all added ones.
    size_t end = s;
    while (end < steps.size() && steps[end] != Step::kCommon) ++end;
    const uint32_t removed =
        static_cast<uint32_t>(std::count(steps.begin() + s, steps.begin() + end, Step::kDelete));
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
