// libFuzzer target for the analysis: two option bytes, then documents that share lines (the
// layout of documents.h), must analyse without a crash into a well-formed result (ranges inside their texts, on character boundaries of valid
// UTF-8, members sorted, groups disjoint, blocks and clean copies consistent, scores in [0, 1]),
// and any two of them must align into rows that hold every paragraph once, in order.
// Build and run with scripts/fuzz analyze.
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
#include "checks.h"
#include "documents.h"
#include "testing/clean_copy.h"

namespace {

#define check CONCORD_FUZZ_CHECK
using concord::fuzz::checkRange;
using concord::fuzz::checkScore;

void checkAnalysis(const std::vector<std::string_view>& texts,
                   const concord::AnalyzeOptions& options, const concord::Analysis& analysis) {
  const uint32_t n = static_cast<uint32_t>(texts.size());
  std::vector<bool> utf8(n);
  std::vector<concord::ParsedText> parsed(n);
  concord::Vocabulary vocabulary;
  for (uint32_t d = 0; d < n; ++d) {
    utf8[d] = concord::fuzz::validUtf8(texts[d]);
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
    const std::string clean = concord::testing::removeRanges(texts[d], doc.repeats);
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

// Pair scores do not depend on the order the documents come in: analysed in reverse, pair
// (a, b) becomes (n-1-b, n-1-a) with its directed scores swapped.
void checkOrderIndependent(const std::vector<std::string_view>& texts,
                           const concord::AnalyzeOptions& options,
                           const concord::Analysis& analysis) {
  const std::vector<std::string_view> reversed(texts.rbegin(), texts.rend());
  const concord::Result<concord::Analysis> other = concord::analyze(reversed, options);
  check(other.ok());
  // Beyond allPairsUpTo only candidate pairs are reported, and candidates may depend on order.
  const bool allPairs = texts.size() <= options.allPairsUpTo;
  if (allPairs) check(other.value().pairs.size() == analysis.pairs.size());
  const uint32_t last = static_cast<uint32_t>(texts.size()) - 1;
  for (const concord::PairResult& pair : analysis.pairs) {
    const concord::PairResult* mirror = nullptr;
    for (const concord::PairResult& candidate : other.value().pairs)
      if (candidate.a == last - pair.b && candidate.b == last - pair.a) mirror = &candidate;
    check(mirror != nullptr || !allPairs);
    if (mirror == nullptr) continue;
    const concord::PairScores &s = pair.scores, &m = mirror->scores;
    auto same = [](double x, double y) { return std::fabs(x - y) <= 1e-9; };
    check(same(s.resemblance, m.resemblance));
    check(same(s.containmentAB, m.containmentBA) && same(s.containmentBA, m.containmentAB));
    check(same(s.coverageAB, m.coverageBA) && same(s.coverageBA, m.coverageAB));
    check(same(s.rewrite, m.rewrite));
    check(same(s.diffRatio, m.diffRatio));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 2) return 0;
  const uint8_t flags = data[0], more = data[1];
  // Up to eight documents sharing lines (see documents.h for the layout after the two bytes).
  const std::vector<std::string> documents = concord::fuzz::buildDocuments(
      std::string_view(reinterpret_cast<const char*>(data + 2), size - 2), 8);
  const std::vector<std::string_view> texts(documents.begin(), documents.end());

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
  size_t bytes = 0;
  for (std::string_view text : texts) bytes += text.size();
  if (bytes <= 16384) checkOrderIndependent(texts, options, analysis.value());

  concord::AlignOptions align;
  align.text = options.text;
  align.maxSpan = 1 + (more >> 2 & 7);
  align.skipRepeats = !(more & 1);
  align.minSimilarity = (flags & 32) ? 0.0 : 0.1;
  concord::fuzz::checkAlignment(texts.front(), texts.back(), align);
  return 0;
}
