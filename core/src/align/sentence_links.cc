// Pass 2 of the sentence alignment: each sentence links to its most similar sentences of the
// other text, found through an inverted index of terms, so order plays no part. A pair is a
// candidate when it is the best of either sentence, or the runner-up of either at half the
// best's similarity or more: a sentence condensed from two is the best of both, a sentence split
// in two has both halves pointing to it, a sentence merged from three keeps its runner-up.
// Titles pair with titles only, when both texts have one; headings (subheadings, a title under a
// standfirst) with headings only, when both texts have some: a heading is a handful of the
// story's topic words, which most sentences of a retelling share, so a heading linked to a body
// sentence (or a standfirst to a subheading) was a confident wrong link on real articles
// ("DeepSeek's Meteoric Rise: How China Defied US Restrictions …" with "Will China's AI rise
// force the U.S. to rethink its tech restrictions?", 0.94), while rewrites retell a heading in
// a heading.
#include <algorithm>
#include <cmath>

#include "analysis/sort_by_key.h"
#include "sentence_terms.h"

namespace concord {
namespace align {
namespace {

// Logistic model of "this sentence link is right", fitted on the labelled rewrites of
// tests/fixtures/rewrites by bench/rewrite_calibrate.cc (docs/rewrites.md).
// The shared weight enters in units of the largest idf the alignment can give, ln(1 + N) for N
// sentences (N at least kFewestSentences): an idf grows with the texts' length, so in raw units
// two long articles sharing one rare word and a topic word looked as sure as a short rewrite
// sharing three names (the five example articles, up to 121 sentences a pair, had body links at
// cosine 0.08 shown as likely). The labelled rewrites have 19 to 32 sentences a pair: below 40
// the scale is constant, and the models behave there as they were fitted.
constexpr double kFewestSentences = 40;
// The margin (SentenceLink::margin) says whether the link stands out from the sentence's other
// candidates: in two articles on one topic that are not rewrites of each other every sentence
// still has a most similar one, as close as the next (leave-one-out log loss 0.1808 with it,
// 0.1890 without).
constexpr double kBias = -4.417;
constexpr double kCosine = 0.968;
constexpr double kContainment = 4.070;
constexpr double kMutual = 1.824;
constexpr double kBest = 0.635;
constexpr double kShared = 3.087;
constexpr double kTitles = 2.172;
constexpr double kMargin = 4.299;

// A runner-up is a candidate from this share of the best's similarity.
constexpr double kRunnerUpShare = 0.5;

// Terms a heading must share with a heading of the other text to be similar at all (the two
// titles excepted, which pair with each other only): a heading is a few topic words, not a
// statement, and one word in common gives a one-word heading a containment of 1 ("The
// Challenge" with "Chinese AI Model DeepSeek Challenges US Tech Dominance …", 0.99). Body
// sentences keep one-term links: "The attendance was 6,842." is rightly "A crowd of 6,842
// watched the game." (the labelled rewrites lose three such right links under a general rule).
constexpr uint32_t kMinHeadingSharedTerms = 2;

// The highest confidence of a rewritten link between headings other than the two titles, unless
// the two share most of their words (a weighted cosine of kHeadingCosine or more). The labelled
// rewrites have no subheadings, so nothing calibrates such links, and on real articles
// subheadings sharing topic words said different things ("DeepSeek: The Chinese AI App Making
// Waves Globally" with "A New Wave of Chinese AI Startups", cosine 0.31, at 0.99), while a
// headline retold under a standfirst kept its words ("China's DeepSeek AI: Disrupting Silicon
// Valley Amid US Tech Curbs" for "… overcame US curbs to stun Silicon Valley", 0.64). Below the
// line they are shown as possible, never as likely, and attribution does not take them.
constexpr double kHeadingCosine = 0.5;
constexpr double kHeadingConfidenceCap = 0.75;

// How many of the most similar sentences of the other text each sentence keeps: the best and a
// runner-up (a third rank, for sentences merged from three, lowered the leave-one-out F1 of the
// calibration pairs from 0.976 to 0.967: it adds more wrong links than it finds).
constexpr int kKept = 2;

// The kKept most similar sentences of the other text, best first: indices and cosines (-1: none).
struct Top {
  double cosine[kKept] = {};
  int64_t index[kKept] = {-1, -1};
  bool isBest(int64_t k) const { return index[0] == k; }
  bool holds(int64_t k) const { return std::find(index, index + kKept, k) != index + kKept; }
  bool isRunnerUp(int64_t k, double c) const {
    return k != index[0] && holds(k) && c >= kRunnerUpShare * cosine[0];
  }
  // The cosine of the strongest kept sentence other than k (0 when none).
  double strongestOther(int64_t k) const {
    for (int r = 0; r < kKept; ++r)
      if (index[r] >= 0 && index[r] != k) return cosine[r];
    return 0;
  }
};

bool beats(double c, int64_t k, double cosine, int64_t index) {
  return index < 0 || c > cosine || (c == cosine && k < index);
}

void offer(Top& top, double c, int64_t k) {
  int at = kKept;
  while (at > 0 && beats(c, k, top.cosine[at - 1], top.index[at - 1])) --at;
  if (at == kKept) return;
  for (int r = kKept - 1; r > at; --r)
    top.cosine[r] = top.cosine[r - 1], top.index[r] = top.index[r - 1];
  top.cosine[at] = c, top.index[at] = k;
}

// One entry of the inverted index: a sentence holding the term, and its weight there.
struct Posting {
  uint32_t sentence;
  double weight;
};

// Postings: for every term id, the sentences of `text` holding it.
std::vector<std::vector<Posting>> postingsOf(const TextTerms& text, size_t termCount) {
  std::vector<std::vector<Posting>> postings(termCount);
  for (uint32_t s = 0; s < text.terms.size(); ++s)
    for (const Term& t : text.terms[s]) postings[t.id].push_back({s, t.weight});
  return postings;
}

size_t termCountOf(const TextTerms& ta, const TextTerms& tb) {
  uint32_t count = 0;
  for (const TextTerms* text : {&ta, &tb})
    for (const auto& terms : text->terms)
      for (const Term& t : terms) count = std::max(count, t.id + 1);
  return count;
}

// `largestIdf`: ln(1 + N), N the sentences of both texts or kFewestSentences if more.
double sentenceLogOdds(const SentenceLink& link, double largestIdf) {
  return kBias + kCosine * link.similarity + kContainment * link.containment +
         kMutual * (link.mutual ? 1 : 0) + kBest * (link.best ? 1 : 0) +
         kShared * std::log1p(link.shared / largestIdf) + kTitles * (link.titles ? 1 : 0) +
         kMargin * link.margin;
}

// Both texts' best and runner-up sentences for every sentence of the other. Dot products add
// up through the inverted index, term by term in id order (as overlapOf adds them, so both
// directions of an alignment get the same cosines to the last bit).
void rankPairs(const TextTerms& ta, const TextTerms& tb, std::vector<Top>& topA,
               std::vector<Top>& topB) {
  const std::vector<std::vector<Posting>> postings = postingsOf(tb, termCountOf(ta, tb));
  const bool titles = ta.title >= 0 && tb.title >= 0;
  const bool headings = ta.hasHeadings && tb.hasHeadings;
  std::vector<double> dot(tb.terms.size(), 0.0);
  std::vector<uint32_t> common(tb.terms.size(), 0);  // Terms shared with sentence i.
  std::vector<uint32_t> touched;
  for (uint32_t i = 0; i < ta.terms.size(); ++i) {
    touched.clear();
    for (const Term& t : ta.terms[i]) {
      for (const Posting& p : postings[t.id]) {
        if (common[p.sentence]++ == 0) touched.push_back(p.sentence);
        dot[p.sentence] += t.weight * p.weight;
      }
    }
    for (const uint32_t j : touched) {
      const double cosine = std::min(1.0, dot[j] / (ta.norms[i] * tb.norms[j]));
      const uint32_t shared = common[j];
      dot[j] = 0, common[j] = 0;
      const bool titlePair = ta.title == int64_t{i} && tb.title == int64_t{j};
      if (titles && (ta.title == int64_t{i}) != (tb.title == int64_t{j})) continue;
      if ((ta.headings[i] || tb.headings[j]) && shared < kMinHeadingSharedTerms && !titlePair)
        continue;
      if (headings && ta.headings[i] != tb.headings[j]) continue;
      offer(topA[i], cosine, j);
      offer(topB[j], cosine, i);
    }
  }
}

// The share of `text`'s sentences with terms that have a likely or copied candidate link (per
// sentence: `marked`); 0 when none has terms. A count, so both directions agree exactly.
double shareMarked(const TextTerms& text, const std::vector<bool>& marked) {
  size_t counted = 0, with = 0;
  for (size_t i = 0; i < marked.size(); ++i) {
    if (text.terms[i].empty()) continue;
    ++counted;
    with += marked[i];
  }
  return counted > 0 ? static_cast<double>(with) / counted : 0;
}

// A rewritten link between headings other than the titles, capped below likely unless the two
// share most of their words (kHeadingCosine).
bool headingCapped(const TextTerms& ta, const TextTerms& tb, const SentenceLink& link) {
  return (ta.headings[link.a] || tb.headings[link.b]) && !link.titles && !link.copied &&
         link.similarity < kHeadingCosine;
}

// Sets every link's confidence from its log-odds, with the heading cap, and
// `out.counterpartShare` from those confidences.
void setConfidences(const TextTerms& ta, const TextTerms& tb, double largestIdf,
                    CandidateLinks& out) {
  std::vector<bool> markedA(ta.terms.size(), false), markedB(tb.terms.size(), false);
  for (SentenceLink& link : out.links) {
    link.confidence = 1.0 / (1.0 + std::exp(-sentenceLogOdds(link, largestIdf)));
    if (headingCapped(ta, tb, link))
      link.confidence = std::min(link.confidence, kHeadingConfidenceCap);
    if (link.copied || link.confidence >= kLikelyConfidence)
      markedA[link.a] = markedB[link.b] = true;
  }
  out.counterpartShare = std::max(shareMarked(ta, markedA), shareMarked(tb, markedB));
}

}  // namespace

CandidateLinks candidateLinks(const TextTerms& ta, const TextTerms& tb) {
  std::vector<Top> topA(ta.terms.size()), topB(tb.terms.size());
  rankPairs(ta, tb, topA, topB);
  CandidateLinks out;
  std::vector<SentenceLink>& links = out.links;
  const double largestIdf = std::log1p(
      std::max(kFewestSentences, static_cast<double>(ta.terms.size() + tb.terms.size())));
  // The link of sentences i and j, kept when it is a candidate or `copied`.
  const auto consider = [&](uint32_t i, uint32_t j, bool copied) {
    const Overlap o = overlapOf(ta.terms[i], ta.norms[i], tb.terms[j], tb.norms[j]);
    const bool bestA = topA[i].isBest(j), bestB = topB[j].isBest(i);
    if (!copied && !bestA && !bestB && !topA[i].isRunnerUp(j, o.cosine) &&
        !topB[j].isRunnerUp(i, o.cosine))
      return;

    SentenceLink link;
    link.a = i, link.b = j, link.similarity = o.cosine, link.shared = o.shared;
    const double lighter = std::min(ta.totals[i], tb.totals[j]);
    link.containment = lighter > 0 ? std::min(1.0, o.shared / lighter) : 0;
    link.margin =
        std::max(o.cosine - topA[i].strongestOther(j), o.cosine - topB[j].strongestOther(i));
    link.best = bestA || bestB;
    link.mutual = bestA && bestB;
    link.titles = ta.title == int64_t{i} && tb.title == int64_t{j};
    link.copied = ta.keys[i] != kNoKey && ta.keys[i] == tb.keys[j];
    if (link.copied && (ta.terms[i].empty() || tb.terms[j].empty())) {
      // A copied boilerplate line (no terms: it takes part in no rewritten link) is still the
      // same line on both sides.
      link.similarity = link.containment = link.margin = 1;
      link.best = link.mutual = true;
    }
    links.push_back(link);
  };
  const auto ranked = [&](uint32_t i, uint32_t j) { return topA[i].holds(j) || topB[j].holds(i); };
  // Every candidate is in the kept ranks of a or of b: visit those pairs, each once.
  for (uint32_t i = 0; i < topA.size(); ++i)
    for (const int64_t j : topA[i].index)
      if (j >= 0) consider(i, static_cast<uint32_t>(j), false);
  for (uint32_t j = 0; j < topB.size(); ++j)
    for (const int64_t i : topB[j].index)
      if (i >= 0 && !topA[i].holds(j)) consider(static_cast<uint32_t>(i), j, false);
  // Copies the ranks left out (ties among equal sentences).
  for (const auto& [i, j] : copiedPairs(ta, tb))
    if (!ranked(i, j)) consider(i, j, true);
  // By (a, b), through the sort sortByKey shares: a comparator of its own on these 56-byte
  // records was the largest std::sort copy in the wasm (11 KB).
  sortByKey(links, [](const SentenceLink& l) { return uint64_t{l.a} << 32 | l.b; });
  setConfidences(ta, tb, largestIdf, out);
  return out;
}

}  // namespace align
}  // namespace concord
