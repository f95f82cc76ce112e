#include "concord/tokenizer.h"

#include "unicode_classes.h"

namespace concord {

namespace {

// Classes of the ASCII bytes, looked up without decoding: most text is mostly ASCII.
struct AsciiClasses {
  detail::CharClass of[128];
  AsciiClasses() : of() {
    for (int c = 0; c < 128; ++c) {
      of[c] = detail::classify(static_cast<uint32_t>(c));
    }
  }
};
const AsciiClasses kAscii;

// The next character at `i`: its class, its end, and whether it extends the previous one.
struct Step {
  detail::CharClass cls;
  uint32_t end;
  bool extends;
  bool joiner;
};

inline Step stepAt(std::string_view text, uint32_t i, bool afterJoiner) {
  const unsigned char byte = static_cast<unsigned char>(text[i]);
  if (byte < 0x80) return {kAscii.of[byte], i + 1, afterJoiner, false};
  const detail::Decoded c = detail::decodeAt(text, i);
  return {detail::classify(c.codePoint), i + c.length, afterJoiner || detail::isExtend(c.codePoint),
          c.codePoint == 0x200D};
}

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 4 + 1);
  const uint32_t size = static_cast<uint32_t>(text.size());
  bool lastJoinable = false;  // The last token is a word or space run the next char may extend.
  bool afterJoiner = false;   // The last char was a zero-width joiner: the next one attaches.
  for (uint32_t i = 0; i < size;) {
    const Step step = stepAt(text, i, afterJoiner);
    afterJoiner = step.joiner;
    if (!tokens.empty() && step.extends) {
      tokens.back().range.end = step.end;
      i = step.end;
      continue;
    }
    const TokenKind kind = step.cls == detail::CharClass::kSpace    ? TokenKind::kSpace
                           : step.cls == detail::CharClass::kSymbol ? TokenKind::kSymbol
                                                                    : TokenKind::kWord;
    const bool joinable = kind != TokenKind::kSymbol && step.cls != detail::CharClass::kIdeograph;
    if (lastJoinable && joinable && tokens.back().kind == kind) {
      tokens.back().range.end = step.end;
    } else {
      tokens.push_back({{i, step.end}, kind});
      lastJoinable = joinable;
    }
    i = step.end;
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

TokenCounts countTokens(std::string_view text) {
  // tokenize() without building the tokens: a word starts where a letter or ideograph does not
  // continue a word run; every symbol is a token; marks and joined characters start nothing.
  TokenCounts counts;
  bool inWord = false, afterJoiner = false;
  const uint32_t size = static_cast<uint32_t>(text.size());
  for (uint32_t i = 0; i < size;) {
    const Step step = stepAt(text, i, afterJoiner);
    afterJoiner = step.joiner;
    const bool first = i == 0;
    i = step.end;
    if (step.extends && !first) continue;  // Part of the token before it.
    if (step.cls == detail::CharClass::kLetter) {
      counts.words += !inWord;
      inWord = true;
    } else if (step.cls == detail::CharClass::kIdeograph) {
      ++counts.words;
      inWord = false;
    } else {
      counts.symbols += step.cls == detail::CharClass::kSymbol;
      inWord = false;
    }
  }
  return counts;
}

uint32_t countWords(std::string_view text) { return countTokens(text).words; }

}  // namespace concord
