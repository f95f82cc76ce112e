// Paragraphs and words of a text, as the duplicate, similarity and rewrite analyses see them:
// the one paragraph splitter and the one tokenizer (tokenizer.h), words interned as ids.
//
//   concord::Vocabulary vocabulary;
//   concord::ParsedText parsed = concord::parseText(text, concord::TextOptions::folded(),
//                                                   vocabulary);
//   for (const concord::Paragraph& p : parsed.paragraphs) print(p.range.in(text));
//   // parsed.words[p.firstWord .. p.endWord) are its words; equal words share an id.
#ifndef CONCORD_PARAGRAPHS_H_
#define CONCORD_PARAGRAPHS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "concord/interner.h"
#include "concord/text.h"
#include "concord/text_options.h"

namespace concord {

/// Properties of a word used by the rewrite-aware score.
enum WordFlags : uint8_t {
  kWordCapitalized = 1,    ///< Starts with an upper-case letter (a possible name).
  kWordNumber = 2,         ///< Contains a digit.
  kWordSentenceStart = 4,  ///< First word of a paragraph or after . ! ? : (capital proves nothing).
};

/// One word: a word token (tokenizer.h) and the id of its key.
struct Word {
  ByteRange range;    ///< Its bytes in the text.
  uint32_t id = 0;    ///< Vocabulary id of its normalised form (appendWordKey).
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

/// A text cut into paragraphs and words.
struct ParsedText {
  std::vector<Word> words;            ///< All words in reading order.
  std::vector<Paragraph> paragraphs;  ///< Non-blank paragraphs in reading order.
};

/// Splits `text` into paragraphs (`options.split`) and words, interning their keys (case and
/// typography folded as `options` say, possessive 's dropped) in `vocabulary`.
ParsedText parseText(std::string_view text, const TextOptions& options, Vocabulary& vocabulary);

/// The form of `paragraph` that exact duplicates share: its word keys joined by spaces when
/// punctuation is ignored, else comparisonKey with whitespace collapsed and lines joined.
std::string paragraphKey(std::string_view paragraph, const TextOptions& options);

}  // namespace concord

#endif  // CONCORD_PARAGRAPHS_H_
