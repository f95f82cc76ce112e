// Rewrite alignment: which paragraphs of one article were rewritten from which paragraphs of
// another, when almost nothing is literally equal, with the words, names and numbers they share.
//
//   concord::Result<concord::RewriteAlignment> aligned = concord::alignRewrites(a, b, {});
//   for (const concord::RewriteRow& row : aligned.value().rows)
//     show(row.aFirst, row.aEnd, row.bFirst, row.bEnd, row.similarity);
#ifndef CONCORD_REWRITE_ALIGN_H_
#define CONCORD_REWRITE_ALIGN_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "concord/paragraphs.h"
#include "concord/result.h"
#include "concord/sentence_align.h"

namespace concord {

/// Settings of `alignRewrites`.
struct AlignOptions {
  TextOptions text = TextOptions::folded();  ///< How paragraphs are found and words compare.
  /// Paragraphs pair up only at this rewrite similarity or more (see docs/analyze.md).
  double minSimilarity = 0.1;
  uint32_t maxSpan = 3;  ///< A paragraph may match up to this many consecutive ones (at most 8).
  /// Paragraphs repeating an earlier paragraph of their own text (equal after normalisation: a
  /// body pasted twice) stay unmatched, marked with `repeatOf`, so the first copy aligns.
  bool skipRepeats = true;
};

/// What a shared token is.
enum class SharedTokenKind : uint8_t {
  kWord = 0,    ///< A content word.
  kName = 1,    ///< A capitalised word not opening a sentence.
  kNumber = 2,  ///< A word with a digit.
};

/// A token found on both sides of an aligned row.
struct MarkedToken {
  ByteRange range;                                ///< Its bytes in its own text.
  SharedTokenKind kind = SharedTokenKind::kWord;  ///< Word, name or number.
};

/// One row: paragraphs [aFirst, aEnd) of a matched with [bFirst, bEnd) of b. One side is empty
/// for a paragraph left unmatched.
struct RewriteRow {
  uint32_t aFirst = 0, aEnd = 0;  ///< Paragraph indices of a.
  uint32_t bFirst = 0, bEnd = 0;  ///< Paragraph indices of b.
  double similarity = 0;          ///< Rewrite similarity of the two sides (0 when unmatched).
  /// For an unmatched paragraph that repeats an earlier one of its own text: that paragraph's
  /// index; -1 otherwise.
  int32_t repeatOf = -1;
  std::vector<MarkedToken> aShared;  ///< Content tokens of a's side also on b's side.
  std::vector<MarkedToken> bShared;  ///< Content tokens of b's side also on a's side.
};

/// The alignment of a with b: monotone rows in reading order on both sides, and the order-free
/// sentence and paragraph links of `alignSentences` (same paragraph numbering).
struct RewriteAlignment {
  std::vector<ByteRange> aParagraphs;  ///< Paragraphs of a.
  std::vector<ByteRange> bParagraphs;  ///< Paragraphs of b.
  std::vector<RewriteRow> rows;        ///< Every paragraph of both texts in exactly one row.
  std::vector<Sentence> aSentences;    ///< Sentences of a.
  std::vector<Sentence> bSentences;    ///< Sentences of b.
  std::vector<SentenceLink> sentenceLinks;    ///< Sentence links with confidences, by a then b.
  std::vector<ParagraphLink> paragraphLinks;  ///< Paragraph links with confidences, by a then b.
  std::vector<SentenceKind> aKinds;           ///< Copied, rewritten or new, per sentence of a.
  std::vector<SentenceKind> bKinds;           ///< Copied, rewritten or new, per sentence of b.
};

/// Largest paragraph count of a times that of b that `alignRewrites` accepts.
inline constexpr uint64_t kMaxAlignCells = 4'000'000;

/// Aligns the paragraphs of `a` (UTF-8) with those of `b` they were rewritten from.
Result<RewriteAlignment> alignRewrites(std::string_view a, std::string_view b,
                                       const AlignOptions& options = {});

}  // namespace concord

#endif  // CONCORD_REWRITE_ALIGN_H_
