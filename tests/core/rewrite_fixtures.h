// Labelled rewrites (tests/fixtures/rewrites) and the figures of an alignment on them, for
// tests/core/sentence_align_test.cc and bench/rewrite_calibrate.cc.
//
// A pair is NAME.a.txt (the source) and NAME.b.txt (its rewrite). Every sentence of the source
// ends with a tag {N} naming it; every sentence of the rewrite ends with the tags of the source
// sentences it was written from, {N,M}, or {} when it is new. Tags are removed before aligning.
#ifndef CONCORD_TESTS_CORE_REWRITE_FIXTURES_H_
#define CONCORD_TESTS_CORE_REWRITE_FIXTURES_H_

#include <cstdint>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "concord/sentence_align.h"

namespace concord {
namespace fixtures {

/// Calibration pairs (bench/rewrite_calibrate.cc fits the confidences on these). The second
/// line was added on Dec 2, 2026, split from the held-out additions before anything was measured;
/// the third later that day, to teach the models bylines, boilerplate lines and headlines of
/// another form than the lead's (orchestra, water-main, chess); the last five that evening:
/// three same-topic pairs and two partial rewrites (kSameTopicPairs, kPartialRewritePairs).
inline const std::vector<std::string> kCalibrationPairs = {
    "bike-lanes", "ferry-strike", "library-flood", "data-breach", "reservoir", "stadium",
    "school-meals", "bees",       "football",      "earnings",    "court",     "tram-line",
    "orchestra",  "water-main",   "chess",
    "bridge-traders", "leopard-cubs", "biscuit-factory", "clinic-opening", "river-cleanup"};
/// Held-out pairs: never used in fitting or in choosing features. The second line (condensed,
/// expanded with boilerplate, reordered, split and merged, press release retold as news) was
/// written and added on Dec 2, 2026, before anything was measured on it; the last two, same-topic
/// pairs, that evening (their figures were seen while comparing priors, none of which is used).
inline const std::vector<std::string> kHeldOutPairs = {
    "museum",   "hospital",     "wildfire", "product-launch", "obituary", "sleep-advice",
    "election", "festival",     "volcano",  "bakery",         "rail-timetable", "marathon",
    "wind-farm",
    "rocket-budget", "teacher-strike"};

/// Same-topic pairs (in the lists above: the first three for calibration, the last two held
/// out): two articles on one event written apart, sharing names, numbers and topic words but
/// few rewritten sentences (tagged as the rest; most of b's are {}). Written on Dec 2, 2026 for
/// the pair-level prior (docs/rewrites.md, "Same topic, not rewrites"); the base link model is
/// fitted on the rewrites alone.
inline const std::set<std::string> kSameTopicPairs = {
    "bridge-traders", "leopard-cubs", "biscuit-factory", "rocket-budget", "teacher-strike"};

/// Partial rewrites (calibration): half of the source retold, the rest new reporting, so that
/// the prior is fitted on pairs between rewrites and same-topic articles, not on a gap.
inline const std::set<std::string> kPartialRewritePairs = {"clinic-opening", "river-cleanup"};

/// True for the rewrites the link model is fitted on: neither same-topic nor partial.
inline bool isRewrite(const std::string& name) {
  return !kSameTopicPairs.count(name) && !kPartialRewritePairs.count(name);
}

/// A text with its tags removed: each tag's byte offset (the end of the sentence it closes) and
/// the ids it lists.
struct TaggedText {
  std::string text;
  std::vector<std::pair<uint32_t, std::vector<int>>> tags;
};

/// Removes the {..} tags of `raw`, recording where they were.
inline TaggedText stripTags(const std::string& raw) {
  TaggedText out;
  for (size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] != '{') {
      out.text += raw[i];
      continue;
    }
    const size_t close = raw.find('}', i);
    std::vector<int> ids;
    std::stringstream list(raw.substr(i + 1, close - i - 1));
    for (std::string id; std::getline(list, id, ',');) ids.push_back(std::stoi(id));
    out.tags.emplace_back(static_cast<uint32_t>(out.text.size()), ids);
    i = close;
  }
  return out;
}

/// One labelled pair: both texts without tags and the true links.
struct LabelledPair {
  std::string name;
  TaggedText a, b;
};

/// Reads NAME.a.txt and NAME.b.txt from `dir`; empty texts when missing.
inline LabelledPair readPair(const std::string& dir, const std::string& name) {
  const auto read = [&](const std::string& path) {
    std::ifstream file(dir + "/" + path, std::ios::binary);
    std::stringstream bytes;
    bytes << file.rdbuf();
    return bytes.str();
  };
  return {name, stripTags(read(name + ".a.txt")), stripTags(read(name + ".b.txt"))};
}

