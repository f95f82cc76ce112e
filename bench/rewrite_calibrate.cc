// Fits the confidence models of the sentence alignment on the calibration pairs of
// tests/fixtures/rewrites and reports the figures of docs/rewrites.md.
//
//   build/bench/rewrite_calibrate tests/fixtures/rewrites sentences   # sentence-link model
//   build/bench/rewrite_calibrate tests/fixtures/rewrites paragraphs  # paragraph-link model
//   build/bench/rewrite_calibrate tests/fixtures/rewrites report      # figures per set
//
// The fitted coefficients are copied by hand into core/src/align/sentence_links.cc and
// paragraph_links.cc (fit sentences first: the paragraph features use sentence confidences).
#include <cmath>
#include <cstdio>
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

// Logistic regression by Newton's method with a small ridge penalty.
std::vector<double> fitLogistic(const std::vector<Sample>& samples) {
  const size_t n = samples.front().x.size();
  std::vector<double> w(n, 0.0);
  for (int iteration = 0; iteration < 50; ++iteration) {
    std::vector<double> gradient(n, 0.0);
    std::vector<std::vector<double>> hessian(n, std::vector<double>(n, 0.0));
    for (size_t k = 0; k < n; ++k) gradient[k] = -1e-2 * w[k], hessian[k][k] = -1e-2;
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

concord::SentenceAlignment alignAll(const LabelledPair& pair) {
  concord::SentenceAlignOptions options;
  options.minConfidence = 0;
  return concord::alignSentences(pair.a.text, pair.b.text, options).value();
}

void addSamples(const LabelledPair& pair, bool sentences, std::vector<Sample>& out) {
  const concord::SentenceAlignment aligned = alignAll(pair);
  const concord::fixtures::Truth truth = concord::fixtures::truthOf(pair, aligned);
  if (sentences) {
    for (const concord::SentenceLink& l : aligned.sentenceLinks) {
      if (!truth.taggedA.count(l.a) || !truth.taggedB.count(l.b)) continue;
      out.push_back({{1, l.similarity, l.containment, l.mutual ? 1.0 : 0.0, l.best ? 1.0 : 0.0,
                      std::log1p(l.shared), l.titles ? 1.0 : 0.0},
                     truth.sentences.count({l.a, l.b}) > 0});
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
    std::vector<std::string> all = concord::fixtures::kCalibrationPairs;
    all.insert(all.end(), concord::fixtures::kHeldOutPairs.begin(),
               concord::fixtures::kHeldOutPairs.end());
    report(dir, "all", all);
    return 0;
  }
  if (mode == "errors") {
    errors(dir, concord::fixtures::kCalibrationPairs);
    errors(dir, concord::fixtures::kHeldOutPairs);
    return 0;
  }
  std::vector<Sample> samples;
  for (const std::string& name : concord::fixtures::kCalibrationPairs)
    addSamples(concord::fixtures::readPair(dir, name), mode == "sentences", samples);
  size_t positives = 0;
  for (const Sample& s : samples) positives += s.label;
  const std::vector<double> w = fitLogistic(samples);
  std::printf("%zu samples, %zu right\ncoefficients:", samples.size(), positives);
  for (const double c : w) std::printf(" %.3f", c);
  std::printf("\n");
  return 0;
}
