// Measures the lineage of analyze() on the labelled derivations of tests/fixtures/lineage: each
// folder's texts, given in every order (or 24 shuffled ones), without names or dates; its
// edges.tsv lists the true edges. Prints, per folder, how often the forest came back exactly,
// and, over all folders, how often an edge at each confidence was a true one (docs/rewrites.md).
//
//   build/bench/lineage_calibrate tests/fixtures/lineage
//   build/bench/lineage_calibrate --show FILE...   # one set's edges and attribution, to check
//                                                 # by hand against the texts
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "concord/analyze.h"
#include "concord/lineage.h"

namespace {

namespace fs = std::filesystem;

std::string readFile(const fs::path& path) {
  std::ifstream file(path, std::ios::binary);
  std::stringstream bytes;
  bytes << file.rdbuf();
  return bytes.str();
}

struct Derivation {
  std::string name;
  std::vector<std::string> files, texts;
  std::set<std::pair<std::string, std::string>> edges;  // File names, ordered pairs (min, max).
  std::set<std::pair<std::string, std::string>> ordered;  // (earlier, later), as edges.tsv has them.
};

Derivation readDerivation(const fs::path& dir) {
  Derivation d;
  d.name = dir.filename().string();
  std::istringstream lines(readFile(dir / "edges.tsv"));
  for (std::string line; std::getline(lines, line);) {
    const size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    d.edges.insert(std::minmax(line.substr(0, tab), line.substr(tab + 1)));
    d.ordered.insert({line.substr(0, tab), line.substr(tab + 1)});
  }
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.path().extension() == ".txt") d.files.push_back(entry.path().filename().string());
  std::sort(d.files.begin(), d.files.end());
  for (const std::string& f : d.files) d.texts.push_back(readFile(dir / f));
  return d;
}

constexpr double kEdges[] = {0, 0.4, 0.6, 0.8, 0.9, 1.0001};
constexpr size_t kBins = 5;

struct Bins {
  unsigned count[kBins] = {}, right[kBins] = {};
  void add(double confidence, bool ok) {
    for (size_t k = 0; k < kBins; ++k)
      if (confidence >= kEdges[k] && confidence < kEdges[k + 1]) ++count[k], right[k] += ok;
  }
};

const char* originName(concord::SentenceKind origin) {
  switch (origin) {
    case concord::SentenceKind::kCopied:
      return "copied";
    case concord::SentenceKind::kRewritten:
      return "rewritten";
    case concord::SentenceKind::kUnsure:
      return "unsure";
    case concord::SentenceKind::kNew:
      break;
  }
  return "new";
}

