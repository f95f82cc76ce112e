// Unicode-aware tokens of a UTF-8 text and the comparison keys Concord's diffs match on.
//
//   std::vector<concord::Token> tokens = concord::tokenize(text);
//   for (const concord::Token& t : tokens)
//     if (t.kind == concord::TokenKind::kWord) count(t.range.in(text));
//   concord::KeyOptions options;
//   options.ignoreCase = true;
//   std::string key = concord::comparisonKey(text, options);
//
// Words are runs of letters and digits of any script; each CJK ideograph and kana is a token of
// its own; combining marks, variation selectors, emoji modifiers and zero-width joiners stay with
// the character before them; invalid UTF-8 bytes are one-byte symbol tokens. Without Unicode
// tables, "letter" means any code point outside the known space, punctuation and symbol blocks.
#ifndef CONCORD_TOKENIZER_H_
#define CONCORD_TOKENIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "concord/text.h"

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

/// How comparison keys are normalized. Keys decide what matches; displayed text never changes.
struct KeyOptions {
  bool ignoreCase =
      false;  ///< Lower-case letters (ASCII, Latin-1, Latin Extended-A, Greek, Cyrillic).
  bool ignoreWhitespace = false;   ///< Collapse whitespace runs to one space and trim the ends.
  bool ignorePunctuation = false;  ///< Drop punctuation marks.
  bool foldQuotes = false;  ///< Typographic quotes, dashes, ellipsis, no-break spaces to ASCII.
  bool joinLines = false;   ///< A line break (with spaces around it) counts as one space.
};

/// The normalized form of `text` under `options` (the text itself when all are off).
std::string comparisonKey(std::string_view text, const KeyOptions& options);

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
