// Pass indexSeeds: every document's 3-word shingles sorted so that equal ones sit together (a
// counting sort on the top 16 hash bits, then a radix sort of each bucket). One walk over the
// runs of equal shingles gives each document's shingle set (as run numbers, for exact
// resemblance), the shared-shingle counts of the dense path and the seed matches that passages
// grow from.
#include <algorithm>
#include <vector>

#include "analysis/analyze_passes.h"
#include "analysis/out_of_line.h"
#include "text/hashing.h"

namespace concord {
namespace detail {
namespace {

// Shared-shingle increments that stock phrases may cost in the dense path (about a second).
constexpr uint64_t kDenseStockPairBudget = 300'000'000;
// A phrase a document repeats more often than this seeds no passage.
constexpr size_t kMaxSeedRepeats = 4;
// Seed matches kept for passage building (16 bytes each).
constexpr size_t kMaxHits = 20'000'000;

// One 3-word phrase of one document, 12 bytes: the top 16 bits of the phrase's 64-bit hash are
// its bucket in SortedSeeds::start and the next 32 are kept here, so 48 bits in all tell phrases
// apart (an expected 0.05 false merges among 5 million distinct phrases, which would only add a
// spurious seed), and the index of 10,000 articles takes 84 MB instead of 112.
struct SeedOccurrence {
  uint32_t hash;
  uint32_t doc;
  uint32_t pos;
  bool operator<(const SeedOccurrence& o) const {
    return hash != o.hash ? hash < o.hash : doc != o.doc ? doc < o.doc : pos < o.pos;
  }
};

struct SortedSeeds {
  std::vector<SeedOccurrence> seeds;  // By (bucket, hash, doc, pos).
  // Bucket b is seeds[start[b], start[b + 1]) (sortedFewSeeds: the non-empty buckets only).
  std::vector<size_t> start;
};

constexpr int kSeedBucketBits = 16;
// Buckets up to this size are sorted by insertion; larger ones by radix.
constexpr size_t kInsertionSortUpTo = 48;

// Sorts `count` seeds by hash, stably: placement leaves each bucket in (doc, pos) order, so the
// result is the (hash, doc, pos) order of SeedOccurrence::operator< that std::sort gave, in
// linear time (four passes of 8 bits, a pass skipped when all seeds share its byte).
void sortByHash(SeedOccurrence* seeds, size_t count, std::vector<SeedOccurrence>& scratch) {
  if (count <= kInsertionSortUpTo) {
    for (size_t i = 1; i < count; ++i) {
      const SeedOccurrence seed = seeds[i];
      size_t j = i;
      for (; j > 0 && seeds[j - 1].hash > seed.hash; --j) seeds[j] = seeds[j - 1];
      seeds[j] = seed;
    }
    return;
  }
  scratch.resize(count);
  SeedOccurrence* from = seeds;
  SeedOccurrence* to = scratch.data();
  for (int shift = 0; shift < 32; shift += 8) {
    size_t place[257] = {};
    for (size_t i = 0; i < count; ++i) ++place[(from[i].hash >> shift & 0xff) + 1];
    if (place[(from[0].hash >> shift & 0xff) + 1] == count) continue;
    for (int digit = 1; digit < 257; ++digit) place[digit] += place[digit - 1];
    for (size_t i = 0; i < count; ++i) to[place[from[i].hash >> shift & 0xff]++] = from[i];
    std::swap(from, to);
  }
  if (from != seeds) std::copy(from, from + count, seeds);
}

// Below this many shingles the seeds are sorted whole (sortedFewSeeds): the 65,536 buckets'
// offsets (1 MB to clear and copy, page faults included) cost more than the sort. A cluster of
// the corpus pipeline (three articles, 1,300 shingles) spent a quarter of its analyze() there.
constexpr size_t kBucketSortFrom = size_t{1} << kSeedBucketBits;

// The order sortedSeeds gives, by one sort: bucket (top 16 bits), next 32 bits, document,
// position; `start` holds the bounds of the non-empty buckets only (the walk needs only that
// no run crosses a bound).
template <typename ForEachSeed>
SortedSeeds sortedFewSeeds(const ForEachSeed& forEachSeed, size_t count) {
  struct Keyed {
    uint64_t key;  // The top 48 bits of the hash.
    uint32_t doc, pos;
  };
  std::vector<Keyed> keyed;
  keyed.reserve(count);
  forEachSeed([&](uint64_t h, uint32_t d, uint32_t i) { keyed.push_back({h >> 16, d, i}); });
  // Seeds come in (doc, pos) order: a stable sort by key keeps it among equal keys.
  std::stable_sort(keyed.begin(), keyed.end(),
                   [](const Keyed& x, const Keyed& y) { return x.key < y.key; });
  SortedSeeds sorted;
  sorted.seeds.reserve(keyed.size());
  sorted.start.push_back(0);
  for (size_t s = 0; s < keyed.size(); ++s) {
    if (s > 0 && keyed[s].key >> 32 != keyed[s - 1].key >> 32) sorted.start.push_back(s);
    sorted.seeds.push_back({static_cast<uint32_t>(keyed[s].key), keyed[s].doc, keyed[s].pos});
  }
  sorted.start.push_back(keyed.size());
  return sorted;
}

// Every `k`-word shingle of every document, sorted. Built in two passes, a count per bucket of
// the top 16 hash bits and then placement, so the array exists once (no sorted copy), and each
// bucket is small enough to sort in cache.
SortedSeeds sortedSeeds(const std::vector<ParsedText>& parsed, uint32_t k) {
  const auto forEachSeed = [&](auto&& visit) {
    for (uint32_t d = 0; d < parsed.size(); ++d) {
      outOfLine([&] {
        const std::vector<Word>& words = parsed[d].words;
        for (uint32_t i = 0; i + k <= words.size(); ++i) {
          uint64_t h = k;
          for (uint32_t w = i; w < i + k; ++w) h = hashAppend(h, words[w].id);
          visit(h, d, i);
        }
      });
    }
  };
  size_t count = 0;
  for (const ParsedText& text : parsed)
    if (text.words.size() >= k) count += text.words.size() - k + 1;
  if (count < kBucketSortFrom) return sortedFewSeeds(forEachSeed, count);
  SortedSeeds sorted;
  std::vector<size_t>& start = sorted.start;
  start.assign((size_t{1} << kSeedBucketBits) + 1, 0);
  forEachSeed([&](uint64_t h, uint32_t, uint32_t) { ++start[(h >> (64 - kSeedBucketBits)) + 1]; });
  for (size_t b = 1; b < start.size(); ++b) start[b] += start[b - 1];
  std::vector<SeedOccurrence>& seeds = sorted.seeds;
  seeds.resize(start.back());
  std::vector<size_t> next(start.begin(), start.end() - 1);
  forEachSeed([&](uint64_t h, uint32_t d, uint32_t i) {
    seeds[next[h >> (64 - kSeedBucketBits)]++] =
        SeedOccurrence{static_cast<uint32_t>(h >> (32 - kSeedBucketBits)), d, i};
  });
  std::vector<SeedOccurrence> scratch;
  for (size_t b = 0; b + 1 < start.size(); ++b)
    sortByHash(seeds.data() + start[b], start[b + 1] - start[b], scratch);
  return sorted;
}

// Walks the runs of equal seeds. Twice: the first walk only counts the seed matches and each
// document's shingles, so that the second fills arrays reserved at their exact size. Growing them
// by doubling left holes that the WebAssembly heap (which never shrinks) kept: about 70 MB at
// 10,000 articles, for a pass that costs a few percent of the analysis.
class SeedWalk {
 public:
  SeedWalk(AnalysisState& state, const SortedSeeds& sorted) : state_(state), sorted_(sorted) {}

