// Paragraphs and words of a text, as the duplicate and similarity analyses see them.
//
//   concord::Vocabulary vocabulary;
//   concord::ParsedText parsed = concord::parseText(text, {}, vocabulary);
//   for (const concord::Paragraph& p : parsed.paragraphs) print(p.range.in(text));
//   // parsed.words[p.firstWord .. p.endWord) are its words; equal words share an id.
#ifndef CONCORD_PARAGRAPHS_H_
#define CONCORD_PARAGRAPHS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "concord/text.h"

namespace concord {

/// Where one paragraph ends and the next begins.
enum class ParagraphSplit : uint8_t {
  kAuto = 0,        ///< kBlankLines when some block between blank lines spans several lines,
                    ///< else kLines.
  kLines = 1,       ///< Every non-blank line is a paragraph.
  kBlankLines = 2,  ///< Blocks separated by blank lines are paragraphs.
};

/// How text is normalised before words and paragraphs are compared. Whitespace runs always
/// count as one space and leading or trailing whitespace never counts.
struct NormalizeOptions {
  bool ignoreCase = true;         ///< "The" equals "the".
  bool ignorePunctuation = true;  ///< Paragraphs compare by their words only.
  bool foldTypography = true;     ///< Curly quotes, primes and dashes equal their ASCII forms.
};

/// Properties of a word used by the rewrite-aware score.
enum WordFlags : uint8_t {
  kWordCapitalized = 1,    ///< Starts with an upper-case ASCII letter (a possible name).
  kWordNumber = 2,         ///< Contains a digit.
  kWordSentenceStart = 4,  ///< First word of a paragraph or after . ! ? (capital proves nothing).
};

/// One word: a run of letters, digits and non-ASCII characters, with inner apostrophes.
struct Word {
  ByteRange range;    ///< Its bytes in the text.
  uint32_t id = 0;    ///< Vocabulary id of its normalised form.
  uint8_t flags = 0;  ///< WordFlags.
};

/// One paragraph: trimmed byte range and its words.
struct Paragraph {
  ByteRange range;         ///< Content without surrounding whitespace.
  uint32_t firstWord = 0;  ///< Index of its first word in ParsedText::words.
  uint32_t endWord = 0;    ///< One past its last word.
  /// Number of words.
  uint32_t wordCount() const { return endWord - firstWord; }
};

/// Interns normalised words so that equal words get equal ids across many texts.
class Vocabulary {
 public:
  /// The id of `word`, adding it when new. Ids count up from 0.
  uint32_t intern(std::string_view word);
  /// The normalised word with id `id`.
  std::string_view word(uint32_t id) const {
    return std::string_view(bytes_).substr(starts_[id], starts_[id + 1] - starts_[id]);
  }
  /// Number of distinct words.
  uint32_t size() const { return static_cast<uint32_t>(starts_.size() - 1); }

 private:
  void grow();
  // Open addressing on a power-of-two table of id + 1 (0 = empty), words stored end to end in
  // one string: interning millions of words allocates almost nothing.
  std::string bytes_;
  std::vector<uint32_t> starts_ = {0};
  std::vector<uint64_t> hashes_;
  std::vector<uint32_t> slots_ = std::vector<uint32_t>(1024, 0);
};

/// A text cut into paragraphs and words.
struct ParsedText {
  std::vector<Word> words;            ///< All words in reading order.
  std::vector<Paragraph> paragraphs;  ///< Non-blank paragraphs in reading order.
};

/// Splits `text` into paragraphs and words, interning words in `vocabulary`.
ParsedText parseText(std::string_view text, ParagraphSplit split, const NormalizeOptions& options,
                     Vocabulary& vocabulary);

/// The form of `paragraph` that exact duplicates share: its normalised words joined by spaces
/// when punctuation is ignored, else the text with whitespace collapsed and case and typography
/// folded as `options` say.
std::string paragraphKey(std::string_view paragraph, const NormalizeOptions& options);

}  // namespace concord

#endif  // CONCORD_PARAGRAPHS_H_
