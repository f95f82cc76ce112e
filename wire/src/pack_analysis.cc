#include <algorithm>

#include "concord_wire/layouts.h"
#include "concord_wire/pack.h"

namespace concord_wire {
namespace {

void packDocuments(const concord::Analysis& analysis, OffsetSlots& slots, Packet& packet) {
  for (const concord::DocumentSummary& doc : analysis.documents) {
    packet.ints.insert(packet.ints.end(),
                       {static_cast<int32_t>(doc.words), static_cast<int32_t>(doc.paragraphs),
                        static_cast<int32_t>(doc.repeats.size())});
  }
  packet.closeInts(kAnalysisDocuments);
  for (uint32_t d = 0; d < analysis.documents.size(); ++d) {
    for (const concord::ByteRange& range : analysis.documents[d].repeats) {
      slots.push(d, range.begin);
      slots.push(d, range.end);
    }
  }
  packet.closeInts(kAnalysisRepeats);
}

void packGroups(const concord::Duplicates& duplicates, OffsetSlots& slots, Packet& packet) {
  const auto each = [&](auto&& visit) {
    for (const concord::DuplicateGroup& group : duplicates.groups) visit(group, false);
    for (const concord::DuplicateGroup& group : duplicates.shortRepeats) visit(group, true);
  };
  each([&](const concord::DuplicateGroup& group, bool isShort) {
    packet.ints.insert(packet.ints.end(), {static_cast<int32_t>(group.kind), isShort ? 1 : 0,
                                           static_cast<int32_t>(group.members.size())});
    packet.reals.push_back(group.similarity);
  });
  packet.closeInts(kAnalysisGroups);
  packet.closeReals(kAnalysisGroupSimilarity);
  each([&](const concord::DuplicateGroup& group, bool) {
    for (const concord::ParagraphRef& m : group.members) {
      packet.ints.insert(packet.ints.end(),
                         {static_cast<int32_t>(m.doc), static_cast<int32_t>(m.paragraph)});
      slots.push(m.doc, m.range.begin);
      slots.push(m.doc, m.range.end);
    }
  });
  packet.closeInts(kAnalysisMembers);
}

void packBlocks(const concord::Duplicates& duplicates, OffsetSlots& slots, Packet& packet) {
  for (const concord::RepeatedBlock& block : duplicates.repeatedBlocks) {
    for (const concord::ParagraphRun* run : {&block.first, &block.repeat}) {
      packet.ints.insert(packet.ints.end(),
                         {static_cast<int32_t>(run->doc), static_cast<int32_t>(run->paragraph)});
      slots.push(run->doc, run->range.begin);
      slots.push(run->doc, run->range.end);
    }
    packet.ints.insert(packet.ints.end(),
                       {static_cast<int32_t>(block.paragraphs), static_cast<int32_t>(block.kind),
                        static_cast<int32_t>(block.repeat.words)});
  }
  packet.closeInts(kAnalysisBlocks);
}

void packPassages(const concord::Analysis& analysis, OffsetSlots& slots, Packet& packet) {
  for (const concord::DocumentPassage& p : analysis.passages) {
    packet.ints.insert(packet.ints.end(), {static_cast<int32_t>(p.a), static_cast<int32_t>(p.b)});
    slots.push(p.a, p.aRange.begin);
    slots.push(p.a, p.aRange.end);
    slots.push(p.b, p.bRange.begin);
    slots.push(p.b, p.bRange.end);
    packet.ints.insert(packet.ints.end(),
                       {static_cast<int32_t>(p.aWords), static_cast<int32_t>(p.bWords),
                        static_cast<int32_t>(p.matchedWords)});
  }
  packet.closeInts(kAnalysisPassages);
}

void packPairs(const concord::Analysis& analysis, Packet& packet) {
  for (const concord::PairResult& pair : analysis.pairs) {
    packet.ints.insert(packet.ints.end(),
                       {static_cast<int32_t>(pair.a), static_cast<int32_t>(pair.b),
                        static_cast<int32_t>(pair.level), pair.scores.diffRatioExact ? 1 : 0});
    const concord::PairScores& s = pair.scores;
    packet.reals.insert(packet.reals.end(),
                        {s.diffRatio, s.resemblance, s.containmentAB, s.containmentBA, s.coverageAB,
                         s.coverageBA, s.rewrite});
  }
  packet.closeInts(kAnalysisPairs);
  packet.closeReals(kAnalysisScores);
}

}  // namespace

Packet packAnalysis(const concord::Analysis& analysis, const std::vector<WireText>& texts) {
  Packet packet(kAnalysisSections, kAnalysisRealSections);
  OffsetSlots slots(packet.ints, texts);
  packDocuments(analysis, slots, packet);
  packGroups(analysis.duplicates, slots, packet);
  packBlocks(analysis.duplicates, slots, packet);
  packPassages(analysis, slots, packet);
  packPairs(analysis, packet);
  for (const std::vector<uint32_t>& cluster : analysis.clusters) {
    packet.ints.push_back(static_cast<int32_t>(cluster.size()));
    packet.ints.insert(packet.ints.end(), cluster.begin(), cluster.end());
  }
  packet.closeInts(kAnalysisClusters);
  packet.ints.insert(packet.ints.end(), analysis.order.begin(), analysis.order.end());
  packet.closeInts(kAnalysisOrder);
  packet.ints.push_back(
      static_cast<int32_t>(std::min<uint64_t>(analysis.duplicates.candidatePairs, INT32_MAX)));
  packet.closeInts(kAnalysisHeaderSection);
  packLineage(analysis, slots, packet);
  slots.convert();
  packet.singles = analysis.matrix;
  return packet;
}

}  // namespace concord_wire
