// How alike two units of an aligned diff are (internal): signatures built on demand, and the
// similarity that pairs changed units and finds moved-and-edited ones.
#ifndef CONCORD_SRC_DIFF_UNIT_SIMILARITY_H_
#define CONCORD_SRC_DIFF_UNIT_SIMILARITY_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace concord {
namespace detail {

/// Similarity signatures of a side's units, built on demand: sorted hashes of its words and
/// symbols and of pairs of consecutive ones (for units of several words), and of its byte
/// bigrams (for short ones).
class Signatures {
 public:
  /// Signatures of the units whose keys are `keys` (which must outlive this).
  explicit Signatures(const std::vector<std::string_view>& keys)
      : keys_(keys),
        words_(keys.size()),
        pairs_(keys.size()),
        bigrams_(keys.size()),
        wordCount_(keys.size(), -1) {}

  /// Number of words of unit `unit` (case, punctuation and quotes folded).
  int words(size_t unit);
  /// Sorted hashes of its words and symbols.
  const std::vector<uint64_t>& wordSignature(size_t unit) {
    words(unit);
    return words_[unit];
  }
  /// Sorted hashes of its consecutive token pairs.
  const std::vector<uint64_t>& pairSignature(size_t unit) {
    words(unit);
    return pairs_[unit];
  }
  /// Sorted byte bigrams of its key.
  const std::vector<uint64_t>& bigramSignature(size_t unit);

 private:
  const std::vector<std::string_view>& keys_;
  std::vector<std::vector<uint64_t>> words_, pairs_, bigrams_;
  std::vector<int> wordCount_;
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
