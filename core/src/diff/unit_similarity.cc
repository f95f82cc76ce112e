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

SignatureStore::SignatureStore(const std::vector<std::string_view>& leftKeys,
                               const std::vector<uint32_t>& leftIds,
                               const std::vector<std::string_view>& rightKeys,
                               const std::vector<uint32_t>& rightIds) {
  uint32_t count = 0;
  for (uint32_t id : leftIds) count = std::max(count, id + 1);
  for (uint32_t id : rightIds) count = std::max(count, id + 1);
  keys_.resize(count);
  for (size_t k = 0; k < leftIds.size(); ++k) keys_[leftIds[k]] = leftKeys[k];
  for (size_t k = 0; k < rightIds.size(); ++k) keys_[rightIds[k]] = rightKeys[k];
  words_.resize(count);
  pairs_.resize(count);
  bigrams_.resize(count);
  wordCount_.assign(count, -1);
}

int SignatureStore::words(uint32_t id) {
  if (wordCount_[id] < 0) {
    std::vector<uint64_t>& sig = words_[id];
    std::vector<uint64_t>& pairs = pairs_[id];
    int count = 0;
    // Versions of a unit often differ in case, punctuation and quotes: whatever the key
    // options, pairing looks past those.
    const TextOptions loose = TextOptions::folded();
    const std::string key = comparisonKey(keys_[id], loose);
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
    wordCount_[id] = count;
  }
  return wordCount_[id];
}

const std::vector<uint64_t>& SignatureStore::bigramSignature(uint32_t id) {
  std::vector<uint64_t>& sig = bigrams_[id];
  const std::string_view key = keys_[id];
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
  const uint32_t x = left.id(i), y = right.id(j);
  if (x == y) return 1;  // One key: every signature is the same (Dice of a set with itself).
  SignatureStore& store = left.store();
  if (store.words(x) >= kWordsForWordSimilarity && store.words(y) >= kWordsForWordSimilarity) {
    return (dice(store.wordSignature(x), store.wordSignature(y)) +
            dice(store.pairSignature(x), store.pairSignature(y))) /
           2;
  }
  return dice(store.bigramSignature(x), store.bigramSignature(y));
}

}  // namespace detail
}  // namespace concord
