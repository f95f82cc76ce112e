#include "diff/units.h"

namespace concord {
namespace detail {

std::vector<Unit> unitsOf(std::string_view text, const TextLayout& layout, AlignUnit unit,
                          ParagraphSplit split) {
  std::vector<Unit> units;
  if (unit != AlignUnit::kParagraph) {
    units.reserve(layout.lines.size());
    for (const Line& line : layout.lines) {
      units.push_back({{line.begin, line.end}, {line.begin, line.next}});
    }
    return units;
  }
  const uint32_t size = static_cast<uint32_t>(text.size());
  for (const ByteRange& range : paragraphRanges(text, layout, split)) {
    units.push_back({range, range});
  }
  if (units.empty()) {
    if (size > 0) units.push_back({{0, 0}, {0, size}});
    return units;
  }
  // Separators belong to the unit before them; leading ones to the first unit.
  units.front().span.begin = 0;
  for (size_t u = 0; u + 1 < units.size(); ++u) units[u].span.end = units[u + 1].text.begin;
  units.back().span.end = size;
  return units;
}

}  // namespace detail

AlignUnit detectUnit(std::string_view text) {
  return detail::scanLayout(text).prose ? AlignUnit::kParagraph : AlignUnit::kLine;
}

std::vector<Unit> splitUnits(std::string_view text, AlignUnit unit, ParagraphSplit split) {
  const detail::TextLayout layout =
      detail::scanLayout(text, unit == AlignUnit::kLine   ? detail::LayoutNeeds::kLines
                               : unit == AlignUnit::kAuto ? detail::LayoutNeeds::kEverything
                                                          : detail::LayoutNeeds::kParagraphs);
  if (unit == AlignUnit::kAuto) unit = layout.prose ? AlignUnit::kParagraph : AlignUnit::kLine;
  return detail::unitsOf(text, layout, unit, split);
}

}  // namespace concord
