// Pairwise measures between two documents given as word-id sequences: shared passages (as
// WCopyfind finds them), the word-level diff ratio, and the match level a person reads.
//
//   std::vector<concord::SharedPassage> shared = concord::sharedPassages(aIds, bIds, {});
//   double ratio = concord::wordDiffRatio(aIds, bIds);
//   concord::MatchLevel level = concord::matchLevel(scores, {});
#ifndef CONCORD_SIMILARITY_H_
#define CONCORD_SIMILARITY_H_

#include <cstdint>
#include <utility>
#include <vector>

namespace concord {

/// Settings of shared-passage detection.
struct PassageOptions {
  uint32_t minWords = 8;   ///< A passage has at least this many matched words.
  uint32_t maxGap = 3;     ///< Matched stretches join across up to this many differing words.
  uint32_t seedWords = 3;  ///< Stretches are built from exact matches of this many words.
};

/// A run of words two documents share, as word-index ranges [first, end) in each.
struct SharedPassage {
  uint32_t aFirst = 0, aEnd = 0;  ///< Words of document a.
  uint32_t bFirst = 0, bEnd = 0;  ///< Words of document b.
  uint32_t matchedWords =
      0;  ///< Words inside exactly matching seeds (counted on the side with fewer).
};

/// Chains seed matches (i, j), meaning a[i, i + seedWords) == b[j, j + seedWords), into passages.
/// `hits` may come in any order; passages come ordered by aFirst.
std::vector<SharedPassage> chainPassages(std::vector<std::pair<uint32_t, uint32_t>> hits,
                                         const PassageOptions& options);

/// Every passage of at least minWords words shared by `a` and `b` (word ids).
std::vector<SharedPassage> sharedPassages(const std::vector<uint32_t>& a,
                                          const std::vector<uint32_t>& b,
                                          const PassageOptions& options);

/// Words of a document (of `words` words) covered by the `a` side (or `b` side) of passages,
/// as a fraction.
double passageCoverage(const std::vector<SharedPassage>& passages, bool sideA, uint32_t words);

/// 2 * LCS / (|a| + |b|) over words (1 for two empty sequences), computed exactly.
double wordDiffRatio(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b);

/// Every score Concord gives a pair of documents (see docs/analyze.md for definitions).
struct PairScores {
  double diffRatio = 0;         ///< Word-level diff ratio.
  bool diffRatioExact = false;  ///< False: estimated from shared passages (a lower bound).
  double resemblance = 0;       ///< Broder resemblance of 3-word shingle sets.
  double containmentAB = 0;     ///< Share of a's shingles found in b.
  double containmentBA = 0;     ///< Share of b's shingles found in a.
  double coverageAB = 0;        ///< Share of a's words inside passages shared with b.
  double coverageBA = 0;        ///< Share of b's words inside passages shared with a.
  double rewrite = 0;           ///< Rewrite-aware score: TF-IDF content words and shared names.
};

/// How two documents relate, in words a person understands.
enum class MatchLevel : uint8_t {
  kIdentical = 0,     ///< Same words in the same order.
  kMinorChanges = 1,  ///< Mostly the same text, or one contains the other.
  kRewritten = 2,     ///< The same story in other words, or sharing substantial passages.
  kUnrelated = 3,     ///< None of the above.
};

/// Where the match levels begin.
struct LevelThresholds {
  double minorDiffRatio = 0.8;   ///< Minor changes: diff ratio at least this...
  double minorCoverage = 0.8;    ///< ...or this share of either document in shared passages.
  double rewriteScore = 0.2;     ///< Rewritten: rewrite score at least this...
  double rewriteCoverage = 0.2;  ///< ...or this share of either document in shared passages.
};

/// The level of a pair with these scores.
MatchLevel matchLevel(const PairScores& scores, const LevelThresholds& thresholds);

}  // namespace concord

#endif  // CONCORD_SIMILARITY_H_
