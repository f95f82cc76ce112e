#include "concord/tokenizer.h"

#include "text/token_scan.h"
#include "text/unicode_classes.h"

namespace concord {

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 4 + 1);
  detail::scanTokens(text, [&](const Token& token) { tokens.push_back(token); });
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

bool normalizes(const TextOptions& options) {
  return options.ignoreCase || options.ignoreWhitespace || options.ignorePunctuation ||
         options.foldTypography;
}

std::string comparisonKey(std::string_view text, const TextOptions& options, LineJoin join) {
  if (!normalizes(options) && join == LineJoin::kKeep) return std::string(text);
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
    if (options.foldTypography) {
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
      if (join == LineJoin::kJoin && detail::isLineBreak(cp)) {
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
  // scanTokens without building tokens (the diffs count whole texts): a word starts where a
  // letter does not continue a word run; every ideograph is a word; a symbol that joinsWord
  // stays inside its word; marks and joined characters start nothing.
  TokenCounts counts;
  bool inWord = false, afterJoiner = false;
  const uint32_t size = static_cast<uint32_t>(text.size());
  const detail::CharClass* ascii = detail::asciiClasses().of;
  for (uint32_t i = 0; i < size;) {
    const unsigned char byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80 && !afterJoiner) {
      // What the steps below do for an ASCII byte after anything but a joiner (it then extends
      // nothing and joins nothing), without building a step: most text is this.
      const detail::CharClass cls = ascii[byte];
      const uint32_t at = i++;
      if (cls == detail::CharClass::kLetter) {
        counts.words += !inWord;
        inWord = true;
        // The rest of an ASCII letter run adds nothing: skipped in a tight loop.
        while (i < size && static_cast<unsigned char>(text[i]) < 0x80 &&
               ascii[static_cast<unsigned char>(text[i])] == detail::CharClass::kLetter) {
          ++i;
        }
      } else if (cls == detail::CharClass::kSymbol && inWord && detail::joinsWord(text, at, i)) {
        continue;  // An apostrophe or digit separator inside the word.
      } else {
        counts.words += cls == detail::CharClass::kIdeograph;
        counts.symbols += cls == detail::CharClass::kSymbol;
        inWord = false;
      }
      continue;
    }
    const detail::Step step = detail::stepAt(text, i, afterJoiner);
    afterJoiner = step.joiner;
    const bool first = i == 0;
    const uint32_t at = i;
    i = step.end;
    if (step.extends && !first) continue;  // Part of the token before it.
    if (step.cls == detail::CharClass::kLetter) {
      counts.words += !inWord;
      inWord = true;
    } else if (step.cls == detail::CharClass::kIdeograph) {
      ++counts.words;
      inWord = false;
    } else if (step.cls == detail::CharClass::kSymbol && inWord &&
               detail::joinsWord(text, at, step.end)) {
      continue;  // An apostrophe or digit separator inside the word.
    } else {
      counts.symbols += step.cls == detail::CharClass::kSymbol;
      inWord = false;
    }
  }
  return counts;
}

void appendWordKey(std::string& out, std::string_view word, const TextOptions& options,
                   bool dropPossessive) {
  const size_t start = out.size();
  // Fast path, most words: ASCII, folded in place in one pass (not a push_back a byte).
  out.resize(start + word.size());
  char* to = &out[start];
  const char fold = options.ignoreCase ? 32 : 0;
  size_t ascii = 0;
  for (; ascii < word.size() && static_cast<unsigned char>(word[ascii]) < 0x80; ++ascii) {
    const char c = word[ascii];
    to[ascii] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + fold) : c;
  }
  if (ascii < word.size()) {
    out.resize(start);
    TextOptions wordOptions = options;
    wordOptions.ignorePunctuation = false;  // An inner apostrophe stays part of the word.
    out += comparisonKey(word, wordOptions);
  }
  // The possessive 's goes, so that "DeepSeek's" and "DeepSeek" are one word.
  const std::string_view key = std::string_view(out).substr(start);
  if (!dropPossessive || key.size() < 3 || (key.back() != 's' && key.back() != 'S')) return;
  if (key[key.size() - 2] == '\'') {
    out.resize(out.size() - 2);
  } else if (key.size() > 4 && key.compare(key.size() - 4, 3, "\xE2\x80\x99") == 0) {
    out.resize(out.size() - 4);
  }
}

bool isBlankLine(std::string_view line) {
  const uint32_t size = static_cast<uint32_t>(line.size());
  for (uint32_t i = 0; i < size;) {
    const unsigned char byte = static_cast<unsigned char>(line[i]);
    if (byte < 0x80) {
      if (detail::asciiClasses().of[byte] != detail::CharClass::kSpace) return false;
      ++i;
      continue;
    }
    const detail::Decoded c = detail::decodeAt(line, i);
    if (c.codePoint == detail::kInvalid || !detail::isSpace(c.codePoint)) return false;
    i += c.length;
  }
  return true;
}

uint32_t countWords(std::string_view text) { return countTokens(text).words; }

}  // namespace concord
