// An inverted index of one text's paragraph spans (internal), for the row search of
// alignRewrites: the dot products of one span of the other text with all of them at once, adding
// up only the terms they share, instead of walking two sparse vectors per cell.
//
//   SpanIndex index(spansB.vectors, spansB.names, span, vocabulary.size());
//   index.match(vectorA, namesA, /*singlesOnly=*/false, dots, sharesName);
//   // dots[y] == dot(vectorA, spansB.vectors[y]) to the last bit
#ifndef CONCORD_SRC_ALIGN_SPAN_INDEX_H_
#define CONCORD_SRC_ALIGN_SPAN_INDEX_H_

#include <cstdint>
#include <vector>

#include "analysis/content_words.h"

namespace concord {
namespace align {

/// The spans of one text (span y = first * span + length - 1) indexed by word id.
class SpanIndex {
 public:
  /// Indexes `vectors` and `names` (per span, ids below `vocabularySize`) of runs of up to
  /// `span` paragraphs.
  SpanIndex(const std::vector<SparseVector>& vectors,
            const std::vector<std::vector<uint32_t>>& names, uint32_t span, size_t vocabularySize);

  /// Sets dots[y] to dot(x, vectors[y]) (the same products added in the same id order, so the
  /// same double) and sharesName[y] to 1 when names[y] and `xNames` meet, else 0, for every span
  /// y of one paragraph or, unless `singlesOnly`, of any length; resizes both to the span count.
  void match(const SparseVector& x, const std::vector<uint32_t>& xNames, bool singlesOnly,
             std::vector<double>& dots, std::vector<uint8_t>& sharesName) const;

 private:
  // One posting: a span holding the word, and its weight there.
  struct Posting {
    uint32_t span;
    float weight;
  };
  // Postings of every word id, flat: ids' postings at [offsets[id], offsets[id + 1]).
  struct Postings {
    std::vector<uint32_t> offsets;
    std::vector<Posting> entries;
  };
  static Postings build(const std::vector<SparseVector>& vectors, uint32_t span, bool singles,
                        size_t vocabularySize);

  uint32_t span_;
  size_t spanCount_;
  Postings singles_;  // Spans of one paragraph.
  Postings longer_;   // Spans of two paragraphs or more.
  std::vector<uint32_t> nameOffsets_;
  std::vector<uint32_t> nameSpans_;  // Spans holding each name id, flat as in Postings.
};

}  // namespace align
}  // namespace concord

#endif  // CONCORD_SRC_ALIGN_SPAN_INDEX_H_
