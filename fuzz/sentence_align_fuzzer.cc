// libFuzzer target for the sentence-level rewrite alignment: one option byte, then two documents
// that share lines, verbatim or perturbed (the layout of documents.h). Checked: sentences inside
// their paragraphs, in order; links sorted, unique, in range, every score finite in [0, 1],
// `likely` exactly at the threshold, `copied` exactly when the two sentences' folded keys are
// equal and not empty, every sentence's kind as its links say; aligning b with a gives the mirror
// of a with b, confidences to the last bit; alignRewrites carries the same links and kinds; a
// text aligned with itself has every sentence with words copied.
// Build and run with scripts/fuzz sentence_align.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "checks.h"
#include "concord/paragraphs.h"
#include "concord/rewrite_align.h"
#include "concord/sentence_align.h"
#include "documents.h"

namespace {

using concord::SentenceAlignment;
using concord::SentenceKind;
using concord::SentenceLink;

std::string keyOf(std::string_view text, const concord::Sentence& s) {
  return concord::paragraphKey(s.range.in(text), concord::TextOptions::folded());
}

void checkSentences(std::string_view text, const std::vector<concord::ByteRange>& paragraphs,
                    const std::vector<concord::Sentence>& sentences) {
  const bool utf8 = concord::fuzz::validUtf8(text);
  for (const concord::ByteRange& p : paragraphs) concord::fuzz::checkRange(text, p, utf8);
  uint32_t previous = 0;
  for (const concord::Sentence& s : sentences) {
    CONCORD_FUZZ_CHECK(s.paragraph < paragraphs.size());
    const concord::ByteRange p = paragraphs[s.paragraph];
    CONCORD_FUZZ_CHECK(p.begin <= s.range.begin && s.range.end <= p.end);
    CONCORD_FUZZ_CHECK(s.range.begin < s.range.end && s.range.begin >= previous);
    concord::fuzz::checkRange(text, s.range, utf8);
    previous = s.range.end;
  }
}

// Kind of each sentence of one side, as the links say.
std::vector<SentenceKind> expectedKinds(size_t count, const std::vector<SentenceLink>& links,
                                        bool aSide) {
  std::vector<SentenceKind> kinds(count, SentenceKind::kNew);
  for (const SentenceLink& l : links) {
    SentenceKind& k = kinds[aSide ? l.a : l.b];
    if (l.copied) k = SentenceKind::kCopied;
    if (!l.copied && l.likely && k == SentenceKind::kNew) k = SentenceKind::kRewritten;
  }
  return kinds;
}

void checkAlignment(std::string_view a, std::string_view b, const SentenceAlignment& x,
                    double minConfidence) {
  checkSentences(a, x.aParagraphs, x.aSentences);
  checkSentences(b, x.bParagraphs, x.bSentences);
  for (size_t k = 0; k < x.sentenceLinks.size(); ++k) {
    const SentenceLink& l = x.sentenceLinks[k];
    CONCORD_FUZZ_CHECK(l.a < x.aSentences.size() && l.b < x.bSentences.size());
    if (k > 0) {
      const SentenceLink& p = x.sentenceLinks[k - 1];
      CONCORD_FUZZ_CHECK(std::tie(p.a, p.b) < std::tie(l.a, l.b));
    }
    for (const double score : {l.similarity, l.containment, l.confidence})
      concord::fuzz::checkScore(score);
    CONCORD_FUZZ_CHECK(l.shared >= 0 && l.shared < 1e300);
    CONCORD_FUZZ_CHECK(l.likely == (l.confidence >= concord::kLikelyConfidence));
    CONCORD_FUZZ_CHECK(l.copied || l.confidence >= minConfidence);
    CONCORD_FUZZ_CHECK(!l.mutual || l.best);
    const std::string ka = keyOf(a, x.aSentences[l.a]), kb = keyOf(b, x.bSentences[l.b]);
    CONCORD_FUZZ_CHECK(l.copied == (!ka.empty() && ka == kb));
  }
  for (size_t k = 0; k < x.paragraphLinks.size(); ++k) {
    const concord::ParagraphLink& l = x.paragraphLinks[k];
    CONCORD_FUZZ_CHECK(l.a < x.aParagraphs.size() && l.b < x.bParagraphs.size());
    if (k > 0) {
      const concord::ParagraphLink& p = x.paragraphLinks[k - 1];
      CONCORD_FUZZ_CHECK(std::tie(p.a, p.b) < std::tie(l.a, l.b));
    }
    for (const double score : {l.similarity, l.evidence, l.coverage, l.confidence})
      concord::fuzz::checkScore(score);
    CONCORD_FUZZ_CHECK(l.sentenceLinks >= 1);
    CONCORD_FUZZ_CHECK(l.likely == (l.confidence >= concord::kLikelyConfidence));
  }
  CONCORD_FUZZ_CHECK(x.aKinds == expectedKinds(x.aSentences.size(), x.sentenceLinks, true));
  CONCORD_FUZZ_CHECK(x.bKinds == expectedKinds(x.bSentences.size(), x.sentenceLinks, false));
}

// b with a is the mirror of a with b, bit for bit.
void checkMirror(const SentenceAlignment& ab, const SentenceAlignment& ba) {
  CONCORD_FUZZ_CHECK(ab.sentenceLinks.size() == ba.sentenceLinks.size());
  CONCORD_FUZZ_CHECK(ab.paragraphLinks.size() == ba.paragraphLinks.size());
  CONCORD_FUZZ_CHECK(ab.aKinds == ba.bKinds && ab.bKinds == ba.aKinds);
  std::vector<std::tuple<uint32_t, uint32_t, double, bool>> forward, mirrored;
  for (const SentenceLink& l : ab.sentenceLinks)
    forward.emplace_back(l.a, l.b, l.confidence, l.copied);
  for (const SentenceLink& l : ba.sentenceLinks)
    mirrored.emplace_back(l.b, l.a, l.confidence, l.copied);
  std::sort(mirrored.begin(), mirrored.end());
  CONCORD_FUZZ_CHECK(forward == mirrored);
  std::vector<std::tuple<uint32_t, uint32_t, double>> pf, pm;
  for (const concord::ParagraphLink& l : ab.paragraphLinks) pf.emplace_back(l.a, l.b, l.confidence);
  for (const concord::ParagraphLink& l : ba.paragraphLinks) pm.emplace_back(l.b, l.a, l.confidence);
  std::sort(pm.begin(), pm.end());
  CONCORD_FUZZ_CHECK(pf == pm);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  const uint8_t flags = data[0];
  const std::vector<std::string> texts = concord::fuzz::buildDocuments(
      std::string_view(reinterpret_cast<const char*>(data + 1), size - 1), 2);
  const std::string_view a = texts.front(), b = texts.back();
  concord::SentenceAlignOptions options;
  options.text.split = static_cast<concord::ParagraphSplit>(flags % 3);
  options.minConfidence = (flags & 4) ? 0.0 : (flags & 8) ? 0.9 : 0.5;
  const auto ab = concord::alignSentences(a, b, options);
  const auto ba = concord::alignSentences(b, a, options);
  CONCORD_FUZZ_CHECK(ab.ok() == ba.ok());
  if (!ab.ok()) {
    CONCORD_FUZZ_CHECK(!ab.error().empty());
    return 0;
  }
  checkAlignment(a, b, ab.value(), options.minConfidence);
  checkAlignment(b, a, ba.value(), options.minConfidence);
  checkMirror(ab.value(), ba.value());

  // alignRewrites carries the same links (at the default confidence) beside its rows.
  if (options.minConfidence == 0.5 && a.size() + b.size() < 32768) {
    concord::AlignOptions rowOptions;
    rowOptions.text.split = options.text.split;
    const auto rows = concord::alignRewrites(a, b, rowOptions);
    if (rows.ok()) {
      CONCORD_FUZZ_CHECK(rows.value().sentenceLinks.size() == ab.value().sentenceLinks.size());
      CONCORD_FUZZ_CHECK(rows.value().aKinds == ab.value().aKinds);
      CONCORD_FUZZ_CHECK(rows.value().bKinds == ab.value().bKinds);
    }
  }
  // A text aligned with itself: every sentence with words is copied (from itself or an equal one).
  if (a.size() < 32768) {
    const SentenceAlignment self = concord::alignSentences(a, a, options).value();
    for (size_t s = 0; s < self.aSentences.size(); ++s)
      CONCORD_FUZZ_CHECK((self.aKinds[s] == SentenceKind::kCopied) ==
                         !keyOf(a, self.aSentences[s]).empty());
  }
  return 0;
}
