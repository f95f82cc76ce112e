// Packs each core result into a Packet (packet.h) whose records follow layouts.h, every text
// offset in UTF-16 code units of the text it indexes.
//
//   concord_wire::Packet packet = concord_wire::packComparison(diff, {left, true}, {right, false});
#ifndef CONCORD_WIRE_PACK_H_
#define CONCORD_WIRE_PACK_H_

#include <vector>

#include "concord/aligned_diff.h"
#include "concord/analyze.h"
#include "concord/document.h"
#include "concord/line_diff.h"
#include "concord/rewrite_align.h"
#include "concord_wire/offsets.h"
#include "concord_wire/packet.h"

namespace concord_wire {

/// Int sections of packLineHunks: header (kDiffHeader), hunks (kDiffHunk). No float64 section.
enum DiffSection : uint32_t { kDiffHeaderSection, kDiffHunks, kDiffSections };
/// A line diff as its hunks: line numbers only, so no offset to convert.
Packet packLineHunks(const concord::LineHunks& diff);

/// Int sections of packLineExtents: lines (kLineExtent).
enum LinesSection : uint32_t { kLinesSection, kLinesSections };
/// The UTF-16 extents of `lines`, the lines of `text`.
Packet packLineExtents(const std::vector<concord::Line>& lines, const WireText& text);

/// Int sections of packComparison: header, rows, inline ops, moves.
enum CompareSection : uint32_t {
  kCompareHeaderSection,
  kCompareRows,
  kCompareInline,
  kCompareMoves,
  kCompareSections
};
/// Float64 sections of packComparison: header (similarity), one per row, one per move.
enum CompareRealSection : uint32_t {
  kCompareRealHeaderSection,
  kCompareRowSimilarity,
  kCompareMoveSimilarity,
  kCompareRealSections
};
/// An aligned comparison of `left` and `right`.
Packet packComparison(const concord::AlignedDiff& diff, const WireText& left,
                      const WireText& right);

/// Int sections of packAnalysis.
enum AnalysisSection : uint32_t {
  kAnalysisDocuments,  ///< kDocument per document.
  kAnalysisRepeats,    ///< kRange per repeat, documents' in order.
  kAnalysisGroups,     ///< kGroup per group: duplicate groups, then short repeats.
  kAnalysisMembers,    ///< kMember per member, groups' in order.
  kAnalysisBlocks,     ///< kBlock per repeated block.
  kAnalysisPassages,   ///< kPassage per passage.
  kAnalysisPairs,      ///< kPair per pair.
  kAnalysisClusters,   ///< Each cluster: its size, then its documents.
  kAnalysisOrder,      ///< Matrix order.
  kAnalysisHeaderSection,
  kAnalysisLineage,              ///< kLineageEdge per lineage edge (pack_lineage.cc).
  kAnalysisDates,                ///< kDocumentDate per document.
  kAnalysisAttribution,          ///< kAttribution per document.
  kAnalysisAttributedSentences,  ///< kAttributedSentence per sentence, documents' in order.
  kAnalysisSourceShares,         ///< kSourceShare per source, documents' in order.
  kAnalysisSections
};
/// Float64 sections of packAnalysis: one per group, kScores per pair.
enum AnalysisRealSection : uint32_t {
  kAnalysisGroupSimilarity,
  kAnalysisScores,
  kAnalysisLineageScores,     ///< kLineageEdgeScores per lineage edge.
  kAnalysisDateTimes,         ///< Per document: its date in ms since 1970, 0 when none.
  kAnalysisSentenceScores,    ///< kAttributedSentenceScores per attributed sentence.
  kAnalysisRealSections
};
/// An analysis of `texts`; the matrix goes to `singles`.
Packet packAnalysis(const concord::Analysis& analysis, const std::vector<WireText>& texts);
/// Appends the lineage, dates and attribution sections of packAnalysis (pack_lineage.cc).
void packLineage(const concord::Analysis& analysis, OffsetSlots& slots, Packet& packet);

/// Int sections of packAlignment.
enum AlignSection : uint32_t {
  kAlignAParagraphs,     ///< kRange per paragraph of a.
  kAlignBParagraphs,     ///< kRange per paragraph of b.
  kAlignRows,            ///< kAlignRow per row.
  kAlignATokens,         ///< kToken per shared token of a, rows' in order.
  kAlignBTokens,         ///< kToken per shared token of b, rows' in order.
  kAlignASentences,      ///< kSentence per sentence of a.
  kAlignBSentences,      ///< kSentence per sentence of b.
  kAlignSentenceLinks,   ///< kSentenceLink per sentence link, by a then b.
  kAlignParagraphLinks,  ///< kParagraphLink per paragraph link, by a then b.
  kAlignSections
};
/// Float64 sections of packAlignment: one similarity per row, kSentenceLinkScores per sentence
/// link, kParagraphLinkScores per paragraph link.
enum AlignRealSection : uint32_t {
  kAlignRowSimilarity,
  kAlignSentenceLinkScores,
  kAlignParagraphLinkScores,
  kAlignRealSections
};
/// A rewrite alignment of `a` and `b`.
Packet packAlignment(const concord::RewriteAlignment& alignment, const WireText& a,
                     const WireText& b);

/// Int sections of packProfile: header (kProfileHeader), paragraphs (kParagraph). No float64.
enum ProfileSection : uint32_t { kProfileHeaderSection, kProfileParagraphs, kProfileSections };
/// The word count and paragraphs of `text`.
Packet packProfile(const concord::DocumentProfile& profile, const WireText& text);

}  // namespace concord_wire

#endif  // CONCORD_WIRE_PACK_H_
