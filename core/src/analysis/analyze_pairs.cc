// Pass scorePairs: every pair's scores and level (similarity.h). Up to matrixUpTo documents every
// pair is scored through inverted indexes and the full matrix filled (dense); above, only
// candidate pairs (a passage, or two shared signature terms) are (sparse).
#include "analysis/analyze_passes.h"
#include "analysis/out_of_line.h"

namespace concord {
namespace detail {
namespace {

// Largest bit-parallel LCS, in 64-bit steps, that a pair's diff ratio may cost.
constexpr double kMaxDiffSteps = 4e8;
// Steps that all the pairs' diff ratios may cost together: 200 near copies of a 4,000-word text
// (20,000 pairs of 250,000 steps) took 85 s before; the budget keeps that to a few seconds, and
// ordinary sets spend a small share of it (10,000 articles: about 2e7).
constexpr double kMaxTotalDiffSteps = 5e8;

void copyIds(const std::vector<Word>& words, std::vector<uint32_t>& ids) {
  ids.clear();
  for (const Word& word : words) ids.push_back(word.id);
}

// Scores one pair from the facts the passes before gathered, and keeps the pairs the result
// reports.
class PairScorer {
 public:
  explicit PairScorer(AnalysisState& state)
      : allPairs(state.n <= state.options.allPairsUpTo), state_(state) {}

  const bool allPairs;  // Every pair is reported, related or not.

  // `overlap` < 0: compute the distinctive-token overlap here.
  PairResult score(uint32_t a, uint32_t b, double cosine, double overlap) {
    PairResult pair;
    pair.a = a, pair.b = b;
    PairScores& s = pair.scores;
    const auto found = state_.facts.find(pairKey(a, b));
    const PairFacts none;
    const PairFacts& f = found == state_.facts.end() ? none : found->second;
    s.coverageAB = f.coverageAB, s.coverageBA = f.coverageBA;
    if (overlap < 0)
      overlap = weightedOverlap(state_.distinctive[a], state_.distinctive[b], state_.idf);
    s.rewrite =
        rewriteScore(cosine, overlap, state_.distinctive[a].size(), state_.distinctive[b].size());
    const double wordsA = state_.out.documents[a].words, wordsB = state_.out.documents[b].words;
    // The estimate from passages (a lower bound) stands where no exact ratio is computed.
    s.diffRatio = (f.coverageAB * wordsA + f.coverageBA * wordsB) / std::max(1.0, wordsA + wordsB);
    // A pair the result leaves out whatever its exact diff ratio needs no LCS: not every pair is
    // reported, the pair is unrelated with the estimate, and an upper bound on the ratio is below
    // the minor-changes threshold, so the exact ratio could not make it related (docs/analyze.md).
    // Asked only where the answer saves work: the bound costs a pass over both documents.
    const bool unrelatedWithEstimate =
        !f.identical && state_.options.skipBoundedDiffs && !allPairs &&
        matchLevel(s, state_.options.levels) == MatchLevel::kUnrelated;
    const auto leftOutWhateverRatio = [&] {
      return unrelatedWithEstimate && diffRatioBound(a, b) < state_.options.levels.minorDiffRatio;
    };
    // The first bound (lengths alone) costs nothing: such a pair needs neither its shingle
    // intersection nor its LCS, with a passage or without (a brief against a long article).
    if (unrelatedWithEstimate && lengthBound(a, b) < state_.options.levels.minorDiffRatio)
      return pair;
    // Its shingle counts would only tell whether it shares material, which a passage shows.
    const bool cheapShared = f.identical || (state_.dense && state_.sharedDenseComplete);
    if (f.hasPassage && !cheapShared && leftOutWhateverRatio()) return pair;
    const double shared = f.identical ? state_.shingleCount[a] : sharedOf(a, b);
    const double sizeA = state_.shingleCount[a], sizeB = state_.shingleCount[b];
    s.resemblance = sizeA + sizeB > shared ? shared / (sizeA + sizeB - shared) : 1.0;
    s.containmentAB = sizeA > 0 ? shared / sizeA : 0;
    s.containmentBA = sizeB > 0 ? shared / sizeB : 0;
    // Exact for pairs that share material: a passage, or a shingle resemblance of 0.1 (short
    // texts have no passage of minWords words however equal they are).
    const bool sharesMaterial = f.hasPassage || s.resemblance >= 0.1;
    // The bit-parallel LCS costs wordsA * wordsB / 64 steps: past kMaxDiffSteps (about a
    // second) the estimate stands in, so two huge documents cannot freeze the analysis.
    // Past kMaxTotalDiffSteps for the whole set, later pairs get the estimate too.
    const double steps = wordsA * wordsB / 64;
    const bool affordable = steps <= kMaxDiffSteps && steps <= diffBudget_;
    if (f.identical) {
      s.diffRatio = 1.0;  // Same word sequence: no LCS needed.
      s.diffRatioExact = true;
    } else if (((sharesMaterial && affordable) || (wordsA == 0 && wordsB == 0)) &&
               !leftOutWhateverRatio()) {
      diffBudget_ -= steps;
      // Ids are copied out of the parse per pair (row a stays cached): far cheaper than the
      // LCS itself, and no second copy of every document's ids lives through the analysis.
      if (cachedA_ != a) copyIds(state_.parsed[a].words, idsA_), cachedA_ = a;
      copyIds(state_.parsed[b].words, idsB_);
      s.diffRatio = wordDiffRatio(idsA_, idsB_);
      s.diffRatioExact = true;
    }
    pair.level = matchLevel(s, state_.options.levels);
    return pair;
  }

