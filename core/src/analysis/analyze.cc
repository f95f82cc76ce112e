#include "concord/analyze.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

#include "analysis/content_words.h"
#include "analysis/out_of_line.h"
#include "analysis/union_find.h"
#include "text/hashing.h"

namespace concord {
namespace {

// IDF counts the set as if it also held this many documents sharing none of its words, so that a
// small set of one story (where every story word is in every document) does not discount the
// very words its documents share.
constexpr double kIdfPriorDocuments = 10;

// Shared-shingle increments that stock phrases may cost in the dense path (about a second).
constexpr uint64_t kDenseStockPairBudget = 300'000'000;

// A phrase a document repeats more often than this seeds no passage.
constexpr size_t kMaxSeedRepeats = 4;
// Seed matches kept for passage building (16 bytes each).
constexpr size_t kMaxHits = 20'000'000;

// Largest bit-parallel LCS, in 64-bit steps, that a pair's diff ratio may cost.
constexpr double kMaxDiffSteps = 4e8;
// Steps that all the pairs' diff ratios may cost together: 200 near copies of a 4,000-word text
// (20,000 pairs of 250,000 steps) took 85 s before; the budget keeps that to a few seconds, and
// ordinary sets spend a small share of it (10,000 articles: about 2e7).
constexpr double kMaxTotalDiffSteps = 5e8;

uint64_t pairKey(uint32_t a, uint32_t b) { return uint64_t{a} << 32 | b; }

// Where each paragraph that repeats an earlier paragraph of the same document starts and ends,
// up to the next paragraph, per document.
void collectRepeats(const std::vector<std::string_view>& texts,
                    const std::vector<ParsedText>& parsed, const Duplicates& duplicates,
                    std::vector<DocumentSummary>& documents) {
  std::vector<std::vector<uint32_t>> repeated(texts.size());
  for (const auto* groups : {&duplicates.groups, &duplicates.shortRepeats}) {
    for (const DuplicateGroup& group : *groups) {
      for (size_t m = 1; m < group.members.size(); ++m) {
        if (group.members[m].doc == group.members[m - 1].doc)
          repeated[group.members[m].doc].push_back(group.members[m].paragraph);
      }
    }
  }
  for (uint32_t d = 0; d < texts.size(); ++d) {
    std::sort(repeated[d].begin(), repeated[d].end());
    const auto& paragraphs = parsed[d].paragraphs;
    for (uint32_t p : repeated[d]) {
      const uint32_t end = p + 1 < paragraphs.size() ? paragraphs[p + 1].range.begin
                                                     : static_cast<uint32_t>(texts[d].size());
      documents[d].repeats.push_back({paragraphs[p].range.begin, end});
    }
  }
}

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
  std::vector<size_t> start;          // Bucket b is seeds[start[b], start[b + 1]).
};

constexpr int kSeedBucketBits = 16;

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
  for (size_t b = 0; b + 1 < start.size(); ++b) {
    if (start[b + 1] - start[b] > 1)
      std::sort(seeds.begin() + start[b], seeds.begin() + start[b + 1]);
  }
  return sorted;
}

// Equal word sequences (ids), without copying them out of the parse.
bool sameWords(const std::vector<Word>& a, const std::vector<Word>& b) {
  if (a.size() != b.size()) return false;
  for (size_t w = 0; w < a.size(); ++w)
    if (a[w].id != b[w].id) return false;
  return true;
}

void copyIds(const std::vector<Word>& words, std::vector<uint32_t>& ids) {
  ids.clear();
  for (const Word& word : words) ids.push_back(word.id);
}

struct Hit {
  uint64_t pair;
  uint32_t i, j;
  bool operator<(const Hit& o) const {
    return pair != o.pair ? pair < o.pair : i != o.i ? i < o.i : j < o.j;
  }
};

// Facts about a pair gathered before scoring.
struct PairFacts {
  double coverageAB = 0, coverageBA = 0;
  bool hasPassage = false;
  bool identical = false;  // Same word sequence.
};

using detail::UnionFind;

}  // namespace

std::string removeRanges(std::string_view text, const std::vector<ByteRange>& drop) {
  std::string out;
  out.reserve(text.size());
  uint32_t at = 0;
  for (const ByteRange& range : drop) {
    if (range.begin > at) out.append(text.substr(at, range.begin - at));
    at = std::max(at, range.end);
  }
  if (at < text.size()) out.append(text.substr(at));
  return out;
}

