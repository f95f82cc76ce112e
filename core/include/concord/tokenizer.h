// The one tokenizer and the one normalisation of Concord: every diff, analysis and count reads
// text through these.
//
//   std::vector<concord::Token> tokens = concord::tokenize(text);
//   for (const concord::Token& t : tokens)
//     if (t.kind == concord::TokenKind::kWord) count(t.range.in(text));
//   concord::TextOptions options;
//   options.ignoreCase = true;
//   std::string key = concord::comparisonKey(text, options);
//
// Words are runs of letters and digits of any script, with an apostrophe between letters
// ("isn't", "O'Neill") and a comma or point between digits ("10,000", "3.5") inside them; each
// CJK ideograph and kana is a token of its own; combining marks, variation selectors, emoji
// modifiers and zero-width joiners stay with the character before them; invalid UTF-8 bytes are
// one-byte symbol tokens. Without Unicode tables, "letter" means any code point outside the known
// space, punctuation and symbol blocks. So "A well-known fact: 日本語 isn't 10,000 words." has
// ten words: A, well, known, fact, 日, 本, 語, isn't, 10,000, words.
#ifndef CONCORD_TOKENIZER_H_
#define CONCORD_TOKENIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "concord/text.h"
#include "concord/text_options.h"

namespace concord {

/// What a token is made of.
enum class TokenKind : uint8_t {
  kWord = 0,    ///< Letters and digits (one CJK ideograph or kana counts as a word).
  kSpace = 1,   ///< A run of whitespace, line breaks included.
  kSymbol = 2,  ///< One punctuation mark, symbol or emoji (with its modifiers).
};

/// A token: its bytes in the text and its kind. Tokens tile the text.
struct Token {
  ByteRange range;                    ///< Bytes of the token.
  TokenKind kind = TokenKind::kWord;  ///< Word, space or symbol.
};

/// Splits `text` into tokens covering every byte exactly once, in order.
std::vector<Token> tokenize(std::string_view text);

/// Splits `text` into grapheme-like characters (a code point with the marks and joiners that
/// extend it), for character-level diffs. Every byte is in exactly one.
std::vector<ByteRange> splitCharacters(std::string_view text);

/// Whether a line break inside the normalised text counts as a space.
enum class LineJoin : uint8_t {
  kKeep = 0,  ///< Line breaks are whitespace like any other.
  kJoin = 1,  ///< A line break with the spaces around it is one space: re-wrapped text is equal.
};

/// True when `options` changes some text (a key then differs from the text).
bool normalizes(const TextOptions& options);

/// The normalized form of `text` under `options` (the text itself when nothing is ignored).
std::string comparisonKey(std::string_view text, const TextOptions& options,
                          LineJoin join = LineJoin::kKeep);

/// The key of one word token under `options` (case and typography folded as asked; a final
/// possessive 's dropped when `dropPossessive`), appended to `out`.
void appendWordKey(std::string& out, std::string_view word, const TextOptions& options,
                   bool dropPossessive);

/// True when `line` is empty or holds only whitespace (any Unicode space, no-break spaces and a
/// byte order mark included): a blank line everywhere in Concord.
bool isBlankLine(std::string_view line);

/// Numbers of word and symbol tokens in a text.
struct TokenCounts {
  uint32_t words = 0;    ///< Word tokens.
  uint32_t symbols = 0;  ///< Symbol tokens (punctuation, symbols, emoji).
};

/// Counts the word and symbol tokens of `text` (as `tokenize` would give them, without building
/// them).
TokenCounts countTokens(std::string_view text);

/// Number of word tokens in `text`.
uint32_t countWords(std::string_view text);

}  // namespace concord

#endif  // CONCORD_TOKENIZER_H_
