// The lineage, dates and attribution sections of packAnalysis (concord/lineage.h,
// concord/attribution.h).
#include "concord_wire/layouts.h"
#include "concord_wire/pack.h"

namespace concord_wire {
namespace {

int32_t i32(uint32_t value) { return static_cast<int32_t>(value); }
template <typename Enum>
int32_t code(Enum value) {
  return static_cast<int32_t>(value);
}

void packEdges(const concord::Lineage& lineage, Packet& packet) {
  for (const concord::LineageEdge& e : lineage.edges) {
    const concord::LineageEvidence& ev = e.evidence;
    packet.ints.insert(packet.ints.end(),
                       {i32(e.from), i32(e.to), e.directed ? 1 : 0, ev.sharedTitle ? 1 : 0,
                        ev.titleCopied ? 1 : 0, i32(ev.copied), i32(ev.rewritten),
                        i32(ev.fromSentences), i32(ev.toSentences), code(ev.direction)});
    packet.reals.insert(packet.reals.end(),
                        {e.confidence, ev.fromInTo, ev.toInFrom, ev.strength, ev.runnerUp});
  }
  packet.closeInts(kAnalysisLineage);
  packet.closeReals(kAnalysisLineageScores);
}

void packDates(const concord::Lineage& lineage, OffsetSlots& slots, Packet& packet) {
  for (uint32_t d = 0; d < lineage.dates.size(); ++d) {
    const concord::DocumentDate& date = lineage.dates[d];
    packet.ints.push_back(code(date.source));
    slots.push(d, date.range.begin);
    slots.push(d, date.range.end);
    packet.reals.push_back(date.time);
  }
  packet.closeInts(kAnalysisDates);
  packet.closeReals(kAnalysisDateTimes);
}

void packAttribution(const std::vector<concord::DocumentAttribution>& attribution,
                     OffsetSlots& slots, Packet& packet) {
  for (const concord::DocumentAttribution& doc : attribution) {
    packet.ints.insert(packet.ints.end(),
                       {i32(static_cast<uint32_t>(doc.sentences.size())),
                        i32(static_cast<uint32_t>(doc.sources.size())), i32(doc.copied),
                        i32(doc.rewritten), i32(doc.fresh), i32(doc.unsure)});
  }
  packet.closeInts(kAnalysisAttribution);
  for (uint32_t d = 0; d < attribution.size(); ++d) {
    for (const concord::SentenceAttribution& s : attribution[d].sentences) {
      slots.push(d, s.range.begin);
      slots.push(d, s.range.end);
      const bool found = s.origin != concord::SentenceKind::kNew;
      packet.ints.insert(packet.ints.end(), {code(s.origin), found ? i32(s.source) : -1,
                                             found ? i32(s.sourceSentence) : -1});
      slots.push(found ? s.source : d, found ? s.sourceRange.begin : 0);
      slots.push(found ? s.source : d, found ? s.sourceRange.end : 0);
      packet.reals.insert(packet.reals.end(), {s.similarity, s.confidence});
    }
  }
  packet.closeInts(kAnalysisAttributedSentences);
  packet.closeReals(kAnalysisSentenceScores);
  for (const concord::DocumentAttribution& doc : attribution) {
    for (const concord::SourceShare& share : doc.sources) {
      packet.ints.insert(packet.ints.end(),
                         {i32(share.source), i32(share.copied), i32(share.rewritten),
                          code(share.order), i32(share.unsure)});
    }
  }
  packet.closeInts(kAnalysisSourceShares);
}

}  // namespace

void packLineage(const concord::Analysis& analysis, OffsetSlots& slots, Packet& packet) {
  packEdges(analysis.lineage, packet);
  packDates(analysis.lineage, slots, packet);
  packAttribution(analysis.attribution, slots, packet);
}

}  // namespace concord_wire
