// Character classes for the tokenizer and key normalization: a few range tables, not the full
// Unicode database, chosen so that letters of any script group into words and the marks,
// joiners and modifiers that extend a character never get split from it.
#ifndef CONCORD_SRC_UNICODE_CLASSES_H_
#define CONCORD_SRC_UNICODE_CLASSES_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace concord {
namespace detail {

/// Marks a byte that does not start a valid UTF-8 sequence.
inline constexpr uint32_t kInvalid = 0xFFFFFFFFu;

/// A decoded code point and the bytes it took.
struct Decoded {
  uint32_t codePoint;
  uint32_t length;
};

/// Decodes the UTF-8 sequence at `i`; an invalid, overlong, surrogate or truncated one is one
/// byte of kInvalid.
inline Decoded decodeAt(std::string_view text, uint32_t i) {
  const auto byte = [&](uint32_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) return {lead, 1};
  uint32_t length, cp;
  if (lead >= 0xC2 && lead < 0xE0) {
    length = 2, cp = lead & 0x1F;
  } else if (lead >= 0xE0 && lead < 0xF0) {
    length = 3, cp = lead & 0x0F;
  } else if (lead >= 0xF0 && lead < 0xF5) {
    length = 4, cp = lead & 0x07;
  } else {
    return {kInvalid, 1};
  }
  if (i + length > text.size()) return {kInvalid, 1};
  for (uint32_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return {kInvalid, 1};
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  const bool overlong = (length == 3 && cp < 0x800) || (length == 4 && cp < 0x10000);
  if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {kInvalid, 1};
  return {cp, length};
}

/// Appends `cp` as UTF-8.
inline void appendUtf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

inline bool in(uint32_t cp, uint32_t lo, uint32_t hi) { return cp >= lo && cp <= hi; }

/// Combining marks, variation selectors, emoji skin tones, tags and joiners: they extend the
/// character before them.
inline bool isExtend(uint32_t cp) {
  if (cp < 0x300) return false;
  return in(cp, 0x0300, 0x036F) || in(cp, 0x0483, 0x0489) || in(cp, 0x0591, 0x05BD) ||
         cp == 0x05BF || in(cp, 0x05C1, 0x05C2) || in(cp, 0x05C4, 0x05C5) || cp == 0x05C7 ||
         in(cp, 0x0610, 0x061A) || in(cp, 0x064B, 0x065F) || cp == 0x0670 ||
         in(cp, 0x06D6, 0x06DC) || in(cp, 0x06DF, 0x06E4) || in(cp, 0x06E7, 0x06E8) ||
         in(cp, 0x06EA, 0x06ED) || in(cp, 0x1AB0, 0x1AFF) || in(cp, 0x1DC0, 0x1DFF) ||
         in(cp, 0x200C, 0x200D) || in(cp, 0x20D0, 0x20FF) || in(cp, 0x3099, 0x309A) ||
         in(cp, 0xFE00, 0xFE0F) || in(cp, 0xFE20, 0xFE2F) || in(cp, 0x1F3FB, 0x1F3FF) ||
         in(cp, 0xE0020, 0xE007F) || in(cp, 0xE0100, 0xE01EF);
}

/// Line breaks among the spaces.
inline bool isLineBreak(uint32_t cp) {
  return cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C || cp == 0x85 || cp == 0x2028 ||
         cp == 0x2029;
}

enum class CharClass : uint8_t { kLetter, kIdeograph, kSpace, kSymbol };

inline bool isSpace(uint32_t cp) {
  return in(cp, 0x09, 0x0D) || cp == 0x20 || cp == 0x85 || cp == 0xA0 || cp == 0x1680 ||
         in(cp, 0x2000, 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F ||
         cp == 0x3000 || cp == 0xFEFF;
}

inline bool isSymbol(uint32_t cp) {
  if (cp < 0x80) {
    return cp < 0x20 || cp == 0x7F || in(cp, 0x21, 0x2F) || in(cp, 0x3A, 0x40) ||
           in(cp, 0x5B, 0x60) || in(cp, 0x7B, 0x7E);
  }
  if (cp < 0x100) {
    if (cp < 0xA0) return true;  // C1 controls.
    return cp < 0xC0
               ? !(cp == 0xAA || cp == 0xB2 || cp == 0xB3 || cp == 0xB5 || cp == 0xB9 || cp == 0xBA)
               : (cp == 0xD7 || cp == 0xF7);
  }
  return cp == 0x037E || cp == 0x0387 || in(cp, 0x055A, 0x055F) || cp == 0x0589 || cp == 0x05BE ||
         cp == 0x05C0 || cp == 0x05C3 || cp == 0x05C6 || in(cp, 0x05F3, 0x05F4) || cp == 0x060C ||
         cp == 0x061B || cp == 0x061F || in(cp, 0x066A, 0x066D) || cp == 0x06D4 ||
         in(cp, 0x0964, 0x0965) || in(cp, 0x0E4F, 0x0E4F) || in(cp, 0x0E5A, 0x0E5B) ||
         in(cp, 0x104A, 0x104F) || in(cp, 0x1360, 0x1368) || in(cp, 0x2010, 0x2027) ||
         in(cp, 0x2030, 0x205E) || in(cp, 0x20A0, 0x20CF) || in(cp, 0x2100, 0x214F) ||
         in(cp, 0x2190, 0x2BFF) || in(cp, 0x2E00, 0x2E7F) || in(cp, 0x3001, 0x3004) ||
         in(cp, 0x3008, 0x3020) || cp == 0x3030 || cp == 0x303D || in(cp, 0xFE10, 0xFE1F) ||
         in(cp, 0xFE30, 0xFE6F) || in(cp, 0xFF01, 0xFF0F) || in(cp, 0xFF1A, 0xFF20) ||
         in(cp, 0xFF3B, 0xFF40) || in(cp, 0xFF5B, 0xFF65) || in(cp, 0xFFF0, 0xFFFF) ||
         in(cp, 0x1F000, 0x1FAFF);
}

/// Scripts written without spaces between words: each character is a token.
inline bool isIdeograph(uint32_t cp) {
  return in(cp, 0x3040, 0x30FF) || in(cp, 0x3400, 0x4DBF) || in(cp, 0x4E00, 0x9FFF) ||
         in(cp, 0xF900, 0xFAFF) || in(cp, 0x20000, 0x3FFFF);
}

/// The class of one code point (kInvalid is a symbol).
inline CharClass classify(uint32_t cp) {
  if (cp == kInvalid) return CharClass::kSymbol;
  if (isSpace(cp)) return CharClass::kSpace;
  if (isSymbol(cp)) return CharClass::kSymbol;
  if (isIdeograph(cp)) return CharClass::kIdeograph;
  return CharClass::kLetter;
}

/// Punctuation, as ignorePunctuation drops it: symbols other than math, currency, arrows,
/// technical signs, emoji and controls.
inline bool isPunctuation(uint32_t cp) {
  if (cp == kInvalid || !isSymbol(cp)) return false;
  if (cp < 0x20 || in(cp, 0x7F, 0x9F)) return false;
  if (cp == '$' || cp == '+' || cp == '<' || cp == '=' || cp == '>' || cp == '^' || cp == '|' ||
      cp == '~' || cp == 0xD7 || cp == 0xF7 || cp == 0xA2 || cp == 0xA3 || cp == 0xA5) {
    return false;
  }
  return !(in(cp, 0x20A0, 0x20CF) || in(cp, 0x2100, 0x2BFF) || cp >= 0x1F000);
}

/// Typographic quotes, dashes, ellipsis and no-break spaces as their ASCII forms; null when
/// `cp` has none.
inline const char* foldTypography(uint32_t cp) {
  switch (cp) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
    case 0x2035:
    case 0x02BC:
      return "'";
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
    case 0x2036:
    case 0x00AB:
    case 0x00BB:
      return "\"";
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
    case 0xFE58:
    case 0xFE63:
    case 0xFF0D:
      return "-";
    case 0x2026:
      return "...";
    case 0x00A0:
    case 0x2007:
    case 0x202F:
      return " ";
    default:
      return nullptr;
  }
}

/// Simple lower-casing for the scripts most texts use: ASCII, Latin-1, Latin Extended-A, Greek
/// and Cyrillic. Final sigma folds to sigma so that case-insensitive keys agree.
inline uint32_t toLower(uint32_t cp) {
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
  if (in(cp, 0xC0, 0xDE) && cp != 0xD7) return cp + 32;
  if ((in(cp, 0x100, 0x137) || in(cp, 0x14A, 0x177)) && cp % 2 == 0) return cp + 1;
  if ((in(cp, 0x139, 0x148) || in(cp, 0x179, 0x17E)) && cp % 2 == 1) return cp + 1;
  if (cp == 0x178) return 0xFF;
  if (in(cp, 0x391, 0x3A9) && cp != 0x3A2) return cp + 32;
  if (cp == 0x386) return 0x3AC;
  if (in(cp, 0x388, 0x38A)) return cp + 37;
  if (cp == 0x38C) return 0x3CC;
  if (in(cp, 0x38E, 0x38F)) return cp + 63;
  if (cp == 0x3C2) return 0x3C3;
  if (in(cp, 0x410, 0x42F)) return cp + 32;
  if (in(cp, 0x400, 0x40F)) return cp + 80;
  return cp;
}

}  // namespace detail
}  // namespace concord

#endif  // CONCORD_SRC_UNICODE_CLASSES_H_
