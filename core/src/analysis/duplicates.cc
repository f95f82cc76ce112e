#include "concord/duplicates.h"

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <string>
#include <unordered_map>
#include <utility>

#include "analysis/minhash.h"
#include "analysis/out_of_line.h"
#include "analysis/sort_by_key.h"
#include "analysis/union_find.h"
#include "concord/signature.h"
#include "text/hashing.h"

namespace concord {
namespace {

// LSH banding: 32 bands of 2 MinHash values. A pair at resemblance s becomes a candidate with
// probability 1 - (1 - s^2)^32: 0.9999 at s = 0.5 and 0.99 at s = 0.37, so recall at the default
// threshold stays above 0.99; unrelated paragraphs (s about 0.01) are candidates 0.3% of the
// time, and every candidate is verified exactly, which costs less than more hash functions.
constexpr uint32_t kBandRows = 2;
constexpr uint32_t kBands = 32;
constexpr uint32_t kHashes = kBandRows * kBands;
constexpr size_t kMaxBucketPairs = 64;
// A repeated paragraph is paired, as a possible block continuation, with at most this many
// earlier members of its group (the earliest ones): a footer repeated by 10,000 articles costs
// 40,000 pairs, not 50 million, and a block still finds its earliest source.
constexpr size_t kBlockSources = 4;
// Marks a short-paragraph class in the per-paragraph class ids.
constexpr uint32_t kShortClass = 0x80000000u;
constexpr uint32_t kNoGroup = UINT32_MAX;

using detail::UnionFind;

// Exact-duplicate classes: paragraphs with equal keys, in order of first occurrence.
struct Classes {
  std::vector<std::vector<ParagraphRef>> members;
  std::vector<ParagraphRef> representative;
};

std::string keyOf(std::string_view text, const ParsedText& parsed, const Paragraph& paragraph,
                  const TextOptions& options) {
  if (!options.ignorePunctuation || paragraph.wordCount() == 0) {
    return paragraphKey(paragraph.range.in(text), options);
  }
  // Word ids already are the normalised words: their bytes make a cheaper key.
  std::string key;
  key.reserve(paragraph.wordCount() * 4);
  for (uint32_t w = paragraph.firstWord; w < paragraph.endWord; ++w) {
    const uint32_t id = parsed.words[w].id;
    key.append(reinterpret_cast<const char*>(&id), sizeof id);
  }
  return key;
}

std::vector<DuplicateGroup> exactGroups(const Classes& classes) {
  std::vector<DuplicateGroup> groups;
  for (const auto& members : classes.members) {
    if (members.size() >= 2) groups.push_back({GroupKind::kExact, 1.0, members});
  }
  return groups;
}

// A run of paired paragraphs (x, y), (x + 1, y + 1), ... of `length`, at global positions.
struct Diagonal {
  uint32_t x, y, length;
};

// By repeat start, longest first, then the earliest source: (y, -length) as the key, x beside it,
// through the std::sort on (uint64, uint32) pairs that sortByKey shares (a comparator of its own
// would add a copy of std::sort to the wasm).
void sortDiagonals(std::vector<Diagonal>& diagonals) {
  std::vector<std::pair<uint64_t, uint32_t>> keyed;
  keyed.reserve(diagonals.size());
  for (const Diagonal& d : diagonals)
    keyed.emplace_back(uint64_t{d.y} << 32 | (UINT32_MAX - d.length), d.x);
  std::sort(keyed.begin(), keyed.end());
  for (size_t i = 0; i < keyed.size(); ++i) {
    const auto [key, x] = keyed[i];
    diagonals[i] = {x, static_cast<uint32_t>(key >> 32), UINT32_MAX - static_cast<uint32_t>(key)};
  }
}

// Where every global paragraph position sits, and the maximal diagonal runs of paragraphs that
// share a group.
struct Diagonals {
  std::vector<uint32_t> docOf;    // Document of each position.
  std::vector<uint32_t> groupOf;  // Group of each position: long groups first, then short ones.
  std::vector<Diagonal> runs;
};

Diagonals diagonalsOf(const Duplicates& found, const std::vector<uint32_t>& offset) {
  Diagonals out;
  const uint32_t total = offset.back();
  std::vector<uint32_t>& docOf = out.docOf;
  docOf.resize(total);
  for (uint32_t d = 0; d + 1 < offset.size(); ++d)
    std::fill(docOf.begin() + offset[d], docOf.begin() + offset[d + 1], d);
  // Group of each paragraph: long groups first, then short repeats; which decides whether a run
  // holds a real (long) paragraph.
  std::vector<uint32_t>& groupOf = out.groupOf;
  groupOf.assign(total, kNoGroup);
  std::vector<uint64_t> pairs;  // (earlier position << 32) | later position
  uint32_t g = 0;
  for (const auto* groups : {&found.groups, &found.shortRepeats}) {
    for (const DuplicateGroup& group : *groups) {
      for (size_t m = 0; m < group.members.size(); ++m) {
        const uint32_t at = offset[group.members[m].doc] + group.members[m].paragraph;
        groupOf[at] = g;
        for (size_t s = 0; s < std::min(m, kBlockSources); ++s) {
          const uint32_t source = offset[group.members[s].doc] + group.members[s].paragraph;
          pairs.push_back(uint64_t{source} << 32 | at);
        }
      }
      ++g;
    }
  }
  std::sort(pairs.begin(), pairs.end());
  const auto paired = [&](uint32_t x, uint32_t y) {
    return std::binary_search(pairs.begin(), pairs.end(), uint64_t{x} << 32 | y);
  };
  for (uint64_t pair : pairs) {
    const uint32_t x = static_cast<uint32_t>(pair >> 32), y = static_cast<uint32_t>(pair);
    const uint32_t dx = docOf[x], dy = docOf[y];
    // Only diagonal starts: the run is walked once, from its first pair.
    if (x > offset[dx] && y > offset[dy] && paired(x - 1, y - 1)) continue;
    uint32_t length = 1;
    while (x + length < offset[dx + 1] && y + length < offset[dy + 1] &&
           paired(x + length, y + length))
      ++length;
    // Within one document the runs must not overlap: A B A B A B is "A B" three times.
    if (dx == dy) length = std::min(length, y - x);
    if (length >= 2) out.runs.push_back({x, y, length});
  }
  return out;
}

// Maximal diagonal runs of paired paragraphs: (x, y), (x + 1, y + 1), ... where x and y are
// global paragraph positions (documents end to end) whose paragraphs share a group.
std::vector<RepeatedBlock> repeatedBlocks(const std::vector<ParsedText>& parsed,
                                          const Duplicates& found,
                                          const std::vector<uint32_t>& classOf,
                                          const std::vector<uint32_t>& offset) {
  std::vector<RepeatedBlock> blocks;
  Diagonals diagonalRuns = diagonalsOf(found, offset);
  const std::vector<uint32_t>& docOf = diagonalRuns.docOf;
  const std::vector<uint32_t>& groupOf = diagonalRuns.groupOf;
  std::vector<Diagonal>& diagonals = diagonalRuns.runs;

  // Each repeated paragraph belongs to at most one block: by repeat start, longest first, then
  // the earliest source; a repeat inside one already listed (the third copy of a body against the
  // second) is dropped, one overlapping a listed repeat loses the overlap (a looping text gives
  // consecutive blocks, not one per position).
  sortDiagonals(diagonals);
  const uint32_t longGroups = static_cast<uint32_t>(found.groups.size());
  uint32_t reach = 0;  // One past the last repeat position listed so far.
  for (Diagonal diagonal : diagonals) {
    auto [x, y, length] = diagonal;
    if (y + length <= reach) continue;
    if (y < reach) {
      const uint32_t cut = reach - y;
      x += cut, y += cut, length -= cut;
      if (length < 2) continue;
    }
    const uint32_t dx = docOf[x], dy = docOf[y];
    bool hasLong = false, exact = true;
    uint32_t words = 0, firstWords = 0;
    for (uint32_t i = 0; i < length; ++i) {
      hasLong = hasLong || groupOf[x + i] < longGroups;
      exact = exact && classOf[x + i] == classOf[y + i];
      firstWords += parsed[dx].paragraphs[x + i - offset[dx]].wordCount();
      words += parsed[dy].paragraphs[y + i - offset[dy]].wordCount();
    }
    if (!hasLong) continue;
    reach = y + length;
    const auto& px = parsed[dx].paragraphs;
    const auto& py = parsed[dy].paragraphs;
    const uint32_t px0 = x - offset[dx], py0 = y - offset[dy];
    RepeatedBlock block;
    block.first = {dx, px0, {px[px0].range.begin, px[px0 + length - 1].range.end}, firstWords};
    block.repeat = {dy, py0, {py[py0].range.begin, py[py0 + length - 1].range.end}, words};
    block.paragraphs = length;
    block.kind = exact ? GroupKind::kExact : GroupKind::kNear;
    blocks.push_back(block);
  }
  const auto position = [&](const ParagraphRun& run) { return offset[run.doc] + run.paragraph; };
  sortByKey(blocks, [&](const RepeatedBlock& block) {
    return uint64_t{position(block.first)} << 32 | position(block.repeat);
  });
  return blocks;
}

}  // namespace

double resemblance(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  if (a.empty() && b.empty()) return 1.0;
  const size_t shared = sharedCount(a, b);
  return static_cast<double>(shared) / static_cast<double>(a.size() + b.size() - shared);
}

std::vector<uint64_t> shingleSet(const std::vector<Word>& words, uint32_t begin, uint32_t end,
                                 uint32_t k) {
  std::vector<uint64_t> set;
  if (begin >= end) return set;
  k = std::max<uint32_t>(1, std::min(k, end - begin));
  set.reserve(end - begin - k + 1);
  for (uint32_t i = begin; i + k <= end; ++i) {
    uint64_t h = k;
    for (uint32_t w = i; w < i + k; ++w) h = hashAppend(h, words[w].id);
    set.push_back(h);
  }
  std::sort(set.begin(), set.end());
  set.erase(std::unique(set.begin(), set.end()), set.end());
  return set;
}

namespace {

// Pairs of the classes in each bucket of one sorted band. A huge bucket (hostile or boilerplate
// input) is linked as a star and a chain rather than all pairs, so the work stays linear;
// verification still decides every link.
void addBucketPairs(const std::vector<uint64_t>& band, std::vector<uint64_t>& candidates) {
  for (size_t i = 0; i < band.size();) {
    size_t j = i + 1;
    while (j < band.size() && (band[j] >> 32) == (band[i] >> 32)) ++j;
    const bool huge = j - i > kMaxBucketPairs;
    for (size_t x = i; x < j; ++x) {
      const size_t last = huge ? std::min(j, x + 2) : j;
      for (size_t y = x + 1; y < last; ++y)
        candidates.push_back((band[x] & 0xFFFFFFFFull) << 32 | (band[y] & 0xFFFFFFFFull));
      if (huge && x > i + 1)
        candidates.push_back((band[i] & 0xFFFFFFFFull) << 32 | (band[x] & 0xFFFFFFFFull));
    }
    i = j;
  }
}

// Exact classes of the long and the short paragraphs, with each paragraph's class at its global
// position (documents end to end) for blocks.
struct ExactClasses {
  Classes longClasses, shortClasses;
  std::vector<uint32_t> offset;   // First global position of each document; back() = total.
  std::vector<uint32_t> classOf;  // Per global position; kShortClass marks short classes.
};

ExactClasses exactClasses(const std::vector<std::string_view>& texts,
                          const std::vector<ParsedText>& parsed, const DuplicateOptions& options) {
  ExactClasses out;
  std::unordered_map<std::string, uint32_t> longIndex, shortIndex;
  out.offset.assign(parsed.size() + 1, 0);
  for (uint32_t d = 0; d < parsed.size(); ++d)
    out.offset[d + 1] = out.offset[d] + static_cast<uint32_t>(parsed[d].paragraphs.size());
  out.classOf.resize(out.offset.back());
  for (uint32_t d = 0; d < parsed.size(); ++d) {
    for (uint32_t p = 0; p < parsed[d].paragraphs.size(); ++p) {
      const Paragraph& paragraph = parsed[d].paragraphs[p];
      const bool isShort = paragraph.wordCount() < options.minWords;
      Classes& classes = isShort ? out.shortClasses : out.longClasses;
      auto& index = isShort ? shortIndex : longIndex;
      const ParagraphRef ref{d, p, paragraph.range};
      auto [it, inserted] = index.try_emplace(keyOf(texts[d], parsed[d], paragraph, options.text),
                                              static_cast<uint32_t>(classes.members.size()));
      if (inserted) {
        classes.members.emplace_back();
        classes.representative.push_back(ref);
      }
      classes.members[it->second].push_back(ref);
      out.classOf[out.offset[d] + p] = isShort ? it->second | kShortClass : it->second;
    }
  }
  return out;
}

// Candidate pairs of classes, (smaller << 32) | larger: every pair when exhaustive, else those
// sharing an LSH band of their MinHash signatures.
std::vector<uint64_t> candidatePairs(const std::vector<std::vector<uint64_t>>& shingles,
                                     bool exhaustive) {
  const uint32_t classCount = static_cast<uint32_t>(shingles.size());
  std::vector<uint64_t> candidates;
  if (exhaustive) {
    for (uint32_t x = 0; x < classCount; ++x)
      for (uint32_t y = x + 1; y < classCount; ++y) candidates.push_back(uint64_t{x} << 32 | y);
    return candidates;
  }
  // The h-th MinHash function of a shingle is h1 + h * h2 (mod 2^32), with h1 and h2 two
  // independent hashes of it (Kirsch and Mitzenmacher's double hashing): one addition per
  // function instead of a full hash, and recall measured against exhaustive search in
  // bench/js/analyze.mjs.
  std::vector<std::vector<uint64_t>> bands(kBands);
  for (auto& band : bands) band.reserve(classCount);
  uint32_t signature[kHashes];
  for (uint32_t c = 0; c < classCount; ++c) {
    outOfLine([&] {
      detail::minHashValues(shingles[c], 0, kHashes, signature);
      for (uint32_t b = 0; b < kBands; ++b) {
        const uint64_t h = bandKey(b, &signature[b * kBandRows], kBandRows);
        bands[b].push_back((h & 0xFFFFFFFF00000000ull) | c);
      }
    });
  }
  for (auto& band : bands) {
    std::sort(band.begin(), band.end());
    addBucketPairs(band, candidates);
    std::vector<uint64_t>().swap(band);
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  return candidates;
}

// Groups of the long classes linked by verified candidate pairs, in order of their first class
// (classes are numbered in reading order).
std::vector<DuplicateGroup> nearGroups(const Classes& longClasses,
                                       const std::vector<std::vector<uint64_t>>& shingles,
                                       const std::vector<uint64_t>& candidates, double threshold) {
  const uint32_t classCount = static_cast<uint32_t>(shingles.size());
  UnionFind sets(classCount);
  for (uint64_t pair : candidates) {
    const uint32_t x = static_cast<uint32_t>(pair >> 32), y = static_cast<uint32_t>(pair);
    if (sets.find(x) == sets.find(y)) continue;  // Already linked: no need to verify.
    if (resemblance(shingles[x], shingles[y]) >= threshold) sets.unite(x, y);
  }
  std::vector<std::vector<uint32_t>> components(classCount);
  for (uint32_t c = 0; c < classCount; ++c) components[sets.find(c)].push_back(c);
  std::vector<DuplicateGroup> groups;
  for (uint32_t root = 0; root < classCount; ++root) {
    const std::vector<uint32_t>& component = components[root];
    if (component.empty()) continue;
    DuplicateGroup group;
    group.kind = component.size() == 1 ? GroupKind::kExact : GroupKind::kNear;
    for (uint32_t c : component) {
      const auto& members = longClasses.members[c];
      group.members.insert(group.members.end(), members.begin(), members.end());
      if (c != root)
        group.similarity = std::min(group.similarity, resemblance(shingles[root], shingles[c]));
    }
    if (group.members.size() < 2) continue;
    sortByKey(group.members,
              [](const ParagraphRef& ref) { return uint64_t{ref.doc} << 32 | ref.paragraph; });
    groups.push_back(std::move(group));
  }
  return groups;
}

}  // namespace

Duplicates findDuplicates(const std::vector<std::string_view>& texts,
                          const std::vector<ParsedText>& parsed, const DuplicateOptions& options) {
  Duplicates result;
  const ExactClasses exact = exactClasses(texts, parsed, options);
  result.shortRepeats = exactGroups(exact.shortClasses);
  if (!options.findNear) {
    result.groups = exactGroups(exact.longClasses);
    result.repeatedBlocks = repeatedBlocks(parsed, result, exact.classOf, exact.offset);
    return result;
  }
  const uint32_t classCount = static_cast<uint32_t>(exact.longClasses.members.size());
  std::vector<std::vector<uint64_t>> shingles(classCount);
  for (uint32_t c = 0; c < classCount; ++c) {
    const ParagraphRef& ref = exact.longClasses.representative[c];
    const Paragraph& paragraph = parsed[ref.doc].paragraphs[ref.paragraph];
    shingles[c] = shingleSet(parsed[ref.doc].words, paragraph.firstWord, paragraph.endWord,
                             options.shingleWords);
  }
  const std::vector<uint64_t> candidates = candidatePairs(shingles, options.exhaustive);
  result.candidatePairs = candidates.size();
  result.groups = nearGroups(exact.longClasses, shingles, candidates, options.nearThreshold);
  result.repeatedBlocks = repeatedBlocks(parsed, result, exact.classOf, exact.offset);
  return result;
}

}  // namespace concord
