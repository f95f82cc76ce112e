// The records packed results are made of, and the names of every enum code they carry. The
// binding exports all of them to JavaScript (web/lib/wire.js), which reads fields by these
// names: nothing here is copied by hand into JS.
//
//   int32_t kind = packet.ints[row + column(kDiffRow, "kind")];
#ifndef CONCORD_WIRE_LAYOUTS_H_
#define CONCORD_WIRE_LAYOUTS_H_

#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace concord_wire {

/// A named list of names: the fields of a record (its stride is their count), the fields of a
/// header section, or the codes of an enum (code i is names[i]).
struct NameList {
  const char* name;                ///< What JavaScript calls it.
  // An initializer_list, not a vector: the lists below are then constant data, where vectors
  // cost the wasm 6 KB of start-up code and a destructor per list.
  std::initializer_list<const char*> names;  ///< In order.
  /// Number of names: a record's stride.
  int32_t size() const { return static_cast<int32_t>(names.size()); }
  /// The name of code (or column) `index`.
  const char* operator[](size_t index) const { return names.begin()[index]; }
};

/// Index of `field` in `list`, or -1.
int32_t column(const NameList& list, std::string_view field);

// ---- diff(): sections header, hunks; lineExtents(): section lines ----
/// Header of a line diff.
extern const NameList kDiffHeader;
/// A line-diff row; line numbers 0-based, ranges UTF-16 without the line break (the rows
/// JavaScript builds from the hunks and each side's line extents).
extern const NameList kDiffRow;
/// A change of a line diff (concord::LineHunk).
extern const NameList kDiffHunk;
/// A line of a text: its UTF-16 range without the line break.
extern const NameList kLineExtent;

// ---- compare(): int sections header, rows, inline, moves; float64 sections header, rows,
// moves ----
/// Int header of an aligned comparison.
extern const NameList kCompareHeader;
/// Float64 header of an aligned comparison.
extern const NameList kCompareRealHeader;
/// An aligned row; a side the row lacks has unit -1 and an empty range at its insertion point.
extern const NameList kCompareRow;
/// An inline op of a changed or moved row.
extern const NameList kInlineOp;
/// A moved block: text ranges from its first to its last unit on each side, and unit count.
extern const NameList kMove;

// ---- analyze(): int sections documents, repeats, groups, members, blocks, passages, pairs,
// clusters, order, header; float64 sections groupSimilarity, scores ----
/// A document: its words, paragraphs and repeat ranges (in the repeats section).
extern const NameList kDocument;
/// A range of one text.
extern const NameList kRange;
/// A duplicate group; its members follow in the members section.
extern const NameList kGroup;
/// A paragraph of a group.
extern const NameList kMember;
/// A repeated run of paragraphs.
extern const NameList kBlock;
/// A passage two documents share.
extern const NameList kPassage;
/// A pair of documents and its level; scores in the float64 section.
extern const NameList kPair;
/// Float64 scores of a pair.
extern const NameList kScores;
/// Int header of an analysis.
extern const NameList kAnalysisHeader;
/// A lineage edge with its int evidence (concord::LineageEdge).
extern const NameList kLineageEdge;
/// Float64 scores and dates of a lineage edge.
extern const NameList kLineageEdgeScores;
/// A document's date: where it came from and its UTF-16 range in the text.
extern const NameList kDocumentDate;
/// A document's attribution counts; its sentences and sources follow in their sections.
extern const NameList kAttribution;
/// A sentence's origin, source document and source sentence, with UTF-16 ranges.
extern const NameList kAttributedSentence;
/// Float64 scores of an attributed sentence.
extern const NameList kAttributedSentenceScores;
/// What one source gave a document.
extern const NameList kSourceShare;

// ---- align(): int sections aParagraphs, bParagraphs, rows, aTokens, bTokens, aSentences,
// bSentences, sentenceLinks, paragraphLinks; float64 sections rows, sentenceLinks,
// paragraphLinks ----
/// A rewrite-alignment row: paragraph index ranges and shared-token counts.
extern const NameList kAlignRow;
/// A shared token.
extern const NameList kToken;
/// A sentence: its UTF-16 range, the index of its paragraph and its kind (kSentenceKindNames).
extern const NameList kSentence;
/// A sentence link: sentence indices and 0/1 flags, copied last (concord::SentenceLink).
extern const NameList kSentenceLink;
/// Float64 scores of a sentence link.
extern const NameList kSentenceLinkScores;
/// A paragraph link: paragraph indices, its sentence-link count and 0/1 likely flag.
extern const NameList kParagraphLink;
/// Float64 scores of a paragraph link.
extern const NameList kParagraphLinkScores;

// ---- profile(): int sections header, paragraphs ----
/// Int header of a document profile.
extern const NameList kProfileHeader;
/// A paragraph: its range and its words.
extern const NameList kParagraph;

// ---- section order of each packet (pack.h's section enums, by name) ----
extern const NameList kDiffIntSectionNames;       ///< packLineHunks's int sections.
extern const NameList kLinesIntSectionNames;      ///< packLineExtents's int sections.
extern const NameList kCompareIntSectionNames;    ///< packComparison's int sections.
extern const NameList kCompareRealSectionNames;   ///< packComparison's float64 sections.
extern const NameList kAnalysisIntSectionNames;   ///< packAnalysis's int sections.
extern const NameList kAnalysisRealSectionNames;  ///< packAnalysis's float64 sections.
extern const NameList kAlignIntSectionNames;      ///< packAlignment's int sections.
extern const NameList kAlignRealSectionNames;     ///< packAlignment's float64 sections.
extern const NameList kProfileIntSectionNames;    ///< packProfile's int sections.

/// Every section list above.
const std::vector<const NameList*>& sections();

/// Every record and header above.
const std::vector<const NameList*>& layouts();

// ---- enum codes: names[code] ----
extern const NameList kLineBreakNames;       ///< concord::LineBreaks.
extern const NameList kRowKindNames;         ///< concord::RowKind.
extern const NameList kLineEndingNames;      ///< concord::LineEndings.
extern const NameList kUnitNames;            ///< concord::AlignUnit.
extern const NameList kCompareRowKindNames;  ///< concord::AlignedKind.
extern const NameList kInlineKindNames;      ///< concord::InlineKind.
extern const NameList kSplitNames;           ///< concord::ParagraphSplit.
extern const NameList kGroupKindNames;       ///< concord::GroupKind.
extern const NameList kLevelNames;           ///< concord::MatchLevel.
extern const NameList kTokenKindNames;       ///< concord::SharedTokenKind.
extern const NameList kSentenceKindNames;    ///< concord::SentenceKind.
extern const NameList kOriginNames;          ///< concord::SentenceKind (attribution's origin).
extern const NameList kSourceOrderNames;     ///< concord::SourceOrder.
extern const NameList kDirectionNames;       ///< concord::DirectionBasis.
extern const NameList kDateSourceNames;      ///< concord::DateSource.

/// Every enum list above.
const std::vector<const NameList*>& enums();

/// The enum list called `name` (e.g. "lineBreaks"), or nullptr.
const NameList* enumNamed(std::string_view name);

}  // namespace concord_wire

#endif  // CONCORD_WIRE_LAYOUTS_H_
