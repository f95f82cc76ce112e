// Native run of concord::analyze on a set written by bench/js/analyze.mjs --write=PREFIX (documents
// separated by NUL bytes), for profilers: valgrind --tool=callgrind or massif, /usr/bin/time -v.
//
//   build/bench/analyze_native /tmp/set.bin [--exact] [--pairs]
//
// Prints the time, the peak resident size and the pairs by level; --pairs also prints every
// reported pair (a b level diffRatio exact resemblance), to compare two builds; --exact computes
// every diff ratio (skipBoundedDiffs = false).
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "concord/analyze.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: analyze_native FILE [--exact] [--pairs]\n");
    return 2;
  }
  bool exact = false, listPairs = false;
  for (int i = 2; i < argc; ++i) {
    exact = exact || std::strcmp(argv[i], "--exact") == 0;
    listPairs = listPairs || std::strcmp(argv[i], "--pairs") == 0;
  }
  std::ifstream in(argv[1], std::ios::binary);
  const std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::vector<std::string_view> texts;
  for (size_t at = 0; at <= all.size();) {
    size_t end = all.find('\0', at);
    if (end == std::string::npos) end = all.size();
    texts.push_back(std::string_view(all).substr(at, end - at));
    at = end + 1;
  }
  concord::AnalyzeOptions options;
  options.skipBoundedDiffs = !exact;
  const auto started = std::chrono::steady_clock::now();
  const concord::Result<concord::Analysis> result = concord::analyze(texts, options);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (!result.ok()) {
    std::fprintf(stderr, "%s\n", result.error().c_str());
    return 1;
  }
  const concord::Analysis& analysis = result.value();
  size_t levels[4] = {};
  for (const concord::PairResult& p : analysis.pairs) ++levels[static_cast<int>(p.level)];
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("%zu documents, %zu bytes: %.2f s, peak RSS %ld MB, %zu pairs (identical %zu, "
              "minor %zu, rewritten %zu, unrelated %zu), %zu passages\n",
              texts.size(), all.size(), seconds, usage.ru_maxrss / 1024, analysis.pairs.size(),
              levels[0], levels[1], levels[2], levels[3], analysis.passages.size());
  if (listPairs) {
    for (const concord::PairResult& p : analysis.pairs)
      std::printf("%u %u %d %.6f %d %.6f\n", p.a, p.b, static_cast<int>(p.level),
                  p.scores.diffRatio, p.scores.diffRatioExact ? 1 : 0, p.scores.resemblance);
  }
  return 0;
}
