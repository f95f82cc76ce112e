#include "concord/duplicates.h"

#include <algorithm>
#include <numeric>
#include <string>
#include <unordered_map>

#include "hashing.h"
#include "out_of_line.h"

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

struct UnionFind {
  std::vector<uint32_t> parent;
  explicit UnionFind(uint32_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0u); }
  uint32_t find(uint32_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void unite(uint32_t a, uint32_t b) {
    a = find(a), b = find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
};

// Exact-duplicate classes: paragraphs with equal keys, in order of first occurrence.
struct Classes {
  std::vector<std::vector<ParagraphRef>> members;
  std::vector<ParagraphRef> representative;
};

std::string keyOf(std::string_view text, const ParsedText& parsed, const Paragraph& paragraph,
                  const NormalizeOptions& options) {
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

}  // namespace

double resemblance(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  if (a.empty() && b.empty()) return 1.0;
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

Duplicates findDuplicates(const std::vector<std::string_view>& texts,
                          const std::vector<ParsedText>& parsed, const DuplicateOptions& options) {
  Duplicates result;
  Classes longClasses, shortClasses;
  std::unordered_map<std::string, uint32_t> longIndex, shortIndex;
  for (uint32_t d = 0; d < parsed.size(); ++d) {
    for (uint32_t p = 0; p < parsed[d].paragraphs.size(); ++p) {
      const Paragraph& paragraph = parsed[d].paragraphs[p];
      const bool isShort = paragraph.wordCount() < options.minWords;
      Classes& classes = isShort ? shortClasses : longClasses;
      auto& index = isShort ? shortIndex : longIndex;
      const ParagraphRef ref{d, p, paragraph.range};
      auto [it, inserted] =
          index.try_emplace(keyOf(texts[d], parsed[d], paragraph, options.normalize),
                            static_cast<uint32_t>(classes.members.size()));
      if (inserted) {
        classes.members.emplace_back();
        classes.representative.push_back(ref);
      }
      classes.members[it->second].push_back(ref);
    }
  }
  result.shortRepeats = exactGroups(shortClasses);
  const uint32_t classCount = static_cast<uint32_t>(longClasses.members.size());
  if (!options.findNear) {
    result.groups = exactGroups(longClasses);
    return result;
  }

  std::vector<std::vector<uint64_t>> shingles(classCount);
  for (uint32_t c = 0; c < classCount; ++c) {
    const ParagraphRef& ref = longClasses.representative[c];
    const Paragraph& paragraph = parsed[ref.doc].paragraphs[ref.paragraph];
    shingles[c] = shingleSet(parsed[ref.doc].words, paragraph.firstWord, paragraph.endWord,
                             options.shingleWords);
  }

  std::vector<uint64_t> candidates;  // (smaller class << 32) | larger class
  if (options.exhaustive) {
    for (uint32_t x = 0; x < classCount; ++x)
      for (uint32_t y = x + 1; y < classCount; ++y) candidates.push_back(uint64_t{x} << 32 | y);
  } else {
    // The h-th MinHash function of a shingle is h1 + h * h2 (mod 2^32), with h1 and h2 two
    // independent hashes of it (Kirsch and Mitzenmacher's double hashing): one addition per
    // function instead of a full hash, and recall measured against exhaustive search in
    // bench/js/analyze.mjs.
    std::vector<std::vector<uint64_t>> bands(kBands);
    for (auto& band : bands) band.reserve(classCount);
    uint32_t signature[kHashes];
    for (uint32_t c = 0; c < classCount; ++c) {
      outOfLine([&] {
        std::fill(std::begin(signature), std::end(signature), UINT32_MAX);
        for (uint64_t shingle : shingles[c]) {
          const uint64_t mixed = mix64(shingle);
          const uint32_t h2 = static_cast<uint32_t>(mixed >> 32) | 1;
          uint32_t value = static_cast<uint32_t>(mixed);
          for (uint32_t h = 0; h < kHashes; ++h, value += h2)
            signature[h] = std::min(signature[h], value);
        }
        for (uint32_t b = 0; b < kBands; ++b) {
          uint64_t h = b;
          for (uint32_t r = 0; r < kBandRows; ++r) h = hashAppend(h, signature[b * kBandRows + r]);
          bands[b].push_back((h & 0xFFFFFFFF00000000ull) | c);
        }
      });
    }
    for (auto& band : bands) {
      std::sort(band.begin(), band.end());
      for (size_t i = 0; i < band.size();) {
        size_t j = i + 1;
        while (j < band.size() && (band[j] >> 32) == (band[i] >> 32)) ++j;
        // A huge bucket (hostile or boilerplate input) is linked as a star and a chain rather
        // than all pairs, so the work stays linear; verification still decides every link.
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
      std::vector<uint64_t>().swap(band);
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  }
  result.candidatePairs = candidates.size();

  UnionFind sets(classCount);
  for (uint64_t pair : candidates) {
    const uint32_t x = static_cast<uint32_t>(pair >> 32), y = static_cast<uint32_t>(pair);
    if (sets.find(x) == sets.find(y)) continue;  // Already linked: no need to verify.
    if (resemblance(shingles[x], shingles[y]) >= options.nearThreshold) sets.unite(x, y);
  }

  // Components in order of their first class (classes are numbered in reading order).
  std::vector<std::vector<uint32_t>> components(classCount);
  for (uint32_t c = 0; c < classCount; ++c) components[sets.find(c)].push_back(c);
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
    std::sort(group.members.begin(), group.members.end(),
              [](const ParagraphRef& a, const ParagraphRef& b) {
                return a.doc != b.doc ? a.doc < b.doc : a.paragraph < b.paragraph;
              });
    result.groups.push_back(std::move(group));
  }
  return result;
}

}  // namespace concord
