#include "concord_wire/layouts.h"
#include "concord_wire/pack.h"

namespace concord_wire {

Packet packProfile(const concord::DocumentProfile& profile, const WireText& text) {
  Packet packet(kProfileSections, 0);
  std::vector<int32_t>& out = packet.ints;
  out.insert(out.end(),
             {static_cast<int32_t>(profile.words), static_cast<int32_t>(profile.symbols),
              static_cast<int32_t>(profile.split), static_cast<int32_t>(profile.lineEndings)});
  packet.closeInts(kProfileHeaderSection);
  out.reserve(out.size() + profile.paragraphs.size() * static_cast<size_t>(kParagraph.size()));
  const std::vector<WireText> texts = {text};
  OffsetSlots slots(out, texts);
  for (const concord::ParagraphSpan& paragraph : profile.paragraphs) {
    slots.push(0, paragraph.range.begin);
    slots.push(0, paragraph.range.end);
    out.push_back(static_cast<int32_t>(paragraph.words));
  }
  slots.convert();
  packet.closeInts(kProfileParagraphs);
  return packet;
}

}  // namespace concord_wire
