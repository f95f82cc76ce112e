// Lineage: which document of a set was most likely revised or rewritten from which, as a forest
// of edges over the documents, with what supports each edge. analyze() computes it (and the
// attribution of every sentence, concord/attribution.h) from its related pairs:
//
//   concord::AnalyzeOptions options;
//   options.lineage.modified = {fileTimeA, fileTimeB, 0};  // optional, ms since 1970; 0 unknown
//   const concord::Analysis analysis = concord::analyze(texts, options).value();
//   for (const concord::LineageEdge& e : analysis.lineage.edges)
//     print(e.from, e.directed ? "->" : "--", e.to, e.confidence);
//
// How: the related pairs (each document's closest few) are aligned sentence by sentence
// (concord/sentence_align.h). A pair's strength is the mean, over the sentences of both, of the
// similarity of each sentence's best link (0 for a sentence with none): a nearer version shares
// more sentences, more closely. The maximum spanning forest over those strengths links each
// version to its nearest one, so drafts 1, 2, 3 come out as a chain 1-2-3, not a star. Direction
// comes from dates (in the text, else the files' last-modified times) or, failing those, from a
// strong asymmetry: one text holds nearly all of the other's sentences and adds more.
#ifndef CONCORD_LINEAGE_H_
#define CONCORD_LINEAGE_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "concord/attribution.h"
#include "concord/text.h"

namespace concord {

/// Settings of the lineage and attribution.
struct LineageOptions {
  bool enabled = true;  ///< False: analyze() leaves lineage and attribution empty.
  /// Per document, the last-modified time of its file in ms since 1970 (0 or missing: unknown).
  std::vector<double> modified;
  /// Each document is aligned with at most this many of its most related documents.
  uint32_t maxSources = 6;
};

/// Where a document's date came from.
enum class DateSource : uint8_t {
  kNone = 0,      ///< No date.
  kText = 1,      ///< A date in the text: "Updated ...", "Published ...", or a dateline.
  kModified = 2,  ///< The file's last-modified time (LineageOptions::modified).
};

/// A document's date, as lineage uses it.
struct DocumentDate {
  double time = 0;                       ///< Milliseconds since 1970 (UTC); 0 when none.
  DateSource source = DateSource::kNone;  ///< Where it came from.
  ByteRange range;  ///< The date in the text (kText only; the latest labelled one).
};

/// What gave an edge its direction.
enum class DirectionBasis : uint8_t {
  kNone = 0,         ///< Nothing: the edge is undirected.
  kTextDates = 1,    ///< Both texts carry dates and they differ.
  kModified = 2,     ///< Both files' last-modified times are known and differ.
  kContainment = 3,  ///< One text holds nearly all of the other's sentences and adds more.
};

/// What supports a lineage edge. "From" and "to" are the edge's ends.
struct LineageEvidence {
  /// Their titles (first lines with no full stop) are linked, or one's first sentence is copied
  /// word for word anywhere in the other (a reused headline).
  bool sharedTitle = false;
  bool titleCopied = false;  ///< A first sentence or title is copied word for word.
  uint32_t copied = 0;          ///< Sentences of `from` copied word for word in `to`.
  uint32_t rewritten = 0;       ///< Sentences of `from` rewritten in `to`.
  uint32_t fromSentences = 0;   ///< Sentences of `from`.
  uint32_t toSentences = 0;     ///< Sentences of `to`.
  double fromInTo = 0;          ///< Share of from's sentences found (copied or rewritten) in to.
  double toInFrom = 0;          ///< Share of to's sentences found in from.
  double strength = 0;          ///< The pair's strength (see the top of this header), 0 to 1.
  double runnerUp = 0;          ///< Strongest other pair that could replace this edge, or 0.
  DocumentDate fromDate;        ///< Date of `from`.
  DocumentDate toDate;          ///< Date of `to`.
  DirectionBasis direction = DirectionBasis::kNone;  ///< What directed the edge.
};

/// `to` was most likely revised or rewritten from `from` (or, undirected, one from the other).
struct LineageEdge {
  uint32_t from = 0;      ///< Document index; when undirected, the smaller of the two.
  uint32_t to = 0;        ///< Document index.
  bool directed = false;  ///< Whether something supports the direction (evidence.direction).
  /// How sure the edge is, 0 to 1: high when the two share much and no other pair could replace
  /// the edge nearly as well (a heuristic, not a calibrated probability).
  double confidence = 0;
  LineageEvidence evidence;  ///< What supports it.
};

/// Confidence below which the page calls an edge unsure.
inline constexpr double kSureLineage = 0.6;

/// The lineage forest of a set of documents.
struct Lineage {
  std::vector<LineageEdge> edges;   ///< Strongest first.
  std::vector<DocumentDate> dates;  ///< One per document.
};

/// The date `text` says it is from: the latest date after "Updated", "Published", "Posted",
/// "Revised" or "Last modified", else a date in its first 300 bytes (a dateline), else none.
DocumentDate findTextDate(std::string_view text);

}  // namespace concord

#endif  // CONCORD_LINEAGE_H_