  void run(bool fill) {
    fill_ = fill;
    bucket_ = 0;
    run_ = 0;
    denseBudget_ = kDenseStockPairBudget;
    hitsSoFar_ = 0;
    if (fill) next_.assign(state_.shingleStart.begin(), state_.shingleStart.end() - 1);
    const std::vector<SeedOccurrence>& seeds = sorted_.seeds;
    const size_t seedStep = std::max<size_t>(seeds.size() / 10, 4096);
    size_t nextSeedReport = seedStep;
    for (size_t r = 0; r < seeds.size();) {
      if (fill && r >= nextSeedReport) {
        state_.report(0.2 + 0.15 * static_cast<double>(r) / seeds.size());
        nextSeedReport += seedStep;
      }
      outOfLine([&] {
        for (const size_t chunkEnd = std::min(seeds.size(), r + 4096); r < chunkEnd;) r = visit(r);
      });
    }
    hitCount = hitsSoFar_;
  }

  size_t hitCount = 0;  // What the counting walk found.

 private:
  // The run of equal seeds starting at r: returns where the next starts.
  size_t visit(size_t r) {
    const std::vector<SeedOccurrence>& seeds = sorted_.seeds;
    while (sorted_.start[bucket_ + 1] <= r) ++bucket_;  // Runs never cross a bucket.
    const size_t limit = sorted_.start[bucket_ + 1];
    size_t end = r + 1;
    while (end < limit && seeds[end].hash == seeds[r].hash) ++end;
    docs_.clear();
    for (size_t s = r; s < end; ++s)
      if (docs_.empty() || docs_.back() != seeds[s].doc) docs_.push_back(seeds[s].doc);
    // Runs come in hash order, so each document's list of run numbers is ascending.
    for (uint32_t d : docs_) {
      if (fill_) {
        state_.shingleIds[next_[d]++] = run_;
      } else {
        ++state_.shingleCount[d];
      }
    }
    ++run_;
    const bool stock = docs_.size() > state_.cap;
    if (state_.dense) countShared(stock);
    addHits(r, end, stock);
    return end;
  }

