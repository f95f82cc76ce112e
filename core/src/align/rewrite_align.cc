#include "concord/rewrite_align.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "align/span_index.h"
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

// The term counts of two runs of words added up id by id: termCounts of the two runs together
// (counts are small whole numbers, exact as floats), without sorting the words again.
SparseVector addCounts(const SparseVector& x, const SparseVector& y) {
  SparseVector sum;
  sum.reserve(x.size() + y.size());
  size_t i = 0, j = 0;
  while (i < x.size() || j < y.size()) {
    if (j == y.size() || (i < x.size() && x[i].first < y[j].first)) {
      sum.push_back(x[i++]);
    } else if (i == x.size() || y[j].first < x[i].first) {
      sum.push_back(y[j++]);
    } else {
      sum.emplace_back(x[i].first, x[i].second + y[j].second);
      ++i, ++j;
    }
  }
  return sum;
}

Spans buildSpans(const ParsedText& text, uint32_t span, const std::vector<bool>& content,
                 const std::vector<float>& idf) {
  const uint32_t count = static_cast<uint32_t>(text.paragraphs.size());
  Spans spans{span, std::vector<SparseVector>(size_t{count} * span),
              std::vector<std::vector<uint32_t>>(size_t{count} * span)};
  std::vector<SparseVector> single(count);  // Raw counts per paragraph.
  for (uint32_t p = 0; p < count; ++p)
    single[p] = termCounts(text.words, text.paragraphs[p].firstWord, text.paragraphs[p].endWord,
                           content);
  for (uint32_t first = 0; first < count; ++first) {
    SparseVector counts;
    for (uint32_t length = 1; length <= span && first + length <= count; ++length) {
      const uint32_t begin = text.paragraphs[first].firstWord;
      const uint32_t end = text.paragraphs[first + length - 1].endWord;
      counts = length == 1 ? single[first] : addCounts(counts, single[first + length - 1]);
      SparseVector vector = counts;
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

// IDF over the paragraphs of both texts: words every paragraph uses weigh little.
std::vector<float> paragraphIdf(const ParsedText& pa, const ParsedText& pb,
                                const std::vector<bool>& content, size_t vocabularySize) {
  std::vector<uint32_t> df(vocabularySize, 0);
  for (const ParsedText* text : {&pa, &pb}) {
    for (const Paragraph& p : text->paragraphs) {
      for (const auto& entry : termCounts(text->words, p.firstWord, p.endWord, content))
        ++df[entry.first];
    }
  }
  const double units = static_cast<double>(pa.paragraphs.size() + pb.paragraphs.size());
  std::vector<float> idf(vocabularySize);
  for (uint32_t id = 0; id < idf.size(); ++id)
    idf[id] =
        static_cast<float>(std::log((1.0 + units + kIdfPriorParagraphs) / (1.0 + df[id])) + 1.0);
  return idf;
}

// What the row search asks of a candidate p:q match: may it be made, and how similar is it.
struct SpanScorer {
  uint32_t span;
  Spans sa, sb;
  const std::vector<float>& idf;
  std::vector<int32_t> repeatsA, repeatsB;

  // A span may not include a repeated paragraph.
  static bool clean(const std::vector<int32_t>& repeats, uint32_t first, uint32_t count) {
    for (uint32_t k = first; k < first + count; ++k)
      if (repeats[k] >= 0) return false;
    return true;
  }
  bool allowed(uint32_t i, uint32_t p, uint32_t j, uint32_t q) const {
    return clean(repeatsA, i, p) && clean(repeatsB, j, q);
  }
  double similarity(uint32_t i, uint32_t p, uint32_t j, uint32_t q) const {
    const size_t x = size_t{i} * span + p - 1, y = size_t{j} * span + q - 1;
    return scoreOf(x, y, dot(sa.vectors[x], sb.vectors[y]), true);
  }
  // The similarity of spans x of a and y of b whose vectors' dot product is `cosine`; their
  // names are compared only when `sharesName` (with none shared the overlap is 0 exactly).
  double scoreOf(size_t x, size_t y, double cosine, bool sharesName) const {
    const double overlap = sharesName ? weightedOverlap(sa.names[x], sb.names[y], idf) : 0.0;
    return rewriteScore(cosine, overlap, sa.names[x].size(), sb.names[y].size());
  }
};

// The dot products the row search needs at row i, taken from an inverted index of b's spans:
// for a's spans ending at paragraph i, their dots with every span of b they may match.
struct RowDots {
  const SpanScorer& scorer;
  align::SpanIndex index;
  std::vector<std::vector<double>> dots;         // [p - 1][b span]
  std::vector<std::vector<uint8_t>> sharesName;  // [p - 1][b span]

  RowDots(const SpanScorer& s, size_t vocabularySize)
      : scorer(s),
        index(s.sb.vectors, s.sb.names, s.span, vocabularySize),
        dots(s.span),
        sharesName(s.span) {}
  // a's span of p paragraphs ending at i matches spans of one paragraph of b, or any when p is 1.
  void load(uint32_t i) {
    for (uint32_t p = 1; p <= scorer.span && p <= i; ++p) {
      const size_t x = size_t{i - p} * scorer.span + p - 1;
      index.match(scorer.sa.vectors[x], scorer.sa.names[x], p > 1, dots[p - 1], sharesName[p - 1]);
    }
  }
  // scorer.similarity(i - p, p, j, q) for the row last loaded, bit for bit.
  double similarity(uint32_t i, uint32_t p, uint32_t j, uint32_t q) const {
    const size_t x = size_t{i - p} * scorer.span + p - 1, y = size_t{j} * scorer.span + q - 1;
    return scorer.scoreOf(x, y, dots[p - 1][y], sharesName[p - 1][y] != 0);
  }
};

// The monotone row search: for each cell (i, j), how the best alignment of a[0, i) with b[0, j)
// was reached: 0 skip a, 1 skip b, else p * 16 + q for a p:q match.
std::vector<uint8_t> searchRows(uint32_t na, uint32_t nb, const SpanScorer& scorer,
                                size_t vocabularySize, double minSimilarity) {
  RowDots row(scorer, vocabularySize);
  const size_t width = nb + 1;
  const size_t cells = size_t{na + 1} * width;
  // best[i][j]: highest total (similarity - minSimilarity) aligning a[0, i) with b[0, j).
  std::vector<double> best(cells, 0.0);
  std::vector<uint8_t> move(cells, 0);
  for (uint32_t i = 0; i <= na; ++i) {
    row.load(i);
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
        for (uint32_t p = 1; p <= scorer.span && p <= i; ++p) {
          for (uint32_t q = 1; q <= scorer.span && q <= j; ++q) {
            if (p > 1 && q > 1) continue;  // One-to-many or many-to-one, not many-to-many.
            if (!scorer.allowed(i - p, p, j - q, q)) continue;
            const double s = row.similarity(i, p, j - q, q);
            if (s < minSimilarity) continue;
            const double total = best[(i - p) * width + j - q] + s - minSimilarity;
            if (total > cell) cell = total, how = static_cast<uint8_t>(p * 16 + q);
          }
        }
      }
    });
  }
  return move;
}

