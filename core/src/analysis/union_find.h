// Disjoint sets over 0..n-1 with path halving; the smaller index is each set's root, so roots
// are stable first members (groups and clusters list members from their first).
#ifndef CONCORD_SRC_UNION_FIND_H_
#define CONCORD_SRC_UNION_FIND_H_

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <vector>

namespace concord::detail {

/// Union-find whose root is always the smallest member.
struct UnionFind {
  std::vector<uint32_t> parent;  ///< parent[x] == x for roots.
  /// n singleton sets.
  explicit UnionFind(uint32_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0u); }
  /// The root (smallest member) of x's set.
  uint32_t find(uint32_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  /// Joins the sets of a and b.
  void unite(uint32_t a, uint32_t b) {
    a = find(a), b = find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
};

}  // namespace concord::detail

#endif  // CONCORD_SRC_UNION_FIND_H_
