// libFuzzer target for the analysis: any bytes, cut into a few documents, must analyse without a
// crash into a well-formed result (ranges inside their texts, on character boundaries of valid
// UTF-8, members sorted, groups disjoint, blocks and clean copies consistent, scores in [0, 1]),
// and any two of them must align into rows that hold every paragraph once, in order.
// Build and run with scripts/fuzz analyze_fuzzer.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "concord/analyze.h"
#include "concord/paragraphs.h"
#include "concord/rewrite_align.h"
#include "concord_wire/layouts.h"
#include "concord_wire/pack.h"

namespace {

// Aborts with the failing line, so that a crash report says which invariant broke.
#define check(condition) checkAt(condition, __LINE__)
void checkAt(bool condition, int line) {
  if (condition) return;
  std::fprintf(stderr, "analyze_fuzzer.cc:%d: invariant broken\n", line);
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

// A byte range of `text` that starts and ends between characters (when the text is valid UTF-8;
// JavaScript only ever sends valid UTF-8).
void checkRange(std::string_view text, concord::ByteRange range, bool utf8) {
  check(range.begin <= range.end && range.end <= text.size());
  if (!utf8) return;
  for (uint32_t at : {range.begin, range.end})
    check(at == text.size() || (static_cast<unsigned char>(text[at]) & 0xC0) != 0x80);
}

void checkScore(double x) { check(std::isfinite(x) && x >= -1e-9 && x <= 1 + 1e-9); }

void checkAnalysis(const std::vector<std::string_view>& texts,
                   const concord::AnalyzeOptions& options, const concord::Analysis& analysis) {
  const uint32_t n = static_cast<uint32_t>(texts.size());
  std::vector<bool> utf8(n);
  std::vector<concord::ParsedText> parsed(n);
  concord::Vocabulary vocabulary;
  for (uint32_t d = 0; d < n; ++d) {
    utf8[d] = validUtf8(texts[d]);
    parsed[d] = concord::parseText(texts[d], options.text, vocabulary);
  }
  check(analysis.documents.size() == n);
  for (uint32_t d = 0; d < n; ++d) {
    const concord::DocumentSummary& doc = analysis.documents[d];
    check(doc.words == parsed[d].words.size());
    check(doc.paragraphs == parsed[d].paragraphs.size());
    uint32_t at = 0;
    size_t removed = 0;
    for (const concord::ByteRange& range : doc.repeats) {
      checkRange(texts[d], range, utf8[d]);
      check(range.begin >= at && range.begin < range.end);
      at = range.end;
      removed += range.size();
    }
    const std::string clean = concord::removeRanges(texts[d], doc.repeats);
    check(clean.size() == texts[d].size() - removed && clean.size() <= texts[d].size());
    for (const concord::Paragraph& p : parsed[d].paragraphs) {
      checkRange(texts[d], p.range, utf8[d]);
      check(p.firstWord <= p.endWord && p.endWord <= parsed[d].words.size());
    }
  }
  // Groups: members valid, sorted, paragraphs as parsed; groups disjoint.
  std::set<std::pair<uint32_t, uint32_t>> seen;
  for (const auto* groups : {&analysis.duplicates.groups, &analysis.duplicates.shortRepeats}) {
    for (const concord::DuplicateGroup& group : *groups) {
      check(group.members.size() >= 2);
      checkScore(group.similarity);
      if (group.kind == concord::GroupKind::kExact) check(group.similarity == 1);
      for (size_t m = 0; m < group.members.size(); ++m) {
        const concord::ParagraphRef& ref = group.members[m];
        check(ref.doc < n && ref.paragraph < parsed[ref.doc].paragraphs.size());
        check(ref.range == parsed[ref.doc].paragraphs[ref.paragraph].range);
        check(seen.insert({ref.doc, ref.paragraph}).second);
        if (m > 0) {
          const concord::ParagraphRef& prev = group.members[m - 1];
          check(prev.doc < ref.doc || (prev.doc == ref.doc && prev.paragraph < ref.paragraph));
        }
      }
    }
  }
  // Blocks: runs of grouped paragraphs, the earlier first, no overlap within a document, each
  // repeated paragraph in one block's repeat at most.
  std::set<std::pair<uint32_t, uint32_t>> repeated;
  for (const concord::RepeatedBlock& block : analysis.duplicates.repeatedBlocks) {
    for (uint32_t p = 0; p < block.paragraphs; ++p)
      check(repeated.insert({block.repeat.doc, block.repeat.paragraph + p}).second);
    check(block.paragraphs >= 2);
    for (const concord::ParagraphRun* run : {&block.first, &block.repeat}) {
      check(run->doc < n &&
            run->paragraph + block.paragraphs <= parsed[run->doc].paragraphs.size());
      const auto& paragraphs = parsed[run->doc].paragraphs;
      check(run->range.begin == paragraphs[run->paragraph].range.begin);
      check(run->range.end == paragraphs[run->paragraph + block.paragraphs - 1].range.end);
      uint32_t words = 0;
      for (uint32_t p = 0; p < block.paragraphs; ++p)
        words += paragraphs[run->paragraph + p].wordCount();
      check(words == run->words);
      for (uint32_t p = 0; p < block.paragraphs; ++p)
        check(seen.count({run->doc, run->paragraph + p}) == 1);
    }
    check(block.first.doc < block.repeat.doc ||
          (block.first.doc == block.repeat.doc &&
           block.first.paragraph + block.paragraphs <= block.repeat.paragraph));
  }
  for (const concord::DocumentPassage& p : analysis.passages) {
    check(p.a < p.b && p.b < n);
    checkRange(texts[p.a], p.aRange, utf8[p.a]);
    checkRange(texts[p.b], p.bRange, utf8[p.b]);
    check(p.matchedWords <= p.aWords && p.matchedWords <= p.bWords);
  }
  if (n <= options.allPairsUpTo) check(analysis.pairs.size() == size_t{n} * (n - (n > 0)) / 2);
  for (size_t i = 0; i < analysis.pairs.size(); ++i) {
    const concord::PairResult& pair = analysis.pairs[i];
    check(pair.a < pair.b && pair.b < n);
    if (i > 0)
      check(std::make_pair(analysis.pairs[i - 1].a, analysis.pairs[i - 1].b) <
            std::make_pair(pair.a, pair.b));
    const concord::PairScores& s = pair.scores;
    for (double x : {s.diffRatio, s.resemblance, s.containmentAB, s.containmentBA, s.coverageAB,
                     s.coverageBA, s.rewrite})
      checkScore(x);
  }
  if (!analysis.matrix.empty()) {
    check(analysis.matrix.size() == size_t{n} * n);
    for (uint32_t a = 0; a < n; ++a)
      for (uint32_t b = 0; b < n; ++b) {
        checkScore(analysis.matrix[size_t{a} * n + b]);
        check(analysis.matrix[size_t{a} * n + b] == analysis.matrix[size_t{b} * n + a]);
      }
  }
  std::vector<int> placed(n, 0);
  for (uint32_t d : analysis.order) check(d < n && placed[d]++ == 0);
  check(analysis.order.size() == n);
  std::vector<int> clustered(n, 0);
  for (const auto& cluster : analysis.clusters) {
    check(cluster.size() >= 2);
    for (uint32_t d : cluster) check(d < n && clustered[d]++ == 0);
  }
  // The wire layer converts every offset; each range must stay ordered within its text.
  std::vector<concord_wire::WireText> wire;
  for (std::string_view text : texts) wire.push_back({text, concord_wire::isAscii(text)});
  const concord_wire::Packet packet = concord_wire::packAnalysis(analysis, wire);
  const size_t stride = static_cast<size_t>(concord_wire::kBlock.size());
  size_t at = 1 + static_cast<size_t>(packet.ints[0]);
  for (uint32_t s = 0; s < concord_wire::kAnalysisBlocks; ++s) at += packet.ints[1 + s];
  const size_t blocks = static_cast<size_t>(packet.ints[1 + concord_wire::kAnalysisBlocks]);
  check(blocks == analysis.duplicates.repeatedBlocks.size() * stride);
  for (size_t b = at; b < at + blocks; b += stride)
    check(packet.ints[b + 2] <= packet.ints[b + 3] && packet.ints[b + 6] <= packet.ints[b + 7]);
}

void checkAlignment(std::string_view a, std::string_view b, const concord::AlignOptions& options) {
  const concord::Result<concord::RewriteAlignment> result = concord::alignRewrites(a, b, options);
  if (!result.ok()) {
    check(!result.error().empty());
    return;
  }
  const concord::RewriteAlignment& alignment = result.value();
  const bool utf8a = validUtf8(a), utf8b = validUtf8(b);
  for (const concord::ByteRange& range : alignment.aParagraphs) checkRange(a, range, utf8a);
  for (const concord::ByteRange& range : alignment.bParagraphs) checkRange(b, range, utf8b);
  uint32_t nextA = 0, nextB = 0;
  for (size_t r = 0; r < alignment.rows.size(); ++r) {
    const concord::RewriteRow& row = alignment.rows[r];
    check(row.aFirst == nextA && row.aEnd >= row.aFirst && row.bFirst == nextB &&
          row.bEnd >= row.bFirst);
    check(row.aEnd > row.aFirst || row.bEnd > row.bFirst);
    check(row.aEnd - row.aFirst <= options.maxSpan && row.bEnd - row.bFirst <= options.maxSpan);
    nextA = row.aEnd, nextB = row.bEnd;
    checkScore(row.similarity);
    if (row.repeatOf >= 0) {
      const bool onA = row.aEnd > row.aFirst;
      check(row.aEnd == row.aFirst || row.bEnd == row.bFirst);
      check(static_cast<uint32_t>(row.repeatOf) < (onA ? row.aFirst : row.bFirst));
    }
    for (const concord::MarkedToken& token : row.aShared) checkRange(a, token.range, utf8a);
    for (const concord::MarkedToken& token : row.bShared) checkRange(b, token.range, utf8b);
  }
  check(nextA == alignment.aParagraphs.size() && nextB == alignment.bParagraphs.size());
  concord_wire::packAlignment(alignment, {a, concord_wire::isAscii(a)},
                              {b, concord_wire::isAscii(b)});
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 2) return 0;
  const uint8_t flags = data[0], more = data[1];
  const std::string_view input(reinterpret_cast<const char*>(data + 2), size - 2);
  // Documents are cut at each 0xFF 0x00 pair, at most eight of them.
  std::vector<std::string_view> texts;
  size_t at = 0;
  while (texts.size() < 7) {
    const size_t cut = input.find("\xFF\x00", at, 2);
    if (cut == std::string_view::npos) break;
    texts.push_back(input.substr(at, cut - at));
    at = cut + 2;
  }
  texts.push_back(input.substr(at));

  concord::AnalyzeOptions options;
  options.text.split = static_cast<concord::ParagraphSplit>(flags % 3);
  options.text.ignoreCase = flags & 4;
  options.text.ignorePunctuation = flags & 8;
  options.text.foldTypography = flags & 16;
  options.duplicates.nearThreshold = (flags & 32) ? 0.0 : 0.5;
  options.duplicates.minWords = (flags & 64) ? 2 : 15;
  options.duplicates.findNear = !(more & 128);
  options.duplicates.exhaustive = more & 16;
  options.passages.minWords = (flags & 128) ? 1 : 8;
  options.passages.maxGap = more & 3;
  options.matrixUpTo = (more & 4) ? 1 : 2000;  // The sparse, candidate-only path.
  options.allPairsUpTo = (more & 8) ? 0 : 200;
  options.maxSeedDocuments = 2 + (more >> 5 & 3);
  const concord::Result<concord::Analysis> analysis = concord::analyze(texts, options);
  check(analysis.ok());
  checkAnalysis(texts, options, analysis.value());

  concord::AlignOptions align;
  align.text = options.text;
  align.maxSpan = 1 + (more >> 2 & 7);
  align.skipRepeats = !(more & 1);
  align.minSimilarity = (flags & 32) ? 0.0 : 0.1;
  checkAlignment(texts.front(), texts.back(), align);
  return 0;
}
