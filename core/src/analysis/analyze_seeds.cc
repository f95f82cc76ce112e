// Pass indexSeeds: every document's 3-word shingles sorted so that equal ones sit together (a
// counting sort on the top 16 hash bits, then a radix sort of each bucket), a slice of the hash
// space at a time. The walk over the runs of equal shingles gives each document's shingle set (as
// run numbers, for exact resemblance), the shared-shingle counts of the dense path and the seed
// matches that passages grow from, filed by document (a counting sort: no comparison sort).
#include <algorithm>
#include <utility>
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
// Seed matches kept for passage building (12 bytes each).
constexpr size_t kMaxHits = 20'000'000;

// One 3-word phrase of one document, 12 bytes: the top 16 bits of the phrase's 64-bit hash are
// its bucket in SeedIndex::start and the next 32 are kept here, so 48 bits in all tell phrases
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

constexpr int kSeedBucketBits = 16;
// Buckets up to this size are sorted by insertion; larger ones by radix.
constexpr size_t kInsertionSortUpTo = 48;
// The index is built and walked in slices of the hash space, one at a time, so that only a slice
// of it is in memory beside the seed matches: about a quarter, but never slices under a million
// seeds (12 MB), whose extra hashing pass would cost more than the memory they save. At 10,000
// articles with shared fragments the whole index took 99 MB at the peak of the analysis.
constexpr size_t kSlices = 4;
constexpr size_t kMinSliceSeeds = size_t{1} << 20;
// Below this many seeds the index is one stable sort (SeedIndex::sortFew), not buckets.
constexpr size_t kBucketSortFrom = size_t{1} << kSeedBucketBits;

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

// Every `k`-word shingle of every document, sorted so that equal ones sit together, one slice of
// buckets (of the top 16 hash bits) at a time: a first pass counts the seeds of each bucket, then
// each slice is placed by a pass of its own and each of its buckets sorted in cache. Slices come
// in hash order, so walking them one after the other sees the runs in the order of one index.
class SeedIndex {
 public:
  SeedIndex(const std::vector<ParsedText>& parsed, uint32_t k) : parsed_(parsed), k_(k) {
    size_t positions = 0;
    for (const ParsedText& text : parsed)
      positions += text.words.size() >= k ? text.words.size() - k + 1 : 0;
    // Beyond one slice, each position's coarse bucket (top 8 bits) is kept, 1 byte, so that
    // placing a slice hashes only its own seeds: one full hashing pass more in all, not one a
    // slice.
    if (positions < kBucketSortFrom) {
      sortFew(positions);
      return;
    }
    if (positions > kMinSliceSeeds) coarse_.resize(positions);
    start.assign((size_t{1} << kSeedBucketBits) + 1, 0);
    forEachSeed([](size_t) { return true; },
                [&](size_t at, uint64_t h, uint32_t, uint32_t) {
                  ++start[(h >> (64 - kSeedBucketBits)) + 1];
                  if (!coarse_.empty()) coarse_[at] = static_cast<uint8_t>(h >> 56);
                });
    for (size_t b = 1; b < start.size(); ++b) start[b] += start[b - 1];
    planSlices();
  }

  /// Places and sorts the seeds of slice `s` in `seeds` (bucket b at start[b] - start[first]).
  void load(size_t s) {
    if (few_) return;  // sortFew placed and sorted them all.
    const size_t first = sliceBucket[s], last = sliceBucket[s + 1];
    const size_t base = start[first];
    std::vector<size_t> next(start.begin() + first, start.begin() + last);
    const auto inSlice = [&](size_t at) {
      return coarse_.empty() ||
             (coarse_[at] >= first >> kCoarseShift && coarse_[at] < last >> kCoarseShift);
    };
    forEachSeed(inSlice, [&](size_t, uint64_t h, uint32_t d, uint32_t i) {
      const size_t bucket = h >> (64 - kSeedBucketBits);
      seeds[next[bucket - first]++ - base] =
          SeedOccurrence{static_cast<uint32_t>(h >> (32 - kSeedBucketBits)), d, i};
    });
    std::vector<SeedOccurrence> scratch;
    for (size_t b = first; b < last; ++b)
      sortByHash(seeds.data() + start[b] - base, start[b + 1] - start[b], scratch);
    if (s + 2 == sliceBucket.size()) std::vector<uint8_t>().swap(coarse_);  // The last slice.
  }

