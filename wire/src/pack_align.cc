#include "concord_wire/layouts.h"
#include "concord_wire/pack.h"

namespace concord_wire {
namespace {

void packRanges(const std::vector<concord::ByteRange>& ranges, uint32_t text, OffsetSlots& slots) {
  for (const concord::ByteRange& range : ranges) {
    slots.push(text, range.begin);
    slots.push(text, range.end);
  }
}

void packTokens(const std::vector<concord::RewriteRow>& rows, bool aSide, OffsetSlots& slots,
                Packet& packet) {
  for (const concord::RewriteRow& row : rows) {
    for (const concord::MarkedToken& token : aSide ? row.aShared : row.bShared) {
      slots.push(aSide ? 0 : 1, token.range.begin);
      slots.push(aSide ? 0 : 1, token.range.end);
      packet.ints.push_back(static_cast<int32_t>(token.kind));
    }
  }
}

void packSentences(const std::vector<concord::Sentence>& sentences,
                   const std::vector<concord::SentenceKind>& kinds, uint32_t text,
                   OffsetSlots& slots, Packet& packet) {
  for (size_t s = 0; s < sentences.size(); ++s) {
    slots.push(text, sentences[s].range.begin);
    slots.push(text, sentences[s].range.end);
    packet.ints.insert(packet.ints.end(), {static_cast<int32_t>(sentences[s].paragraph),
                                           static_cast<int32_t>(kinds[s])});
  }
}

// Sentence links: kSentenceLink ints, kSentenceLinkScores reals, in the same order.
void packSentenceLinks(const std::vector<concord::SentenceLink>& links, Packet& packet) {
  for (const concord::SentenceLink& link : links) {
    packet.ints.insert(packet.ints.end(),
                       {static_cast<int32_t>(link.a), static_cast<int32_t>(link.b), link.best,
                        link.mutual, link.titles, link.likely, link.copied});
    packet.reals.insert(packet.reals.end(),
                        {link.similarity, link.containment, link.shared, link.confidence});
  }
}

// Paragraph links: kParagraphLink ints, kParagraphLinkScores reals, in the same order.
void packParagraphLinks(const std::vector<concord::ParagraphLink>& links, Packet& packet) {
  for (const concord::ParagraphLink& link : links) {
    packet.ints.insert(packet.ints.end(),
                       {static_cast<int32_t>(link.a), static_cast<int32_t>(link.b),
                        static_cast<int32_t>(link.sentenceLinks), link.likely});
    packet.reals.insert(packet.reals.end(),
                        {link.similarity, link.evidence, link.coverage, link.confidence});
  }
}

}  // namespace

Packet packAlignment(const concord::RewriteAlignment& alignment, const WireText& a,
                     const WireText& b) {
  Packet packet(kAlignSections, kAlignRealSections);
  const std::vector<WireText> texts = {a, b};
  OffsetSlots slots(packet.ints, texts);
  packRanges(alignment.aParagraphs, 0, slots);
  packet.closeInts(kAlignAParagraphs);
  packRanges(alignment.bParagraphs, 1, slots);
  packet.closeInts(kAlignBParagraphs);
  for (const concord::RewriteRow& row : alignment.rows) {
    packet.ints.insert(packet.ints.end(),
                       {static_cast<int32_t>(row.aFirst), static_cast<int32_t>(row.aEnd),
                        static_cast<int32_t>(row.bFirst), static_cast<int32_t>(row.bEnd),
                        static_cast<int32_t>(row.aShared.size()),
                        static_cast<int32_t>(row.bShared.size()), row.repeatOf});
    packet.reals.push_back(row.similarity);
  }
  packet.closeInts(kAlignRows);
  packet.closeReals(kAlignRowSimilarity);
  packTokens(alignment.rows, true, slots, packet);
  packet.closeInts(kAlignATokens);
  packTokens(alignment.rows, false, slots, packet);
  packet.closeInts(kAlignBTokens);
  packSentences(alignment.aSentences, alignment.aKinds, 0, slots, packet);
  packet.closeInts(kAlignASentences);
  packSentences(alignment.bSentences, alignment.bKinds, 1, slots, packet);
  packet.closeInts(kAlignBSentences);
  packSentenceLinks(alignment.sentenceLinks, packet);
  packet.closeInts(kAlignSentenceLinks);
  packet.closeReals(kAlignSentenceLinkScores);
  packParagraphLinks(alignment.paragraphLinks, packet);
  packet.closeInts(kAlignParagraphLinks);
  packet.closeReals(kAlignParagraphLinkScores);
  slots.convert();
  return packet;
}

}  // namespace concord_wire
