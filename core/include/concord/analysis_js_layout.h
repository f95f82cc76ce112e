// The flat layouts in which analysis and rewrite-alignment results cross into JavaScript:
// typed arrays of int32 and float64, text offsets in UTF-16 code units so that JavaScript's
// `text.slice(start, end)` works on them. web/lib/analyze.js unpacks them.
//
//   concord::PackedAnalysis packed = concord::packAnalysisForJs(analysis, texts);
//   // group g: packed.groups[g * kPackedGroupStride ...], its members follow in packed.members
#ifndef CONCORD_ANALYSIS_JS_LAYOUT_H_
#define CONCORD_ANALYSIS_JS_LAYOUT_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "concord/analyze.h"
#include "concord/rewrite_align.h"

namespace concord {

/// Int32 per document: words, paragraphs, repeats (ranges in PackedAnalysis::repeats).
inline constexpr int kPackedDocumentStride = 3;
/// Int32 per repeat range: start, end.
inline constexpr int kPackedRangeStride = 2;
/// Int32 per group: kind (0 exact, 1 near), short (0 or 1), member count.
inline constexpr int kPackedGroupStride = 3;
/// Int32 per member: doc, paragraph, start, end.
inline constexpr int kPackedMemberStride = 4;
/// Int32 per passage: a, b, aStart, aEnd, bStart, bEnd, aWords, bWords, matchedWords.
inline constexpr int kPackedPassageStride = 9;
/// Int32 per pair: a, b, level, diffRatioExact.
inline constexpr int kPackedPairStride = 4;
/// Float64 per pair: diffRatio, resemblance, containmentAB, containmentBA, coverageAB,
/// coverageBA, rewrite.
inline constexpr int kPackedScoreStride = 7;

/// Int32 per repeated block: first doc, first paragraph, first start, first end, repeat doc,
/// repeat paragraph, repeat start, repeat end, paragraphs, kind (0 exact, 1 near), repeat words.
inline constexpr int kPackedBlockStride = 11;

/// An Analysis as typed-array payloads.
struct PackedAnalysis {
  std::vector<int32_t> documents;  ///< kPackedDocumentStride per document.
  std::vector<int32_t> repeats;    ///< Ranges, documents' in order.
  std::vector<int32_t> groups;     ///< Duplicate groups, then short repeats.
  std::vector<double> similarity;  ///< One per group.
  std::vector<int32_t> members;    ///< Members of every group, groups' in order.
  std::vector<int32_t> blocks;     ///< kPackedBlockStride per repeated block.
  std::vector<int32_t> passages;   ///< kPackedPassageStride per passage.
  std::vector<int32_t> pairs;      ///< kPackedPairStride per pair.
  std::vector<double> scores;      ///< kPackedScoreStride per pair.
  std::vector<float> matrix;       ///< n * n rewrite scores, or empty.
  std::vector<int32_t> clusters;   ///< Each cluster: its size, then its documents.
  std::vector<int32_t> order;      ///< Matrix order.
  uint32_t candidatePairs = 0;     ///< Paragraph pairs verified exactly.
};

/// Flattens `analysis` of `texts` into the layout above.
PackedAnalysis packAnalysisForJs(const Analysis& analysis,
                                 const std::vector<std::string_view>& texts);

/// Int32 per alignment row: aFirst, aEnd, bFirst, bEnd, shared tokens on a, shared on b,
/// repeatOf.
inline constexpr int kPackedAlignRowStride = 7;
/// Int32 per marked token: start, end, kind.
inline constexpr int kPackedTokenStride = 3;

/// A RewriteAlignment as typed-array payloads.
struct PackedAlignment {
  std::vector<int32_t> aParagraphs;  ///< start, end per paragraph of a.
  std::vector<int32_t> bParagraphs;  ///< start, end per paragraph of b.
  std::vector<int32_t> rows;         ///< kPackedAlignRowStride per row.
  std::vector<double> similarity;    ///< One per row.
  std::vector<int32_t> aTokens;      ///< Marked tokens of a, rows' in order.
  std::vector<int32_t> bTokens;      ///< Marked tokens of b, rows' in order.
};

/// Flattens `alignment` of `a` and `b` into the layout above.
PackedAlignment packAlignmentForJs(const RewriteAlignment& alignment, std::string_view a,
                                   std::string_view b);

}  // namespace concord

#endif  // CONCORD_ANALYSIS_JS_LAYOUT_H_
