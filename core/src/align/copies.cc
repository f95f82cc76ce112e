// Pass 2, copied sentences: a sentence equal to one of the other text once case, white space,
// punctuation and typography are folded is a copy, whatever its similarity ranks say (a body
// pasted twice has two equal sentences where the ranks keep one). Each sentence pairs with the
// first equal sentence of the other text, so the pairs stay linear in the sentences and the
// pairs of b with a are the mirror of those of a with b.
#include <algorithm>
#include <unordered_map>

#include "sentence_terms.h"

namespace concord {
namespace align {
namespace {

// Key id to the first sentence of `text` holding it.
std::unordered_map<uint32_t, uint32_t> firstOfKeys(const TextTerms& text) {
  std::unordered_map<uint32_t, uint32_t> first;
  for (uint32_t s = 0; s < text.keys.size(); ++s)
    if (text.keys[s] != kNoKey) first.emplace(text.keys[s], s);
  return first;
}

}  // namespace

std::vector<std::pair<uint32_t, uint32_t>> copiedPairs(const TextTerms& ta, const TextTerms& tb) {
  const std::unordered_map<uint32_t, uint32_t> firstA = firstOfKeys(ta), firstB = firstOfKeys(tb);
  std::vector<std::pair<uint32_t, uint32_t>> pairs;
  for (uint32_t i = 0; i < ta.keys.size(); ++i) {
    const auto found = firstB.find(ta.keys[i]);
    if (found != firstB.end()) pairs.emplace_back(i, found->second);
  }
  for (uint32_t j = 0; j < tb.keys.size(); ++j) {
    const auto found = firstA.find(tb.keys[j]);
    if (found != firstA.end()) pairs.emplace_back(found->second, j);
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  return pairs;
}

}  // namespace align
}  // namespace concord
