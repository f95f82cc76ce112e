// Document signatures for corpus-scale runs: MinHash values and LSH band keys over a text's word
// shingles and over its names and numbers, an exact-copy hash and paragraph hashes, all from the
// normalised words themselves (not from vocabulary ids), so that documents signed apart, in any
// process, compare.
//
//   concord::DocumentSignature s = concord::signDocument(text, {});
//   for (uint32_t band = 0; band < s.bands.size(); ++band)
//     if (s.bands[band] != 0) bucket(band, s.bands[band]);
//   // Two documents with shingle resemblance r share a shingle band with probability
//   // 1 - (1 - r^2)^32; rewrites that share few phrases but the same names share a name band.
//   // Paragraphs that thousands of documents share can be left out: skippedParagraphs.
#ifndef CONCORD_SIGNATURE_H_
#define CONCORD_SIGNATURE_H_

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "concord/paragraphs.h"

namespace concord {

/// Settings of `signDocument`.
struct SignatureOptions {
  TextOptions text = TextOptions::folded();  ///< How paragraphs are found, what is ignored.
  uint32_t shingleWords = 3;                 ///< Words per shingle.
  uint32_t bands = 32;                       ///< LSH bands.
  uint32_t rows = 2;                         ///< MinHash values per band.
  /// Bands over the names and numbers (as the rewrite score finds them), after the shingle
  /// bands; documents with fewer than three have none, and a band whose rows all come from one
  /// name is 0 (one shared name or number is no reason to compare two documents).
  uint32_t nameBands = 16;
  uint32_t nameRows = 2;  ///< MinHash values per name band.
  uint64_t seed = 0;      ///< Varies every MinHash function.
  /// Hashes (as DocumentSignature::paragraphs gives them) of paragraphs whose words make no
  /// shingle and no name, sorted: boilerplate that many documents share (a footer, a byline),
  /// which would otherwise put all of them in the same buckets. A paragraph left out signs as
  /// if it were not there, except for `words`, `sequence` and `paragraphs`, which keep it.
  std::vector<uint64_t> skippedParagraphs;
};

/// What `signDocument` computes for one text.
struct DocumentSignature {
  uint32_t words = 0;               ///< Words of the text.
  uint64_t sequence = 0;            ///< Hash of the whole normalised word sequence.
  std::vector<uint32_t> minHashes;  ///< bands * rows MinHash values (all 2^32 - 1 without words).
  /// bands + nameBands keys, each never 0: shingle bands, then name bands; 0 is a band the
  /// document does not have (every band without words, name bands without three names, a name
  /// band of one name).
  std::vector<uint64_t> bands;
  std::vector<uint64_t> paragraphs;  ///< Hash of each non-blank paragraph's normalised words.
};

/// Stable 64-bit hash of one normalised word: FNV-1a, then mixed.
uint64_t wordHash(std::string_view word);

/// Writes the `count` MinHash values of the shingle hashes `shingles` to `out`: function h is
/// h1 + h * h2 (mod 2^32) with h1, h2 the two halves of mix64(shingle ^ seed * 0x9E3779B97F4A7C15).
void minHash(const std::vector<uint64_t>& shingles, uint64_t seed, uint32_t count, uint32_t* out);

/// LSH key of band `band`: a hash of its `rows` MinHash values `values[0, rows)`.
uint64_t bandKey(uint32_t band, const uint32_t* values, uint32_t rows);

/// Signs `text` (UTF-8).
DocumentSignature signDocument(std::string_view text, const SignatureOptions& options);

/// Connected components of the graph on 0..n-1 with `edges` (each end below n): the smallest
/// member of each vertex's component.
std::vector<uint32_t> componentRoots(uint32_t n,
                                     const std::vector<std::pair<uint32_t, uint32_t>>& edges);

}  // namespace concord

#endif  // CONCORD_SIGNATURE_H_
