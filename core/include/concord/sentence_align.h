// Sentence-level rewrite alignment: which sentences of one text were rewritten from which
// sentences of another, in any order and many-to-many, and the paragraph links that follow.
//
//   concord::Result<concord::SentenceAlignment> aligned = concord::alignSentences(a, b);
//   for (const concord::SentenceLink& link : aligned.value().sentenceLinks)
//     if (link.likely) show(aligned.value().aSentences[link.a].range, ...);
//   for (const concord::ParagraphLink& link : aligned.value().paragraphLinks) ...
//
// Evidence is lexical: Porter2 stems of content words weighted by their idf over the sentences of
// the two texts, names (capitalised words not opening a sentence) and numbers weighed up, stock
// phrases of news ("said in a statement", weekdays) weighed down. A sentence links to the
// sentence of the other text it is most similar to, and every sentence that is most similar to
// it links to it too: a sentence condensed from two links to both, a moved one is found wherever
// it went. Confidences are probabilities calibrated on labelled rewrites (docs/rewrites.md).
//
// Copied or rewritten: a link is `copied` when its two sentences are equal once case, white
// space, punctuation and typography are folded (paragraphKey with TextOptions::folded(), the
// key exact duplicates share). Every sentence gets a kind: kCopied when an equal sentence is on
// the other side, else kRewritten when it has a likely link, else kNew.
#ifndef CONCORD_SENTENCE_ALIGN_H_
#define CONCORD_SENTENCE_ALIGN_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "concord/paragraphs.h"
#include "concord/result.h"
#include "concord/text.h"
#include "concord/text_options.h"

namespace concord {

/// Settings of `alignSentences`.
struct SentenceAlignOptions {
  /// How paragraphs are found (`split`); words are read by the one tokenizer and stemmed.
  TextOptions text;
  /// Links below this confidence are dropped (sentence and paragraph links alike), except
  /// copied sentence links, which are always kept.
  double minConfidence = 0.5;
  /// Paragraph links below this confidence are dropped as well: a paragraph link needs more than
  /// one weak sentence link (below it, links were right about half the time in cross-validation
  /// on the labelled rewrites, docs/rewrites.md).
  double minParagraphConfidence = 0.8;
};

/// Confidence from which a link is shown as likely: such links were right at least 95% of the
/// time on the labelled rewrites (docs/rewrites.md).
inline constexpr double kLikelyConfidence = 0.9;

/// One sentence: its trimmed bytes and the paragraph holding it.
struct Sentence {
  ByteRange range;         ///< Bytes in its own text.
  uint32_t paragraph = 0;  ///< Index into the paragraphs of its text.
};

/// Sentence `a` of the first text and sentence `b` of the second say the same thing.
struct SentenceLink {
  uint32_t a = 0;          ///< Sentence index in the first text.
  uint32_t b = 0;          ///< Sentence index in the second text.
  double similarity = 0;   ///< Weighted cosine of their terms, 0 to 1.
  double containment = 0;  ///< Shared weight over the weight of the lighter sentence, 0 to 1.
  double shared = 0;       ///< Summed weight of the terms both hold (idf, names, numbers).
  double confidence = 0;   ///< Calibrated probability that the link is right.
  /// How far this link's cosine stands above the strongest other candidate of its two sentences
  /// (the larger of the two margins; -1 to 1): a rewritten sentence stands out from the rest of
  /// the other text, a sentence on the story's topic alone does not.
  double margin = 0;
  bool best = false;    ///< One is the other's most similar sentence (else a runner-up).
  bool mutual = false;  ///< Each is the other's most similar sentence.
  bool titles = false;  ///< Both are their texts' titles (a first line with no full stop).
  bool likely = false;  ///< confidence >= kLikelyConfidence.
  /// The two sentences are equal after folding case, white space, punctuation and typography.
  bool copied = false;
  /// Copied, or likely and backed by more than the sentence model: the pair as a whole is a
  /// rewrite (counterpartShare 0.8 or more), or the two sentences say much the same (cosine 0.3
  /// or more), or a neighbouring sentence of each is linked in the same order. A likely link
  /// without it is what two articles on one topic written apart show; attribution calls its
  /// sentence kUnsure (docs/rewrites.md, "Unsure attributions").
  bool corroborated = false;
};

/// What became of a sentence in the other text, or (attribution, concord/attribution.h) where a
/// sentence of a set came from: one kind for the pair view, attribution and lineage alike.
enum class SentenceKind : uint8_t {
  kCopied = 0,     ///< An equal sentence (after folding) is on the other side: a copied link.
  kRewritten = 1,  ///< Not copied, but it has a likely link.
  kNew = 2,        ///< Neither: no sentence of the other text is likely its source or copy.
  /// Attribution only (a pair's kinds say kRewritten): its best link is likely but not
  /// corroborated (SentenceLink::corroborated), so it is possibly rewritten from its source.
  kUnsure = 3,
};

/// Paragraph `a` of the first text and paragraph `b` of the second share rewritten sentences.
struct ParagraphLink {
  uint32_t a = 0;              ///< Paragraph index in the first text.
  uint32_t b = 0;              ///< Paragraph index in the second text.
  uint32_t sentenceLinks = 0;  ///< Sentence links between the two.
  double similarity = 0;       ///< Weighted cosine of the two paragraphs' terms, 0 to 1.
  double evidence = 0;    ///< Chance that at least one of its sentence links is right (noisy or).
  double coverage = 0;    ///< Largest share of either paragraph's sentences in those links.
  double confidence = 0;  ///< Calibrated probability that the link is right.
  bool likely = false;    ///< confidence >= kLikelyConfidence.
};

/// The sentence and paragraph links between two texts.
struct SentenceAlignment {
  std::vector<ByteRange> aParagraphs;         ///< Paragraphs of the first text.
  std::vector<ByteRange> bParagraphs;         ///< Paragraphs of the second text.
  std::vector<Sentence> aSentences;           ///< Sentences of the first text.
  std::vector<Sentence> bSentences;           ///< Sentences of the second text.
  std::vector<SentenceLink> sentenceLinks;    ///< Sorted by a, then b.
  std::vector<ParagraphLink> paragraphLinks;  ///< Sorted by a, then b.
  std::vector<SentenceKind> aKinds;           ///< Per sentence of the first text.
  std::vector<SentenceKind> bKinds;           ///< Per sentence of the second text.
  /// How much the two texts are rewrites of each other as a whole, 0 to 1: the larger of the two
  /// texts' shares of sentences (with terms) that have a copied link or a likely one under the
  /// link model. Rewrites score high (nearly every sentence has a
  /// counterpart; a condensed text's every one); two articles on one topic written apart score
  /// low, though each of their sentences still has a most similar one. A high share corroborates
  /// the pair's likely links (SentenceLink::corroborated; docs/rewrites.md, "Same topic, not
  /// rewrites").
  double counterpartShare = 0;
};

/// Largest sentence count of a times that of b that `alignSentences` accepts.
inline constexpr uint64_t kMaxSentencePairs = 25'000'000;

/// Links the sentences and paragraphs of `a` (UTF-8) with those of `b` they were rewritten from.
Result<SentenceAlignment> alignSentences(std::string_view a, std::string_view b,
                                         const SentenceAlignOptions& options = {});

}  // namespace concord

#endif  // CONCORD_SENTENCE_ALIGN_H_
