// Sorting short, cold lists through one std::sort instantiation (internal).
//
//   sortByKey(blocks, [](const Block& b) { return uint64_t{b.doc} << 32 | b.start; });
#ifndef CONCORD_SRC_SORT_BY_KEY_H_
#define CONCORD_SRC_SORT_BY_KEY_H_

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <utility>
#include <vector>

namespace concord {

/// Sorts `items` by `key(item)` (a uint64_t), equal keys in their first order (stable). Every
/// call shares the std::sort on (uint64, uint32) pairs that the hot paths instantiate anyway,
/// where a comparator of its own would add its own copy of std::sort (1.5-4 KB of wasm each).
/// For lists that are short or sorted once per call; it allocates 12 bytes an item.
template <typename T, typename Key>
void sortByKey(std::vector<T>& items, const Key& key) {
  std::vector<std::pair<uint64_t, uint32_t>> keyed;
  keyed.reserve(items.size());
  for (size_t i = 0; i < items.size(); ++i)
    keyed.emplace_back(key(items[i]), static_cast<uint32_t>(i));
  std::sort(keyed.begin(), keyed.end());
  std::vector<T> sorted;
  sorted.reserve(items.size());
  for (const auto& entry : keyed) sorted.push_back(std::move(items[entry.second]));
  items = std::move(sorted);
}

/// A key that orders doubles as `<` does (no NaN): the sign bit flipped for positive values,
/// every bit for negative ones.
inline uint64_t orderedKey(double value) {
  uint64_t bits = 0;
  std::memcpy(&bits, &value, sizeof bits);
  return bits >> 63 ? ~bits : bits | uint64_t{1} << 63;
}

}  // namespace concord

#endif  // CONCORD_SRC_SORT_BY_KEY_H_
