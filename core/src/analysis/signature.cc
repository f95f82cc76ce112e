#include "concord/signature.h"

#include <algorithm>

#include "analysis/content_words.h"
#include "analysis/minhash.h"
#include "text/hashing.h"
#include "analysis/union_find.h"

namespace concord {

uint64_t wordHash(std::string_view word) {
  uint64_t hash = 0xCBF29CE484222325ull;
  for (char c : word) hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001B3ull;
  return mix64(hash);
}

void minHash(const std::vector<uint64_t>& shingles, uint64_t seed, uint32_t count, uint32_t* out) {
  detail::minHashValues(shingles, seed, count, out);
}

uint64_t bandKey(uint32_t band, const uint32_t* values, uint32_t rows) {
  uint64_t h = band;
  for (uint32_t r = 0; r < rows; ++r) h = hashAppend(h, values[r]);
  return h;
}

namespace {

// Which words belong to a paragraph of `skipped` (sorted hashes); empty when none does.
std::vector<bool> skippedWords(const ParsedText& parsed, const std::vector<uint64_t>& hashes,
                               const std::vector<uint64_t>& skipped) {
  std::vector<bool> out;
  if (skipped.empty()) return out;
  for (size_t p = 0; p < parsed.paragraphs.size(); ++p) {
    if (!std::binary_search(skipped.begin(), skipped.end(), hashes[p])) continue;
    if (out.empty()) out.assign(parsed.words.size(), false);
    for (uint32_t w = parsed.paragraphs[p].firstWord; w < parsed.paragraphs[p].endWord; ++w)
      out[w] = true;
  }
  return out;
}

// Sorted unique hashes of the k-word shingles that touch no skipped word, as shingleSet makes
// them (one shingle of all words when there are fewer than k).
std::vector<uint64_t> shingleHashes(const std::vector<uint64_t>& words,
                                    const std::vector<bool>& skipped, uint32_t shingleWords) {
  const auto n = static_cast<uint32_t>(words.size());
  const uint32_t kept =
      skipped.empty() ? n : static_cast<uint32_t>(std::count(skipped.begin(), skipped.end(), false));
  const uint32_t k = std::max<uint32_t>(1, std::min(shingleWords, kept));
  std::vector<uint64_t> shingles;
  uint32_t run = 0;  // kept words in a row ending at word i
  for (uint32_t i = 0; kept > 0 && i < n; ++i) {
    run = !skipped.empty() && skipped[i] ? 0 : run + 1;
    if (run < k) continue;
    uint64_t h = k;
    for (uint32_t w = i + 1 - k; w <= i; ++w) h = hashAppend(h, words[w]);
    shingles.push_back(h);
  }
  std::sort(shingles.begin(), shingles.end());
  shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
  return shingles;
}

// Distinctive tokens (names and numbers) of the words that are not skipped.
std::vector<uint32_t> nameTokens(const ParsedText& parsed, const std::vector<bool>& skipped,
                                 const std::vector<bool>& content) {
  const auto n = static_cast<uint32_t>(parsed.words.size());
  if (skipped.empty()) return distinctiveTokens(parsed.words, 0, n, content);
  std::vector<uint32_t> ids;
  for (const Paragraph& paragraph : parsed.paragraphs) {
    if (paragraph.endWord == paragraph.firstWord || skipped[paragraph.firstWord]) continue;
    const std::vector<uint32_t> some =
        distinctiveTokens(parsed.words, paragraph.firstWord, paragraph.endWord, content);
    ids.insert(ids.end(), some.begin(), some.end());
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

// Writes the name bands' keys to bands[options.bands, ...). A band whose rows all come from one
// name stays 0: every document with that name would share it, and a number that 30 of 100,000
// generated articles mention made most of their 200,000 unrelated candidate pairs.
void writeNameBands(const std::vector<uint64_t>& names, const SignatureOptions& options,
                    std::vector<uint64_t>& bands) {
  const uint32_t rows = std::max<uint32_t>(1, options.nameRows);
  const uint32_t count = options.nameBands * rows;
  const uint64_t seed = options.seed ^ 0x6E616D6573ull;
  std::vector<uint32_t> values(count, UINT32_MAX), from(count, 0), one(count);
  for (uint32_t t = 0; t < names.size(); ++t) {
    minHash({names[t]}, seed, count, one.data());
    for (uint32_t h = 0; h < count; ++h)
      if (one[h] < values[h]) values[h] = one[h], from[h] = t;
  }
  for (uint32_t b = 0; b < options.nameBands; ++b) {
    const uint32_t* source = &from[size_t{b} * rows];
    if (rows > 1 && std::all_of(source, source + rows, [&](uint32_t t) { return t == *source; }))
      continue;
    const uint32_t band = options.bands + b;
    bands[band] = bandKey(band, &values[size_t{b} * rows], rows) | 1;
  }
}

}  // namespace

DocumentSignature signDocument(std::string_view text, const SignatureOptions& options) {
  Vocabulary vocabulary;
  const ParsedText parsed = parseText(text, options.text, vocabulary);
  // Word hashes by id: each distinct word is hashed once.
  std::vector<uint64_t> hashOfId(vocabulary.size());
  for (uint32_t id = 0; id < vocabulary.size(); ++id) hashOfId[id] = wordHash(vocabulary.word(id));
  std::vector<uint64_t> words(parsed.words.size());
  for (size_t w = 0; w < words.size(); ++w) words[w] = hashOfId[parsed.words[w].id];

  DocumentSignature out;
  out.words = static_cast<uint32_t>(words.size());
  out.sequence = words.size();
  for (uint64_t word : words) out.sequence = hashAppend(out.sequence, word);
  for (const Paragraph& paragraph : parsed.paragraphs) {
    uint64_t h = paragraph.wordCount();
    for (uint32_t w = paragraph.firstWord; w < paragraph.endWord; ++w) h = hashAppend(h, words[w]);
    out.paragraphs.push_back(h);
  }
  const std::vector<bool> skipped =
      skippedWords(parsed, out.paragraphs, options.skippedParagraphs);
  const std::vector<uint64_t> shingles = shingleHashes(words, skipped, options.shingleWords);
  const uint32_t rows = std::max<uint32_t>(1, options.rows);
  out.minHashes.resize(size_t{options.bands} * rows);
  minHash(shingles, options.seed, static_cast<uint32_t>(out.minHashes.size()),
          out.minHashes.data());
  out.bands.assign(size_t{options.bands} + options.nameBands, 0);
  for (uint32_t b = 0; b < options.bands && !shingles.empty(); ++b)
    out.bands[b] = bandKey(b, &out.minHashes[size_t{b} * rows], rows) | 1;
  // Names and numbers: a rewrite keeps them when it shares few phrases.
  const std::vector<uint32_t> names = nameTokens(parsed, skipped, contentWords(vocabulary));
  if (names.size() >= 3 && options.nameBands > 0) {
    std::vector<uint64_t> nameHashes;
    for (uint32_t id : names) nameHashes.push_back(hashOfId[id]);
    writeNameBands(nameHashes, options, out.bands);
  }
  return out;
}

std::vector<uint32_t> componentRoots(uint32_t n,
                                     const std::vector<std::pair<uint32_t, uint32_t>>& edges) {
  detail::UnionFind sets(n);
  for (const auto& [a, b] : edges) sets.unite(a, b);
  std::vector<uint32_t> roots(n);
  for (uint32_t x = 0; x < n; ++x) roots[x] = sets.find(x);
  return roots;
}

}  // namespace concord
