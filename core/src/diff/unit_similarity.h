// How alike two units of an aligned diff are (internal): signatures built on demand, and the
// similarity that pairs changed units and finds moved-and-edited ones.
#ifndef CONCORD_SRC_DIFF_UNIT_SIMILARITY_H_
#define CONCORD_SRC_DIFF_UNIT_SIMILARITY_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace concord {
namespace detail {

/// Similarity signatures of units, built on demand and once per distinct key: sorted hashes of
/// a key's words and symbols and of pairs of consecutive ones (for units of several words), and
/// of its byte bigrams (for short ones). Both sides share one store: texts with repeated lines
/// have far fewer distinct keys than units.
class SignatureStore {
 public:
  /// A store for keys interned as `ids` on either side (`keys[k]` has id `ids[k]`; the keys
  /// must outlive the store).
  SignatureStore(const std::vector<std::string_view>& leftKeys,
                 const std::vector<uint32_t>& leftIds,
                 const std::vector<std::string_view>& rightKeys,
                 const std::vector<uint32_t>& rightIds);

  /// Number of words of key `id` (case, punctuation and quotes folded).
  int words(uint32_t id);
  /// Sorted hashes of its words and symbols.
  const std::vector<uint64_t>& wordSignature(uint32_t id) {
    words(id);
    return words_[id];
  }
  /// Sorted hashes of its consecutive token pairs.
  const std::vector<uint64_t>& pairSignature(uint32_t id) {
    words(id);
    return pairs_[id];
  }
  /// Sorted byte bigrams of its key.
  const std::vector<uint64_t>& bigramSignature(uint32_t id);

 private:
  std::vector<std::string_view> keys_;  // Per id.
  std::vector<std::vector<uint64_t>> words_, pairs_, bigrams_;
  std::vector<int> wordCount_;
};

/// One side's units as seen by the store: unit index → key id.
class Signatures {
 public:
  /// The units whose key ids are `ids` (which, like `store`, must outlive this).
  Signatures(SignatureStore& store, const std::vector<uint32_t>& ids) : store_(store), ids_(ids) {}

  /// Number of words of unit `unit` (case, punctuation and quotes folded).
  int words(size_t unit) { return store_.words(ids_[unit]); }
  /// The unit's key id.
  uint32_t id(size_t unit) const { return ids_[unit]; }
  /// The store holding the signatures.
  SignatureStore& store() { return store_; }

 private:
  SignatureStore& store_;
  const std::vector<uint32_t>& ids_;
};

/// A left and a right unit and how alike they are.
struct Pair {
  uint32_t left, right;
  double similarity;
};

/// Similarity of left unit `i` and right unit `j`, 0..1.
double unitSimilarity(Signatures& left, size_t i, Signatures& right, size_t j);

}  // namespace detail
}  // namespace concord

#endif  // CONCORD_SRC_DIFF_UNIT_SIMILARITY_H_