  size_t slices() const { return sliceBucket.size() - 1; }

  std::vector<SeedOccurrence> seeds;  // The loaded slice, by (bucket, hash, doc, pos).
  // Bucket b is seeds [start[b], start[b + 1]) of all (after sortFew: the non-empty buckets only).
  std::vector<size_t> start;
  std::vector<size_t> sliceBucket;  // Slice s is buckets [sliceBucket[s], sliceBucket[s + 1]).

 private:
  static constexpr int kCoarseShift = kSeedBucketBits - 8;

  // Fewer seeds than buckets (a cluster of the corpus pipeline: three articles, 1,300 phrases):
  // one stable sort of them all, one slice, and `start` bounding the non-empty buckets only, as
  // the walk needs only that no run crosses a bound. Clearing and summing the 65,536 buckets'
  // offsets cost more than the sort; such clusters spent a quarter of their analyze() there.
  void sortFew(size_t positions) {
    // (key, seed number), key the top 48 bits of the hash: bucket, then SeedOccurrence::hash.
    // Seeds come in (doc, pos) order, so the number keeps that order among equal keys (a stable
    // sort), through the std::sort on (uint64, uint32) pairs that sortByKey shares.
    std::vector<std::pair<uint64_t, uint32_t>> keyed;
    std::vector<std::pair<uint32_t, uint32_t>> places;  // (doc, pos) by seed number.
    keyed.reserve(positions);
    places.reserve(positions);
    forEachSeed([](size_t) { return true; },
                [&](size_t, uint64_t h, uint32_t d, uint32_t i) {
                  keyed.emplace_back(h >> (64 - 48), static_cast<uint32_t>(keyed.size()));
                  places.emplace_back(d, i);
                });
    std::sort(keyed.begin(), keyed.end());
    few_ = true;
    seeds.reserve(keyed.size());
    start.push_back(0);
    for (size_t s = 0; s < keyed.size(); ++s) {
      if (s > 0 && keyed[s].first >> 32 != keyed[s - 1].first >> 32) start.push_back(s);
      const auto [doc, pos] = places[keyed[s].second];
      seeds.push_back({static_cast<uint32_t>(keyed[s].first), doc, pos});
    }
    start.push_back(keyed.size());
    sliceBucket = {0, start.size() - 1};
  }

  // Slices of about a quarter of the seeds (at least kMinSliceSeeds), cut between coarse buckets.
  void planSlices() {
    const size_t target = std::max(kMinSliceSeeds, (start.back() + kSlices - 1) / kSlices);
    const size_t step = size_t{1} << kCoarseShift;
    sliceBucket.push_back(0);
    size_t largest = 0;
    for (size_t b = step; b + 1 < start.size(); b += step) {
      const size_t from = start[sliceBucket.back()];
      if (start[std::min(b + step, start.size() - 1)] - from > target && start[b] > from) {
        largest = std::max(largest, start[b] - from);
        sliceBucket.push_back(b);
      }
    }
    largest = std::max(largest, start.back() - start[sliceBucket.back()]);
    sliceBucket.push_back(start.size() - 1);
    seeds.resize(largest);  // Once, at the largest slice: later slices reuse it.
  }

  // Visits (position number, hash, doc, pos) of every seed whose position number is `wanted`.
  template <typename Wanted, typename Visit>
  void forEachSeed(Wanted&& wanted, Visit&& visit) const {
    size_t at = 0;
    for (uint32_t d = 0; d < parsed_.size(); ++d) {
      outOfLine([&] {
        const std::vector<Word>& words = parsed_[d].words;
        for (uint32_t i = 0; i + k_ <= words.size(); ++i, ++at) {
          if (!wanted(at)) continue;
          uint64_t h = k_;
          for (uint32_t w = i; w < i + k_; ++w) h = hashAppend(h, words[w].id);
          visit(at, h, d, i);
        }
      });
    }
  }

