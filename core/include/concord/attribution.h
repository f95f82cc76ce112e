// Attribution: for each document of a set, where each of its sentences came from — copied word
// for word from a sentence of another document, rewritten from one, possibly rewritten from one
// (unsure), or new — and a summary per source ("41% rewritten from A, 5% possibly from B, 12%
// copied from B, 42% new"). Computed by analyze() beside the
// lineage (concord/lineage.h), from the same sentence alignments:
//
//   const concord::Analysis& analysis = ...;
//   for (const concord::SentenceAttribution& s : analysis.attribution[d].sentences)
//     if (s.origin != concord::SentenceKind::kNew) show(s.range, s.source, s.sourceSentence);
//
// A sentence's origin is the sentence aligner's kind (SentenceAlignment's per-sentence kinds,
// concord/sentence_align.h) against every candidate source: copied if it is copied from any, else
// rewritten if it is rewritten from any with a corroborated link (SentenceLink::corroborated),
// else unsure ("possibly rewritten from") if its link is likely but not corroborated, else new.
// Among sources of that kind the one whose sentence is most similar wins, then the nearest document
// (the strongest lineage pair). A document the lineage shows to be derived from this one is never
// its source. Repeats of a sentence in one document (a body pasted twice) share the surest
// origin any of them has.
#ifndef CONCORD_ATTRIBUTION_H_
#define CONCORD_ATTRIBUTION_H_

#include <cstdint>
#include <vector>

#include "concord/sentence_align.h"
#include "concord/text.h"

namespace concord {


/// Whether a source is known to be earlier than the document it is a source of.
enum class SourceOrder : uint8_t {
  kUnknown = 0,  ///< No directed lineage path joins them: it may be the other way round.
  kEarlier = 1,  ///< A directed lineage path leads from the source to the document.
};

/// One sentence of a document and where it came from.
struct SentenceAttribution {
  ByteRange range;                              ///< The sentence, in its own document.
  /// Copied, rewritten, unsure or new: the aligner's kind of the sentence against its source,
  /// kUnsure when that is a rewritten link the alignment does not corroborate (kNew: found in no
  /// other document of the set). An unsure sentence keeps its source, sentence and confidence.
  SentenceKind origin = SentenceKind::kNew;
  uint32_t source = 0;          ///< Document it came from (meaningless when new).
  uint32_t sourceSentence = 0;  ///< Sentence index in that document's attribution.
  ByteRange sourceRange;        ///< That sentence, in the source document.
  double similarity = 0;        ///< Of the two sentences' weighted terms, 0 to 1.
  double confidence = 0;        ///< The sentence link's calibrated confidence.
};

/// What one source gave a document.
struct SourceShare {
  uint32_t source = 0;     ///< Document index.
  uint32_t copied = 0;     ///< Sentences copied from it.
  uint32_t rewritten = 0;  ///< Sentences rewritten from it.
  uint32_t unsure = 0;     ///< Sentences possibly rewritten from it (kUnsure).
  SourceOrder order = SourceOrder::kUnknown;  ///< Whether it is known to be the earlier one.
};

/// Where the sentences of one document came from.
struct DocumentAttribution {
  std::vector<SentenceAttribution> sentences;  ///< Every sentence, in order.
  std::vector<SourceShare> sources;  ///< Every source, most sentences first, then by index.
  uint32_t copied = 0;               ///< Sentences copied from any source.
  uint32_t rewritten = 0;            ///< Sentences rewritten from any source.
  uint32_t unsure = 0;               ///< Sentences possibly rewritten from a source (kUnsure).
  uint32_t fresh = 0;                ///< New sentences.
};

}  // namespace concord

#endif  // CONCORD_ATTRIBUTION_H_
