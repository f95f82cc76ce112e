// Fits the confidence models of the sentence alignment on the calibration pairs of
// tests/fixtures/rewrites and reports the figures of docs/rewrites.md.
//
//   build/bench/rewrite_calibrate tests/fixtures/rewrites sentences   # sentence-link model
//   build/bench/rewrite_calibrate tests/fixtures/rewrites paragraphs  # paragraph-link model
//   build/bench/rewrite_calibrate tests/fixtures/rewrites pairs [NAME...] # counterpart shares
//   build/bench/rewrite_calibrate tests/fixtures/rewrites report      # figures per set
//   build/bench/rewrite_calibrate tests/fixtures/rewrites corroboration  # sure and unsure links
//   build/bench/rewrite_calibrate tests/fixtures/rewrites reliability # right share per confidence
//   build/bench/rewrite_calibrate tests/fixtures/rewrites errors      # wrong and missed links
//   build/bench/rewrite_calibrate tests/fixtures/rewrites sentence-errors [held-out]
//   build/bench/rewrite_calibrate tests/fixtures/rewrites cross-validate   # leave one pair out
//
// The fitted coefficients are copied by hand into core/src/align/sentence_links.cc and
// paragraph_links.cc (fit sentences first, on the rewrites alone, then paragraphs). The
// corroboration rule of core/src/align/corroboration.cc is a rule with three lines, chosen on the
// calibration pairs with `corroboration` (docs/rewrites.md, "Unsure attributions").
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "../tests/core/rewrite_fixtures.h"
#include "concord/sentence_align.h"

