// SpanIndex: flat postings (one offsets array and one entries array, no per-word vectors), built
// in two walks over the spans: count, then fill.
#include "span_index.h"

namespace concord {
namespace align {

SpanIndex::Postings SpanIndex::build(const std::vector<SparseVector>& vectors, uint32_t span,
                                     bool singles, size_t vocabularySize) {
  Postings postings;
  postings.offsets.assign(vocabularySize + 1, 0);
  const auto wanted = [&](size_t y) { return (y % span == 0) == singles; };
  for (size_t y = 0; y < vectors.size(); ++y)
    if (wanted(y))
      for (const auto& entry : vectors[y]) ++postings.offsets[entry.first + 1];
  for (size_t id = 0; id < vocabularySize; ++id) postings.offsets[id + 1] += postings.offsets[id];
  postings.entries.resize(postings.offsets[vocabularySize]);
  std::vector<uint32_t> next(postings.offsets.begin(), postings.offsets.end() - 1);
  for (size_t y = 0; y < vectors.size(); ++y)
    if (wanted(y))
      for (const auto& [id, weight] : vectors[y])
        postings.entries[next[id]++] = {static_cast<uint32_t>(y), weight};
  return postings;
}

SpanIndex::SpanIndex(const std::vector<SparseVector>& vectors,
                     const std::vector<std::vector<uint32_t>>& names, uint32_t span,
                     size_t vocabularySize)
    : span_(span),
      spanCount_(vectors.size()),
      singles_(build(vectors, span, true, vocabularySize)),
      longer_(build(vectors, span, false, vocabularySize)) {
  nameOffsets_.assign(vocabularySize + 1, 0);
  for (const std::vector<uint32_t>& ids : names)
    for (const uint32_t id : ids) ++nameOffsets_[id + 1];
  for (size_t id = 0; id < vocabularySize; ++id) nameOffsets_[id + 1] += nameOffsets_[id];
  nameSpans_.resize(nameOffsets_[vocabularySize]);
  std::vector<uint32_t> next(nameOffsets_.begin(), nameOffsets_.end() - 1);
  for (size_t y = 0; y < names.size(); ++y)
    for (const uint32_t id : names[y]) nameSpans_[next[id]++] = static_cast<uint32_t>(y);
}

void SpanIndex::match(const SparseVector& x, const std::vector<uint32_t>& xNames,
                      bool singlesOnly, std::vector<double>& dots,
                      std::vector<uint8_t>& sharesName) const {
  dots.assign(spanCount_, 0.0);
  sharesName.assign(spanCount_, 0);
  // x's terms in id order: each span gets its products in the order dot() adds them. A span is
  // in singles_ or longer_, never both, so walking both leaves that order alone.
  for (const auto& [id, weight] : x) {
    for (const Postings* postings : {&singles_, &longer_}) {
      if (singlesOnly && postings == &longer_) continue;
      for (uint32_t k = postings->offsets[id]; k < postings->offsets[id + 1]; ++k) {
        const Posting& p = postings->entries[k];
        dots[p.span] += double{weight} * p.weight;
      }
    }
  }
  for (const uint32_t id : xNames)
    for (uint32_t k = nameOffsets_[id]; k < nameOffsets_[id + 1]; ++k) sharesName[nameSpans_[k]] = 1;
}

}  // namespace align
}  // namespace concord
