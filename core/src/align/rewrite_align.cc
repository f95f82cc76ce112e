#include "concord/rewrite_align.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "analysis/content_words.h"
#include "analysis/out_of_line.h"

namespace concord {
namespace {

// Same prior as the set-level score: a pair of texts should not discount the words they share.
constexpr double kIdfPriorParagraphs = 10;
// Longest span a paragraph may match (moves are stored as p * 16 + q in a byte).
constexpr uint32_t kMaxSpan = 8;
// Above this many cells the search matches single paragraphs only, to stay fast.
constexpr uint64_t kSpanCells = 200'000;

// TF-IDF vectors and distinctive tokens of every run of up to `span` consecutive paragraphs.
struct Spans {
  uint32_t span;
  std::vector<SparseVector> vectors;  // [first * span + (length - 1)]
  std::vector<std::vector<uint32_t>> names;
};

Spans buildSpans(const ParsedText& text, uint32_t span, const std::vector<bool>& content,
                 const std::vector<float>& idf) {
  const uint32_t count = static_cast<uint32_t>(text.paragraphs.size());
  Spans spans{span, std::vector<SparseVector>(size_t{count} * span),
              std::vector<std::vector<uint32_t>>(size_t{count} * span)};
  for (uint32_t first = 0; first < count; ++first) {
    for (uint32_t length = 1; length <= span && first + length <= count; ++length) {
      const uint32_t begin = text.paragraphs[first].firstWord;
      const uint32_t end = text.paragraphs[first + length - 1].endWord;
      SparseVector vector = termCounts(text.words, begin, end, content);
      weighTfIdf(vector, idf);
      spans.vectors[size_t{first} * span + length - 1] = std::move(vector);
      spans.names[size_t{first} * span + length - 1] =
          distinctiveTokens(text.words, begin, end, content);
    }
  }
  return spans;
}

std::vector<MarkedToken> sharedTokens(const ParsedText& text, uint32_t first, uint32_t end,
                                      const std::unordered_set<uint32_t>& other,
                                      const std::vector<bool>& content) {
  std::vector<MarkedToken> marks;
  if (first >= end) return marks;
  for (uint32_t w = text.paragraphs[first].firstWord; w < text.paragraphs[end - 1].endWord; ++w) {
    const Word& word = text.words[w];
    if (!content[word.id] || other.count(word.id) == 0) continue;
    SharedTokenKind kind = SharedTokenKind::kWord;
    if (word.flags & kWordNumber) {
      kind = SharedTokenKind::kNumber;
    } else if ((word.flags & kWordCapitalized) && !(word.flags & kWordSentenceStart)) {
      kind = SharedTokenKind::kName;
    }
    marks.push_back({word.range, kind});
  }
  return marks;
}

std::unordered_set<uint32_t> wordsOf(const ParsedText& text, uint32_t first, uint32_t end) {
  std::unordered_set<uint32_t> ids;
  if (first >= end) return ids;
  for (uint32_t w = text.paragraphs[first].firstWord; w < text.paragraphs[end - 1].endWord; ++w)
    ids.insert(text.words[w].id);
  return ids;
}

// Per paragraph: the index of the earlier paragraph of the same text it repeats, or -1.
std::vector<int32_t> repeatsOf(std::string_view text, const ParsedText& parsed,
                               const AlignOptions& options) {
  std::vector<int32_t> repeats(parsed.paragraphs.size(), -1);
  if (!options.skipRepeats) return repeats;
  std::unordered_map<std::string, int32_t> first;
  for (size_t p = 0; p < parsed.paragraphs.size(); ++p) {
    const auto [it, inserted] = first.try_emplace(
        paragraphKey(parsed.paragraphs[p].range.in(text), options.text), static_cast<int32_t>(p));
    if (!inserted) repeats[p] = it->second;
  }
  return repeats;
}

}  // namespace

Result<RewriteAlignment> alignRewrites(std::string_view a, std::string_view b,
                                       const AlignOptions& options) {
  if (a.size() >= kMaxInputBytes || b.size() >= kMaxInputBytes)
    return Result<RewriteAlignment>::failure("a text is larger than 1 GB");
  Vocabulary vocabulary;
  const ParsedText pa = parseText(a, options.text, vocabulary);
  const ParsedText pb = parseText(b, options.text, vocabulary);
  const uint32_t na = static_cast<uint32_t>(pa.paragraphs.size());
  const uint32_t nb = static_cast<uint32_t>(pb.paragraphs.size());
  const uint64_t cells = uint64_t{na + 1} * (nb + 1);
  if (cells > kMaxAlignCells)
    return Result<RewriteAlignment>::failure("too many paragraphs to align (" + std::to_string(na) +
                                             " x " + std::to_string(nb) +
                                             "); split the texts into smaller parts");

  RewriteAlignment out;
  for (const Paragraph& p : pa.paragraphs) out.aParagraphs.push_back(p.range);
  for (const Paragraph& p : pb.paragraphs) out.bParagraphs.push_back(p.range);

  // IDF over the paragraphs of both texts: words every paragraph uses weigh little.
  const std::vector<bool> content = contentWords(vocabulary);
  std::vector<uint32_t> df(vocabulary.size(), 0);
  for (const ParsedText* text : {&pa, &pb}) {
    for (const Paragraph& p : text->paragraphs) {
      for (const auto& entry : termCounts(text->words, p.firstWord, p.endWord, content))
        ++df[entry.first];
    }
  }
  const double units = na + nb;
  std::vector<float> idf(vocabulary.size());
  for (uint32_t id = 0; id < idf.size(); ++id)
    idf[id] =
        static_cast<float>(std::log((1.0 + units + kIdfPriorParagraphs) / (1.0 + df[id])) + 1.0);
  const uint32_t span = cells > kSpanCells ? 1 : std::clamp<uint32_t>(options.maxSpan, 1, kMaxSpan);
  const std::vector<int32_t> repeatsA = repeatsOf(a, pa, options);
  const std::vector<int32_t> repeatsB = repeatsOf(b, pb, options);
  // A span may not include a repeated paragraph.
  const auto clean = [](const std::vector<int32_t>& repeats, uint32_t first, uint32_t count) {
    for (uint32_t k = first; k < first + count; ++k)
      if (repeats[k] >= 0) return false;
    return true;
  };
  const Spans sa = buildSpans(pa, span, content, idf);
  const Spans sb = buildSpans(pb, span, content, idf);
  const auto similarity = [&](uint32_t i, uint32_t p, uint32_t j, uint32_t q) {
    const size_t x = size_t{i} * span + p - 1, y = size_t{j} * span + q - 1;
    const double cosine = dot(sa.vectors[x], sb.vectors[y]);
    return rewriteScore(cosine, weightedOverlap(sa.names[x], sb.names[y], idf), sa.names[x].size(),
                        sb.names[y].size());
  };

  // best[i][j]: highest total (similarity - minSimilarity) aligning a[0, i) with b[0, j).
  const size_t width = nb + 1;
  std::vector<double> best(cells, 0.0);
  // How each cell was reached: 0 skip a, 1 skip b, else p * 16 + q for a p:q match.
  std::vector<uint8_t> move(cells, 0);
  for (uint32_t i = 0; i <= na; ++i) {
    outOfLine([&] {
      for (uint32_t j = 0; j <= nb; ++j) {
        double& cell = best[i * width + j];
        uint8_t& how = move[i * width + j];
        cell = -1;
        if (i == 0 && j == 0) {
          cell = 0;
          continue;
        }
        if (i > 0 && best[(i - 1) * width + j] > cell) cell = best[(i - 1) * width + j], how = 0;
        if (j > 0 && best[i * width + j - 1] > cell) cell = best[i * width + j - 1], how = 1;
        for (uint32_t p = 1; p <= span && p <= i; ++p) {
          for (uint32_t q = 1; q <= span && q <= j; ++q) {
            if (p > 1 && q > 1) continue;  // One-to-many or many-to-one, not many-to-many.
            if (!clean(repeatsA, i - p, p) || !clean(repeatsB, j - q, q)) continue;
            const double s = similarity(i - p, p, j - q, q);
            if (s < options.minSimilarity) continue;
            const double total = best[(i - p) * width + j - q] + s - options.minSimilarity;
            if (total > cell) cell = total, how = static_cast<uint8_t>(p * 16 + q);
          }
        }
      }
    });
  }
  uint32_t i = na, j = nb;
  while (i > 0 || j > 0) {
    const uint8_t how = move[i * width + j];
    RewriteRow row;
    if (how == 0) {
      row.aFirst = i - 1, row.aEnd = i, row.bFirst = row.bEnd = j;
      row.repeatOf = repeatsA[i - 1];
      --i;
    } else if (how == 1) {
      row.bFirst = j - 1, row.bEnd = j, row.aFirst = row.aEnd = i;
      row.repeatOf = repeatsB[j - 1];
      --j;
    } else {
      const uint32_t p = how / 16, q = how % 16;
      row.aFirst = i - p, row.aEnd = i, row.bFirst = j - q, row.bEnd = j;
      row.similarity = similarity(i - p, p, j - q, q);
      row.aShared =
          sharedTokens(pa, row.aFirst, row.aEnd, wordsOf(pb, row.bFirst, row.bEnd), content);
      row.bShared =
          sharedTokens(pb, row.bFirst, row.bEnd, wordsOf(pa, row.aFirst, row.aEnd), content);
      i -= p, j -= q;
    }
    out.rows.push_back(std::move(row));
  }
  std::reverse(out.rows.begin(), out.rows.end());
  SentenceAlignOptions sentenceOptions;
  sentenceOptions.text.split = options.text.split;
  Result<SentenceAlignment> sentences = alignSentences(a, b, sentenceOptions);
  if (!sentences.ok()) return Result<RewriteAlignment>::failure(sentences.error());
  SentenceAlignment links = std::move(sentences).value();
  out.aSentences = std::move(links.aSentences);
  out.bSentences = std::move(links.bSentences);
  out.sentenceLinks = std::move(links.sentenceLinks);
  out.paragraphLinks = std::move(links.paragraphLinks);
  out.aKinds = std::move(links.aKinds);
  out.bKinds = std::move(links.bKinds);
  return out;
}

}  // namespace concord