  void keep(const PairResult& pair) {
    if (allPairs || pair.level != MatchLevel::kUnrelated) state_.out.pairs.push_back(pair);
  }

 private:
  // Shingles a and b share, stock phrases included: the dense count when it left none out, else
  // the intersection of their shingle sets.
  uint32_t sharedOf(uint32_t a, uint32_t b) const {
    if (state_.dense && state_.sharedDenseComplete)
      return state_.sharedDense[size_t{a} * state_.n + b];
    const uint32_t* x = state_.shingleIds.data() + state_.shingleStart[a];
    const uint32_t* xEnd = state_.shingleIds.data() + state_.shingleStart[a + 1];
    const uint32_t* y = state_.shingleIds.data() + state_.shingleStart[b];
    const uint32_t* yEnd = state_.shingleIds.data() + state_.shingleStart[b + 1];
    uint32_t shared = 0;
    while (x != xEnd && y != yEnd) {  // Without branches: the order of ids is unpredictable.
      const uint32_t u = *x, v = *y;
      shared += u == v;
      x += u <= v;
      y += v <= u;
    }
    return shared;
  }

  // The LCS is at most the shorter length: 2 min(|a|, |b|) / (|a| + |b|) bounds the diff ratio.
  double lengthBound(uint32_t a, uint32_t b) const {
    const double wordsA = state_.out.documents[a].words, wordsB = state_.out.documents[b].words;
    return wordsA + wordsB == 0 ? 1.0 : 2.0 * std::min(wordsA, wordsB) / (wordsA + wordsB);
  }

  // An upper bound on the pair's diff ratio: the LCS is at most the shorter length and at most
  // the words the two have in common counted as multisets (sum over words of the lesser count).
  double diffRatioBound(uint32_t a, uint32_t b) {
    const std::vector<Word>& wa = state_.parsed[a].words;
    const std::vector<Word>& wb = state_.parsed[b].words;
    const double total = static_cast<double>(wa.size() + wb.size());
    if (total == 0) return 1.0;
    const double shorter = lengthBound(a, b);
    if (shorter < state_.options.levels.minorDiffRatio) return shorter;
    if (countA_.empty()) {
      countA_.assign(state_.vocabulary.size(), 0);
      takenB_.assign(state_.vocabulary.size(), 0);
    }
    if (countedA_ != a) {
      if (countedA_ != UINT32_MAX)
        for (const Word& w : state_.parsed[countedA_].words) countA_[w.id] = 0;
      for (const Word& w : wa) ++countA_[w.id];
      countedA_ = a;
    }
    size_t common = 0;
    for (const Word& w : wb)
      if (takenB_[w.id] < countA_[w.id]) ++takenB_[w.id], ++common;
    for (const Word& w : wb) takenB_[w.id] = 0;
    return 2.0 * static_cast<double>(common) / total;
  }

