// Small hashing helpers shared by the analysis units (internal).
#ifndef CONCORD_SRC_HASHING_H_
#define CONCORD_SRC_HASHING_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace concord {

/// splitmix64's finaliser: a cheap, well-mixed 64-bit hash of `x`.
inline uint64_t mix64(uint64_t x) {
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

/// Hash of a sequence, extended by one more element.
inline uint64_t hashAppend(uint64_t h, uint64_t value) {
  return mix64(h * 0x100000001B3ull ^ value);
}

/// Number of values two sorted hash lists share (each value matched at most once).
inline size_t sharedCount(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  size_t shared = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++shared, ++i, ++j;
    }
  }
  return shared;
}

}  // namespace concord

#endif  // CONCORD_SRC_HASHING_H_
