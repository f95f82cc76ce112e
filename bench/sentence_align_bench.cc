// Sentence alignment of two 10,000-word articles (issue 9's speed target: under 100 ms in the
// page). The articles are generated: Zipf-distributed words of a 4,000-word vocabulary with
// capitalised names and numbers, 8 to 30 words a sentence, 2 to 5 sentences a paragraph; the
// second text rewrites the first (a third of each sentence's words replaced, sentences shuffled
// across paragraphs, one in ten dropped, one in ten new).
//
//   build/bench/sentence_align_bench [words]
//   build/bench/sentence_align_bench --files A B [runs]  # two texts of your own (e.g. the ones
//       bench/js/align.mjs --dump=DIR writes), timing alignRewrites only, with a digest of every
//       field of its result (doubles to the bit), so a faster version can show it changed
//       nothing; runs 0 aligns once and prints the digest (for valgrind --tool=callgrind).
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <ctime>
#include <string>
#include <vector>

#include "concord/rewrite_align.h"
#include "concord/sentence_align.h"

namespace {

struct Random {
  uint64_t state = 0x9E3779B97F4A7C15ull;
  uint64_t next() {
    state ^= state << 13, state ^= state >> 7, state ^= state << 17;
    return state;
  }
  double uniform() { return (next() >> 11) * (1.0 / 9007199254740992.0); }
  size_t below(size_t n) { return static_cast<size_t>(next() % n); }
};

std::vector<std::string> vocabulary(Random& random) {
  static const char* kSyllables[] = {"ka",  "lo",  "mi",  "ren", "sta", "vel", "dor", "ni", "que",
                                     "tra", "bel", "sor", "gan", "ix",  "pe",  "mun", "ar", "el"};
  std::vector<std::string> words;
  for (int k = 0; k < 4000; ++k) {
    std::string word;
    for (size_t s = 0, n = 1 + random.below(3); s < n; ++s) word += kSyllables[random.below(18)];
    if (k % 25 == 0) word[0] = static_cast<char>(word[0] - 'a' + 'A');  // A name.
    if (k % 40 == 0) word = std::to_string(random.below(100000));       // A number.
    words.push_back(word);
  }
  return words;
}

std::string zipfWord(Random& random, const std::vector<std::string>& words) {
  const double rank = std::pow(words.size(), random.uniform());  // Log-uniform ranks.
  return words[std::min(words.size() - 1, static_cast<size_t>(rank) - 1)];
}

std::vector<std::string> sentences(Random& random, const std::vector<std::string>& words,
                                   size_t totalWords) {
  std::vector<std::string> out;
  for (size_t count = 0; count < totalWords;) {
    const size_t n = 8 + random.below(23);
    std::string s = "The";
    for (size_t k = 0; k < n; ++k) s += " " + zipfWord(random, words);
    out.push_back(s + ".");
    count += n + 1;
  }
  return out;
}

std::string rewrite(Random& random, const std::string& sentence,
                    const std::vector<std::string>& words) {
  std::string out;
  size_t start = 0;
  while (start < sentence.size()) {
    size_t end = sentence.find_first_of(" .", start);
    if (end == std::string::npos) end = sentence.size();
    std::string word = sentence.substr(start, end - start);
    if (start > 0 && random.below(3) == 0) word = zipfWord(random, words);
    out += (out.empty() ? "" : " ") + word;
    start = end + 1;
  }
  return out + ".";
}

std::string joinParagraphs(Random& random, const std::vector<std::string>& sentences) {
  std::string text;
  for (size_t k = 0; k < sentences.size();) {
    for (size_t n = 2 + random.below(4); n > 0 && k < sentences.size(); --n, ++k)
      text += sentences[k] + " ";
    text += "\n\n";
  }
  return text;
}

// FNV-1a over the bytes of every field of an alignment: equal digests, equal results.
struct Digest {
  uint64_t hash = 1469598103934665603ull;
  template <typename T>
  void add(const T& value) {
    unsigned char bytes[sizeof(T)];
    std::memcpy(bytes, &value, sizeof(T));
    for (unsigned char c : bytes) hash = (hash ^ c) * 1099511628211ull;
  }
  void add(const concord::ByteRange& r) { add(r.begin), add(r.end); }
};

uint64_t digestOf(const concord::RewriteAlignment& r) {
  Digest d;
  for (const auto* ranges : {&r.aParagraphs, &r.bParagraphs})
    for (const auto& range : *ranges) d.add(range);
  for (const concord::RewriteRow& row : r.rows) {
    d.add(row.aFirst), d.add(row.aEnd), d.add(row.bFirst), d.add(row.bEnd);
    d.add(row.similarity), d.add(row.repeatOf);
    for (const auto* marks : {&row.aShared, &row.bShared})
      for (const concord::MarkedToken& m : *marks) d.add(m.range), d.add(m.kind);
  }
  for (const auto* sentences : {&r.aSentences, &r.bSentences})
    for (const concord::Sentence& s : *sentences) d.add(s.range), d.add(s.paragraph);
  for (const concord::SentenceLink& l : r.sentenceLinks) {
    d.add(l.a), d.add(l.b), d.add(l.similarity), d.add(l.containment), d.add(l.shared);
    d.add(l.confidence), d.add(l.best), d.add(l.mutual), d.add(l.titles), d.add(l.likely);
    d.add(l.copied);
  }
  for (const concord::ParagraphLink& l : r.paragraphLinks) {
    d.add(l.a), d.add(l.b), d.add(l.sentenceLinks), d.add(l.similarity), d.add(l.evidence);
    d.add(l.coverage), d.add(l.confidence), d.add(l.likely);
  }
  for (const auto* kinds : {&r.aKinds, &r.bKinds})
    for (const concord::SentenceKind k : *kinds) d.add(k);
  return d.hash;
}

std::string readFile(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// --files A B [runs]: alignRewrites of two files, its digest and its best CPU time.
int alignFiles(const char* pathA, const char* pathB, int runs) {
  const std::string a = readFile(pathA), b = readFile(pathB);
  concord::RewriteAlignment aligned = concord::alignRewrites(a, b).value();
  double bestCpu = 1e9;
  for (int run = 0; run < runs; ++run) {
    const std::clock_t cpuStart = std::clock();
    aligned = concord::alignRewrites(a, b).value();
    bestCpu = std::min(bestCpu, 1000.0 * (std::clock() - cpuStart) / CLOCKS_PER_SEC);
  }
  std::printf("digest %016llx: %zu rows, %zu sentence links, %zu paragraph links\n",
              static_cast<unsigned long long>(digestOf(aligned)), aligned.rows.size(),
              aligned.sentenceLinks.size(), aligned.paragraphLinks.size());
  if (runs > 0) std::printf("alignRewrites: %.1f ms CPU (best of %d)\n", bestCpu, runs);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc >= 4 && std::strcmp(argv[1], "--files") == 0)
    return alignFiles(argv[2], argv[3], argc > 4 ? std::atoi(argv[4]) : 7);
  const size_t words = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 10000;
  Random random;
  const std::vector<std::string> vocab = vocabulary(random);
  const std::vector<std::string> source = sentences(random, vocab, words);
  std::vector<std::string> rewritten;
  for (const std::string& s : source) {
    if (random.below(10) == 0) continue;  // Dropped.
    rewritten.push_back(rewrite(random, s, vocab));
    if (random.below(10) == 0) rewritten.push_back(sentences(random, vocab, 15).front());  // New.
  }
  for (size_t k = rewritten.size(); k > 1; --k)
    std::swap(rewritten[k - 1], rewritten[random.below(k)]);
  const std::string a = joinParagraphs(random, source), b = joinParagraphs(random, rewritten);

  // Wall time and this process's CPU time: on a loaded machine the CPU time is the steadier.
  const auto time = [&](const char* what, auto&& align) {
    double best = 1e9, bestCpu = 1e9;
    for (int run = 0; run < 7; ++run) {
      const auto start = std::chrono::steady_clock::now();
      const std::clock_t cpuStart = std::clock();
      align();
      const std::chrono::duration<double, std::milli> took =
          std::chrono::steady_clock::now() - start;
      best = std::min(best, took.count());
      bestCpu = std::min(bestCpu, 1000.0 * (std::clock() - cpuStart) / CLOCKS_PER_SEC);
    }
    std::printf("| %s | %.1f ms wall, %.1f ms CPU (best of 7) |\n", what, best, bestCpu);
  };
  concord::SentenceAlignment aligned;
  time("sentence alignment (alignSentences)", [&] { aligned = concord::alignSentences(a, b).value(); });
  std::printf("| %zu + %zu bytes | %zu x %zu sentences | %zu sentence links | %zu paragraph links |\n",
              a.size(), b.size(), aligned.aSentences.size(), aligned.bSentences.size(),
              aligned.sentenceLinks.size(), aligned.paragraphLinks.size());
  concord::RewriteAlignment rows;
  time("rows and links (alignRewrites)", [&] { rows = concord::alignRewrites(a, b).value(); });
  std::printf("| %zu x %zu paragraphs | %zu rows |\n", rows.aParagraphs.size(),
              rows.bParagraphs.size(), rows.rows.size());
  return 0;
}