/// Index of the sentence holding the byte just before `offset`, or -1.
inline int sentenceAt(const std::vector<Sentence>& sentences, uint32_t offset) {
  for (size_t s = 0; s < sentences.size(); ++s)
    if (offset > sentences[s].range.begin && offset <= sentences[s].range.end)
      return static_cast<int>(s);
  return -1;
}

/// The true sentence and paragraph links of a pair, in the alignment's numbering, and the
/// sentences that carry a tag (only links between tagged sentences can be judged).
struct Truth {
  std::set<std::pair<uint32_t, uint32_t>> sentences, paragraphs;
  std::set<uint32_t> taggedA, taggedB;
};

inline Truth truthOf(const LabelledPair& pair, const SentenceAlignment& aligned) {
  Truth truth;
  std::vector<int> sentenceOfId(1000, -1);
  for (const auto& [offset, ids] : pair.a.tags) {
    const int s = sentenceAt(aligned.aSentences, offset);
    if (s < 0 || ids.size() != 1) continue;
    sentenceOfId[ids[0]] = s;
    truth.taggedA.insert(s);
  }
  for (const auto& [offset, ids] : pair.b.tags) {
    const int s = sentenceAt(aligned.bSentences, offset);
    if (s < 0) continue;
    truth.taggedB.insert(s);
    for (const int id : ids) {
      const int a = sentenceOfId[id];
      if (a < 0) continue;
      truth.sentences.insert({a, s});
      truth.paragraphs.insert({aligned.aSentences[a].paragraph, aligned.bSentences[s].paragraph});
    }
  }
  return truth;
}

/// Counts behind precision and recall.
struct Tally {
  uint32_t predicted = 0, right = 0, truth = 0;
  uint32_t likely = 0, likelyRight = 0;
  void add(const Tally& t) {
    predicted += t.predicted, right += t.right, truth += t.truth;
    likely += t.likely, likelyRight += t.likelyRight;
  }
  double precision() const { return predicted ? double(right) / predicted : 1; }
  double recall() const { return truth ? double(right) / truth : 1; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
  double likelyPrecision() const { return likely ? double(likelyRight) / likely : 1; }
};

/// Paragraph links of `aligned` judged against `truth`.
inline Tally paragraphTally(const SentenceAlignment& aligned, const Truth& truth) {
  Tally t;
  t.truth = static_cast<uint32_t>(truth.paragraphs.size());
  for (const ParagraphLink& link : aligned.paragraphLinks) {
    const bool right = truth.paragraphs.count({link.a, link.b}) > 0;
    ++t.predicted, t.right += right;
    if (link.likely) ++t.likely, t.likelyRight += right;
  }
  return t;
}

/// Sentence links between tagged sentences judged against `truth`.
inline Tally sentenceTally(const SentenceAlignment& aligned, const Truth& truth) {
  Tally t;
  t.truth = static_cast<uint32_t>(truth.sentences.size());
  for (const SentenceLink& link : aligned.sentenceLinks) {
    if (!truth.taggedA.count(link.a) || !truth.taggedB.count(link.b)) continue;
    const bool right = truth.sentences.count({link.a, link.b}) > 0;
    ++t.predicted, t.right += right;
    if (link.likely) ++t.likely, t.likelyRight += right;
  }
  return t;
}

/// Likely, not copied sentence links between tagged sentences: shown as sure (corroborated,
/// attribution's "rewritten") or unsure ("possibly rewritten"), right or wrong.
struct SureTally {
  uint32_t sureRight = 0, sureWrong = 0, unsureRight = 0, unsureWrong = 0;
  void add(const SureTally& t) {
    sureRight += t.sureRight, sureWrong += t.sureWrong;
    unsureRight += t.unsureRight, unsureWrong += t.unsureWrong;
  }
  double surePrecision() const {
    return sureRight + sureWrong ? double(sureRight) / (sureRight + sureWrong) : 1;
  }
};

/// The likely links of `aligned` judged against `truth`, sure or unsure.
inline SureTally sureTally(const SentenceAlignment& aligned, const Truth& truth) {
  SureTally t;
  for (const SentenceLink& l : aligned.sentenceLinks) {
    if (!l.likely || l.copied || !truth.taggedA.count(l.a) || !truth.taggedB.count(l.b)) continue;
    const bool right = truth.sentences.count({l.a, l.b}) > 0;
    ++(l.corroborated ? (right ? t.sureRight : t.sureWrong)
                      : (right ? t.unsureRight : t.unsureWrong));
  }
  return t;
}

}  // namespace fixtures
}  // namespace concord

#endif  // CONCORD_TESTS_CORE_REWRITE_FIXTURES_H_
