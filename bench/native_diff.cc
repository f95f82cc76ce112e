// Times concord::diffLines natively on two files: native_diff A B [repeats].
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "concord/line_diff.h"

namespace {

std::string readFile(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: native_diff A B [repeats]\n");
    return 2;
  }
  const std::string left = readFile(argv[1]);
  const std::string right = readFile(argv[2]);
  const int repeats = argc > 3 ? std::atoi(argv[3]) : 5;
  double best = 1e30;
  size_t rows = 0;
  for (int i = 0; i < repeats; ++i) {
    const auto start = std::chrono::steady_clock::now();
    const auto diff = concord::diffLines(left, right);
    const auto stop = std::chrono::steady_clock::now();
    if (!diff.ok()) {
      std::fprintf(stderr, "%s\n", diff.error().c_str());
      return 1;
    }
    rows = diff.value().rows.size();
    best = std::min(best, std::chrono::duration<double, std::milli>(stop - start).count());
  }
  std::printf("rows %zu best_ms %.3f\n", rows, best);
  return 0;
}