// Prints the lineage and every sentence's attribution of the given files, natively.
int show(const std::vector<std::string>& files) {
  std::vector<std::string> texts;
  for (const std::string& f : files) texts.push_back(readFile(f));
  const std::vector<std::string_view> views(texts.begin(), texts.end());
  const concord::Analysis analysis = concord::analyze(views, {}, {}).value();
  for (const concord::LineageEdge& e : analysis.lineage.edges) {
    const concord::LineageEvidence& ev = e.evidence;
    std::printf("edge %u %s %u confidence %.2f strength %.3f runner-up %.3f copied %u rewritten %u "
                "of %u; to %u; title %d\n",
                e.from, e.directed ? "->" : "--", e.to, e.confidence, ev.strength, ev.runnerUp,
                ev.copied, ev.rewritten, ev.fromSentences, ev.toSentences, ev.sharedTitle);
  }
  for (uint32_t d = 0; d < analysis.attribution.size(); ++d) {
    const concord::DocumentAttribution& doc = analysis.attribution[d];
    std::printf("\n== %u %s: %u copied, %u rewritten, %u unsure, %u new\n", d, files[d].c_str(),
                doc.copied, doc.rewritten, doc.unsure, doc.fresh);
    for (const concord::SentenceAttribution& s : doc.sentences) {
      if (s.origin == concord::SentenceKind::kNew) continue;
      std::printf("%s from %u (sim %.2f conf %.2f)\n  %.*s\n  <= %.*s\n", originName(s.origin),
                  s.source, s.similarity, s.confidence,
                  int(std::min<uint32_t>(s.range.size(), 160)), texts[d].data() + s.range.begin,
                  int(std::min<uint32_t>(s.sourceRange.size(), 160)),
                  texts[s.source].data() + s.sourceRange.begin);
    }
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc > 1 && std::string(argv[1]) == "--show")
    return show(std::vector<std::string>(argv + 2, argv + argc));
  const fs::path root = argc > 1 ? argv[1] : "tests/fixtures/lineage";
  std::vector<fs::path> dirs;
  for (const auto& entry : fs::directory_iterator(root))
    if (fs::exists(entry.path() / "edges.tsv")) dirs.push_back(entry.path());
  std::sort(dirs.begin(), dirs.end());
  Bins bins;
  unsigned sure = 0, sureRight = 0, missed = 0, truth = 0, directed = 0, directedRight = 0;
  std::printf("| derivation | documents | true edges | orders | forest exact | edges right | "
              "confidence of right edges | of wrong edges |\n|---|---|---|---|---|---|---|---|\n");
  std::vector<Derivation> derivations;
  for (const fs::path& dir : dirs) derivations.push_back(readDerivation(dir));
  // All of them in one set too: an edge between two stories is wrong.
  Derivation together;
  together.name = "all together";
  for (const Derivation& d : derivations) {
    for (size_t k = 0; k < d.files.size(); ++k) {
      together.files.push_back(d.name + "/" + d.files[k]);
      together.texts.push_back(d.texts[k]);
    }
    for (const auto& [x, y] : d.edges) together.edges.insert({d.name + "/" + x, d.name + "/" + y});
    for (const auto& [x, y] : d.ordered)
      together.ordered.insert({d.name + "/" + x, d.name + "/" + y});
  }
  derivations.push_back(together);
  for (const Derivation& d : derivations) {
    std::vector<size_t> order(d.files.size());
    for (size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::mt19937 random(20261202);
    unsigned orders = 0, exact = 0, right = 0, edges = 0;
    double rightMin = 1, rightMax = 0, wrongMin = 1, wrongMax = 0;
    for (int run = 0; run < 24; ++run) {
      std::shuffle(order.begin(), order.end(), random);
      std::vector<std::string_view> texts;
      std::vector<std::string> names;
      for (size_t k : order) texts.push_back(d.texts[k]), names.push_back(d.files[k]);
      const concord::Analysis analysis = concord::analyze(texts, {}, {}).value();
      std::set<std::pair<std::string, std::string>> found;
      for (const concord::LineageEdge& e : analysis.lineage.edges) {
        const auto key = std::minmax(names[e.from], names[e.to]);
        found.insert(key);
        const bool ok = d.edges.count(key) > 0;
        bins.add(e.confidence, ok);
        ++edges, right += ok;
        if (e.confidence >= concord::kSureLineage) ++sure, sureRight += ok;
        if (e.directed) {  // edges.tsv lists each edge earlier first.
          ++directed;
          directedRight += ok && d.ordered.count({names[e.from], names[e.to]}) > 0;
        }
        double& lo = ok ? rightMin : wrongMin;
        double& hi = ok ? rightMax : wrongMax;
        lo = std::min(lo, e.confidence), hi = std::max(hi, e.confidence);
      }
      for (const auto& e : d.edges) missed += found.count(e) == 0;
      truth += static_cast<unsigned>(d.edges.size());
      ++orders, exact += found == d.edges;
    }
    const auto range = [](double lo, double hi) {
      char text[32];
      if (lo > hi) return std::string("–");
      std::snprintf(text, sizeof text, "%.2f–%.2f", lo, hi);
      return std::string(text);
    };
    std::printf("| %s | %zu | %zu | %u | %u | %u of %u | %s | %s |\n", d.name.c_str(),
                d.files.size(), d.edges.size(), orders, exact, right, edges,
                range(rightMin, rightMax).c_str(), range(wrongMin, wrongMax).c_str());
  }
  std::printf("\nEdges by confidence (all orders of all derivations): share right (edges)\n\n"
              "| 0–0.4 | 0.4–0.6 | 0.6–0.8 | 0.8–0.9 | 0.9–1 |\n|---|---|---|---|---|\n|");
  for (size_t k = 0; k < kBins; ++k) {
    if (bins.count[k] == 0) {
      std::printf(" – |");
    } else {
      std::printf(" %.2f (%u) |", double(bins.right[k]) / bins.count[k], bins.count[k]);
    }
  }
  std::printf("\n\nSure edges (confidence >= %.1f): %u of %u right; true edges missed: %u of %u\n",
              concord::kSureLineage, sureRight, sure, missed, truth);
  std::printf("Directed edges (no dates given: containment only): %u of %u the right way\n",
              directedRight, directed);
  return 0;
}
