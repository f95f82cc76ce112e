#include "analysis/content_words.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_set>

#include "text/sorted_merge.h"

namespace concord {

bool isStopword(std::string_view word) {
  static const std::unordered_set<std::string_view> kStopwords = {
      "a",       "about",   "above",  "after",   "again",  "against", "all",  "also",    "am",
      "an",      "and",     "any",    "are",     "as",     "at",      "be",   "because", "been",
      "before",  "being",   "below",  "between", "both",   "but",     "by",   "can",     "could",
      "did",     "do",      "does",   "doing",   "down",   "during",  "each", "few",     "for",
      "from",    "further", "had",    "has",     "have",   "having",  "he",   "her",     "here",
      "hers",    "herself", "him",    "himself", "his",    "how",     "i",    "if",      "in",
      "into",    "is",      "it",     "its",     "itself", "just",    "me",   "more",    "most",
      "my",      "myself",  "no",     "nor",     "not",    "now",     "of",   "off",     "on",
      "once",    "only",    "or",     "other",   "our",    "ours",    "out",  "over",    "own",
      "same",    "she",     "should", "so",      "some",   "such",    "than", "that",    "the",
      "their",   "theirs",  "them",   "then",    "there",  "these",   "they", "this",    "those",
      "through", "to",      "too",    "under",   "until",  "up",      "very", "was",     "we",
      "were",    "what",    "when",   "where",   "which",  "while",   "who",  "whom",    "why",
      "will",    "with",    "would",  "you",     "your",   "yours",   "said", "says",    "its",
      "it's",    "don't",   "s",      "t",       "one",    "new",     "many", "much",    "may",
      "might",   "must",    "us",     "like",    "even",   "still",   "yet",  "however"};
  return kStopwords.count(word) > 0;
}

std::vector<bool> contentWords(const Vocabulary& vocabulary) {
  std::vector<bool> content(vocabulary.size());
  for (uint32_t id = 0; id < vocabulary.size(); ++id) {
    const std::string_view word = vocabulary.word(id);
    const bool digit =
        std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
    std::string lower(word);
    for (char& c : lower)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    content[id] = digit || (word.size() >= 2 && !isStopword(lower));
  }
  return content;
}

SparseVector termCounts(const std::vector<Word>& words, uint32_t begin, uint32_t end,
                        const std::vector<bool>& content) {
  std::vector<uint32_t> ids;
  ids.reserve(end - begin);
  for (uint32_t w = begin; w < end; ++w)
    if (content[words[w].id]) ids.push_back(words[w].id);
  std::sort(ids.begin(), ids.end());
  SparseVector counts;
  for (size_t i = 0; i < ids.size();) {
    size_t j = i;
    while (j < ids.size() && ids[j] == ids[i]) ++j;
    counts.emplace_back(ids[i], static_cast<float>(j - i));
    i = j;
  }
  return counts;
}

std::vector<uint32_t> distinctiveTokens(const std::vector<Word>& words, uint32_t begin,
                                        uint32_t end, const std::vector<bool>& content) {
  std::vector<uint32_t> ids;
  for (uint32_t w = begin; w < end; ++w) {
    const Word& word = words[w];
    const bool name = (word.flags & kWordCapitalized) && !(word.flags & kWordSentenceStart);
    if (content[word.id] && (name || (word.flags & kWordNumber))) ids.push_back(word.id);
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

void weighTfIdf(SparseVector& counts, const std::vector<float>& idf) {
  double norm = 0;
  for (auto& [id, weight] : counts) {
    weight = static_cast<float>((1.0 + std::log(weight)) * idf[id]);
    norm += double{weight} * weight;
  }
  if (norm == 0) return;
  const double scale = 1.0 / std::sqrt(norm);
  for (auto& entry : counts) entry.second = static_cast<float>(entry.second * scale);
}

double dot(const SparseVector& a, const SparseVector& b) {
  double sum = 0;
  forEachSharedId(
      a, b, [](const auto& entry) { return entry.first; },
      [&](size_t i, size_t j) { sum += double{a[i].second} * b[j].second; });
  return sum;
}

double weightedOverlap(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b,
                       const std::vector<float>& idf) {
  double shared = 0, onlyA = 0, onlyB = 0;
  size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    if (j == b.size() || (i < a.size() && a[i] < b[j])) {
      onlyA += idf[a[i++]];
    } else if (i == a.size() || b[j] < a[i]) {
      onlyB += idf[b[j++]];
    } else {
      shared += idf[a[i]];
      ++i, ++j;
    }
  }
  const double smaller = shared + std::min(onlyA, onlyB);
  return smaller > 0 ? shared / smaller : 0;
}

double rewriteScore(double cosine, double overlap, size_t distinctiveA, size_t distinctiveB) {
  // Unit vectors stored as floats give a cosine of two equal documents a hair above 1 (and
  // overlaps summed in another order a hair above 1 too): a score is documented as 0 to 1.
  cosine = std::clamp(cosine, 0.0, 1.0);
  overlap = std::clamp(overlap, 0.0, 1.0);
  if (distinctiveA < 3 || distinctiveB < 3) return cosine;
  return 0.6 * cosine + 0.4 * overlap;
}

}  // namespace concord
