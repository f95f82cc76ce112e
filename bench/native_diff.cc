// Times the line diff (diffLineHunks + packLineHunks, what the wasm call does) or the aligned
// comparison (compareTexts + packComparison, unit line) natively on two files:
//
//   native_diff A B [repeats] [--compare]
//
// Prints the best time of `repeats` runs; run under valgrind --tool=callgrind for instruction
// counts per function (docs/bench.md).
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

#include "concord/aligned_diff.h"
#include "concord/line_diff.h"
#include "concord_wire/pack.h"

namespace {

std::string readFile(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// One run; returns the packet's int count (0 on failure, after printing the error).
size_t runOnce(const std::string& left, const std::string& right, bool compare) {
  const concord_wire::WireText l{left, concord_wire::isAscii(left)};
  const concord_wire::WireText r{right, concord_wire::isAscii(right)};
  if (compare) {
    concord::CompareOptions options;
    options.unit = concord::AlignUnit::kLine;
    const auto diff = concord::compareTexts(left, right, options);
    if (!diff.ok()) return std::fprintf(stderr, "%s\n", diff.error().c_str()), 0;
    return concord_wire::packComparison(diff.value(), l, r).ints.size();
  }
  const auto diff = concord::diffLineHunks(left, right);
  if (!diff.ok()) return std::fprintf(stderr, "%s\n", diff.error().c_str()), 0;
  return concord_wire::packLineHunks(diff.value()).ints.size();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: native_diff A B [repeats] [--compare]\n");
    return 2;
  }
  const std::string left = readFile(argv[1]);
  const std::string right = readFile(argv[2]);
  const int repeats = argc > 3 && argv[3][0] != '-' ? std::atoi(argv[3]) : 5;
  const bool compare = std::strcmp(argv[argc - 1], "--compare") == 0;
  double best = 1e30;
  size_t ints = 0;
  for (int i = 0; i < repeats; ++i) {
    const auto start = std::chrono::steady_clock::now();
    ints = runOnce(left, right, compare);
    const auto stop = std::chrono::steady_clock::now();
    if (ints == 0) return 1;
    best = std::min(best, std::chrono::duration<double, std::milli>(stop - start).count());
  }
  std::printf("%s ints %zu best_ms %.3f\n", compare ? "compare" : "diff", ints, best);
  return 0;
}