  const std::vector<ParsedText>& parsed_;
  const uint32_t k_;
  std::vector<uint8_t> coarse_;  // Per seed position: the top 8 bits of its hash.
  bool few_ = false;             // sortFew built the index.
};

// Walks the runs of equal seeds of one loaded slice. Twice: the first walk only counts each
// document's seed matches, so that the second files them at their exact places (a counting sort
// by first document) in an array of their exact size. Growing arrays by doubling left holes that
// the WebAssembly heap (which never shrinks) kept: about 70 MB at 10,000 articles.
class SeedWalk {
 public:
  SeedWalk(AnalysisState& state, const SeedIndex& index) : state_(state), index_(index) {
    next_.assign(state.shingleStart.begin(), state.shingleStart.end() - 1);
  }

  // Walks slice s, which `index` has loaded, counting (fill false) or filling `matches`. The
  // budgets and run numbers of a filling walk start where the slice's counting walk started.
  void run(size_t s, bool fill, SeedMatches& matches) {
    if (!fill) sliceStart_ = progress_;
    progress_ = sliceStart_;
    fill_ = fill;
    matches_ = &matches;
    if (!fill) {
      matches.start.assign(size_t{state_.n} + 1, 0);
    } else {
      matches.matches.resize(matches.start.back());
      filed_.assign(matches.start.begin(), matches.start.end() - 1);
    }
    const size_t first = index_.sliceBucket[s];
    base_ = index_.start[first];
    bucket_ = first;
    const size_t size = index_.start[index_.sliceBucket[s + 1]] - base_;
    for (size_t r = 0; r < size;) {
      outOfLine([&] {
        for (const size_t chunkEnd = std::min(size, r + 4096); r < chunkEnd;) r = visit(r);
      });
    }
  }

  // After the last slice: where each document's shingle ids end.
  const std::vector<size_t>& shingleEnds() const { return next_; }

  // After the counting walk: each document's first match in `matches`.
  static void placeMatches(SeedMatches& matches) {
    size_t total = 0;
    for (size_t& at : matches.start) total += std::exchange(at, total);
  }