Result<Analysis> analyze(const std::vector<std::string_view>& texts, const AnalyzeOptions& options,
                         const ProgressCallback& progress) {
  const auto report = [&](double fraction) {
    if (progress) progress(fraction);
  };
  const uint32_t n = static_cast<uint32_t>(texts.size());
  uint64_t totalBytes = 0;
  for (uint32_t d = 0; d < n; ++d) {
    if (texts[d].size() >= kMaxInputBytes)
      return Result<Analysis>::failure("document " + std::to_string(d + 1) +
                                       " is larger than 1 GB");
    totalBytes += texts[d].size();
  }
  if (totalBytes >= (uint64_t{1} << 31))
    return Result<Analysis>::failure("the documents together exceed 2 GB");
  if (options.passages.seedWords == 0 || options.passages.minWords == 0)
    return Result<Analysis>::failure("passage seedWords and minWords must be at least 1");

  Analysis out;
  out.documents.resize(n);
  Vocabulary vocabulary;
  std::vector<ParsedText> parsed(n);
  for (uint32_t d = 0; d < n; ++d) {
    parsed[d] = parseText(texts[d], options.text, vocabulary);
    out.documents[d].words = static_cast<uint32_t>(parsed[d].words.size());
    out.documents[d].paragraphs = static_cast<uint32_t>(parsed[d].paragraphs.size());
    if (n >= 20 && d % (n / 10) == 0) report(0.2 * d / n);
  }
  report(0.2);

  // Seed index: equal shingles sit together. It gives both the shared-shingle counts and the
  // passage seeds.
  const uint32_t k = options.passages.seedWords;
  SortedSeeds sorted = sortedSeeds(parsed, k);
  std::vector<SeedOccurrence>& seeds = sorted.seeds;
  const bool dense = n <= options.matrixUpTo;
  std::vector<uint32_t> shingleCount(n, 0);
  std::vector<uint32_t> sharedDense(dense ? size_t{n} * n : 0, 0);
  std::vector<uint64_t> sharedSparse;
  std::vector<Hit> hits;
  std::vector<uint32_t> docs;  // Distinct documents of one run.
  const uint32_t cap = std::max<uint32_t>(2, options.maxSeedDocuments);
  // Two passes over the runs of equal seeds: the first only counts the seed matches and sparse
  // pair entries, so that the second fills arrays reserved at their exact size. Growing them by
  // doubling left holes that the WebAssembly heap (which never shrinks) kept: about 70 MB at
  // 10,000 articles, for a pass that costs a few percent of the analysis.
  size_t hitCount = 0, sparseCount = 0;
  const auto scan = [&](const bool fill) {
    size_t bucket = 0;  // Bucket of the run being read: runs never cross a bucket.
    uint64_t denseBudget = kDenseStockPairBudget;
    size_t hitsSoFar = 0;
    const size_t seedStep = std::max<size_t>(seeds.size() / 10, 4096);
    size_t nextSeedReport = seedStep;
    for (size_t r = 0; r < seeds.size();) {
      if (fill && r >= nextSeedReport) {
        report(0.2 + 0.15 * static_cast<double>(r) / seeds.size());
        nextSeedReport += seedStep;
      }
      outOfLine([&] {
        for (const size_t chunkEnd = std::min(seeds.size(), r + 4096); r < chunkEnd;) {
          while (sorted.start[bucket + 1] <= r) ++bucket;
          const size_t limit = sorted.start[bucket + 1];
          size_t end = r + 1;
          while (end < limit && seeds[end].hash == seeds[r].hash) ++end;
          docs.clear();
          for (size_t s = r; s < end; ++s)
            if (docs.empty() || docs.back() != seeds[s].doc) docs.push_back(seeds[s].doc);
          if (fill)
            for (uint32_t d : docs) ++shingleCount[d];
          const bool stock = docs.size() > cap;
          // Stock phrases count in the dense path while the budget lasts: beyond it (thousands
          // of near-copies of one text) they are skipped rather than take minutes.
          const uint64_t pairsInRun = uint64_t{docs.size()} * (docs.size() - 1) / 2;
          const bool affordable = !stock || pairsInRun <= denseBudget;
          if (dense && stock && affordable) denseBudget -= pairsInRun;
          if (docs.size() >= 2 && ((dense && affordable) || !stock)) {
            if (!dense && !fill) {
              sparseCount += pairsInRun;
            } else {
              for (size_t x = 0; x < docs.size(); ++x)
                for (size_t y = x + 1; y < docs.size(); ++y) {
                  if (dense) {
                    if (fill) ++sharedDense[size_t{docs[x]} * n + docs[y]];
                  } else {
                    sharedSparse.push_back(pairKey(docs[x], docs[y]));
                  }
                }
            }
          }
          // Seeds for passages: not stock phrases, not a phrase some document repeats more than
          // kMaxSeedRepeats times (a body pasted twice is fine, a looping text is not), and no
          // more than kMaxHits in all, so that a hostile input cannot exhaust memory.
          size_t mostRepeats = 0;
          uint64_t sameDocPairs = 0;
          for (size_t x = r, y = r; x < end; x = y) {
            while (y < end && seeds[y].doc == seeds[x].doc) ++y;
            mostRepeats = std::max(mostRepeats, y - x);
            sameDocPairs += uint64_t{y - x} * (y - x - 1) / 2;
          }
          const uint64_t pairHits = uint64_t{end - r} * (end - r - 1) / 2;
          if (docs.size() >= 2 && !stock && mostRepeats <= kMaxSeedRepeats &&
              hitsSoFar + pairHits <= kMaxHits) {
            hitsSoFar += pairHits - sameDocPairs;
            if (fill) {
              for (size_t x = r; x < end; ++x)
                for (size_t y = x + 1; y < end; ++y)
                  if (seeds[x].doc != seeds[y].doc)
                    hits.push_back(
                        {pairKey(seeds[x].doc, seeds[y].doc), seeds[x].pos, seeds[y].pos});
            }
          }
          r = end;
        }
      });
    }
    hitCount = hitsSoFar;
  };
  scan(false);
  hits.reserve(hitCount);
  sharedSparse.reserve(sparseCount);
  scan(true);
  sorted = SortedSeeds();  // Frees the index before passages are chained.
  std::sort(sharedSparse.begin(), sharedSparse.end());
  report(0.35);

  // Passages, pair by pair.
  std::sort(hits.begin(), hits.end());
  std::unordered_map<uint64_t, PairFacts> facts;
  std::vector<std::pair<uint32_t, uint32_t>> pairHits;
  const size_t hitStep = std::max<size_t>(hits.size() / 10, 4096);
  size_t nextHitReport = hitStep;
  for (size_t h = 0; h < hits.size();) {
    if (h >= nextHitReport) {
      report(0.35 + 0.15 * static_cast<double>(h) / hits.size());
      nextHitReport += hitStep;
    }
    size_t end = h;
    pairHits.clear();
    while (end < hits.size() && hits[end].pair == hits[h].pair) {
      pairHits.emplace_back(hits[end].i, hits[end].j);
      ++end;
    }
    const uint32_t a = static_cast<uint32_t>(hits[h].pair >> 32);
    const uint32_t b = static_cast<uint32_t>(hits[h].pair);
    h = end;
    const std::vector<SharedPassage> found = chainPassages(pairHits, options.passages);
    if (found.empty()) continue;
    PairFacts& pair = facts[pairKey(a, b)];
    pair.hasPassage = true;
    pair.coverageAB = passageCoverage(found, true, out.documents[a].words);
    pair.coverageBA = passageCoverage(found, false, out.documents[b].words);
    const auto& wa = parsed[a].words;
    const auto& wb = parsed[b].words;
    for (const SharedPassage& p : found) {
      out.passages.push_back({a,
                              b,
                              {wa[p.aFirst].range.begin, wa[p.aEnd - 1].range.end},
                              {wb[p.bFirst].range.begin, wb[p.bEnd - 1].range.end},
                              p.aEnd - p.aFirst,
                              p.bEnd - p.bFirst,
                              p.matchedWords});
    }
  }
  std::vector<Hit>().swap(hits);

  // Documents with the same word sequence are identical whatever the seed index skipped (a set
  // of a thousand copies has nothing but stock phrases).
  std::vector<std::pair<uint64_t, uint32_t>> sequenceHashes(n);
  for (uint32_t d = 0; d < n; ++d) {
    uint64_t h = parsed[d].words.size();
    for (const Word& word : parsed[d].words) h = hashAppend(h, word.id);
    sequenceHashes[d] = {h, d};
  }
  std::sort(sequenceHashes.begin(), sequenceHashes.end());
  for (size_t i = 0; i < sequenceHashes.size();) {
    size_t j = i + 1;
    while (j < sequenceHashes.size() && sequenceHashes[j].first == sequenceHashes[i].first) ++j;
    // Above matrixUpTo and allPairsUpTo, a class of more copies than maxSeedDocuments is paired
    // as a star, each copy with the first: 3,000 copies of one article gave 4.5 million pairs,
    // 72 s and a heap past 2 GB; the star keeps them one cluster with 2,999 pairs.
    const bool star = !dense && n > options.allPairsUpTo && j - i > cap;
    for (size_t x = i; x < (star ? i + 1 : j); ++x) {
      for (size_t y = x + 1; y < j; ++y) {
        uint32_t a = sequenceHashes[x].second, b = sequenceHashes[y].second;
        if (a > b) std::swap(a, b);
        if (!sameWords(parsed[a].words, parsed[b].words)) continue;
        PairFacts& pair = facts[pairKey(a, b)];
        pair.identical = pair.hasPassage = true;
        pair.coverageAB = pair.coverageBA = parsed[a].words.empty() ? 0.0 : 1.0;
      }
    }
    i = j;
  }
  report(0.5);

  // Duplicates come after the seed index and the seed matches are freed: their many small
  // allocations then fill the holes those large arrays leave instead of growing the WebAssembly
  // heap (which never shrinks) further; first, the heap grew by about 200 MB at 10,000 articles.
  DuplicateOptions duplicateOptions = options.duplicates;
  duplicateOptions.text = options.text;
  out.duplicates = findDuplicates(texts, parsed, duplicateOptions);
  collectRepeats(texts, parsed, out.duplicates, out.documents);
  report(0.7);

  // TF-IDF over content words, and distinctive tokens (names, numbers).
  const std::vector<bool> content = contentWords(vocabulary);
  std::vector<uint32_t> df(vocabulary.size(), 0);
  std::vector<SparseVector> vectors(n);
  std::vector<std::vector<uint32_t>> distinctive(n);
  for (uint32_t d = 0; d < n; ++d) {
    const uint32_t words = static_cast<uint32_t>(parsed[d].words.size());
    vectors[d] = termCounts(parsed[d].words, 0, words, content);
    distinctive[d] = distinctiveTokens(parsed[d].words, 0, words, content);
    for (const auto& entry : vectors[d]) ++df[entry.first];
  }
  std::vector<float> idf(vocabulary.size());
  for (uint32_t id = 0; id < idf.size(); ++id)
    idf[id] = static_cast<float>(std::log((1.0 + n + kIdfPriorDocuments) / (1.0 + df[id])) + 1.0);
  for (SparseVector& vector : vectors) weighTfIdf(vector, idf);

  const auto sharedOf = [&](uint32_t a, uint32_t b) -> uint32_t {
    if (dense) return sharedDense[size_t{a} * n + b];
    const uint64_t key = pairKey(a, b);
    const auto range = std::equal_range(sharedSparse.begin(), sharedSparse.end(), key);
    return static_cast<uint32_t>(range.second - range.first);
  };
  std::vector<uint32_t> idsA, idsB;
  uint32_t cachedA = UINT32_MAX;
  double diffBudget = kMaxTotalDiffSteps;
  // `overlap` < 0: compute the distinctive-token overlap here.
  const auto score = [&](uint32_t a, uint32_t b, double cosine, double overlap) {
    PairResult pair;
    pair.a = a, pair.b = b;
    PairScores& s = pair.scores;
    const auto found = facts.find(pairKey(a, b));
    const PairFacts none;
    const PairFacts& f = found == facts.end() ? none : found->second;
    const double shared = f.identical ? shingleCount[a] : sharedOf(a, b);
    const double sizeA = shingleCount[a], sizeB = shingleCount[b];
    s.resemblance = sizeA + sizeB > shared ? shared / (sizeA + sizeB - shared) : 1.0;
    s.containmentAB = sizeA > 0 ? shared / sizeA : 0;
    s.containmentBA = sizeB > 0 ? shared / sizeB : 0;
    s.coverageAB = f.coverageAB, s.coverageBA = f.coverageBA;
    const double wordsA = out.documents[a].words, wordsB = out.documents[b].words;
    // Exact for pairs that share material: a passage, or a shingle resemblance of 0.1 (short
    // texts have no passage of minWords words however equal they are).
    const bool sharesMaterial = f.hasPassage || s.resemblance >= 0.1;
    // The bit-parallel LCS costs wordsA * wordsB / 64 steps: past kMaxDiffSteps (about a
    // second) the estimate stands in, so two huge documents cannot freeze the analysis.
    // Past kMaxTotalDiffSteps for the whole set, later pairs get the estimate too.
    const double steps = wordsA * wordsB / 64;
    const bool affordable = steps <= kMaxDiffSteps && steps <= diffBudget;
    if (f.identical) {
      s.diffRatio = 1.0;  // Same word sequence: no LCS needed.
      s.diffRatioExact = true;
    } else if ((sharesMaterial && affordable) || (wordsA == 0 && wordsB == 0)) {
      diffBudget -= steps;
      // Ids are copied out of the parse per pair (row a stays cached): far cheaper than the
      // LCS itself, and no second copy of every document's ids lives through the analysis.
      if (cachedA != a) copyIds(parsed[a].words, idsA), cachedA = a;
      copyIds(parsed[b].words, idsB);
      s.diffRatio = wordDiffRatio(idsA, idsB);
      s.diffRatioExact = true;
    } else {
      s.diffRatio =
          (f.coverageAB * wordsA + f.coverageBA * wordsB) / std::max(1.0, wordsA + wordsB);
    }
    if (overlap < 0) overlap = weightedOverlap(distinctive[a], distinctive[b], idf);
    s.rewrite = rewriteScore(cosine, overlap, distinctive[a].size(), distinctive[b].size());
    pair.level = matchLevel(s, options.levels);
    return pair;
  };
  const bool allPairs = n <= options.allPairsUpTo;
  const auto keep = [&](PairResult pair) {
    if (allPairs || pair.level != MatchLevel::kUnrelated) out.pairs.push_back(pair);
  };

  if (dense) {
    // Every pair: cosines accumulate through an inverted index, one row at a time.
    std::vector<std::vector<std::pair<uint32_t, float>>> postings(vocabulary.size());
    for (uint32_t d = 0; d < n; ++d)
      for (const auto& [id, weight] : vectors[d]) postings[id].emplace_back(d, weight);
    std::vector<uint32_t> cursor(vocabulary.size(), 0);
    std::vector<double> row(n);
    // Distinctive-token overlaps accumulate the same way: idf of the shared tokens per pair.
    std::vector<std::vector<uint32_t>> namePostings(vocabulary.size());
    std::vector<double> nameWeight(n, 0.0);
    for (uint32_t d = 0; d < n; ++d) {
      for (uint32_t id : distinctive[d]) {
        namePostings[id].push_back(d);
        nameWeight[d] += idf[id];
      }
    }
    std::vector<uint32_t> nameCursor(vocabulary.size(), 0);
    std::vector<double> sharedNames(n);
    out.matrix.assign(size_t{n} * n, 0.0f);
    for (uint32_t a = 0; a < n; ++a) {
      outOfLine([&] {
        std::fill(row.begin() + a, row.end(), 0.0);
        std::fill(sharedNames.begin() + a, sharedNames.end(), 0.0);
        for (uint32_t id : distinctive[a]) {
          const auto& list = namePostings[id];
          for (uint32_t p = ++nameCursor[id]; p < list.size(); ++p) sharedNames[list[p]] += idf[id];
        }
        for (const auto& [id, weight] : vectors[a]) {
          const auto& list = postings[id];
          for (uint32_t p = ++cursor[id]; p < list.size(); ++p)
            row[list[p].first] += weight * list[p].second;
        }
        out.matrix[size_t{a} * n + a] = 1.0f;
        for (uint32_t b = a + 1; b < n; ++b) {
          const double shared = sharedNames[b];
          const double smaller = shared + std::min(nameWeight[a] - shared, nameWeight[b] - shared);
          PairResult pair = score(a, b, row[b], smaller > 1e-9 ? shared / smaller : 0.0);
          out.matrix[size_t{a} * n + b] = out.matrix[size_t{b} * n + a] =
              static_cast<float>(pair.scores.rewrite);
          keep(pair);
        }
      });
      if (n >= 20 && a % (n / 10) == 0) report(0.7 + 0.25 * a / n);
    }
  } else {
    // Candidates: pairs with passages, and pairs sharing two of their signature terms: each
    // document's sixteen heaviest terms plus its names and numbers. Terms that many documents
    // have as signature say nothing about a story and are skipped.
    std::vector<uint64_t> candidates;
    for (const auto& entry : facts) candidates.push_back(entry.first);
    constexpr size_t kTopTerms = 16;
    std::unordered_map<uint32_t, std::vector<uint32_t>> signaturePostings;
    std::vector<uint32_t> signature;
    for (uint32_t d = 0; d < n; ++d) {
      SparseVector top = vectors[d];
      const size_t keepTerms = std::min(kTopTerms, top.size());
      std::partial_sort(top.begin(), top.begin() + keepTerms, top.end(),
                        [](const auto& x, const auto& y) { return x.second > y.second; });
      signature.assign(distinctive[d].begin(), distinctive[d].end());
      for (size_t t = 0; t < keepTerms; ++t) signature.push_back(top[t].first);
      std::sort(signature.begin(), signature.end());
      signature.erase(std::unique(signature.begin(), signature.end()), signature.end());
      for (uint32_t id : signature) signaturePostings[id].push_back(d);
    }
    std::vector<uint64_t> sharing;
    for (const auto& entry : signaturePostings) {
      const auto& list = entry.second;
      if (list.size() > cap) continue;
      for (size_t x = 0; x < list.size(); ++x)
        for (size_t y = x + 1; y < list.size(); ++y) sharing.push_back(pairKey(list[x], list[y]));
    }
    std::sort(sharing.begin(), sharing.end());
    for (size_t i = 0; i < sharing.size();) {
      size_t j = i;
      while (j < sharing.size() && sharing[j] == sharing[i]) ++j;
      if (j - i >= 2) candidates.push_back(sharing[i]);
      i = j;
    }
    std::vector<uint64_t>().swap(sharing);
    // Every pair is promised up to allPairsUpTo documents, even when that is above matrixUpTo.
    if (allPairs)
      for (uint32_t a = 0; a < n; ++a)
        for (uint32_t b = a + 1; b < n; ++b) candidates.push_back(pairKey(a, b));
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    const size_t candidateStep = std::max<size_t>(candidates.size() / 10, 1024);
    for (size_t c = 0; c < candidates.size(); ++c) {
      const uint32_t a = static_cast<uint32_t>(candidates[c] >> 32);
      const uint32_t b = static_cast<uint32_t>(candidates[c]);
      keep(score(a, b, dot(vectors[a], vectors[b]), -1));
      if ((c + 1) % candidateStep == 0)
        report(0.7 + 0.25 * static_cast<double>(c) / candidates.size());
    }
  }
  report(0.95);

  // Clusters: documents linked by related pairs. Order: each cluster as a nearest-neighbour
  // chain on the strongest score, so that similar documents sit side by side.
  UnionFind sets(n);
  std::unordered_map<uint64_t, double> strength;
  for (const PairResult& pair : out.pairs) {
    if (pair.level == MatchLevel::kUnrelated) continue;
    sets.unite(pair.a, pair.b);
    strength[pairKey(pair.a, pair.b)] =
        std::max(pair.scores.rewrite, pair.scores.diffRatioExact ? pair.scores.diffRatio : 0.0);
  }
  std::vector<std::vector<uint32_t>> components(n);
  for (uint32_t d = 0; d < n; ++d) components[sets.find(d)].push_back(d);
  for (auto& component : components)
    if (component.size() >= 2) out.clusters.push_back(std::move(component));
  std::stable_sort(out.clusters.begin(), out.clusters.end(),
                   [](const auto& x, const auto& y) { return x.size() > y.size(); });
  const auto strengthOf = [&](uint32_t a, uint32_t b) {
    const auto found = strength.find(a < b ? pairKey(a, b) : pairKey(b, a));
    return found == strength.end() ? 0.0 : found->second;
  };
  std::vector<bool> placed(n, false);
  for (const auto& cluster : out.clusters) {
    // Start from the member most tied to the others.
    uint32_t current = cluster[0];
    double bestTotal = -1;
    for (uint32_t x : cluster) {
      double total = 0;
      for (uint32_t y : cluster)
        if (x != y) total += strengthOf(x, y);
      if (total > bestTotal) bestTotal = total, current = x;
    }
    for (size_t step = 0; step < cluster.size(); ++step) {
      out.order.push_back(current);
      placed[current] = true;
      uint32_t next = current;
      double best = -1;
      for (uint32_t y : cluster) {
        if (placed[y]) continue;
        const double s = strengthOf(current, y);
        if (s > best) best = s, next = y;
      }
      current = next;
    }
  }
  for (uint32_t d = 0; d < n; ++d)
    if (!placed[d]) out.order.push_back(d);
  report(1.0);
  return out;
}

}  // namespace concord
