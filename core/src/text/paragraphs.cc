#include "concord/paragraphs.h"

#include <utility>

#include "concord/tokenizer.h"
#include "text/layout.h"
#include "text/token_scan.h"
#include "text/unicode_classes.h"

namespace concord {
namespace {

bool endsSentence(std::string_view symbol) {
  return symbol == "." || symbol == "!" || symbol == "?" || symbol == ":" ||
         symbol == "\xE3\x80\x82" || symbol == "\xEF\xBC\x81" || symbol == "\xEF\xBC\x9F";
}

uint8_t flagsOf(std::string_view word, bool sentenceStart) {
  uint8_t flags = sentenceStart ? kWordSentenceStart : 0;
  const detail::Decoded first = detail::decodeAt(word, 0);
  if (first.codePoint != detail::kInvalid && detail::toLower(first.codePoint) != first.codePoint)
    flags |= kWordCapitalized;
  for (char c : word) {
    if (c >= '0' && c <= '9') {
      flags |= kWordNumber;
      break;
    }
  }
  return flags;
}

}  // namespace

ParsedText parseText(std::string_view text, const TextOptions& options, Vocabulary& vocabulary) {
  ParsedText parsed;
  const detail::TextLayout layout = detail::scanLayout(text, detail::LayoutNeeds::kParagraphs);
  const std::vector<ByteRange> ranges = detail::paragraphRanges(text, layout, options.split);
  parsed.paragraphs.reserve(ranges.size());
  std::string key;
  for (const ByteRange& range : ranges) {
    Paragraph paragraph;
    paragraph.range = range;
    paragraph.firstWord = static_cast<uint32_t>(parsed.words.size());
    bool sentenceStart = true;
    const std::string_view content = range.in(text);
    detail::scanTokens(content, [&](const Token& token) {
      const std::string_view bytes = token.range.in(content);
      if (token.kind == TokenKind::kSymbol) {
        sentenceStart = sentenceStart || endsSentence(bytes);
      } else if (token.kind == TokenKind::kWord) {
        key.clear();
        appendWordKey(key, bytes, options, true);
        parsed.words.push_back({{range.begin + token.range.begin, range.begin + token.range.end},
                                vocabulary.intern(key),
                                flagsOf(bytes, sentenceStart)});
        sentenceStart = false;
      }
    });
    paragraph.endWord = static_cast<uint32_t>(parsed.words.size());
    parsed.paragraphs.push_back(paragraph);
  }
  // Words are the largest structure of an analysis (16 bytes each, all documents alive at
  // once): the growth slack of push_back, up to half of it, is given back.
  parsed.words.shrink_to_fit();
  return parsed;
}

std::string paragraphKey(std::string_view paragraph, const TextOptions& options) {
  if (!options.ignorePunctuation) {
    TextOptions collapsed = options;
    collapsed.ignoreWhitespace = true;
    return comparisonKey(paragraph, collapsed, LineJoin::kJoin);
  }
  std::string key;
  detail::scanTokens(paragraph, [&](const Token& token) {
    if (token.kind != TokenKind::kWord) return;
    if (!key.empty()) key.push_back(' ');
    appendWordKey(key, token.range.in(paragraph), options, true);
  });
  return key;
}

}  // namespace concord
