// analyze() as a chain of named passes over one state (internal). Each pass has a file of its own
// in core/src/analysis/ (analyze_<pass>.cc) and reads what the passes before it left:
//
//   parseDocuments  paragraphs and words of every document (text/)   analyze_parse.cc
//   indexSeeds      shared 3-word shingles per pair; passage seeds    analyze_seeds.cc
//   chainPassages   shared passages, pair by pair                     analyze_passages.cc
//   findIdentical   documents with the same word sequence             analyze_identical.cc
//   findRepeats     repeated paragraphs and blocks; clean-copy ranges analyze_repeats.cc
//   weighTerms      TF-IDF vectors and distinctive tokens             analyze_terms.cc
//   scorePairs      every pair's scores and level (dense or sparse)   analyze_pairs.cc
//   clusterDocuments  clusters and the matrix order                   analyze_clusters.cc
#ifndef CONCORD_SRC_ANALYSIS_ANALYZE_PASSES_H_
#define CONCORD_SRC_ANALYSIS_ANALYZE_PASSES_H_

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analysis/content_words.h"
#include "concord/analyze.h"

namespace concord {
namespace detail {

/// The key of the pair (a, b) in maps and sorted lists.
inline uint64_t pairKey(uint32_t a, uint32_t b) { return uint64_t{a} << 32 | b; }

/// A seed match: word i of document a and word j of document b start the same phrase, a < b. The
/// first document a is where the match is filed (SeedMatches), so it takes 12 bytes, not 16.
struct SeedMatch {
  uint32_t b, i, j;
};

/// The seed matches one slice of the seed index found, filed by the pair's first document: those
/// of document a are matches[start[a], start[a + 1]) (a counting sort, no comparison sort).
struct SeedMatches {
  std::vector<size_t> start;
  std::vector<SeedMatch> matches;
};

/// Facts about a pair gathered before scoring.
struct PairFacts {
  double coverageAB = 0, coverageBA = 0;
  bool hasPassage = false;
  bool identical = false;  ///< Same word sequence.
};

/// What the passes share.
struct AnalysisState {
  AnalysisState(const std::vector<std::string_view>& t, const AnalyzeOptions& o,
                const ProgressCallback& p)
      : texts(t),
        options(o),
        progress(p),
        n(static_cast<uint32_t>(t.size())),
        dense(n <= o.matrixUpTo),
        cap(std::max<uint32_t>(2, o.maxSeedDocuments)) {}

  const std::vector<std::string_view>& texts;
  const AnalyzeOptions& options;
  const ProgressCallback& progress;
  const uint32_t n;                ///< Documents.
  const bool dense;                ///< Every pair is scored and the full matrix filled.
  const uint32_t cap;              ///< Documents a phrase may be in before it is a stock phrase.
  Analysis out;                    ///< The result being built.
  Vocabulary vocabulary;           ///< parseDocuments.
  std::vector<ParsedText> parsed;  ///< parseDocuments.
  std::vector<uint32_t> shingleCount;  ///< indexSeeds: distinct shingles per document.
  /// indexSeeds: every document's distinct shingles as ascending ids, stock phrases included;
  /// document d's are shingleIds[shingleStart[d], shingleStart[d + 1]).
  std::vector<uint32_t> shingleIds;
  std::vector<size_t> shingleStart;   ///< indexSeeds: n + 1 offsets into shingleIds.
  std::vector<uint32_t> sharedDense;  ///< indexSeeds (dense): shared shingles, n * n.
  bool sharedDenseComplete = true;    ///< indexSeeds: no stock phrase was left out of sharedDense.
  std::vector<SeedMatches> seedMatches;  ///< indexSeeds, per slice; freed by chainPassages.
  std::unordered_map<uint64_t, PairFacts> facts;   ///< chainPassages, findIdentical.
  std::vector<SparseVector> vectors;               ///< weighTerms: TF-IDF per document.
  std::vector<std::vector<uint32_t>> distinctive;  ///< weighTerms: names and numbers.
  std::vector<float> idf;                          ///< weighTerms, per word id.

  /// Reports progress, from 0 to 1.
  void report(double fraction) const {
    if (progress) progress(fraction);
  }
};

/// The message for input analyze() cannot take, or empty.
std::string checkInputs(const std::vector<std::string_view>& texts, const AnalyzeOptions& options);
/// Parses every document; fills the per-document word and paragraph counts.
void parseDocuments(AnalysisState& state);
/// Indexes every document's shingles: shared counts per pair and the passage seed matches.
void indexSeeds(AnalysisState& state);
/// Chains each pair's seed matches into shared passages.
void chainPassages(AnalysisState& state);
/// Pairs documents with the same word sequence as identical.
void findIdentical(AnalysisState& state);
/// Repeated paragraphs and blocks, and what a clean copy of each document drops.
void findRepeats(AnalysisState& state);
/// TF-IDF vectors over content words and the distinctive tokens of every document.
void weighTerms(AnalysisState& state);
/// Scores pairs: every pair (dense) or the candidates (sparse); fills pairs and matrix.
void scorePairs(AnalysisState& state);
/// Clusters of related documents and an order that keeps similar documents adjacent.
void clusterDocuments(AnalysisState& state);

}  // namespace detail
}  // namespace concord

#endif  // CONCORD_SRC_ANALYSIS_ANALYZE_PASSES_H_
