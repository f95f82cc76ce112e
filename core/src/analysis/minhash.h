// The MinHash loop, inline so that the duplicate finder's call (a constant count of hash
// functions) is specialised and unrolled where it runs; signature.cc's public minHash() is this.
#ifndef CONCORD_SRC_ANALYSIS_MINHASH_H_
#define CONCORD_SRC_ANALYSIS_MINHASH_H_

#include <algorithm>
#include <cstdint>
#include <vector>

#include "text/hashing.h"

namespace concord {
namespace detail {

/// `count` MinHash values of `shingles` into `out` (see concord::minHash in signature.h).
inline void minHashValues(const std::vector<uint64_t>& shingles, uint64_t seed, uint32_t count,
                          uint32_t* out) {
  std::fill(out, out + count, UINT32_MAX);
  for (uint64_t shingle : shingles) {
    const uint64_t mixed = mix64(shingle ^ seed * 0x9E3779B97F4A7C15ull);
    const uint32_t h2 = static_cast<uint32_t>(mixed >> 32) | 1;
    uint32_t value = static_cast<uint32_t>(mixed);
    for (uint32_t h = 0; h < count; ++h, value += h2) out[h] = std::min(out[h], value);
  }
}

}  // namespace detail
}  // namespace concord

#endif  // CONCORD_SRC_ANALYSIS_MINHASH_H_
