// The shared fuzzer invariants (see checks.h).
#include "checks.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace concord::fuzz {

void checkAt(bool condition, const char* what, const char* file, int line) {
  if (condition) return;
  std::fprintf(stderr, "%s:%d: invariant broken: %s\n", file, line, what);
  std::abort();
}

bool validUtf8(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    size_t length = c < 0x80                ? 1
                    : c >= 0xC2 && c < 0xE0 ? 2
                    : c >= 0xE0 && c < 0xF0 ? 3
                    : c >= 0xF0 && c < 0xF5 ? 4
                                            : 0;
    if (length == 0 || i + length > text.size()) return false;
    for (size_t k = 1; k < length; ++k)
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return false;
    // Overlong three- and four-byte forms, surrogates and code points past U+10FFFF: what a
    // TextEncoder never produces.
    const unsigned char d = length > 1 ? static_cast<unsigned char>(text[i + 1]) : 0;
    if ((c == 0xE0 && d < 0xA0) || (c == 0xED && d >= 0xA0) || (c == 0xF0 && d < 0x90) ||
        (c == 0xF4 && d >= 0x90))
      return false;
    i += length;
  }
  return true;
}

void checkRange(std::string_view text, ByteRange range, bool utf8) {
  CONCORD_FUZZ_CHECK(range.begin <= range.end && range.end <= text.size());
  if (!utf8) return;
  for (uint32_t at : {range.begin, range.end})
    CONCORD_FUZZ_CHECK(at == text.size() || (static_cast<unsigned char>(text[at]) & 0xC0) != 0x80);
}

void checkScore(double x) { CONCORD_FUZZ_CHECK(std::isfinite(x) && x >= -1e-9 && x <= 1 + 1e-9); }

namespace {

// Checks one row's shared tokens lie inside its paragraphs, and that each side has some exactly
// when the other does (a content word shared by a is, by the same word, shared by b).
void checkShared(std::string_view a, std::string_view b, const RewriteAlignment& alignment,
                 const RewriteRow& row) {
  const bool utf8a = validUtf8(a), utf8b = validUtf8(b);
  CONCORD_FUZZ_CHECK(row.aShared.empty() == row.bShared.empty());
  if (row.aEnd == row.aFirst || row.bEnd == row.bFirst) {
    CONCORD_FUZZ_CHECK(row.aShared.empty() && row.similarity == 0);
    return;
  }
  const uint32_t aBegin = alignment.aParagraphs[row.aFirst].begin;
  const uint32_t aEnd = alignment.aParagraphs[row.aEnd - 1].end;
  const uint32_t bBegin = alignment.bParagraphs[row.bFirst].begin;
  const uint32_t bEnd = alignment.bParagraphs[row.bEnd - 1].end;
  for (const MarkedToken& token : row.aShared) {
    checkRange(a, token.range, utf8a);
    CONCORD_FUZZ_CHECK(token.range.begin >= aBegin && token.range.end <= aEnd);
  }
  for (const MarkedToken& token : row.bShared) {
    checkRange(b, token.range, utf8b);
    CONCORD_FUZZ_CHECK(token.range.begin >= bBegin && token.range.end <= bEnd);
  }
}

}  // namespace

std::optional<double> checkAlignment(std::string_view a, std::string_view b,
                                     const AlignOptions& options) {
  const Result<RewriteAlignment> result = alignRewrites(a, b, options);
  if (!result.ok()) {
    CONCORD_FUZZ_CHECK(!result.error().empty());
    return std::nullopt;
  }
  const RewriteAlignment& alignment = result.value();
  const bool utf8a = validUtf8(a), utf8b = validUtf8(b);
  for (const ByteRange& range : alignment.aParagraphs) checkRange(a, range, utf8a);
  for (const ByteRange& range : alignment.bParagraphs) checkRange(b, range, utf8b);
  uint32_t nextA = 0, nextB = 0;
  double total = 0;
  for (const RewriteRow& row : alignment.rows) {
    CONCORD_FUZZ_CHECK(row.aFirst == nextA && row.aEnd >= row.aFirst);
    CONCORD_FUZZ_CHECK(row.bFirst == nextB && row.bEnd >= row.bFirst);
    CONCORD_FUZZ_CHECK(row.aEnd > row.aFirst || row.bEnd > row.bFirst);
    CONCORD_FUZZ_CHECK(row.aEnd - row.aFirst <= options.maxSpan &&
                       row.bEnd - row.bFirst <= options.maxSpan);
    nextA = row.aEnd, nextB = row.bEnd;
    checkScore(row.similarity);
    const bool matched = row.aEnd > row.aFirst && row.bEnd > row.bFirst;
    if (matched) {
      CONCORD_FUZZ_CHECK(row.similarity >= options.minSimilarity - 1e-9);
      total += row.similarity - options.minSimilarity;
    }
    if (row.repeatOf >= 0) {
      CONCORD_FUZZ_CHECK(!matched);
      const bool onA = row.aEnd > row.aFirst;
      CONCORD_FUZZ_CHECK(static_cast<uint32_t>(row.repeatOf) < (onA ? row.aFirst : row.bFirst));
    }
    checkShared(a, b, alignment, row);
  }
  CONCORD_FUZZ_CHECK(nextA == alignment.aParagraphs.size() &&
                     nextB == alignment.bParagraphs.size());
  return total;
}

}  // namespace concord::fuzz
