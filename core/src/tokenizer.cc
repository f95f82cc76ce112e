#include "concord/tokenizer.h"

#include "unicode_classes.h"

namespace concord {

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 4 + 1);
  const uint32_t size = static_cast<uint32_t>(text.size());
  bool lastJoinable = false;  // The last token is a word or space run the next char may extend.
  bool afterJoiner = false;   // The last char was a zero-width joiner: the next one attaches.
  for (uint32_t i = 0; i < size;) {
    const detail::Decoded c = detail::decodeAt(text, i);
    const uint32_t end = i + c.length;
    if (!tokens.empty() && (afterJoiner || detail::isExtend(c.codePoint))) {
      tokens.back().range.end = end;
      afterJoiner = c.codePoint == 0x200D;
      i = end;
      continue;
    }
    afterJoiner = c.codePoint == 0x200D;
    const detail::CharClass cls = detail::classify(c.codePoint);
    TokenKind kind = cls == detail::CharClass::kSpace    ? TokenKind::kSpace
                     : cls == detail::CharClass::kSymbol ? TokenKind::kSymbol
                                                         : TokenKind::kWord;
    if (lastJoinable && tokens.back().kind == kind && kind != TokenKind::kSymbol &&
        cls != detail::CharClass::kIdeograph) {
      tokens.back().range.end = end;
    } else {
      tokens.push_back({{i, end}, kind});
      lastJoinable = kind != TokenKind::kSymbol && cls != detail::CharClass::kIdeograph;
    }
    i = end;
  }
  return tokens;
}

std::vector<ByteRange> splitCharacters(std::string_view text) {
  std::vector<ByteRange> chars;
  chars.reserve(text.size());
  const uint32_t size = static_cast<uint32_t>(text.size());
  bool afterJoiner = false;
  for (uint32_t i = 0; i < size;) {
    const detail::Decoded c = detail::decodeAt(text, i);
    const uint32_t end = i + c.length;
    if (!chars.empty() && (afterJoiner || detail::isExtend(c.codePoint))) {
      chars.back().end = end;
    } else {
      chars.push_back({i, end});
    }
    afterJoiner = c.codePoint == 0x200D;
    i = end;
  }
  return chars;
}

std::string comparisonKey(std::string_view text, const KeyOptions& options) {
  if (!options.ignoreCase && !options.ignoreWhitespace && !options.ignorePunctuation &&
      !options.foldQuotes && !options.joinLines) {
    return std::string(text);
  }
  std::string out;
  out.reserve(text.size());
  bool pendingSpace = false;  // ignoreWhitespace: a run of spaces waits for the next char.
  bool skipSpaces = false;    // joinLines: spaces after a joined line break are dropped.
  const uint32_t size = static_cast<uint32_t>(text.size());
  for (uint32_t i = 0; i < size;) {
    const detail::Decoded c = detail::decodeAt(text, i);
    const std::string_view raw = text.substr(i, c.length);
    i += c.length;
    if (c.codePoint == detail::kInvalid) {
      if (pendingSpace && !out.empty()) out += ' ';
      pendingSpace = skipSpaces = false;
      out += raw;
      continue;
    }
    uint32_t cp = c.codePoint;
    if (options.foldQuotes) {
      const char* folded = detail::foldTypography(cp);
      if (folded != nullptr) {
        if (folded[0] == ' ' && folded[1] == '\0') {
          cp = ' ';
        } else {
          // Every non-space folded form is punctuation.
          if (options.ignorePunctuation) continue;
          if (pendingSpace && !out.empty()) out += ' ';
          pendingSpace = skipSpaces = false;
          out += folded;
          continue;
        }
      }
    }
    if (detail::classify(cp) == detail::CharClass::kSpace) {
      if (options.joinLines && detail::isLineBreak(cp)) {
        while (!out.empty() && (out.back() == ' ' || out.back() == '\t')) out.pop_back();
        if (options.ignoreWhitespace) {
          pendingSpace = true;
        } else {
          out += ' ';
        }
        skipSpaces = true;
        continue;
      }
      if (skipSpaces) continue;
      if (options.ignoreWhitespace) {
        pendingSpace = true;
        continue;
      }
      if (cp == c.codePoint) {
        out += raw;
      } else {
        out += ' ';  // A folded no-break space.
      }
      continue;
    }
    if (options.ignorePunctuation && detail::isPunctuation(cp)) continue;
    if (pendingSpace && !out.empty()) out += ' ';
    pendingSpace = skipSpaces = false;
    if (options.ignoreCase) cp = detail::toLower(cp);
    if (cp == c.codePoint) {
      out += raw;
    } else {
      detail::appendUtf8(out, cp);
    }
  }
  return out;
}

uint32_t countWords(std::string_view text) {
  uint32_t words = 0;
  for (const Token& token : tokenize(text)) words += token.kind == TokenKind::kWord;
  return words;
}

}  // namespace concord
