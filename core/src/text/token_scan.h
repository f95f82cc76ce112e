// The tokenizer's one scan, as a template so that tokenize(), countTokens() and the paragraph
// parser run it without building token vectors they do not need (internal).
#ifndef CONCORD_SRC_TEXT_TOKEN_SCAN_H_
#define CONCORD_SRC_TEXT_TOKEN_SCAN_H_

#include <string_view>

#include "concord/tokenizer.h"
#include "text/unicode_classes.h"

namespace concord {
namespace detail {

// Classes of the ASCII bytes, looked up without decoding: most text is mostly ASCII.
struct AsciiClasses {
  CharClass of[128];
  AsciiClasses() : of() {
    for (int c = 0; c < 128; ++c) of[c] = classify(static_cast<uint32_t>(c));
  }
};
inline const AsciiClasses kAsciiClasses;  // Built once, at start-up: no guard per lookup.
inline const AsciiClasses& asciiClasses() { return kAsciiClasses; }

// The next character at `i`: its class, its end, and whether it extends the previous one.
struct Step {
  CharClass cls;
  uint32_t end;
  bool extends;
  bool joiner;
};

inline Step stepAt(std::string_view text, uint32_t i, bool afterJoiner) {
  const unsigned char byte = static_cast<unsigned char>(text[i]);
  if (byte < 0x80) return {asciiClasses().of[byte], i + 1, afterJoiner, false};
  const Decoded c = decodeAt(text, i);
  return {classify(c.codePoint), i + c.length, afterJoiner || isExtend(c.codePoint),
          c.codePoint == 0x200D};
}

inline bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// True when the symbol at [i, end) stays inside the word before it: an apostrophe (' or ’)
// followed by a letter, or a comma or point between two ASCII digits.
inline bool joinsWord(std::string_view text, uint32_t i, uint32_t end) {
  const uint32_t size = static_cast<uint32_t>(text.size());
  if (end >= size) return false;
  const char c = text[i];
  if (c == ',' || c == '.') return i > 0 && isAsciiDigit(text[i - 1]) && isAsciiDigit(text[end]);
  const bool apostrophe = c == '\'' || (end - i == 3 && text.compare(i, 3, "\xE2\x80\x99") == 0);
  return apostrophe && stepAt(text, end, false).cls == CharClass::kLetter;
}

/// Calls `visit(const Token&)` for every token of `text`, in order; tokens tile the text.
template <typename Visit>
void scanTokens(std::string_view text, Visit&& visit) {
  const uint32_t size = static_cast<uint32_t>(text.size());
  Token current;
  bool open = false;         // `current` holds a token not yet visited.
  bool joinable = false;     // It is a word or space run the next character may extend.
  bool afterJoiner = false;  // The last character was a zero-width joiner: the next attaches.
  for (uint32_t i = 0; i < size;) {
    const Step step = stepAt(text, i, afterJoiner);
    afterJoiner = step.joiner;
    if (open && step.extends) {
      current.range.end = i = step.end;
      continue;
    }
    const TokenKind kind = step.cls == CharClass::kSpace    ? TokenKind::kSpace
                           : step.cls == CharClass::kSymbol ? TokenKind::kSymbol
                                                            : TokenKind::kWord;
    const bool wordRun = open && joinable && current.kind == TokenKind::kWord;
    if (wordRun && kind == TokenKind::kSymbol && joinsWord(text, i, step.end)) {
      current.range.end = i = step.end;
      continue;
    }
    const bool canJoin = kind != TokenKind::kSymbol && step.cls != CharClass::kIdeograph;
    if (open && joinable && canJoin && current.kind == kind) {
      current.range.end = step.end;
    } else {
      if (open) visit(static_cast<const Token&>(current));
      current = Token{{i, step.end}, kind};
      open = true;
      joinable = canJoin;
    }
    i = step.end;
  }
  if (open) visit(static_cast<const Token&>(current));
}

}  // namespace detail
}  // namespace concord

#endif  // CONCORD_SRC_TEXT_TOKEN_SCAN_H_
