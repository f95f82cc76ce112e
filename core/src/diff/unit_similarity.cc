#include "diff/unit_similarity.h"

#include <algorithm>
#include <string>

#include "concord/tokenizer.h"
#include "text/hashing.h"

namespace concord {
namespace detail {
namespace {

uint64_t hashBytes(std::string_view bytes) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : bytes) h = (h ^ c) * 1099511628211ull;
  return h;
}

double dice(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  if (a.empty() && b.empty()) return 1;
  const size_t common = sharedCount(a, b);
  return 2.0 * static_cast<double>(common) / static_cast<double>(a.size() + b.size());
}

}  // namespace

int Signatures::words(size_t unit) {
  if (wordCount_[unit] < 0) {
    std::vector<uint64_t>& sig = words_[unit];
    std::vector<uint64_t>& pairs = pairs_[unit];
    int count = 0;
    // Versions of a unit often differ in case, punctuation and quotes: whatever the key
    // options, pairing looks past those.
    const TextOptions loose = TextOptions::folded();
    const std::string key = comparisonKey(keys_[unit], loose);
    uint64_t previous = 0;
    for (const Token& t : tokenize(key)) {
      if (t.kind == TokenKind::kSpace) continue;
      count += t.kind == TokenKind::kWord;
      const uint64_t h = hashBytes(t.range.in(key));
      if (!sig.empty()) pairs.push_back((previous * 0x9E3779B97F4A7C15ull) ^ h);
      sig.push_back(h);
      previous = h;
    }
    std::sort(sig.begin(), sig.end());
    std::sort(pairs.begin(), pairs.end());
    wordCount_[unit] = count;
  }
  return wordCount_[unit];
}

const std::vector<uint64_t>& Signatures::bigramSignature(size_t unit) {
  std::vector<uint64_t>& sig = bigrams_[unit];
  const std::string_view key = keys_[unit];
  if (sig.empty() && key.size() >= 2) {
    for (size_t k = 0; k + 1 < key.size(); ++k) {
      sig.push_back((static_cast<uint64_t>(static_cast<unsigned char>(key[k])) << 8) |
                    static_cast<unsigned char>(key[k + 1]));
    }
    std::sort(sig.begin(), sig.end());
  }
  return sig;
}

// Similarity of two units. For units of several words: the mean of the Dice coefficients of
// their words and of their consecutive word pairs (shared vocabulary alone does not make two
// unrelated paragraphs look alike; shared phrasing does). For short units, byte-bigram Dice,
// where one changed word would otherwise leave nothing in common.
double unitSimilarity(Signatures& left, size_t i, Signatures& right, size_t j) {
  constexpr int kWordsForWordSimilarity = 4;
  if (left.words(i) >= kWordsForWordSimilarity && right.words(j) >= kWordsForWordSimilarity) {
    return (dice(left.wordSignature(i), right.wordSignature(j)) +
            dice(left.pairSignature(i), right.pairSignature(j))) /
           2;
  }
  return dice(left.bigramSignature(i), right.bigramSignature(j));
}

}  // namespace detail
}  // namespace concord
