// After pass 2: whether each likely rewritten link is corroborated by more than the sentence
// model (SentenceLink::corroborated). The model is fitted on rewrites, where nearly every
// sentence has a counterpart; in two articles on one topic written apart it still shows links as
// likely that share the topic's words and one rarer word ("Unlike larger Chinese tech
// companies, DeepSeek has focused heavily on research …" with "Instead, Chinese researchers and
// companies have adapted …", 0.94, cosine 0.19). Such a link is kept and still likely, but
// attribution calls its sentence "unsure" (possibly rewritten) rather than rewritten.
//
// A likely link is corroborated when any of three things, which a real derivation has and a
// same-topic pair lacks, holds (fitted on the labelled pairs of tests/fixtures/rewrites by
// `bench/rewrite_calibrate … corroboration`; docs/rewrites.md, "Unsure attributions"):
//   - the pair as a whole is a rewrite: kRewritePairShare or more of one text's sentences have a
//     likely counterpart (SentenceAlignment::counterpartShare; rewrites 0.83–1.00 in the
//     calibration pairs, same-topic pairs 0.44–0.60, partial rewrites 0.46 and 0.73);
//   - the two sentences say much the same: a weighted cosine of kStrongCosine or more (the
//     same-topic pairs' false likely links lie at 0.15–0.66, most below 0.3; the example
//     articles' at 0.10–0.19, such as "Initially" matched with "initiatives" through the Porter2
//     stem "initi", cosine 0.17);
//   - the order agrees: another likely or copied link joins a sentence near each of the two, in
//     the same order (within kOrderWindow sentences on both sides, both different): neighbouring
//     sentences retold as neighbours. A false link between articles written apart stands alone.
#include <cstdlib>

#include "sentence_terms.h"

namespace concord {
namespace align {
namespace {

constexpr double kRewritePairShare = 0.8;
constexpr double kStrongCosine = 0.3;
constexpr int64_t kOrderWindow = 2;

// True when another counted link of `links` (sorted by a, then b) lies within kOrderWindow
// sentences of links[k] on both sides, in the same order.
bool hasOrderNeighbour(const std::vector<SentenceLink>& links, size_t k) {
  const SentenceLink& link = links[k];
  const auto near = [&](size_t m) {
    const SentenceLink& other = links[m];
    if (!other.copied && !other.likely) return false;
    const int64_t da = int64_t{other.a} - link.a, db = int64_t{other.b} - link.b;
    return std::llabs(db) <= kOrderWindow && da * db > 0;
  };
  for (size_t m = k; m-- > 0 && int64_t{link.a} - links[m].a <= kOrderWindow;)
    if (near(m)) return true;
  for (size_t m = k + 1; m < links.size() && int64_t{links[m].a} - link.a <= kOrderWindow; ++m)
    if (near(m)) return true;
  return false;
}

}  // namespace

void corroborate(std::vector<SentenceLink>& links, double counterpartShare) {
  const bool rewritePair = counterpartShare >= kRewritePairShare;
  for (size_t k = 0; k < links.size(); ++k) {
    SentenceLink& link = links[k];
    link.corroborated =
        link.copied || (link.likely && (rewritePair || link.similarity >= kStrongCosine ||
                                        hasOrderNeighbour(links, k)));
  }
}

}  // namespace align
}  // namespace concord
