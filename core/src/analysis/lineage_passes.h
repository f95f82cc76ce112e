// The lineage and attribution of analyze() as a chain of named passes (internal), one file each:
//
//   chooseCandidates  each document's closest related documents         lineage_candidates.cc
//   alignCandidates   sentence alignment of every candidate pair         lineage_align.cc
//   findDates         each document's date: its text, else its file      lineage.cc
//   spanForest        maximum spanning forest, confidences, direction   lineage_forest.cc
//   attributeSentences  each sentence's origin and the per-source sums  attribution.cc
#ifndef CONCORD_SRC_ANALYSIS_LINEAGE_PASSES_H_
#define CONCORD_SRC_ANALYSIS_LINEAGE_PASSES_H_

#include <cstdint>
#include <functional>
#include <limits>
#include <string_view>
#include <vector>

#include "concord/analyze.h"
#include "concord/lineage.h"
#include "concord/sentence_align.h"

namespace concord {
namespace detail {

/// No sentence or document.
inline constexpr uint32_t kNoIndex = std::numeric_limits<uint32_t>::max();

/// The best link of one sentence into the other document of a pair.
struct SentenceMatch {
  uint32_t other = kNoIndex;  ///< Sentence index in the other document, or kNoIndex.
  SentenceKind origin = SentenceKind::kNew;  ///< The aligner's kind for this sentence.
  double similarity = 0;  ///< Of the best link.
  double confidence = 0;  ///< Of the best link.
  bool corroborated = false;  ///< The best link's SentenceLink::corroborated.
};

/// A candidate pair, aligned sentence by sentence.
struct AlignedPair {
  uint32_t a = 0, b = 0;              ///< Document indices, a < b.
  std::vector<SentenceMatch> aMatch;  ///< Per sentence of a.
  std::vector<SentenceMatch> bMatch;  ///< Per sentence of b.
  bool sharedTitle = false, titleCopied = false;
  double strength = 0;  ///< Mean best-link similarity over the sentences of both.
};

/// What the lineage passes share.
struct LineageState {
  LineageState(const std::vector<std::string_view>& t, const AnalyzeOptions& o,
               const std::vector<PairResult>& p)
      : texts(t), options(o), pairs(p), n(static_cast<uint32_t>(t.size())) {}

  const std::vector<std::string_view>& texts;
  const AnalyzeOptions& options;
  const std::vector<PairResult>& pairs;
  const uint32_t n;
  std::function<void(double)> progress;              ///< Share of the alignments done, 0 to 1.
  std::vector<uint64_t> candidates;                  ///< chooseCandidates: pair keys, sorted.
  std::vector<AlignedPair> aligned;                  ///< alignCandidates, by (a, b).
  std::vector<std::vector<ByteRange>> sentences;     ///< alignCandidates: per document.
  Lineage lineage;                                   ///< findDates, spanForest.
  std::vector<DocumentAttribution> attribution;      ///< attributeSentences.
};

struct AnalysisState;
/// True when analyze() traces lineage for `documents` documents with `options`.
inline bool tracesLineage(const LineageOptions& options, size_t documents) {
  return options.enabled && documents <= options.upTo;
}
/// The progress analyze() reports for `fraction` of its passes' own scale (the passes before
/// lineage up to 0.95, lineage 0.95 to 0.995, clusters 1) when it traces lineage: the passes
/// before it get [0, 0.4], lineage [0.4, 0.995]. Aligning the candidates' sentences is most of
/// an analysis of a thousand articles (docs/bench.md, "Lineage and attribution"), and a bar
/// waiting at 95% through it looks stuck.
double progressWithLineage(double fraction);
/// The lineage and attribution of the pairs analyze() scored (the pass hooked into analyze()).
void traceLineage(AnalysisState& analysis);
/// Keeps, for each document, its maxSources most related documents (by rewrite score).
void chooseCandidates(LineageState& state);
/// Aligns the sentences of every candidate pair; records each document's sentences.
void alignCandidates(LineageState& state);
/// Each document's date: from its text, else its file's last-modified time.
void findDates(LineageState& state);
/// The maximum spanning forest over pair strengths, each edge's confidence and direction.
void spanForest(LineageState& state);
/// Each sentence's origin and source, and every document's sums per source.
void attributeSentences(LineageState& state);

}  // namespace detail
}  // namespace concord

#endif  // CONCORD_SRC_ANALYSIS_LINEAGE_PASSES_H_
