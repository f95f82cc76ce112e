// alignSentences: three passes, each in a file of its own: weighted terms per sentence
// (sentence_terms.cc), candidate sentence links (sentence_links.cc), paragraph links
// (paragraph_links.cc); then each sentence's kind, copied, rewritten or new, from its kept links.
#include "concord/sentence_align.h"

#include <algorithm>
#include <string>

#include "sentence_terms.h"

namespace concord {
namespace {

// Per sentence of one side: kCopied with a copied link, else kRewritten with a likely one.
std::vector<SentenceKind> kindsOf(size_t count, const std::vector<SentenceLink>& links, bool aSide) {
  std::vector<SentenceKind> kinds(count, SentenceKind::kNew);
  for (const SentenceLink& link : links) {
    SentenceKind& kind = kinds[aSide ? link.a : link.b];
    if (link.copied) {
      kind = SentenceKind::kCopied;
    } else if (link.likely && kind == SentenceKind::kNew) {
      kind = SentenceKind::kRewritten;
    }
  }
  return kinds;
}

}  // namespace

Result<SentenceAlignment> alignSentences(std::string_view a, std::string_view b,
                                         const SentenceAlignOptions& options) {
  align::TextReader reader(options.text);
  const align::RawText ra = reader.read(a), rb = reader.read(b);
  return align::alignRead(reader, ra, rb, options);
}

namespace align {

Result<SentenceAlignment> alignRead(TextReader& reader, const RawText& ra, const RawText& rb,
                                    const SentenceAlignOptions& options) {
  if (ra.tooLarge || rb.tooLarge)
    return Result<SentenceAlignment>::failure("a text is larger than 1 GB");
  const uint64_t pairs = uint64_t{ra.sentences.size()} * rb.sentences.size();
  if (pairs > kMaxSentencePairs)
    return Result<SentenceAlignment>::failure(
        "too many sentences to align (" + std::to_string(ra.sentences.size()) + " x " +
        std::to_string(rb.sentences.size()) + "); split the texts into smaller parts");
  TextTerms ta, tb;
  reader.weigh(ra, rb, ta, tb);
  const CandidateLinks found = candidateLinks(ta, tb);
  const std::vector<SentenceLink>& candidates = found.links;
  SentenceAlignment out;
  out.counterpartShare = found.counterpartShare;
  out.paragraphLinks = linkParagraphs(
      ta, tb, candidates, std::max(options.minConfidence, options.minParagraphConfidence));
  for (SentenceLink link : candidates) {
    link.likely = link.confidence >= kLikelyConfidence;
    if (link.copied || link.confidence >= options.minConfidence) out.sentenceLinks.push_back(link);
  }
  corroborate(out.sentenceLinks, out.counterpartShare);
  out.aKinds = kindsOf(ta.sentences.size(), out.sentenceLinks, true);
  out.bKinds = kindsOf(tb.sentences.size(), out.sentenceLinks, false);
  out.aParagraphs = std::move(ta.paragraphs);
  out.bParagraphs = std::move(tb.paragraphs);
  out.aSentences = std::move(ta.sentences);
  out.bSentences = std::move(tb.sentences);
  return out;
}

}  // namespace align
}  // namespace concord
