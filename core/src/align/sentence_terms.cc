// Pass 1 of the sentence alignment: paragraphs, sentences and the weighted terms of each
// sentence. A term is the Porter2 stem of a content word (or a number, separators dropped); its
// weight is its idf over the sentences of both texts, raised for names and numbers, which
// rewrites keep, and lowered inside the stock phrases of news, which any two stories share.
#include "sentence_terms.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>

#include "concord/sentences.h"
#include "concord/stem.h"
#include "concord/tokenizer.h"
#include "text/sorted_merge.h"

namespace concord {
namespace align {
namespace {

constexpr double kNumberBoost = 2.0;
constexpr double kNameBoost = 1.6;
constexpr double kStockPhraseFactor = 0.3;

// One word of a sentence as the terms see it.
struct RawWord {
  std::string lower;     // Case-folded.
  bool capital = false;  // Starts with an upper-case letter.
  bool number = false;   // Has a digit.
};

// A sentence's term before ids and weights are known.
struct RawTerm {
  std::string stem;
  double factor = 1;
  bool name = false;   // Capitalised where it does not open the sentence.
  bool lower = false;  // Written lower-case somewhere.
  bool number = false;
};

bool isDigit(char c) { return c >= '0' && c <= '9'; }

bool allDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), isDigit);
}

// True when tokens[k + 1, k + 3) continue a number: a ',' or '.' then digits ("10,000", "3.5").
bool continuesNumber(std::string_view sentence, const std::vector<Token>& tokens, size_t k) {
  if (k + 2 >= tokens.size() || tokens[k + 1].kind != TokenKind::kSymbol) return false;
  const std::string_view separator = tokens[k + 1].range.in(sentence);
  return (separator == "," || separator == ".") && allDigits(tokens[k].range.in(sentence)) &&
         tokens[k + 2].kind == TokenKind::kWord && allDigits(tokens[k + 2].range.in(sentence));
}

std::vector<RawWord> wordsOf(std::string_view sentence) {
  const std::vector<Token> tokens = tokenize(sentence);
  TextOptions fold;
  fold.ignoreCase = fold.foldTypography = true;
  std::vector<RawWord> words;
  for (size_t k = 0; k < tokens.size(); ++k) {
    if (tokens[k].kind != TokenKind::kWord) continue;
    RawWord word;
    const std::string_view first = tokens[k].range.in(sentence);
    word.lower = comparisonKey(first, fold);
    while (continuesNumber(sentence, tokens, k)) {
      word.lower += tokens[k + 2].range.in(sentence);  // "10,000" and "10000" are one number.
      k += 2;
    }
    word.capital = !word.lower.empty() && word.lower[0] != first[0];
    word.number = std::any_of(word.lower.begin(), word.lower.end(), isDigit);
    words.push_back(std::move(word));
  }
  return words;
}

// Stems of the words seen so far: a text repeats its words, and stemming is the costly part.
using StemCache = std::unordered_map<std::string, std::string>;

const std::string& stemOf(const std::string& word, StemCache& cache) {
  auto found = cache.find(word);
  if (found == cache.end()) found = cache.emplace(word, stemEnglish(word)).first;
  return found->second;
}

// The terms of one sentence: its content words, or all its words when it has none.
std::vector<RawTerm> rawTermsOf(const std::vector<RawWord>& words, StemCache& stems) {
  std::vector<std::string_view> lower;
  for (const RawWord& w : words) lower.push_back(w.lower);
  std::vector<double> factors(words.size(), 1.0);
  for (size_t k = 0, n = 0; k < lower.size(); ++k) {
    if (!startsStockPhrase(lower, k, n)) continue;
    std::fill(factors.begin() + k, factors.begin() + k + n, kStockPhraseFactor);
  }
  std::vector<RawTerm> terms;
  for (int pass = 0; pass < 2 && terms.empty(); ++pass) {
    for (size_t k = 0; k < words.size(); ++k) {
      const RawWord& w = words[k];
      const bool content = w.number || (w.lower.size() >= 2 && !isFunctionWord(w.lower));
      if (pass == 0 && !content) continue;
      RawTerm term;
      term.stem = w.number ? w.lower : stemOf(w.lower, stems);
      term.factor = factors[k] * stockFactor(w.lower);
      term.name = w.capital && k > 0;
      term.lower = !w.capital;
      term.number = w.number;
      terms.push_back(std::move(term));
    }
  }
  return terms;
}

// Sentences of one text and their raw terms.
struct RawText {
  std::vector<ByteRange> paragraphs;
  std::vector<Sentence> sentences;
  std::vector<std::vector<RawTerm>> terms;
  std::vector<uint32_t> keys;
  int64_t title = -1;
};

// The id of a sentence's folded form: the key exact duplicates share, so "copied" means what
// it means everywhere else in Concord.
uint32_t keyOf(std::string_view sentence, Vocabulary& keys) {
  const std::string key = paragraphKey(sentence, TextOptions::folded());
  return key.empty() ? kNoKey : keys.intern(key);
}

// True when `sentence` ends with a full stop, "!" or "?", before any closing quotes or brackets.
bool endsWithStop(std::string_view sentence) {
  size_t end = sentence.size();
  while (end > 0 && std::string_view(")]\"'").find(sentence[end - 1]) != std::string_view::npos)
    --end;
  while (end >= 3 && (sentence.substr(end - 3, 3) == "\xE2\x80\x9D" ||
                      sentence.substr(end - 3, 3) == "\xE2\x80\x99"))
    end -= 3;  // Closing curly quotes.
  return end > 0 && (sentence[end - 1] == '.' || sentence[end - 1] == '!' || sentence[end - 1] == '?');
}