 private:
  // The run of equal seeds starting at r: returns where the next starts.
  size_t visit(size_t r) {
    const std::vector<SeedOccurrence>& seeds = index_.seeds;
    while (index_.start[bucket_ + 1] - base_ <= r) ++bucket_;  // Runs never cross a bucket.
    const size_t limit = index_.start[bucket_ + 1] - base_;
    size_t end = r + 1;
    while (end < limit && seeds[end].hash == seeds[r].hash) ++end;
    if (end == r + 1) {  // Most phrases are in one document once: nothing shared, nothing seeded.
      if (fill_) state_.shingleIds[next_[seeds[r].doc]++] = progress_.run;
      ++progress_.run;
      return end;
    }
    docs_.clear();
    for (size_t s = r; s < end; ++s)
      if (docs_.empty() || docs_.back() != seeds[s].doc) docs_.push_back(seeds[s].doc);
    // Runs come in hash order, so each document's list of run numbers is ascending.
    if (fill_)
      for (uint32_t d : docs_) state_.shingleIds[next_[d]++] = progress_.run;
    ++progress_.run;
    const bool stock = docs_.size() > state_.cap;
    if (state_.dense) countShared(stock);
    addMatches(r, end, stock);
    return end;
  }
  // The dense path counts shared shingles of every pair as it goes. Stock phrases count while
  // the budget lasts: beyond it (thousands of near-copies of one text) they are left to
  // scorePairs, which intersects the shingle sets of the pairs it reports.
  void countShared(bool stock) {
    if (docs_.size() < 2) return;
    const uint64_t pairsInRun = uint64_t{docs_.size()} * (docs_.size() - 1) / 2;
    if (stock) {
      if (pairsInRun > progress_.denseBudget) {
        state_.sharedDenseComplete = false;
        return;
      }
      progress_.denseBudget -= pairsInRun;
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
  void addMatches(size_t r, size_t end, bool stock) {
    const std::vector<SeedOccurrence>& seeds = index_.seeds;
    size_t mostRepeats = 0;
    uint64_t sameDocPairs = 0;
    for (size_t x = r, y = r; x < end; x = y) {
      while (y < end && seeds[y].doc == seeds[x].doc) ++y;
      mostRepeats = std::max(mostRepeats, y - x);
      sameDocPairs += uint64_t{y - x} * (y - x - 1) / 2;
    }
    const uint64_t pairHits = uint64_t{end - r} * (end - r - 1) / 2;
    if (docs_.size() < 2 || stock || mostRepeats > kMaxSeedRepeats ||
        progress_.matches + pairHits > kMaxHits) {
      return;
    }
    progress_.matches += pairHits - sameDocPairs;
    if (!fill_) {
      // Each seed of a document's group matches every seed after the group (later documents).
      for (size_t x = r, y = r; x < end; x = y) {
        while (y < end && seeds[y].doc == seeds[x].doc) ++y;
        matches_->start[seeds[x].doc] += (y - x) * (end - y);
      }
      return;
    }
    for (size_t x = r; x < end; ++x)
      for (size_t y = x + 1; y < end; ++y)
        if (seeds[x].doc != seeds[y].doc)
          matches_->matches[filed_[seeds[x].doc]++] = {seeds[y].doc, seeds[x].pos, seeds[y].pos};
  }

  // What the walks have spent and numbered so far, in run order over all slices.
  struct Progress {
    uint32_t run = 0;  // Number of the current run: the shingle's id.
    uint64_t denseBudget = kDenseStockPairBudget;
    size_t matches = 0;
  };

  AnalysisState& state_;
  const SeedIndex& index_;
  bool fill_ = false;
  size_t base_ = 0;    // Index of the loaded slice's first seed in the whole index.
  size_t bucket_ = 0;  // Bucket of the current run.
  Progress progress_, sliceStart_;
  SeedMatches* matches_ = nullptr;
  std::vector<size_t> filed_;   // Where each document's next seed match goes (filling walk).
  std::vector<size_t> next_;    // Where each document's next shingle id goes.
  std::vector<uint32_t> docs_;  // Distinct documents of one run.
};

// Each document's distinct shingles were filed from shingleStart, which left room for all of its
// shingle positions: moves them together and sets shingleCount and shingleStart to what they hold.
void packShingleIds(AnalysisState& state, const std::vector<size_t>& filledTo) {
  size_t packed = 0;
  for (uint32_t d = 0; d < state.n; ++d) {
    const size_t from = state.shingleStart[d];
    state.shingleCount[d] = static_cast<uint32_t>(filledTo[d] - from);
    std::copy(state.shingleIds.begin() + from, state.shingleIds.begin() + filledTo[d],
              state.shingleIds.begin() + packed);
    state.shingleStart[d] = packed;
    packed += state.shingleCount[d];
  }
  state.shingleStart[state.n] = packed;
  state.shingleIds.resize(packed);  // Keeps the capacity: no copy, and the slack is a few %.
}

}  // namespace

void indexSeeds(AnalysisState& state) {
  const uint32_t n = state.n;
  const uint32_t k = state.options.passages.seedWords;
  state.shingleCount.assign(n, 0);
  state.sharedDense.assign(state.dense ? size_t{n} * n : 0, 0);
  // Room for every shingle position of each document: its distinct shingles are a few % fewer.
  state.shingleStart.assign(n + 1, 0);
  for (uint32_t d = 0; d < n; ++d) {
    const size_t words = state.parsed[d].words.size();
    state.shingleStart[d + 1] = state.shingleStart[d] + (words >= k ? words - k + 1 : 0);
  }
  state.shingleIds.resize(state.shingleStart[n]);
  {
    SeedIndex index(state.parsed, k);
    SeedWalk walk(state, index);
    state.seedMatches.resize(index.slices());
    for (size_t s = 0; s < index.slices(); ++s) {
      index.load(s);
      walk.run(s, false, state.seedMatches[s]);
      SeedWalk::placeMatches(state.seedMatches[s]);
      walk.run(s, true, state.seedMatches[s]);
      state.report(0.2 + 0.15 * static_cast<double>(s + 1) / index.slices());
    }
    packShingleIds(state, walk.shingleEnds());
  }  // Frees the index before passages are chained.
  state.report(0.35);
}

}  // namespace detail
}  // namespace concord
