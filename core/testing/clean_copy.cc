#include "testing/clean_copy.h"

#include <algorithm>

namespace concord::testing {

std::string removeRanges(std::string_view text, const std::vector<ByteRange>& drop) {
  std::string out;
  out.reserve(text.size());
  uint32_t at = 0;
  for (const ByteRange& range : drop) {
    if (range.begin > at) out.append(text.substr(at, range.begin - at));
    at = std::max(at, range.end);
  }
  if (at < text.size()) out.append(text.substr(at));
  return out;
}

}  // namespace concord::testing
