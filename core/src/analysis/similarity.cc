#include "concord/similarity.h"

#include <algorithm>
#include <cstdlib>
#include <unordered_map>
#include <vector>

#include "analysis/sort_by_key.h"
#include "text/hashing.h"

namespace concord {

std::vector<SharedPassage> chainPassages(std::vector<std::pair<uint32_t, uint32_t>> hits,
                                         const PassageOptions& options) {
  std::sort(hits.begin(), hits.end());
  hits.erase(std::unique(hits.begin(), hits.end()), hits.end());
  const int64_t gap = options.maxGap;
  const uint32_t k = options.seedWords;
  struct Chain {
    SharedPassage passage;
    uint32_t lastI, lastJ;
  };
  std::vector<Chain> active;
  std::vector<SharedPassage> passages;
  const auto close = [&](const Chain& chain) {
    if (chain.passage.matchedWords >= options.minWords) passages.push_back(chain.passage);
  };
  for (const auto& [i, j] : hits) {
    // Chains that can no longer be reached (hits come in order of i) are finished.
    size_t kept = 0;
    for (size_t c = 0; c < active.size(); ++c) {
      if (int64_t{active[c].passage.aEnd} + gap < int64_t{i}) {
        close(active[c]);
      } else {
        active[kept++] = active[c];
      }
    }
    active.resize(kept);
    // Extend the chain nearest to this hit's diagonal, if the hit continues it in both texts.
    const int64_t diagonal = int64_t{j} - int64_t{i};
    Chain* best = nullptr;
    int64_t bestDrift = gap + 1;
    for (Chain& chain : active) {
      if (i <= chain.lastI || j <= chain.lastJ) continue;
      if (int64_t{j} > int64_t{chain.passage.bEnd} + gap) continue;
      const int64_t drift = std::llabs(diagonal - (int64_t{chain.lastJ} - int64_t{chain.lastI}));
      if (drift < bestDrift) best = &chain, bestDrift = drift;
    }
    if (best == nullptr) {
      active.push_back({{i, i + k, j, j + k, k}, i, j});
      continue;
    }
    SharedPassage& p = best->passage;
    // New seed words on the side that gains fewer: a chain drifting across a repetitive text can
    // gain more words on one side than the other, and matched words must fit in both spans.
    p.matchedWords += std::min(i + k - std::max(i, p.aEnd), j + k - std::max(j, p.bEnd));
    p.aEnd = std::max(p.aEnd, i + k);
    p.bEnd = std::max(p.bEnd, j + k);
    best->lastI = i, best->lastJ = j;
  }
  for (const Chain& chain : active) close(chain);
  sortByKey(passages, [](const SharedPassage& p) { return uint64_t{p.aFirst} << 32 | p.bFirst; });
  return passages;
}

std::vector<SharedPassage> sharedPassages(const std::vector<uint32_t>& a,
                                          const std::vector<uint32_t>& b,
                                          const PassageOptions& options) {
  const uint32_t k = std::max<uint32_t>(1, options.seedWords);
  const auto seedHash = [&](const std::vector<uint32_t>& ids, uint32_t at) {
    uint64_t h = k;
    for (uint32_t w = at; w < at + k; ++w) h = hashAppend(h, ids[w]);
    return h;
  };
  std::unordered_multimap<uint64_t, uint32_t> seedsOfA;
  for (uint32_t i = 0; i + k <= a.size(); ++i) seedsOfA.emplace(seedHash(a, i), i);
  std::vector<std::pair<uint32_t, uint32_t>> hits;
  for (uint32_t j = 0; j + k <= b.size(); ++j) {
    const auto range = seedsOfA.equal_range(seedHash(b, j));
    for (auto it = range.first; it != range.second; ++it) {
      if (std::equal(a.begin() + it->second, a.begin() + it->second + k, b.begin() + j))
        hits.emplace_back(it->second, j);
    }
  }
  PassageOptions chained = options;
  chained.seedWords = k;
  return chainPassages(std::move(hits), chained);
}

double passageCoverage(const std::vector<SharedPassage>& passages, bool sideA, uint32_t words) {
  if (words == 0) return 0;
  std::vector<std::pair<uint32_t, uint32_t>> spans;
  spans.reserve(passages.size());
  for (const SharedPassage& p : passages)
    spans.emplace_back(sideA ? p.aFirst : p.bFirst, sideA ? p.aEnd : p.bEnd);
  std::sort(spans.begin(), spans.end());
  uint64_t covered = 0;
  uint32_t reach = 0;
  for (const auto& [first, end] : spans) {
    const uint32_t from = std::max(first, reach);
    if (end > from) covered += end - from;
    reach = std::max(reach, end);
  }
  return static_cast<double>(covered) / words;
}

namespace {

// Length of the longest common subsequence of a[0, n) and b[0, m), bit-parallel (Hyyro 2004):
// one bit per word of a, V' = (V + (V & M[y])) | (V & ~M[y]) for each word y of b, and the LCS
// is the number of zero bits. O(m * n / 64) whatever the difference, where Myers' O((n+m)D)
// degrades on pairs that share only a passage.
size_t lcsLength(const uint32_t* a, size_t n, const uint32_t* b, size_t m) {
  if (n == 0 || m == 0) return 0;
  const size_t words = (n + 63) / 64;
  std::vector<uint32_t> symbols(a, a + n);
  std::sort(symbols.begin(), symbols.end());
  symbols.erase(std::unique(symbols.begin(), symbols.end()), symbols.end());
  std::vector<uint64_t> masks(symbols.size() * words, 0);
  const auto indexOf = [&](uint32_t id) -> int64_t {
    const auto it = std::lower_bound(symbols.begin(), symbols.end(), id);
    return it != symbols.end() && *it == id ? it - symbols.begin() : -1;
  };
  for (size_t i = 0; i < n; ++i)
    masks[static_cast<size_t>(indexOf(a[i])) * words + i / 64] |= uint64_t{1} << (i % 64);
  std::vector<uint64_t> v(words, ~uint64_t{0});
  for (size_t j = 0; j < m; ++j) {
    const int64_t symbol = indexOf(b[j]);
    if (symbol < 0) continue;  // No match: V stays as it is.
    const uint64_t* mask = &masks[static_cast<size_t>(symbol) * words];
    uint64_t carry = 0;
    for (size_t w = 0; w < words; ++w) {
      const uint64_t u = v[w] & mask[w];
      const uint64_t sum = v[w] + u;
      const uint64_t total = sum + carry;
      carry = (sum < v[w]) | (total < sum);
      v[w] = total | (v[w] & ~mask[w]);
    }
  }
  size_t ones = 0;
  for (size_t w = 0; w < words; ++w) {
    uint64_t bits = v[w];
    if (w == words - 1 && n % 64 != 0) bits &= (uint64_t{1} << (n % 64)) - 1;
    for (; bits != 0; bits &= bits - 1) ++ones;
  }
  return n - ones;
}

}  // namespace

double wordDiffRatio(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  const size_t total = a.size() + b.size();
  if (total == 0) return 1.0;
  // Common prefix and suffix are matched without search.
  size_t lo = 0;
  while (lo < a.size() && lo < b.size() && a[lo] == b[lo]) ++lo;
  size_t aHi = a.size(), bHi = b.size();
  while (aHi > lo && bHi > lo && a[aHi - 1] == b[bHi - 1]) --aHi, --bHi;
  // Bits for the shorter side: fewer words per step.
  const bool aShorter = aHi - lo <= bHi - lo;
  const size_t middle = aShorter ? lcsLength(a.data() + lo, aHi - lo, b.data() + lo, bHi - lo)
                                 : lcsLength(b.data() + lo, bHi - lo, a.data() + lo, aHi - lo);
  const size_t lcs = lo + (a.size() - aHi) + middle;
  return 2.0 * static_cast<double>(lcs) / static_cast<double>(total);
}

MatchLevel matchLevel(const PairScores& s, const LevelThresholds& t) {
  if (s.diffRatioExact && s.diffRatio >= 1.0) return MatchLevel::kIdentical;
  const double coverage = std::max(s.coverageAB, s.coverageBA);
  if (s.diffRatio >= t.minorDiffRatio || coverage >= t.minorCoverage)
    return MatchLevel::kMinorChanges;
  if (s.rewrite >= t.rewriteScore || coverage >= t.rewriteCoverage) return MatchLevel::kRewritten;
  return MatchLevel::kUnrelated;
}

}  // namespace concord