namespace {

using concord::fixtures::LabelledPair;

struct Sample {
  std::vector<double> x;  // Features, with a leading 1 for the bias.
  bool label = false;
};

// Ridge penalty of the fits (not on the bias), chosen by leaving one calibration pair out.
// RIDGE=x overrides it (leave-one-out F1 on Dec 2, 2026: 0.976 at 0.01, 0.981 at 0.1, 0.976 at
// 0.3, 0.967 at 1).
const double kRidge = std::getenv("RIDGE") ? std::atof(std::getenv("RIDGE")) : 0.1;

// Confidence from which the cross-validation keeps a paragraph link (KEEP=x overrides).
const double kKeep =
    std::getenv("KEEP") ? std::atof(std::getenv("KEEP")) : concord::SentenceAlignOptions{}.minParagraphConfidence;

// Logistic regression by Newton's method with a small ridge penalty.
std::vector<double> fitLogistic(const std::vector<Sample>& samples) {
  const size_t n = samples.front().x.size();
  std::vector<double> w(n, 0.0);
  const double ridge = kRidge;
  for (int iteration = 0; iteration < 50; ++iteration) {
    std::vector<double> gradient(n, 0.0);
    std::vector<std::vector<double>> hessian(n, std::vector<double>(n, 0.0));
    for (size_t k = 1; k < n; ++k) gradient[k] = -ridge * w[k], hessian[k][k] = -ridge;
    gradient[0] = -1e-2 * w[0], hessian[0][0] = -1e-2;  // The bias is hardly penalised.
    for (const Sample& s : samples) {
      double z = 0;
      for (size_t k = 0; k < n; ++k) z += w[k] * s.x[k];
      const double p = 1 / (1 + std::exp(-z));
      for (size_t k = 0; k < n; ++k) {
        gradient[k] += (s.label - p) * s.x[k];
        for (size_t l = 0; l < n; ++l) hessian[k][l] -= p * (1 - p) * s.x[k] * s.x[l];
      }
    }
    // Solve hessian * step = gradient (Gauss-Jordan), then w -= step.
    for (size_t k = 0; k < n; ++k) hessian[k].push_back(gradient[k]);
    for (size_t c = 0; c < n; ++c) {
      size_t pivot = c;
      for (size_t r = c + 1; r < n; ++r)
        if (std::fabs(hessian[r][c]) > std::fabs(hessian[pivot][c])) pivot = r;
      std::swap(hessian[c], hessian[pivot]);
      for (size_t r = 0; r < n; ++r) {
        if (r == c) continue;
        const double f = hessian[r][c] / hessian[c][c];
        for (size_t k = c; k <= n; ++k) hessian[r][k] -= f * hessian[c][k];
      }
    }
    for (size_t k = 0; k < n; ++k) w[k] -= hessian[k][n] / hessian[k][k];
  }
  return w;
}

// Sentence-model features of a link (with the leading 1 of the bias), as sentence_links.cc
// weighs them.
std::vector<double> sentenceFeatures(const concord::SentenceLink& l,
                                     const concord::SentenceAlignment& aligned) {
  // In units of the largest idf, ln(1 + N) with N >= 40 (kFewestSentences of sentence_links.cc);
  // RAWSHARED=1: in raw idf units, as before Dec 2, 2026 (leave-one-out log loss of sentence
  // links 0.1827 against 0.1808 with the margin; 0.1913 against 0.1890 without it).
  const double sentences = double(aligned.aSentences.size() + aligned.bSentences.size());
  const double shared =
      std::getenv("RAWSHARED") ? l.shared : l.shared / std::log1p(std::max(40.0, sentences));
  std::vector<double> x = {1,
                           l.similarity,
                           l.containment,
                           l.mutual ? 1.0 : 0.0,
                           l.best ? 1.0 : 0.0,
                           std::log1p(shared),
                           l.titles ? 1.0 : 0.0,
                           l.margin};
  return x;
}

double logistic(const std::vector<double>& w, const std::vector<double>& x);

// The sentence confidence under the link model `link` (refitted outside the core).
struct SentenceModels {
  std::vector<double> link;
  double confidence(const concord::SentenceLink& l, const concord::SentenceAlignment& aligned) const {
    return logistic(link, sentenceFeatures(l, aligned));
  }
};

concord::SentenceAlignment alignAll(const LabelledPair& pair) {
  concord::SentenceAlignOptions options;
  options.minConfidence = 0;
  options.minParagraphConfidence = 0;
  return concord::alignSentences(pair.a.text, pair.b.text, options).value();
}

void addSamples(const LabelledPair& pair, bool sentences, std::vector<Sample>& out) {
  const concord::SentenceAlignment aligned = alignAll(pair);
  const concord::fixtures::Truth truth = concord::fixtures::truthOf(pair, aligned);
  if (sentences) {
    for (const concord::SentenceLink& l : aligned.sentenceLinks) {
      if (!truth.taggedA.count(l.a) || !truth.taggedB.count(l.b)) continue;
      out.push_back({sentenceFeatures(l, aligned), truth.sentences.count({l.a, l.b}) > 0});
    }
    return;
  }
  for (const concord::ParagraphLink& l : aligned.paragraphLinks)
    out.push_back(
        {{1, l.evidence, l.similarity, l.coverage}, truth.paragraphs.count({l.a, l.b}) > 0});
}

void report(const std::string& dir, const char* title, const std::vector<std::string>& names) {
  concord::fixtures::Tally paragraphs, sentences;
  for (const std::string& name : names) {
    const LabelledPair pair = concord::fixtures::readPair(dir, name);
    const concord::SentenceAlignment aligned =
        concord::alignSentences(pair.a.text, pair.b.text).value();
    const concord::fixtures::Truth truth = concord::fixtures::truthOf(pair, aligned);
    paragraphs.add(concord::fixtures::paragraphTally(aligned, truth));
    sentences.add(concord::fixtures::sentenceTally(aligned, truth));
  }
  std::printf("| %s | %u | %.3f | %.3f | %.3f | %.3f (%u) | %.3f | %.3f | %.3f (%u) |\n", title,
              paragraphs.truth, paragraphs.precision(), paragraphs.recall(), paragraphs.f1(),
              paragraphs.likelyPrecision(), paragraphs.likely, sentences.precision(),
              sentences.recall(), sentences.likelyPrecision(), sentences.likely);
}

// Prints the wrong and the missed links of each pair, to see what the evidence misses.
void errors(const std::string& dir, const std::vector<std::string>& names) {
  for (const std::string& name : names) {
    const LabelledPair pair = concord::fixtures::readPair(dir, name);
    const concord::SentenceAlignment aligned =
        concord::alignSentences(pair.a.text, pair.b.text).value();
    const concord::fixtures::Truth truth = concord::fixtures::truthOf(pair, aligned);
    const auto firstWords = [](const std::string& text, concord::ByteRange r) {
      return std::string(r.in(text).substr(0, 60));
    };
    std::set<std::pair<uint32_t, uint32_t>> found;
    for (const concord::ParagraphLink& l : aligned.paragraphLinks) {
      found.insert({l.a, l.b});
      if (!truth.paragraphs.count({l.a, l.b}))
        std::printf("%s WRONG p%u-p%u conf %.2f ev %.2f sim %.2f cov %.2f\n  %s\n  %s\n",
                    name.c_str(), l.a, l.b, l.confidence, l.evidence, l.similarity, l.coverage,
                    firstWords(pair.a.text, aligned.aParagraphs[l.a]).c_str(),
                    firstWords(pair.b.text, aligned.bParagraphs[l.b]).c_str());
    }
    for (const auto& [a, b] : truth.paragraphs)
      if (!found.count({a, b}))
        std::printf("%s MISSED p%u-p%u\n  %s\n  %s\n", name.c_str(), a, b,
                    firstWords(pair.a.text, aligned.aParagraphs[a]).c_str(),
                    firstWords(pair.b.text, aligned.bParagraphs[b]).c_str());
  }
}

// Confidence bins of the links kept: how many, and the share right, per set.
void reliability(const std::string& dir, const char* title, const std::vector<std::string>& names) {
  constexpr double kEdges[] = {0.5, 0.7, 0.8, 0.9, 0.95, 1.0001};
  constexpr size_t kBins = 5;
  uint32_t count[2][kBins] = {}, right[2][kBins] = {};
  double expected[2][kBins] = {};
  for (const std::string& name : names) {
    const LabelledPair pair = concord::fixtures::readPair(dir, name);
    const concord::SentenceAlignment aligned =
        concord::alignSentences(pair.a.text, pair.b.text).value();
    const concord::fixtures::Truth truth = concord::fixtures::truthOf(pair, aligned);
    const auto add = [&](int level, double confidence, bool ok) {
      for (size_t k = 0; k < kBins; ++k) {
        if (confidence < kEdges[k] || confidence >= kEdges[k + 1]) continue;
        ++count[level][k], right[level][k] += ok, expected[level][k] += confidence;
      }
    };
    for (const concord::ParagraphLink& l : aligned.paragraphLinks)
      add(0, l.confidence, truth.paragraphs.count({l.a, l.b}) > 0);
    for (const concord::SentenceLink& l : aligned.sentenceLinks)
      if (truth.taggedA.count(l.a) && truth.taggedB.count(l.b))
        add(1, l.confidence, truth.sentences.count({l.a, l.b}) > 0);
  }
  for (int level = 0; level < 2; ++level) {
    std::printf("| %s | %s |", title, level == 0 ? "paragraph" : "sentence");
    for (size_t k = 0; k < kBins; ++k) {
      if (count[level][k] == 0) {
        std::printf(" – |");
      } else {
        std::printf(" %.2f / %.2f (%u) |", double(right[level][k]) / count[level][k],
                    expected[level][k] / count[level][k], count[level][k]);
      }
    }
    std::printf("\n");
  }
}

// Prints the wrong and the missed sentence links of each pair.
void sentenceErrors(const std::string& dir, const std::vector<std::string>& names) {
  for (const std::string& name : names) {
    const LabelledPair pair = concord::fixtures::readPair(dir, name);
    const concord::SentenceAlignment aligned = alignAll(pair);
    const concord::fixtures::Truth truth = concord::fixtures::truthOf(pair, aligned);
    const auto words = [](const std::string& text, concord::ByteRange r) {
      return std::string(r.in(text).substr(0, 90));
    };
    std::set<std::pair<uint32_t, uint32_t>> kept;
    for (const concord::SentenceLink& l : aligned.sentenceLinks) {
      if (l.confidence < 0.5) continue;
      kept.insert({l.a, l.b});
      if (!truth.taggedA.count(l.a) || !truth.taggedB.count(l.b)) continue;
      if (!truth.sentences.count({l.a, l.b}))
        std::printf("%s WRONG s%u-s%u conf %.2f cos %.2f cont %.2f shared %.2f best %d\n  %s\n  %s\n",
                    name.c_str(), l.a, l.b, l.confidence, l.similarity, l.containment, l.shared,
                    l.best, words(pair.a.text, aligned.aSentences[l.a].range).c_str(),
                    words(pair.b.text, aligned.bSentences[l.b].range).c_str());
    }
    for (const auto& [a, b] : truth.sentences)
      if (!kept.count({a, b}))
        std::printf("%s MISSED s%u-s%u\n  %s\n  %s\n", name.c_str(), a, b,
                    words(pair.a.text, aligned.aSentences[a].range).c_str(),
                    words(pair.b.text, aligned.bSentences[b].range).c_str());
  }
}

double logistic(const std::vector<double>& w, const std::vector<double>& x) {
  double z = 0;
  for (size_t k = 0; k < w.size(); ++k) z += w[k] * x[k];
  return 1 / (1 + std::exp(-z));
}

// One pair's candidates (every link, minConfidence 0) and truth, for refitting outside the core.
struct Candidates {
  LabelledPair pair;
  concord::SentenceAlignment aligned;
  concord::fixtures::Truth truth;
};

// Paragraph-model features of every paragraph link of `c` under the sentence models `ws`.
std::vector<std::vector<double>> paragraphFeatures(const Candidates& c, const SentenceModels& ws) {
  std::map<std::pair<uint32_t, uint32_t>, double> unsure, sum, strongest, mutual;
  std::map<uint32_t, double> fromA, fromB;
  for (const concord::SentenceLink& l : c.aligned.sentenceLinks) {
    const uint32_t pa = c.aligned.aSentences[l.a].paragraph, pb = c.aligned.bSentences[l.b].paragraph;
    const double confidence = ws.confidence(l, c.aligned);
    double& u = unsure.try_emplace({pa, pb}, 1.0).first->second;
    u *= 1 - confidence;
    sum[{pa, pb}] += confidence, fromA[pa] += confidence, fromB[pb] += confidence;
    strongest[{pa, pb}] = std::max(strongest[{pa, pb}], confidence);
    if (l.mutual) mutual[{pa, pb}] = 1;
  }
  // Anchors: paragraph links with strong sentence evidence; a link crossing most of them
  // goes against the order the rewrite kept.
  std::vector<std::pair<uint32_t, uint32_t>> anchors;
  for (const concord::ParagraphLink& l : c.aligned.paragraphLinks)
    if (1 - unsure.at({l.a, l.b}) >= 0.9) anchors.emplace_back(l.a, l.b);
  const auto crossingOf = [&](uint32_t a, uint32_t b) {
    double crossing = 0, counted = 0;
    for (const auto& [x, y] : anchors) {
      if (x == a || y == b) continue;
      ++counted;
      crossing += (x < a) != (y < b);
    }
    return counted > 0 ? crossing / counted : 0.0;
  };
  double meanCrossing = 0;
  for (const auto& [x, y] : anchors) meanCrossing += crossingOf(x, y);
  if (!anchors.empty()) meanCrossing /= anchors.size();
  std::vector<std::vector<double>> out;
  for (const concord::ParagraphLink& l : c.aligned.paragraphLinks) {
    const double s = sum[{l.a, l.b}];
    const double share = std::max(fromA[l.a] > 0 ? s / fromA[l.a] : 0, fromB[l.b] > 0 ? s / fromB[l.b] : 0);
    std::vector<double> x = {1, 1 - unsure.at({l.a, l.b}), l.similarity, l.coverage};
    if (std::getenv("SHARE")) x.push_back(share);
    if (std::getenv("STRONGEST")) x.push_back(strongest[{l.a, l.b}]);
    if (std::getenv("MUTUAL")) x.push_back(mutual[{l.a, l.b}]);
    if (std::getenv("LINKS")) x.push_back(std::log(double(l.sentenceLinks)));
    if (const char* cross = std::getenv("CROSS"))
      x.push_back(crossingOf(l.a, l.b) - (cross[0] == '2' ? meanCrossing : 0.0));
    out.push_back(std::move(x));
  }
  return out;
}

// Paragraph figures of `c` when the sentence and paragraph models are `ws` and `wp`, as
// paragraph_links.cc computes them (evidence is the noisy or of the sentence confidences).
concord::fixtures::Tally paragraphFigures(const Candidates& c, const SentenceModels& ws,
                                          const std::vector<double>& wp) {
  concord::fixtures::Tally t;
  t.truth = static_cast<uint32_t>(c.truth.paragraphs.size());
  const std::vector<std::vector<double>> features = paragraphFeatures(c, ws);
  for (size_t k = 0; k < c.aligned.paragraphLinks.size(); ++k) {
    const concord::ParagraphLink& l = c.aligned.paragraphLinks[k];
    const double p = logistic(wp, features[k]);
    if (p < kKeep) continue;
    const bool right = c.truth.paragraphs.count({l.a, l.b}) > 0;
    ++t.predicted, t.right += right;
    if (p >= concord::kLikelyConfidence) ++t.likely, t.likelyRight += right;
  }
  return t;
}

// Leave one calibration pair out: fit both models on the others, judge the paragraph links of
// the one left out. Chooses features without looking at the held-out pairs.
void crossValidate(const std::string& dir) {
  std::vector<Candidates> all;
  for (const std::string& name : concord::fixtures::kCalibrationPairs) {
    Candidates c{concord::fixtures::readPair(dir, name), {}, {}};
    c.aligned = alignAll(c.pair);
    c.truth = concord::fixtures::truthOf(c.pair, c.aligned);
    all.push_back(std::move(c));
  }
  concord::fixtures::Tally total;
  double sentenceLoss = 0, paragraphLoss = 0;
  size_t sentenceCount = 0, paragraphCount = 0;
  for (size_t out = 0; out < all.size(); ++out) {
    std::vector<Sample> sentenceSamples, paragraphSamples;
    const auto tagged = [](const Candidates& c, const concord::SentenceLink& l) {
      return c.truth.taggedA.count(l.a) && c.truth.taggedB.count(l.b);
    };
    for (size_t k = 0; k < all.size(); ++k) {
      if (k == out || !concord::fixtures::isRewrite(all[k].pair.name)) continue;
      for (const concord::SentenceLink& l : all[k].aligned.sentenceLinks)
        if (tagged(all[k], l))
          sentenceSamples.push_back(
              {sentenceFeatures(l, all[k].aligned), all[k].truth.sentences.count({l.a, l.b}) > 0});
    }
    const SentenceModels ws{fitLogistic(sentenceSamples)};
    for (size_t k = 0; k < all.size(); ++k) {
      if (k == out) continue;
      const Candidates& c = all[k];
      const std::vector<std::vector<double>> features = paragraphFeatures(c, ws);
      for (size_t f = 0; f < features.size(); ++f) {
        const concord::ParagraphLink& l = c.aligned.paragraphLinks[f];
        paragraphSamples.push_back({features[f], c.truth.paragraphs.count({l.a, l.b}) > 0});
      }
    }
    const std::vector<double> wp = fitLogistic(paragraphSamples);
    const concord::fixtures::Tally t = paragraphFigures(all[out], ws, wp);
    // Log loss of the left-out pair's candidate links (a proper score: it sees every
    // candidate, not just those across the 0.5 line).
    const Candidates& left = all[out];
    for (const concord::SentenceLink& l : left.aligned.sentenceLinks) {
      if (!left.truth.taggedA.count(l.a) || !left.truth.taggedB.count(l.b)) continue;
      const double p = std::clamp(ws.confidence(l, left.aligned), 1e-6, 1 - 1e-6);
      sentenceLoss -= left.truth.sentences.count({l.a, l.b}) ? std::log(p) : std::log(1 - p);
      ++sentenceCount;
    }
    const std::vector<std::vector<double>> leftFeatures = paragraphFeatures(left, ws);
    for (size_t f = 0; f < leftFeatures.size(); ++f) {
      const concord::ParagraphLink& l = left.aligned.paragraphLinks[f];
      const double p = std::clamp(logistic(wp, leftFeatures[f]), 1e-6, 1 - 1e-6);
      paragraphLoss -= left.truth.paragraphs.count({l.a, l.b}) ? std::log(p) : std::log(1 - p);
      ++paragraphCount;
    }
    std::printf("%-14s truth %2u predicted %2u right %2u\n", all[out].pair.name.c_str(), t.truth,
                t.predicted, t.right);
    total.add(t);
  }
  std::printf("leave-one-out: precision %.3f recall %.3f F1 %.3f likely precision %.3f (%u)\n",
              total.precision(), total.recall(), total.f1(), total.likelyPrecision(), total.likely);
  std::printf("leave-one-out log loss: sentence links %.4f (%zu), paragraph links %.4f (%zu)\n",
              sentenceLoss / sentenceCount, sentenceCount, paragraphLoss / paragraphCount,
              paragraphCount);
}

// Likely rewritten links between tagged sentences, sure (SentenceLink::corroborated) or unsure,
// right or wrong: what attribution shows as "rewritten" and as "possibly rewritten".
void corroboration(const std::string& dir, const char* title,
                   const std::vector<std::string>& names) {
  concord::fixtures::SureTally t;
  for (const std::string& name : names) {
    const LabelledPair pair = concord::fixtures::readPair(dir, name);
    const concord::SentenceAlignment aligned =
        concord::alignSentences(pair.a.text, pair.b.text).value();
    t.add(concord::fixtures::sureTally(aligned, concord::fixtures::truthOf(pair, aligned)));
  }
  std::printf("| %s | %u | %u | %.3f | %u | %u |\n", title, t.sureRight, t.sureWrong,
              t.surePrecision(), t.unsureRight, t.unsureWrong);
}

}  // namespace

