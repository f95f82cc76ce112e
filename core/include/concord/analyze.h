// Duplicates, shared passages, pairwise similarity and clusters across many documents.
//
//   concord::Result<concord::Analysis> analysis = concord::analyze(texts, {}, onProgress);
//   if (!analysis.ok()) return report(analysis.error());
//   for (const concord::PairResult& pair : analysis.value().pairs) show(pair.a, pair.b,
//   pair.level);
#ifndef CONCORD_ANALYZE_H_
#define CONCORD_ANALYZE_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "concord/attribution.h"
#include "concord/duplicates.h"
#include "concord/lineage.h"
#include "concord/paragraphs.h"
#include "concord/result.h"
#include "concord/similarity.h"

namespace concord {

/// Called with the fraction of the work done, from 0 to 1, between phases.
using ProgressCallback = std::function<void(double)>;

/// Settings of `analyze`.
struct AnalyzeOptions {
  /// How paragraphs are found and what comparisons ignore (whitespace always collapses).
  TextOptions text = TextOptions::folded();
  DuplicateOptions duplicates;  ///< Duplicate settings (its `text` is replaced by the above).
  PassageOptions passages;      ///< Shared-passage settings.
  LevelThresholds levels;       ///< Where match levels begin.
  uint32_t allPairsUpTo = 200;  ///< Report every pair up to this many documents, else only related.
  uint32_t matrixUpTo = 2000;   ///< Fill the full rewrite-score matrix up to this many documents.
  /// In larger sets, a 3-word phrase found in more documents than this is a stock phrase: it
  /// seeds no passage and does not count as shared material.
  uint32_t maxSeedDocuments = 64;
  LineageOptions lineage;  ///< Lineage and attribution (concord/lineage.h).
};

/// A passage shared by two documents, as byte ranges in each.
struct DocumentPassage {
  uint32_t a = 0, b = 0;      ///< Document indices, a < b.
  ByteRange aRange, bRange;   ///< From the first to the last word of the passage in each.
  uint32_t aWords = 0;        ///< Words of a the passage spans.
  uint32_t bWords = 0;        ///< Words of b the passage spans.
  uint32_t matchedWords = 0;  ///< Words inside exact matches.
};

/// Scores and level of one pair of documents.
struct PairResult {
  uint32_t a = 0, b = 0;                      ///< Document indices, a < b.
  PairScores scores;                          ///< See PairScores.
  MatchLevel level = MatchLevel::kUnrelated;  ///< From the scores and the thresholds.
};

/// Per-document facts.
struct DocumentSummary {
  uint32_t words = 0;       ///< Words: the same count as profileDocument (document.h).
  uint32_t paragraphs = 0;  ///< Non-blank paragraphs, as profileDocument finds them.
  /// What a clean copy drops: each paragraph that repeats an earlier one of the same document
  /// (any group, short repeats included), from its start to the start of the next paragraph.
  std::vector<ByteRange> repeats;
};

/// Everything `analyze` finds.
struct Analysis {
  std::vector<DocumentSummary> documents;  ///< One per input text.
  Duplicates duplicates;                   ///< Repeated paragraphs.
  std::vector<DocumentPassage> passages;   ///< Shared passages, by (a, b, a position).
  /// Every pair when there are at most allPairsUpTo documents, else pairs not unrelated; by (a, b).
  std::vector<PairResult> pairs;
  /// Rewrite score of every pair, row-major n * n (1 on the diagonal); empty above matrixUpTo.
  std::vector<float> matrix;
  /// Groups of two or more related documents (connected by pairs not unrelated), largest first.
  std::vector<std::vector<uint32_t>> clusters;
  /// Every document once, clusters first with similar documents adjacent: a matrix order.
  std::vector<uint32_t> order;
  Lineage lineage;  ///< Which document was revised or rewritten from which (concord/lineage.h).
  /// Per document, where each sentence came from (concord/attribution.h); empty when disabled.
  std::vector<DocumentAttribution> attribution;
};

/// Analyses `texts` (UTF-8) as one set.
Result<Analysis> analyze(const std::vector<std::string_view>& texts, const AnalyzeOptions& options,
                         const ProgressCallback& progress = nullptr);

/// `text` without the byte ranges in `drop` (sorted, disjoint): a clean copy.
std::string removeRanges(std::string_view text, const std::vector<ByteRange>& drop);

}  // namespace concord

#endif  // CONCORD_ANALYZE_H_
