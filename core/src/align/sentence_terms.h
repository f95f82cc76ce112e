// The passes of the sentence alignment (internal): weighted terms per sentence, sentence links,
// paragraph links. alignSentences (sentence_align.cc) chains them.
#ifndef CONCORD_SRC_ALIGN_SENTENCE_TERMS_H_
#define CONCORD_SRC_ALIGN_SENTENCE_TERMS_H_

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "concord/sentence_align.h"

namespace concord {
namespace align {

/// The key id of a sentence without words (never copied).
inline constexpr uint32_t kNoKey = UINT32_MAX;

/// A term of a sentence and its weight there.
struct Term {
  uint32_t id = 0;    ///< Term id, shared by both texts; ids follow the terms' byte order.
  double weight = 0;  ///< idf times the name, number or stock-phrase factor.
};

/// One text's paragraphs and sentences with their terms.
struct TextTerms {
  std::vector<ByteRange> paragraphs;
  std::vector<Sentence> sentences;
  std::vector<std::vector<Term>> terms;  ///< Per sentence, sorted by id, unique.
  std::vector<double> norms;             ///< Per sentence: Euclidean norm of its weights.
  std::vector<double> totals;            ///< Per sentence: sum of its weights.
  /// Per sentence: id of its folded form (paragraphKey with TextOptions::folded()), shared by
  /// both texts, or kNoKey for a sentence without words.
  std::vector<uint32_t> keys;
  int64_t title = -1;  ///< The title's sentence (0) when the text opens with one, else -1.
  /// Per sentence: 1 when it is a heading (a short paragraph of one sentence with no full stop,
  /// the title included), else 0.
  std::vector<uint8_t> headings;
  bool hasHeadings = false;  ///< Some sentence is a heading.
};

/// Pass 1: sentences of both texts and their weighted terms (stems of content words, idf over
/// the sentences of both texts).
void buildTerms(std::string_view a, std::string_view b, const TextOptions& options, TextTerms& ta,
                TextTerms& tb);

/// True for English function words.
bool isFunctionWord(std::string_view lowerWord);

/// The weight factor of a content word (lower-case) that is a stock word of news ("monday",
/// "statement", "reporters"): below 1; 1 for other words.
double stockFactor(std::string_view lowerWord);

/// True when a sentence (its lower-case words; `finalStop`: it ends with . ! or ?) is the
/// boilerplate of a web page rather than the story: a byline, "Advertisement", a sign-up,
/// follow, share or copyright line, a "Read more:" link. Such sentences take part in no
/// rewritten link (they may still be copied).
bool isBoilerplate(const std::vector<std::string_view>& lowerWords, bool finalStop);

/// True when the lower-case words [first, first + n) of `words` start a stock phrase, with n
/// set to its length.
bool startsStockPhrase(const std::vector<std::string_view>& words, size_t first, size_t& n);

/// Pass 2: candidate sentence links (each sentence with its most similar sentence of the other
/// text, and every copied pair), with their confidences and copied flags, sorted by a then b.
std::vector<SentenceLink> candidateLinks(const TextTerms& ta, const TextTerms& tb);

/// Pairs of copied sentences (equal keys): each sentence of a with the first equal sentence of
/// b, and each sentence of b with the first equal sentence of a; sorted, unique.
std::vector<std::pair<uint32_t, uint32_t>> copiedPairs(const TextTerms& ta, const TextTerms& tb);

/// Pass 3: paragraph links from the candidate sentence links, those of at least
/// `minConfidence`.
std::vector<ParagraphLink> linkParagraphs(const TextTerms& ta, const TextTerms& tb,
                                          const std::vector<SentenceLink>& candidates,
                                          double minConfidence);

/// Weighted cosine and shared weight of two sorted term lists.
struct Overlap {
  double cosine = 0;
  double shared = 0;
  uint32_t count = 0;  ///< Terms both hold.
};

/// The overlap of term lists x and y with norms nx and ny.
Overlap overlapOf(const std::vector<Term>& x, double nx, const std::vector<Term>& y, double ny);

}  // namespace align
}  // namespace concord

#endif  // CONCORD_SRC_ALIGN_SENTENCE_TERMS_H_
