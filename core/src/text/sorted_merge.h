// One walk over two id-sorted sparse vectors, for every score that sums over the ids both hold
// (the cosine of paragraph vectors, the overlap of sentence terms).
#ifndef CONCORD_TEXT_SORTED_MERGE_H_
#define CONCORD_TEXT_SORTED_MERGE_H_

#include <cstddef>

namespace concord {

/// Calls `shared(i, j)` for each i, j with idOf(x[i]) == idOf(y[j]); both sorted by id.
template <typename X, typename Y, typename IdOf, typename Shared>
inline void forEachSharedId(const X& x, const Y& y, IdOf idOf, Shared shared) {
  for (size_t i = 0, j = 0; i < x.size() && j < y.size();) {
    const auto a = idOf(x[i]);
    const auto b = idOf(y[j]);
    if (a < b) {
      ++i;
    } else if (b < a) {
      ++j;
    } else {
      shared(i++, j++);
    }
  }
}

}  // namespace concord

#endif  // CONCORD_TEXT_SORTED_MERGE_H_
