// The passes of the sentence alignment (internal): weighted terms per sentence, sentence links,
// paragraph links. alignSentences (sentence_align.cc) chains them.
#ifndef CONCORD_SRC_ALIGN_SENTENCE_TERMS_H_
#define CONCORD_SRC_ALIGN_SENTENCE_TERMS_H_

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "concord/interner.h"
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

/// Sorts terms by id, the heavier first among equal ids. The one sort of Term lists (sentences'
/// and paragraphs'): each comparator of its own would add a copy of std::sort to the wasm.
void sortTerms(std::vector<Term>& terms);

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

/// A sentence's term before the weights of its pair are known.
struct RawTerm {
  uint32_t stem = 0;   ///< Id in TextReader's stems (order of first appearance).
  double factor = 1;   ///< Stock-phrase and stock-word factor.
  bool name = false;   ///< Capitalised where it does not open the sentence.
  bool lower = false;  ///< Written lower-case somewhere.
  bool number = false;
};

/// One text's paragraphs, sentences and unweighted terms (TextReader::read).
struct RawText {
  std::vector<ByteRange> paragraphs;
  std::vector<Sentence> sentences;
  std::vector<std::vector<RawTerm>> terms;  ///< Per sentence; none for a boilerplate one.
  std::vector<uint32_t> keys;               ///< Per sentence, as TextTerms::keys.
  int64_t title = -1;
  std::vector<uint8_t> headings;  ///< Per sentence, as TextTerms::headings.
  bool tooLarge = false;          ///< kMaxInputBytes or more: not read, aligns with nothing.
};

/// Reads texts for alignment once however many pairs they take part in: words, stems and
/// sentence keys are interned across every text it reads. Lineage aligns each document with up
/// to lineageSources others, and reading (tokenizing, stemming) was most of each alignment.
class TextReader {
 public:
  explicit TextReader(const TextOptions& options) : options_(options) {}
  /// The paragraphs, sentences and raw terms of `text`.
  RawText read(std::string_view text);
  /// Pass 1 of two texts this reader read: their sentences and weighted terms (stems of
  /// content words, idf over the sentences of both), term ids in the byte order of the pair's
  /// stems.
  void weigh(const RawText& a, const RawText& b, TextTerms& ta, TextTerms& tb);
  /// What the terms need of a lower-case word, looked up once per distinct word.
  struct Word {
    bool function = false;       ///< isFunctionWord.
    double stock = 1;            ///< stockFactor.
    uint32_t term = UINT32_MAX;  ///< termOf, once asked.
  };
  /// The id of a lower-case word among the words this reader has seen.
  uint32_t wordId(std::string_view lower);
  /// Word `id` (from wordId).
  const Word& word(uint32_t id) const { return wordInfo_[id]; }
  /// The term id of word `id`: a number's digits (separators dropped), else its stem.
  uint32_t termOf(uint32_t id);

 private:
  TextOptions options_;
  Vocabulary words_;                // Lower-case words seen so far.
  std::vector<Word> wordInfo_;      // Per word id.
  Vocabulary stems_;                // Terms: stems, and numbers as written (separators dropped).
  Vocabulary keys_;                 // Sentence keys.
  std::vector<uint32_t> localIds_;  // weigh(): per stem id, its id in the pair, or unset.
};

/// alignSentences of two texts read by `reader`: fails as it does.
Result<SentenceAlignment> alignRead(TextReader& reader, const RawText& a, const RawText& b,
                                    const SentenceAlignOptions& options);

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

/// Pass 2's result: the candidate links and the pair's SentenceAlignment::counterpartShare.
struct CandidateLinks {
  std::vector<SentenceLink> links;  ///< Sorted by a, then b.
  double counterpartShare = 0;
};

/// Pass 2: candidate sentence links (each sentence with its most similar sentence of the other
/// text, and every copied pair), with their confidences and copied flags, sorted by a then b.
CandidateLinks candidateLinks(const TextTerms& ta, const TextTerms& tb);

/// Pairs of copied sentences (equal keys): each sentence of a with the first equal sentence of
/// b, and each sentence of b with the first equal sentence of a; sorted, unique.
std::vector<std::pair<uint32_t, uint32_t>> copiedPairs(const TextTerms& ta, const TextTerms& tb);

/// Sets SentenceLink::corroborated of every link of `links` (kept links, sorted by a then b,
/// their `likely` flags set) of a pair whose SentenceAlignment::counterpartShare is
/// `counterpartShare` (corroboration.cc).
void corroborate(std::vector<SentenceLink>& links, double counterpartShare);

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