// Follows the search's moves back from (na, nb): the rows in reading order, with shared tokens.
std::vector<RewriteRow> traceRows(const std::vector<uint8_t>& move, const ParsedText& pa,
                                  const ParsedText& pb, const SpanScorer& scorer,
                                  const std::vector<bool>& content) {
  const uint32_t nb = static_cast<uint32_t>(pb.paragraphs.size());
  const size_t width = nb + 1;
  std::vector<RewriteRow> rows;
  uint32_t i = static_cast<uint32_t>(pa.paragraphs.size()), j = nb;
  while (i > 0 || j > 0) {
    const uint8_t how = move[i * width + j];
    RewriteRow row;
    if (how == 0) {
      row.aFirst = i - 1, row.aEnd = i, row.bFirst = row.bEnd = j;
      row.repeatOf = scorer.repeatsA[i - 1];
      --i;
    } else if (how == 1) {
      row.bFirst = j - 1, row.bEnd = j, row.aFirst = row.aEnd = i;
      row.repeatOf = scorer.repeatsB[j - 1];
      --j;
    } else {
      const uint32_t p = how / 16, q = how % 16;
      row.aFirst = i - p, row.aEnd = i, row.bFirst = j - q, row.bEnd = j;
      row.similarity = scorer.similarity(i - p, p, j - q, q);
      row.aShared =
          sharedTokens(pa, row.aFirst, row.aEnd, wordsOf(pb, row.bFirst, row.bEnd), content);
      row.bShared =
          sharedTokens(pb, row.bFirst, row.bEnd, wordsOf(pa, row.aFirst, row.aEnd), content);
      i -= p, j -= q;
    }
    rows.push_back(std::move(row));
  }
  std::reverse(rows.begin(), rows.end());
  return rows;
}

// The order-free sentence and paragraph links of alignSentences, moved into `out`.
std::string attachSentenceLinks(std::string_view a, std::string_view b, const AlignOptions& options,
                                RewriteAlignment& out) {
  SentenceAlignOptions sentenceOptions;
  sentenceOptions.text.split = options.text.split;
  Result<SentenceAlignment> sentences = alignSentences(a, b, sentenceOptions);
  if (!sentences.ok()) return sentences.error();
  SentenceAlignment links = std::move(sentences).value();
  out.aSentences = std::move(links.aSentences);
  out.bSentences = std::move(links.bSentences);
  out.sentenceLinks = std::move(links.sentenceLinks);
  out.paragraphLinks = std::move(links.paragraphLinks);
  out.aKinds = std::move(links.aKinds);
  out.bKinds = std::move(links.bKinds);
  return "";
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
  const std::vector<bool> content = contentWords(vocabulary);
  const std::vector<float> idf = paragraphIdf(pa, pb, content, vocabulary.size());
  const uint32_t span = cells > kSpanCells ? 1 : std::clamp<uint32_t>(options.maxSpan, 1, kMaxSpan);
  const SpanScorer scorer{
      span, buildSpans(pa, span, content, idf), buildSpans(pb, span, content, idf),
      idf,  repeatsOf(a, pa, options),          repeatsOf(b, pb, options)};
  out.rows = traceRows(searchRows(na, nb, scorer, vocabulary.size(), options.minSimilarity), pa, pb, scorer, content);
  if (std::string error = attachSentenceLinks(a, b, options, out); !error.empty())
    return Result<RewriteAlignment>::failure(error);
  return out;
}

}  // namespace concord
