// Pass 1 of the sentence alignment: paragraphs, sentences and the weighted terms of each
// sentence. A term is the Porter2 stem of a content word (or a number, separators dropped); its
// weight is its idf over the sentences of both texts, raised for names and numbers, which
// rewrites keep, and lowered inside the stock phrases of news, which any two stories share.
#include "sentence_terms.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "analysis/sort_by_key.h"
#include "concord/sentences.h"
#include "concord/stem.h"
#include "concord/tokenizer.h"
#include "text/layout.h"
#include "text/sorted_merge.h"

namespace concord {
namespace align {
namespace {

constexpr double kNumberBoost = 2.0;
constexpr double kNameBoost = 1.6;
constexpr double kStockPhraseFactor = 0.3;
constexpr uint32_t kUnset = UINT32_MAX;

// One word of a sentence as the terms see it.
struct RawWord {
  std::string lower;     // Case-folded.
  bool capital = false;  // Starts with an upper-case letter.
  bool number = false;   // Has a digit.
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

// comparisonKey(word, {ignoreCase, foldTypography}): for an ASCII word (no typography to fold, no
// spaces) that is its lower case, made here without the general walk.
std::string lowerOf(std::string_view word, const TextOptions& fold) {
  if (!std::all_of(word.begin(), word.end(), [](char c) { return (c & 0x80) == 0; }))
    return comparisonKey(word, fold);
  std::string lower(word);
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return lower;
}

std::vector<RawWord> wordsOf(std::string_view sentence, const std::vector<Token>& tokens) {
  TextOptions fold;
  fold.ignoreCase = fold.foldTypography = true;
  std::vector<RawWord> words;
  for (size_t k = 0; k < tokens.size(); ++k) {
    if (tokens[k].kind != TokenKind::kWord) continue;
    RawWord word;
    const std::string_view first = tokens[k].range.in(sentence);
    word.lower = lowerOf(first, fold);
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

// The terms of one sentence: its content words, or all its words when it has none.
std::vector<RawTerm> rawTermsOf(const std::vector<RawWord>& words, TextReader& reader) {
  std::vector<std::string_view> lower;
  std::vector<uint32_t> ids;
  for (const RawWord& w : words) lower.push_back(w.lower), ids.push_back(reader.wordId(w.lower));
  std::vector<double> factors(words.size(), 1.0);
  for (size_t k = 0, n = 0; k < lower.size(); ++k) {
    if (!startsStockPhrase(lower, k, n)) continue;
    std::fill(factors.begin() + k, factors.begin() + k + n, kStockPhraseFactor);
  }
  std::vector<RawTerm> terms;
  for (int pass = 0; pass < 2 && terms.empty(); ++pass) {
    for (size_t k = 0; k < words.size(); ++k) {
      const RawWord& w = words[k];
      const TextReader::Word& word = reader.word(ids[k]);
      const bool content = w.number || (w.lower.size() >= 2 && !word.function);
      if (pass == 0 && !content) continue;
      RawTerm term;
      term.stem = reader.termOf(ids[k]);
      term.factor = factors[k] * word.stock;
      term.name = w.capital && k > 0;
      term.lower = !w.capital;
      term.number = w.number;
      terms.push_back(std::move(term));
    }
  }
  return terms;
}

// The id of a sentence's folded form: the key exact duplicates share, so "copied" means what
// it means everywhere else in Concord. paragraphKey(sentence, TextOptions::folded()) from the
// sentence's tokens (the same scan): with punctuation ignored, its words' keys joined by spaces.
uint32_t keyOf(std::string_view sentence, const std::vector<Token>& tokens, Vocabulary& keys) {
  static const TextOptions kFolded = TextOptions::folded();
  if (!kFolded.ignorePunctuation) {
    const std::string key = paragraphKey(sentence, kFolded);
    return key.empty() ? kNoKey : keys.intern(key);
  }
  std::string key;
  for (const Token& token : tokens) {
    if (token.kind != TokenKind::kWord) continue;
    if (!key.empty()) key.push_back(' ');
    appendWordKey(key, token.range.in(sentence), kFolded, true);
  }
  return key.empty() ? kNoKey : keys.intern(key);
}

// The last character of `sentence` before any closing quotes or brackets (0 when none).
char finalMarkOf(std::string_view sentence) {
  size_t end = sentence.size();
  while (end > 0 && std::string_view(")]\"'").find(sentence[end - 1]) != std::string_view::npos)
    --end;
  while (end >= 3 && (sentence.substr(end - 3, 3) == "\xE2\x80\x9D" ||
                      sentence.substr(end - 3, 3) == "\xE2\x80\x99"))
    end -= 3;  // Closing curly quotes.
  return end > 0 ? sentence[end - 1] : 0;
}

// True when `sentence` ends with a full stop, "!" or "?", before any closing quotes or brackets.
bool endsWithStop(std::string_view sentence) {
  const char mark = finalMarkOf(sentence);
  return mark == '.' || mark == '!' || mark == '?';
}

bool isBoilerplateSentence(std::string_view sentence, const std::vector<RawWord>& words) {
  std::vector<std::string_view> lower;
  for (const RawWord& w : words) lower.push_back(w.lower);
  return isBoilerplate(lower, endsWithStop(sentence));
}

constexpr uint32_t kMaxHeadingBytes = 200;

// A title: a short first paragraph of one sentence, before more paragraphs, with no full stop.
// It may end with a bracket or a quote ("Marguerite Obi (1937-2025)"), unless a full stop comes
// before it, and with "?" or "!": a question headline ("How much sleep do teenagers need?") is
// a headline all the same, while a first line ending with a full stop is a lead or a standfirst.
bool opensWithTitle(std::string_view text, const RawText& raw) {
  if (raw.paragraphs.size() < 2 || raw.sentences.size() < 2 || raw.sentences[1].paragraph != 1)
    return false;
  const std::string_view title = raw.sentences[0].range.in(text);
  return title.size() <= kMaxHeadingBytes &&
         (!endsWithStop(title) || finalMarkOf(title) == '?' || finalMarkOf(title) == '!');
}

// Headings: the title, and every short paragraph of one sentence with terms and no full stop,
// "!" or "?" (a subheading, a standfirst line repeated as a heading; a one-line question in the
// body is a sentence of the story).
void markHeadings(std::string_view text, RawText& raw) {
  raw.headings.assign(raw.sentences.size(), 0);
  for (size_t s = 0; s < raw.sentences.size(); ++s) {
    const uint32_t p = raw.sentences[s].paragraph;
    const bool alone = (s == 0 || raw.sentences[s - 1].paragraph != p) &&
                       (s + 1 == raw.sentences.size() || raw.sentences[s + 1].paragraph != p);
    const std::string_view sentence = raw.sentences[s].range.in(text);
    raw.headings[s] = alone && !raw.terms[s].empty() && sentence.size() <= kMaxHeadingBytes &&
                      !endsWithStop(sentence);
  }
  if (raw.title == 0) raw.headings[0] = 1;
}

// What both texts say about a term.
struct TermStats {
  uint32_t sentences = 0;  // Sentences holding it.
  bool name = false, lower = false, number = false;
};

}  // namespace

void sortTerms(std::vector<Term>& terms) {
  std::sort(terms.begin(), terms.end(), [](const Term& x, const Term& y) {
    return x.id < y.id || (x.id == y.id && x.weight > y.weight);
  });
}

namespace {

void weighText(const RawText& raw, const std::vector<uint32_t>& ids,
               const std::vector<TermStats>& stats, double sentenceCount, TextTerms& out) {
  out.paragraphs = raw.paragraphs;
  out.sentences = raw.sentences;
  out.title = raw.title;
  out.headings = raw.headings;
  out.hasHeadings = std::find(raw.headings.begin(), raw.headings.end(), 1) != raw.headings.end();
  out.keys = raw.keys;
  for (const std::vector<RawTerm>& rawTerms : raw.terms) {
    std::vector<Term> terms;
    for (const RawTerm& r : rawTerms) {
      const uint32_t id = ids[r.stem];
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
    sortTerms(terms);
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

uint32_t TextReader::wordId(std::string_view lower) {
  const uint32_t id = words_.intern(lower);
  if (id == wordInfo_.size()) {
    Word word;
    word.function = isFunctionWord(lower);
    word.stock = stockFactor(lower);
    wordInfo_.push_back(word);
  }
  return id;
}

uint32_t TextReader::termOf(uint32_t id) {
  // Stemming is the costly part: each distinct word is stemmed once, when it is first a term.
  Word& word = wordInfo_[id];
  if (word.term == kUnset) {
    const std::string_view lower = words_.word(id);
    const bool number = std::any_of(lower.begin(), lower.end(), isDigit);
    word.term = number ? stems_.intern(lower) : stems_.intern(stemEnglish(lower));
  }
  return word.term;
}

// Paragraphs as parseText finds them (the one splitter), without parsing their words: the
// sentences read their own.
RawText TextReader::read(std::string_view text) {
  RawText out;
  if (text.size() >= kMaxInputBytes) {
    out.tooLarge = true;
    return out;
  }
  const detail::TextLayout layout = detail::scanLayout(text, detail::LayoutNeeds::kParagraphs);
  for (const ByteRange paragraph : detail::paragraphRanges(text, layout, options_.split)) {
    const uint32_t index = static_cast<uint32_t>(out.paragraphs.size());
    out.paragraphs.push_back(paragraph);
    for (const ByteRange range : splitSentences(text, paragraph)) {
      const std::string_view sentence = range.in(text);
      const std::vector<Token> tokens = tokenize(sentence);
      out.sentences.push_back({range, index});
      const std::vector<RawWord> words = wordsOf(sentence, tokens);
      out.terms.push_back(isBoilerplateSentence(sentence, words) ? std::vector<RawTerm>{}
                                                                 : rawTermsOf(words, *this));
      out.keys.push_back(keyOf(sentence, tokens, keys_));
    }
  }
  if (opensWithTitle(text, out)) out.title = 0;
  markHeadings(text, out);
  return out;
}

void TextReader::weigh(const RawText& ra, const RawText& rb, TextTerms& ta, TextTerms& tb) {
  // Ids in the byte order of the pair's stems, so that both directions of an alignment number
  // terms alike, and a pair numbers them as it would read alone: localIds_[stem id] is the
  // stem's rank among the stems of the two texts.
  localIds_.resize(stems_.size(), kUnset);
  std::vector<uint32_t> used;
  for (const RawText* raw : {&ra, &rb})
    for (const auto& terms : raw->terms)
      for (const RawTerm& t : terms)
        if (localIds_[t.stem] == kUnset) localIds_[t.stem] = 0, used.push_back(t.stem);
  sortByBytes(used, [this](uint32_t id) { return stems_.word(id); });
  const uint32_t count = static_cast<uint32_t>(used.size());
  for (uint32_t rank = 0; rank < count; ++rank) localIds_[used[rank]] = rank;
  std::vector<TermStats> stats(count);
  std::vector<uint32_t> lastSentence(count, UINT32_MAX);
  uint32_t sentence = 0;
  for (const RawText* raw : {&ra, &rb}) {
    for (const auto& terms : raw->terms) {
      for (const RawTerm& t : terms) {
        const uint32_t id = localIds_[t.stem];
        TermStats& s = stats[id];
        if (lastSentence[id] != sentence) ++s.sentences, lastSentence[id] = sentence;
        s.name |= t.name, s.lower |= t.lower, s.number |= t.number;
      }
      ++sentence;
    }
  }
  weighText(ra, localIds_, stats, sentence, ta);
  weighText(rb, localIds_, stats, sentence, tb);
  for (const uint32_t stem : used) localIds_[stem] = kUnset;
}

Overlap overlapOf(const std::vector<Term>& x, double nx, const std::vector<Term>& y, double ny) {
  Overlap o;
  double dot = 0;
  forEachSharedId(
      x, y, [](const Term& t) { return t.id; },
      [&](size_t i, size_t j) {
        dot += x[i].weight * y[j].weight;
        o.shared += std::min(x[i].weight, y[j].weight);
        ++o.count;
      });
  if (nx > 0 && ny > 0) o.cosine = std::min(1.0, dot / (nx * ny));
  return o;
}

}  // namespace align
}  // namespace concord
