// Pass 3 of the sentence alignment: paragraph links follow from sentence links. Two paragraphs
// link when sentences of one were rewritten from sentences of the other; the link's confidence
// weighs how sure those sentence links are, how much of the smaller paragraph they cover and how
// alike the two paragraphs are as a whole.
#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

#include "analysis/sort_by_key.h"
#include "sentence_terms.h"

namespace concord {
namespace align {
namespace {

// Logistic model of "this paragraph link is right", fitted on the labelled rewrites of
// tests/fixtures/rewrites by bench/rewrite_calibrate.cc (docs/rewrites.md).
constexpr double kBias = -5.731;
constexpr double kEvidence = 6.682;
constexpr double kCosine = 3.620;
constexpr double kCoverage = 2.074;

// Per paragraph: its terms summed over its sentences, sorted by id, and their norm.
struct ParagraphTerms {
  std::vector<std::vector<Term>> terms;
  std::vector<double> norms;
};

ParagraphTerms paragraphTermsOf(const TextTerms& text) {
  ParagraphTerms out;
  out.terms.resize(text.paragraphs.size());
  for (size_t s = 0; s < text.sentences.size(); ++s) {
    std::vector<Term>& terms = out.terms[text.sentences[s].paragraph];
    terms.insert(terms.end(), text.terms[s].begin(), text.terms[s].end());
  }
  for (std::vector<Term>& terms : out.terms) {
    sortTerms(terms);
    std::vector<Term> merged;
    for (const Term& t : terms) {
      if (!merged.empty() && merged.back().id == t.id) {
        merged.back().weight += t.weight;
      } else {
        merged.push_back(t);
      }
    }
    double squares = 0;
    for (const Term& t : merged) squares += t.weight * t.weight;
    out.norms.push_back(std::sqrt(squares));
    terms = std::move(merged);
  }
  return out;
}

std::vector<uint32_t> sentenceCounts(const TextTerms& text) {
  std::vector<uint32_t> counts(text.paragraphs.size(), 0);
  for (const Sentence& s : text.sentences) ++counts[s.paragraph];
  return counts;
}

// What the sentence links between two paragraphs say.
struct Support {
  std::vector<double> confidences;  // Of its sentence links.
  std::vector<uint32_t> aSentences, bSentences;
};

// The chance that every one of the links is wrong: the product of (1 - confidence), taken in
// ascending order of confidence so that b with a multiplies in the same order as a with b (the
// links come sorted by a there and by b here; a product in another order differs in the last
// bits).
double allWrong(const std::vector<double>& confidences) {
  // Through the std::sort of uint64 (orderedKey keeps the order of the doubles): one of
  // doubles would be another copy of std::sort in the wasm.
  std::vector<uint64_t> ascending;
  ascending.reserve(confidences.size());
  for (const double c : confidences) ascending.push_back(orderedKey(c));
  std::sort(ascending.begin(), ascending.end());
  double unsure = 1;
  for (const uint64_t key : ascending) unsure *= 1 - fromOrderedKey(key);
  return unsure;
}

size_t distinctCount(std::vector<uint32_t>& v) {
  std::sort(v.begin(), v.end());
  return static_cast<size_t>(std::unique(v.begin(), v.end()) - v.begin());
}

}  // namespace

std::vector<ParagraphLink> linkParagraphs(const TextTerms& ta, const TextTerms& tb,
                                          const std::vector<SentenceLink>& candidates,
                                          double minConfidence) {
  std::map<std::pair<uint32_t, uint32_t>, Support> support;
  for (const SentenceLink& link : candidates) {
    Support& s = support[{ta.sentences[link.a].paragraph, tb.sentences[link.b].paragraph}];
    s.confidences.push_back(link.confidence);
    s.aSentences.push_back(link.a);
    s.bSentences.push_back(link.b);
  }
  const ParagraphTerms pa = paragraphTermsOf(ta), pb = paragraphTermsOf(tb);
  const std::vector<uint32_t> countA = sentenceCounts(ta), countB = sentenceCounts(tb);
  std::vector<ParagraphLink> links;
  for (auto& [key, s] : support) {
    const auto [a, b] = key;
    ParagraphLink link;
    link.a = a, link.b = b, link.sentenceLinks = static_cast<uint32_t>(s.confidences.size());
    link.similarity = overlapOf(pa.terms[a], pa.norms[a], pb.terms[b], pb.norms[b]).cosine;
    // The larger share of either paragraph's sentences taking part in the links.
    link.coverage = std::max(static_cast<double>(distinctCount(s.aSentences)) / countA[a],
                             static_cast<double>(distinctCount(s.bSentences)) / countB[b]);
    link.evidence = 1 - allWrong(s.confidences);
    const double z =
        kBias + kEvidence * link.evidence + kCosine * link.similarity + kCoverage * link.coverage;
    link.confidence = 1.0 / (1.0 + std::exp(-z));
    link.likely = link.confidence >= kLikelyConfidence;
    if (link.confidence >= minConfidence) links.push_back(link);
  }
  return links;
}

}  // namespace align
}  // namespace concord
