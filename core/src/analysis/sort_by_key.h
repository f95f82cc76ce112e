// Sorting through one std::sort instantiation, on (uint64, uint32) pairs (internal): each
// comparator of its own would add a copy of std::sort to the wasm (1.5-11 KB each).
//
//   sortByKey(blocks, [](const Block& b) { return uint64_t{b.doc} << 32 | b.start; });
#ifndef CONCORD_SRC_SORT_BY_KEY_H_
#define CONCORD_SRC_SORT_BY_KEY_H_

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <utility>
#include <vector>

namespace concord {

/// Sorts `items` by `key(item)` (a uint64_t), equal keys in their first order (stable). Every
/// call shares the std::sort on (uint64, uint32) pairs that the hot paths instantiate anyway,
/// where a comparator of its own would add its own copy of std::sort (1.5-4 KB of wasm each).
/// For lists that are short or sorted once per call; it allocates 12 bytes an item.
template <typename T, typename Key>
void sortByKey(std::vector<T>& items, const Key& key) {
  if (items.size() < 2) return;  // Most lists of passages or links per pair are that short.
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

/// The double that orderedKey(value) was made of.
inline double fromOrderedKey(uint64_t key) {
  const uint64_t bits = key >> 63 ? key & ~(uint64_t{1} << 63) : ~key;
  double value = 0;
  std::memcpy(&value, &bits, sizeof value);
  return value;
}

/// Eight bytes of `word` from `at` as a big-endian number, zero-padded: the numbers compare as
/// std::string_view compares the bytes (for words without NUL bytes).
inline uint64_t bytesAt(std::string_view word, size_t at) {
  uint64_t key = 0;
  for (size_t k = 0; k < 8; ++k)
    key = key << 8 | (at + k < word.size() ? static_cast<unsigned char>(word[at + k]) : 0u);
  return key;
}

/// Sorts ids of distinct words by the words' bytes (`wordOf(id)`, a std::string_view without
/// NUL bytes), eight bytes at a time through the same std::sort on (uint64, uint32) pairs as
/// sortByKey, where a string comparator would add its own copy of std::sort: a run of words
/// equal so far is sorted again by its next eight bytes.
template <typename WordOf>
void sortByBytes(std::vector<uint32_t>& ids, const WordOf& wordOf) {
  struct Run {
    size_t begin, end, depth;
  };
  std::vector<std::pair<uint64_t, uint32_t>> keyed;
  keyed.reserve(ids.size());
  for (const uint32_t id : ids) keyed.emplace_back(0, id);
  std::vector<Run> runs{{0, keyed.size(), 0}};
  while (!runs.empty()) {
    const Run run = runs.back();
    runs.pop_back();
    bool longer = false;  // Some word of the run goes on past these eight bytes.
    for (size_t i = run.begin; i < run.end; ++i) {
      const std::string_view word = wordOf(keyed[i].second);
      keyed[i].first = bytesAt(word, run.depth);
      longer = longer || word.size() > run.depth + 8;
    }
    std::sort(keyed.begin() + run.begin, keyed.begin() + run.end);
    if (!longer) continue;
    for (size_t i = run.begin, j; i < run.end; i = j) {
      for (j = i + 1; j < run.end && keyed[j].first == keyed[i].first;) ++j;
      if (j - i > 1) runs.push_back({i, j, run.depth + 8});
    }
  }
  for (size_t i = 0; i < ids.size(); ++i) ids[i] = keyed[i].second;
}

}  // namespace concord

#endif  // CONCORD_SRC_SORT_BY_KEY_H_
