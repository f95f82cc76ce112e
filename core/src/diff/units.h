// The units an aligned diff aligns, cut from a text layout scanned once (internal).
#ifndef CONCORD_SRC_DIFF_UNITS_H_
#define CONCORD_SRC_DIFF_UNITS_H_

#include <string_view>
#include <vector>

#include "concord/aligned_diff.h"
#include "text/layout.h"

namespace concord {
namespace detail {

/// The units of `text` (`layout` is its scanLayout): its lines, or its paragraphs as `split`
/// finds them (the same paragraphs as profileDocument) with the separators after each.
std::vector<Unit> unitsOf(std::string_view text, const TextLayout& layout, AlignUnit unit,
                          ParagraphSplit split);

}  // namespace detail
}  // namespace concord

#endif  // CONCORD_SRC_DIFF_UNITS_H_