bool isBoilerplateSentence(std::string_view sentence, const std::vector<RawWord>& words) {
  std::vector<std::string_view> lower;
  for (const RawWord& w : words) lower.push_back(w.lower);
  return isBoilerplate(lower, endsWithStop(sentence));
}

// A title: a short first paragraph of one sentence with no full stop, before more paragraphs.
// It may end with a bracket or a quote ("Marguerite Obi (1937-2025)"), unless a full stop comes
// before it.
bool opensWithTitle(std::string_view text, const RawText& raw) {
  constexpr uint32_t kMaxTitleBytes = 200;
  if (raw.paragraphs.size() < 2 || raw.sentences.size() < 2 || raw.sentences[1].paragraph != 1)
    return false;
  const std::string_view title = raw.sentences[0].range.in(text);
  return title.size() <= kMaxTitleBytes && !endsWithStop(title);
}

RawText readText(std::string_view text, const TextOptions& options, StemCache& stems,
                 Vocabulary& keys) {
  RawText out;
  Vocabulary vocabulary;
  const ParsedText parsed = parseText(text, options, vocabulary);
  for (const Paragraph& paragraph : parsed.paragraphs) {
    const uint32_t index = static_cast<uint32_t>(out.paragraphs.size());
    out.paragraphs.push_back(paragraph.range);
    for (const ByteRange range : splitSentences(text, paragraph.range)) {
      out.sentences.push_back({range, index});
      const std::vector<RawWord> words = wordsOf(range.in(text));
      out.terms.push_back(isBoilerplateSentence(range.in(text), words)
                              ? std::vector<RawTerm>{}
                              : rawTermsOf(words, stems));
      out.keys.push_back(keyOf(range.in(text), keys));
    }
  }
  if (opensWithTitle(text, out)) out.title = 0;
  return out;
}

// What both texts say about a term.
struct TermStats {
  uint32_t sentences = 0;  // Sentences holding it.
  bool name = false, lower = false, number = false;
};

void weigh(const RawText& raw, const std::unordered_map<std::string, uint32_t>& ids,
           const std::vector<TermStats>& stats, double sentenceCount, TextTerms& out) {
  out.paragraphs = raw.paragraphs;
  out.sentences = raw.sentences;
  out.title = raw.title;
  out.keys = raw.keys;
  for (const std::vector<RawTerm>& rawTerms : raw.terms) {
    std::vector<Term> terms;
    for (const RawTerm& r : rawTerms) {
      const uint32_t id = ids.at(r.stem);
      const TermStats& s = stats[id];
      double weight = std::log(1.0 + sentenceCount / s.sentences) * r.factor;
      if (s.number) {
        weight *= kNumberBoost;
      } else if (s.name && !s.lower) {
        weight *= kNameBoost;
      }
      terms.push_back({id, weight});
    }
    // One entry per term, at its highest weight (outside a stock phrase, if anywhere).
    std::sort(terms.begin(), terms.end(), [](const Term& x, const Term& y) {
      return x.id < y.id || (x.id == y.id && x.weight > y.weight);
    });
    terms.erase(std::unique(terms.begin(), terms.end(),
                            [](const Term& x, const Term& y) { return x.id == y.id; }),
                terms.end());
    double squares = 0, total = 0;
    for (const Term& t : terms) squares += t.weight * t.weight, total += t.weight;
    out.norms.push_back(std::sqrt(squares));
    out.totals.push_back(total);
    out.terms.push_back(std::move(terms));
  }
}

}  // namespace

void buildTerms(std::string_view a, std::string_view b, const TextOptions& options, TextTerms& ta,
                TextTerms& tb) {
  StemCache cache;
  Vocabulary keys;
  const RawText ra = readText(a, options, cache, keys), rb = readText(b, options, cache, keys);
  // Ids in the stems' byte order, so that both directions of an alignment number terms alike.
  std::unordered_map<std::string, uint32_t> ids;
  for (const RawText* raw : {&ra, &rb})
    for (const auto& terms : raw->terms)
      for (const RawTerm& t : terms) ids.emplace(t.stem, 0);
  std::vector<std::string_view> stems;
  for (const auto& entry : ids) stems.push_back(entry.first);
  std::sort(stems.begin(), stems.end());
  for (uint32_t id = 0; id < stems.size(); ++id) ids.find(std::string(stems[id]))->second = id;
  std::vector<TermStats> stats(stems.size());
  std::vector<uint32_t> lastSentence(stems.size(), UINT32_MAX);
  uint32_t sentence = 0;
  for (const RawText* raw : {&ra, &rb}) {
    for (const auto& terms : raw->terms) {
      for (const RawTerm& t : terms) {
        const uint32_t id = ids.at(t.stem);
        TermStats& s = stats[id];
        if (lastSentence[id] != sentence) ++s.sentences, lastSentence[id] = sentence;
        s.name |= t.name, s.lower |= t.lower, s.number |= t.number;
      }
      ++sentence;
    }
  }
  weigh(ra, ids, stats, sentence, ta);
  weigh(rb, ids, stats, sentence, tb);
}

Overlap overlapOf(const std::vector<Term>& x, double nx, const std::vector<Term>& y, double ny) {
  Overlap o;
  double dot = 0;
  forEachSharedId(
      x, y, [](const Term& t) { return t.id; },
      [&](size_t i, size_t j) {
        dot += x[i].weight * y[j].weight;
        o.shared += std::min(x[i].weight, y[j].weight);
      });
  if (nx > 0 && ny > 0) o.cosine = std::min(1.0, dot / (nx * ny));
  return o;
}

}  // namespace align
}  // namespace concord
