// Content words and TF-IDF vectors, shared by the pairwise scores and the rewrite alignment
// (internal).
#ifndef CONCORD_SRC_CONTENT_WORDS_H_
#define CONCORD_SRC_CONTENT_WORDS_H_

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "concord/paragraphs.h"

namespace concord {

/// True for English function words, which say nothing about what a text is about.
bool isStopword(std::string_view word);

/// Per vocabulary id: true when the word is a content word (not a stopword; two or more bytes
/// or a digit).
std::vector<bool> contentWords(const Vocabulary& vocabulary);

/// A sparse vector: (word id, weight) sorted by id.
using SparseVector = std::vector<std::pair<uint32_t, float>>;

/// Content-word counts of words[begin, end) as a sparse vector of raw counts.
SparseVector termCounts(const std::vector<Word>& words, uint32_t begin, uint32_t end,
                        const std::vector<bool>& content);

/// Distinctive tokens of words[begin, end): numbers and capitalised words not opening a
/// sentence (names), as sorted unique ids.
std::vector<uint32_t> distinctiveTokens(const std::vector<Word>& words, uint32_t begin,
                                        uint32_t end, const std::vector<bool>& content);

/// Turns counts into TF-IDF weights ((1 + ln tf) * idf[id]) scaled to unit length.
void weighTfIdf(SparseVector& counts, const std::vector<float>& idf);

/// Dot product of two sparse vectors.
double dot(const SparseVector& a, const SparseVector& b);

/// Idf-weighted overlap coefficient of two sorted id sets: the idf sum of the shared ids over
/// the idf sum of the smaller set (a short article's names all found in a long one give 1).
double weightedOverlap(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b,
                       const std::vector<float>& idf);

/// The rewrite-aware score from the content-word cosine and the distinctive-token overlap:
/// 0.6 * cosine + 0.4 * overlap when both texts have at least 3 distinctive tokens, else cosine.
double rewriteScore(double cosine, double overlap, size_t distinctiveA, size_t distinctiveB);

}  // namespace concord

#endif  // CONCORD_SRC_CONTENT_WORDS_H_