  AnalysisState& state_;
  std::vector<uint32_t> idsA_, idsB_;
  uint32_t cachedA_ = UINT32_MAX;
  std::vector<uint32_t> countA_;  // Per word id: occurrences in document countedA_.
  std::vector<uint32_t> takenB_;  // Per word id: occurrences of b matched against countA_.
  uint32_t countedA_ = UINT32_MAX;
  double diffBudget_ = kMaxTotalDiffSteps;
};

// Every pair: cosines accumulate through an inverted index, one row at a time.
void scoreEveryPair(AnalysisState& state, PairScorer& scorer) {
  const uint32_t n = state.n;
  std::vector<std::vector<std::pair<uint32_t, float>>> postings(state.vocabulary.size());
  for (uint32_t d = 0; d < n; ++d)
    for (const auto& [id, weight] : state.vectors[d]) postings[id].emplace_back(d, weight);
  std::vector<uint32_t> cursor(state.vocabulary.size(), 0);
  std::vector<double> row(n);
  // Distinctive-token overlaps accumulate the same way: idf of the shared tokens per pair.
  std::vector<std::vector<uint32_t>> namePostings(state.vocabulary.size());
  std::vector<double> nameWeight(n, 0.0);
  for (uint32_t d = 0; d < n; ++d) {
    for (uint32_t id : state.distinctive[d]) {
      namePostings[id].push_back(d);
      nameWeight[d] += state.idf[id];
    }
  }
  std::vector<uint32_t> nameCursor(state.vocabulary.size(), 0);
  std::vector<double> sharedNames(n);
  state.out.matrix.assign(size_t{n} * n, 0.0f);
  for (uint32_t a = 0; a < n; ++a) {
    outOfLine([&] {
      std::fill(row.begin() + a, row.end(), 0.0);
      std::fill(sharedNames.begin() + a, sharedNames.end(), 0.0);
      for (uint32_t id : state.distinctive[a]) {
        const auto& list = namePostings[id];
        for (uint32_t p = ++nameCursor[id]; p < list.size(); ++p)
          sharedNames[list[p]] += state.idf[id];
      }
      for (const auto& [id, weight] : state.vectors[a]) {
        const auto& list = postings[id];
        for (uint32_t p = ++cursor[id]; p < list.size(); ++p)
          row[list[p].first] += weight * list[p].second;
      }
      state.out.matrix[size_t{a} * n + a] = 1.0f;
      for (uint32_t b = a + 1; b < n; ++b) {
        const double shared = sharedNames[b];
        const double smaller = shared + std::min(nameWeight[a] - shared, nameWeight[b] - shared);
        PairResult pair = scorer.score(a, b, row[b], smaller > 1e-9 ? shared / smaller : 0.0);
        state.out.matrix[size_t{a} * n + b] = state.out.matrix[size_t{b} * n + a] =
            static_cast<float>(pair.scores.rewrite);
        scorer.keep(pair);
      }
    });
    if (n >= 20 && a % (n / 10) == 0) state.report(0.7 + 0.25 * a / n);
  }
}

// Each document's signature: its sixteen heaviest terms plus its names and numbers, ascending.
std::vector<std::vector<uint32_t>> signatures(const AnalysisState& state) {
  constexpr size_t kTopTerms = 16;
  std::vector<std::vector<uint32_t>> out(state.n);
  for (uint32_t d = 0; d < state.n; ++d) {
    SparseVector top = state.vectors[d];
    const size_t keepTerms = std::min(kTopTerms, top.size());
    std::partial_sort(top.begin(), top.begin() + keepTerms, top.end(),
                      [](const auto& x, const auto& y) { return x.second > y.second; });
    std::vector<uint32_t>& signature = out[d];
    signature.assign(state.distinctive[d].begin(), state.distinctive[d].end());
    for (size_t t = 0; t < keepTerms; ++t) signature.push_back(top[t].first);
    std::sort(signature.begin(), signature.end());
    signature.erase(std::unique(signature.begin(), signature.end()), signature.end());
  }
  return out;
}

// Adds the pairs sharing two signature terms to `candidates`, in (a, b) order. Terms in the
// signature of more than `cap` documents say nothing about a story and are skipped. Shared terms
// are counted one row a at a time through an inverted index (as scoreEveryPair does cosines):
// no list of every pair sharing a term, which took a sort of millions of keys.
void addSignaturePairs(const AnalysisState& state, std::vector<uint64_t>& candidates) {
  const std::vector<std::vector<uint32_t>> signature = signatures(state);
  std::vector<uint32_t> start(state.vocabulary.size() + 1, 0);
  for (const auto& terms : signature)
    for (uint32_t id : terms) ++start[id + 1];
  for (size_t id = 1; id < start.size(); ++id) start[id] += start[id - 1];
  std::vector<uint32_t> postings(start.back());
  std::vector<uint32_t> cursor(start.begin(), start.end() - 1);
  for (uint32_t d = 0; d < state.n; ++d)
    for (uint32_t id : signature[d]) postings[cursor[id]++] = d;
  std::copy(start.begin(), start.end() - 1, cursor.begin());
  std::vector<uint8_t> shared(state.n, 0);
  std::vector<uint32_t> seen, twice;
  for (uint32_t a = 0; a < state.n; ++a) {
    outOfLine([&] {
      seen.clear(), twice.clear();
      for (uint32_t id : signature[a]) {
        const uint32_t end = start[id + 1];
        if (end - start[id] > state.cap) continue;
        for (uint32_t p = ++cursor[id]; p < end; ++p) {  // Documents after a.
          const uint32_t b = postings[p];
          if (shared[b] == 0) seen.push_back(b);
          if (++shared[b] == 2) twice.push_back(b);
          shared[b] = std::min<uint8_t>(shared[b], 2);
        }
      }
      for (uint32_t b : seen) shared[b] = 0;
      std::sort(twice.begin(), twice.end());
      for (uint32_t b : twice) candidates.push_back(pairKey(a, b));
    });
  }
}

// Candidates: pairs with passages, and pairs sharing two of their signature terms.
void scoreCandidatePairs(AnalysisState& state, PairScorer& scorer) {
  const uint32_t n = state.n;
  std::vector<uint64_t> candidates;
  for (const auto& entry : state.facts) candidates.push_back(entry.first);
  addSignaturePairs(state, candidates);
  // Every pair is promised up to allPairsUpTo documents, even when that is above matrixUpTo.
  if (scorer.allPairs)
    for (uint32_t a = 0; a < n; ++a)
      for (uint32_t b = a + 1; b < n; ++b) candidates.push_back(pairKey(a, b));
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  const size_t candidateStep = std::max<size_t>(candidates.size() / 10, 1024);
  for (size_t c = 0; c < candidates.size(); ++c) {
    const uint32_t a = static_cast<uint32_t>(candidates[c] >> 32);
    const uint32_t b = static_cast<uint32_t>(candidates[c]);
    scorer.keep(scorer.score(a, b, dot(state.vectors[a], state.vectors[b]), -1));
    if ((c + 1) % candidateStep == 0)
      state.report(0.7 + 0.25 * static_cast<double>(c) / candidates.size());
  }
}

}  // namespace

void scorePairs(AnalysisState& state) {
  PairScorer scorer(state);
  if (state.dense) {
    scoreEveryPair(state, scorer);
  } else {
    scoreCandidatePairs(state, scorer);
  }
  state.report(0.95);
}

}  // namespace detail
}  // namespace concord
