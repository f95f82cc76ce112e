#include "concord/similarity.h"

#include <algorithm>
#include <cstdlib>
#include <unordered_map>

#include "hashing.h"

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
    p.matchedWords += i + k - std::max(i, p.aEnd);
    p.aEnd = std::max(p.aEnd, i + k);
    p.bEnd = std::max(p.bEnd, j + k);
    best->lastI = i, best->lastJ = j;
  }
  for (const Chain& chain : active) close(chain);
  std::sort(passages.begin(), passages.end(), [](const SharedPassage& x, const SharedPassage& y) {
    return x.aFirst != y.aFirst ? x.aFirst < y.aFirst : x.bFirst < y.bFirst;
  });
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

double wordDiffRatio(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  const size_t total = a.size() + b.size();
  if (total == 0) return 1.0;
  // Common prefix and suffix are matched without search.
  size_t lo = 0;
  while (lo < a.size() && lo < b.size() && a[lo] == b[lo]) ++lo;
  size_t aHi = a.size(), bHi = b.size();
  while (aHi > lo && bHi > lo && a[aHi - 1] == b[bHi - 1]) --aHi, --bHi;
  const int64_t n = static_cast<int64_t>(aHi - lo), m = static_cast<int64_t>(bHi - lo);
  const int64_t maxD = n + m;
  int64_t distance = maxD;
  if (n > 0 && m > 0) {
    // Myers' greedy forward search; v[k + offset] is the furthest x on diagonal k.
    const int64_t offset = maxD + 1;
    std::vector<int64_t> v(static_cast<size_t>(2 * maxD + 3), 0);
    bool done = false;
    for (int64_t d = 0; d <= maxD && !done; ++d) {
      for (int64_t kd = -d; kd <= d; kd += 2) {
        int64_t x = (kd == -d || (kd != d && v[kd - 1 + offset] < v[kd + 1 + offset]))
                        ? v[kd + 1 + offset]
                        : v[kd - 1 + offset] + 1;
        int64_t y = x - kd;
        while (x < n && y < m && a[lo + x] == b[lo + y]) ++x, ++y;
        v[kd + offset] = x;
        if (x >= n && y >= m) {
          distance = d;
          done = true;
          break;
        }
      }
    }
  }
  return 1.0 - static_cast<double>(distance) / static_cast<double>(total);
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