int main(int argc, char** argv) {
  const std::string dir = argc > 1 ? argv[1] : "tests/fixtures/rewrites";
  const std::string mode = argc > 2 ? argv[2] : "report";
  if (mode == "report") {
    std::printf(
        "| set | true paragraph links | precision | recall | F1 | likely precision (n) "
        "| sentence precision | sentence recall | likely sentence precision (n) |\n"
        "|---|---|---|---|---|---|---|---|---|\n");
    report(dir, "calibration", concord::fixtures::kCalibrationPairs);
    report(dir, "held out", concord::fixtures::kHeldOutPairs);
    const auto& held = concord::fixtures::kHeldOutPairs;
    const auto& fitted = concord::fixtures::kCalibrationPairs;
    // Written Dec 2, 2026: five rewrites, then (the same evening) two same-topic pairs.
    const auto firstNew = held.begin() + 8, firstSameTopic = held.begin() + 13;
    report(dir, "held out: rewrites (13)", {held.begin(), firstSameTopic});
    report(dir, "held out: first 8", {held.begin(), firstNew});
    report(dir, "held out: last 5", {firstNew, firstSameTopic});
    report(dir, "held out: same topic (2)", {firstSameTopic, held.end()});
    const auto only = [](const std::vector<std::string>& names, const std::set<std::string>& in) {
      std::vector<std::string> out;
      for (const std::string& name : names)
        if (in.count(name)) out.push_back(name);
      return out;
    };
    report(dir, "calibration: rewrites (15)", {fitted.begin(), fitted.begin() + 15});
    report(dir, "calibration: partial rewrites (2)", only(fitted, concord::fixtures::kPartialRewritePairs));
    report(dir, "calibration: same topic (3)", only(fitted, concord::fixtures::kSameTopicPairs));
    std::vector<std::string> all = concord::fixtures::kCalibrationPairs;
    all.insert(all.end(), concord::fixtures::kHeldOutPairs.begin(),
               concord::fixtures::kHeldOutPairs.end());
    report(dir, "all", all);
    return 0;
  }
  if (mode == "corroboration") {
    const auto& held = concord::fixtures::kHeldOutPairs;
    const auto& fitted = concord::fixtures::kCalibrationPairs;
    std::printf(
        "| set | sure, right | sure, wrong | sure precision | unsure, right | unsure, wrong |\n"
        "|---|---|---|---|---|---|\n");
    corroboration(dir, "calibration: rewrites (15)", {fitted.begin(), fitted.begin() + 15});
    corroboration(dir, "calibration: partial rewrites (2)", {"clinic-opening", "river-cleanup"});
    corroboration(dir, "calibration: same topic (3)",
                  {"bridge-traders", "leopard-cubs", "biscuit-factory"});
    corroboration(dir, "calibration (20)", fitted);
    corroboration(dir, "held out: rewrites (13)", {held.begin(), held.begin() + 13});
    corroboration(dir, "held out: same topic (2)", {held.begin() + 13, held.end()});
    corroboration(dir, "held out (15)", held);
    corroboration(dir, "headings (in no list)", {"headings"});
    return 0;
  }
  if (mode == "reliability") {
    std::printf("| set | level | 0.5–0.7 | 0.7–0.8 | 0.8–0.9 | 0.9–0.95 | 0.95–1 |\n"
                "|---|---|---|---|---|---|---|\n");
    reliability(dir, "calibration", concord::fixtures::kCalibrationPairs);
    reliability(dir, "held out", concord::fixtures::kHeldOutPairs);
    return 0;
  }
  if (mode == "cross-validate") {
    crossValidate(dir);
    return 0;
  }
  if (mode == "sentence-errors") {
    const bool held = argc > 3 && std::string(argv[3]) == "held-out";
    sentenceErrors(dir, held ? concord::fixtures::kHeldOutPairs : concord::fixtures::kCalibrationPairs);
    return 0;
  }
  if (mode == "pairs") {  // Each pair's counterpart similarity (the pair-level feature).
    const std::vector<std::string> given(argv + std::min(argc, 3), argv + argc);
    for (const auto* names : {&concord::fixtures::kCalibrationPairs, &concord::fixtures::kHeldOutPairs})
      for (const std::string& name : given.empty() ? *names : given)
        std::printf("%-16s %.3f\n", name.c_str(),
                    alignAll(concord::fixtures::readPair(dir, name)).counterpartShare);
    return 0;
  }
  if (mode == "errors") {
    errors(dir, concord::fixtures::kCalibrationPairs);
    errors(dir, concord::fixtures::kHeldOutPairs);
    return 0;
  }
  std::vector<Sample> samples;
  for (const std::string& name : concord::fixtures::kCalibrationPairs)
    if ((mode == "paragraphs" || mode == "sentences") && concord::fixtures::isRewrite(name))
      addSamples(concord::fixtures::readPair(dir, name), mode == "sentences", samples);
  size_t positives = 0;
  for (const Sample& s : samples) positives += s.label;
  const std::vector<double> w = fitLogistic(samples);
  std::printf("%zu samples, %zu right\ncoefficients:", samples.size(), positives);
  for (const double c : w) std::printf(" %.3f", c);
  std::printf("\n");
  return 0;
}
