#include "text/layout.h"

#include <algorithm>

#include "concord/tokenizer.h"
#include "text/unicode_classes.h"

namespace concord {
namespace detail {
namespace {

// Lines looked at to classify a text: enough to judge, bounded for huge inputs.
constexpr size_t kSampleLines = 5000;

bool endsSentence(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  if (line.empty()) return false;
  const char c = line.back();
  // Also the last byte of ” and ’ (E2 80 9D / 99).
  return c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == ')' || c == '\x9D' ||
         c == '\x99';
}

// True when the text's paragraphs are blank-line-separated blocks of hard-wrapped lines (as
// opposed to one paragraph per line): most non-blank lines sit in multi-line blocks, and the
// lines inside a block are short and mostly do not end a sentence. A text without a blank line
// has no blocks to speak of: a list of short lines stays a list.
bool looksWrapped(std::string_view text, const TextLayout& layout) {
  size_t nonBlank = 0, inBlocks = 0, innerEndingSentence = 0, blank = 0;
  std::vector<uint32_t> innerLengths;
  const size_t count = std::min(layout.lines.size(), kSampleLines);
  for (size_t k = 0; k < count;) {
    if (layout.blank[k]) {
      ++blank;
      ++k;
      continue;
    }
    size_t end = k;
    while (end < count && !layout.blank[end]) ++end;
    nonBlank += end - k;
    if (end - k >= 2) {
      inBlocks += end - k;
      for (size_t inner = k; inner + 1 < end; ++inner) {
        innerLengths.push_back(layout.lines[inner].end - layout.lines[inner].begin);
        innerEndingSentence += endsSentence(layout.lines[inner].content(text));
      }
    }
    k = end;
  }
  if (blank == 0 || nonBlank == 0 || inBlocks * 2 < nonBlank || innerLengths.empty()) return false;
  std::nth_element(innerLengths.begin(), innerLengths.begin() + innerLengths.size() / 2,
                   innerLengths.end());
  const uint32_t median = innerLengths[innerLengths.size() / 2];
  return median >= 30 && median <= 100 && innerEndingSentence * 2 < innerLengths.size();
}

// What the sampled non-blank lines are made of.
struct LineCensus {
  size_t nonBlank = 0, bytes = 0, nonSpace = 0, codeSymbols = 0, words = 0;
};

// Bytes that mark code: {}[]<>=;/\|*#_&$@%^~ and backtick.
struct CodeSymbols {
  bool of[256] = {};
  CodeSymbols() {
    for (char c : std::string_view("{}[]<>=;/\\|*#_&$@%^~`"))
      of[static_cast<unsigned char>(c)] = true;
  }
};
const CodeSymbols kCodeSymbols;

void countLine(std::string_view line, LineCensus& census) {
  ++census.nonBlank;
  census.bytes += line.size();
  bool inWord = false;
  for (char c : line) {
    const bool space = c == ' ' || c == '\t';
    census.nonSpace += !space;
    census.codeSymbols += kCodeSymbols.of[static_cast<unsigned char>(c)];
    census.words += !space && !inWord;
    inWord = !space;
  }
}

// Whitespace (Unicode spaces, no-break spaces, a byte order mark) off both ends.
ByteRange trim(std::string_view text, uint32_t begin, uint32_t end) {
  while (begin < end) {
    const Decoded c = decodeAt(text, begin);
    if (c.codePoint == kInvalid || !isSpace(c.codePoint)) break;
    begin += c.length;
  }
  while (end > begin) {
    uint32_t start = end - 1;  // Back to the lead byte of the last character.
    while (start > begin && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    const Decoded c = decodeAt(text, start);
    if (c.codePoint == kInvalid || start + c.length != end || !isSpace(c.codePoint)) break;
    end = start;
  }
  return {begin, end};
}

}  // namespace

TextLayout scanLayout(std::string_view text, LayoutNeeds needs) {
  TextLayout layout;
  layout.lines = splitLines(text, LineBreaks::kAny);
  if (needs == LayoutNeeds::kLines) return layout;
  layout.blank.resize(layout.lines.size());
  LineCensus census;
  const bool classify = needs == LayoutNeeds::kEverything;
  for (size_t k = 0; k < layout.lines.size(); ++k) {
    const std::string_view line = layout.lines[k].content(text);
    layout.blank[k] = isBlankLine(line);
    if (classify && !layout.blank[k] && k < kSampleLines) countLine(line, census);
  }
  layout.wrapped = looksWrapped(text, layout);
  if (!classify) return layout;
  const bool code = census.nonBlank == 0 || census.codeSymbols * 100 > census.nonSpace * 3;
  layout.prose = !code && (layout.wrapped || (census.bytes / census.nonBlank >= 100 &&
                                              census.words / census.nonBlank >= 12));
  return layout;
}

std::vector<ByteRange> paragraphRanges(std::string_view text, const TextLayout& layout,
                                       ParagraphSplit split) {
  split = resolvedSplit(layout, split);
  const std::vector<Line>& lines = layout.lines;
  std::vector<ByteRange> paragraphs;
  for (size_t k = 0; k < lines.size();) {
    if (layout.blank[k]) {
      ++k;
      continue;
    }
    size_t end = k + 1;
    if (split == ParagraphSplit::kBlankLines) {
      while (end < lines.size() && !layout.blank[end]) ++end;
    }
    const ByteRange range = trim(text, lines[k].begin, lines[end - 1].end);
    if (range.size() > 0) paragraphs.push_back(range);
    k = end;
  }
  return paragraphs;
}

}  // namespace detail
}  // namespace concord
