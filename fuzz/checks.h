// Invariant checks the fuzzers share: each aborts with the broken invariant's file and line, so
// that a crash report says which property failed.
//
//   CONCORD_FUZZ_CHECK(range.end <= text.size());
//   concord::fuzz::checkRange(text, range, concord::fuzz::validUtf8(text));
#ifndef CONCORD_FUZZ_CHECKS_H_
#define CONCORD_FUZZ_CHECKS_H_

#include <optional>
#include <string_view>
#include <vector>

#include "concord/rewrite_align.h"
#include "concord/text.h"

/// Aborts, naming this line, when `condition` is false.
#define CONCORD_FUZZ_CHECK(condition) \
  ::concord::fuzz::checkAt(condition, #condition, __FILE__, __LINE__)

namespace concord::fuzz {

/// Aborts with `what`, `file` and `line` when `condition` is false.
void checkAt(bool condition, const char* what, const char* file, int line);

/// Whether `text` is UTF-8 as a TextEncoder writes it (no overlongs, surrogates, or > U+10FFFF).
bool validUtf8(std::string_view text);

/// Checks `range` lies inside `text` and, when `utf8`, starts and ends between characters.
void checkRange(std::string_view text, ByteRange range, bool utf8);

/// Checks `x` is a finite score in [0, 1].
void checkScore(double x);

/// Checks `alignRewrites(a, b, options)` fails with a message or gives rows that hold every
/// paragraph of both texts exactly once, in order, with shared tokens inside their rows' paragraphs.
/// Returns the alignment's total score (sum of similarity - minSimilarity over matched rows, what
/// the alignment maximises), or nothing when it failed.
std::optional<double> checkAlignment(std::string_view a, std::string_view b,
                                     const AlignOptions& options);

}  // namespace concord::fuzz

#endif  // CONCORD_FUZZ_CHECKS_H_
