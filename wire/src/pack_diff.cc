#include "concord_wire/layouts.h"
#include "concord_wire/pack.h"

namespace concord_wire {

Packet packLineHunks(const concord::LineHunks& diff) {
  Packet packet(kDiffSections, 0);
  std::vector<int32_t>& out = packet.ints;
  out.insert(out.end(),
             {static_cast<int32_t>(diff.leftLines), static_cast<int32_t>(diff.rightLines),
              static_cast<int32_t>(diff.equal), static_cast<int32_t>(diff.removed),
              static_cast<int32_t>(diff.added), diff.minimal ? 1 : 0,
              static_cast<int32_t>(diff.leftEndings), static_cast<int32_t>(diff.rightEndings)});
  packet.closeInts(kDiffHeaderSection);
  out.reserve(out.size() + diff.hunks.size() * static_cast<size_t>(kDiffHunk.size()));
  for (const concord::LineHunk& hunk : diff.hunks) {
    out.insert(out.end(),
               {static_cast<int32_t>(hunk.leftLine), static_cast<int32_t>(hunk.leftCount),
                static_cast<int32_t>(hunk.rightLine), static_cast<int32_t>(hunk.rightCount)});
  }
  packet.closeInts(kDiffHunks);
  return packet;
}

Packet packLineExtents(const std::vector<concord::Line>& lines, const WireText& text) {
  Packet packet(kLinesSections, 0);
  std::vector<int32_t>& out = packet.ints;
  out.reserve(out.size() + lines.size() * static_cast<size_t>(kLineExtent.size()));
  if (text.ascii) {
    // Byte offsets are UTF-16 offsets: written as they are.
    for (const concord::Line& line : lines) {
      out.insert(out.end(), {static_cast<int32_t>(line.begin), static_cast<int32_t>(line.end)});
    }
  } else {
    const std::vector<WireText> texts = {text};
    OffsetSlots slots(out, texts);
    for (const concord::Line& line : lines) {
      slots.push(0, line.begin);
      slots.push(0, line.end);
    }
    slots.convert();
  }
  packet.closeInts(kLinesSection);
  return packet;
}

}  // namespace concord_wire