  // The dense path counts shared shingles of every pair as it goes. Stock phrases count while
  // the budget lasts: beyond it (thousands of near-copies of one text) they are left to
  // scorePairs, which intersects the shingle sets of the pairs it reports.
  void countShared(bool stock) {
    if (docs_.size() < 2) return;
    const uint64_t pairsInRun = uint64_t{docs_.size()} * (docs_.size() - 1) / 2;
    if (stock) {
      if (pairsInRun > denseBudget_) {
        state_.sharedDenseComplete = false;
        return;
      }
      denseBudget_ -= pairsInRun;
    }
    if (!fill_) return;
    const uint32_t n = state_.n;
    for (size_t x = 0; x < docs_.size(); ++x) {
      uint32_t* row = &state_.sharedDense[size_t{docs_[x]} * n];
      for (size_t y = x + 1; y < docs_.size(); ++y) ++row[docs_[y]];
    }
  }

  // Seeds for passages: not stock phrases, not a phrase some document repeats more than
  // kMaxSeedRepeats times (a body pasted twice is fine, a looping text is not), and no more than
  // kMaxHits in all, so that a hostile input cannot exhaust memory.
  void addHits(size_t r, size_t end, bool stock) {
    const std::vector<SeedOccurrence>& seeds = sorted_.seeds;
    size_t mostRepeats = 0;
    uint64_t sameDocPairs = 0;
    for (size_t x = r, y = r; x < end; x = y) {
      while (y < end && seeds[y].doc == seeds[x].doc) ++y;
      mostRepeats = std::max(mostRepeats, y - x);
      sameDocPairs += uint64_t{y - x} * (y - x - 1) / 2;
    }
    const uint64_t pairHits = uint64_t{end - r} * (end - r - 1) / 2;
    if (docs_.size() < 2 || stock || mostRepeats > kMaxSeedRepeats ||
        hitsSoFar_ + pairHits > kMaxHits) {
      return;
    }
    hitsSoFar_ += pairHits - sameDocPairs;
    if (!fill_) return;
    for (size_t x = r; x < end; ++x)
      for (size_t y = x + 1; y < end; ++y)
        if (seeds[x].doc != seeds[y].doc)
          state_.hits.push_back({pairKey(seeds[x].doc, seeds[y].doc), seeds[x].pos, seeds[y].pos});
  }

  AnalysisState& state_;
  const SortedSeeds& sorted_;
  bool fill_ = false;
  size_t bucket_ = 0;
  uint32_t run_ = 0;           // Number of the current run: the shingle's id.
  std::vector<size_t> next_;  // Where each document's next shingle id goes.
  uint64_t denseBudget_ = 0;
  size_t hitsSoFar_ = 0;
  std::vector<uint32_t> docs_;  // Distinct documents of one run.
};

}  // namespace

void indexSeeds(AnalysisState& state) {
  const uint32_t n = state.n;
  state.shingleCount.assign(n, 0);
  state.sharedDense.assign(state.dense ? size_t{n} * n : 0, 0);
  {
    const SortedSeeds sorted = sortedSeeds(state.parsed, state.options.passages.seedWords);
    SeedWalk walk(state, sorted);
    walk.run(false);
    state.shingleStart.assign(n + 1, 0);
    for (uint32_t d = 0; d < n; ++d)
      state.shingleStart[d + 1] = state.shingleStart[d] + state.shingleCount[d];
    state.shingleIds.resize(state.shingleStart[n]);
    state.hits.reserve(walk.hitCount);
    walk.run(true);
  }  // Frees the index before passages are chained.
  state.report(0.35);
}

}  // namespace detail
}  // namespace concord
