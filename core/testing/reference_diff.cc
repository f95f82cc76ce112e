#include "testing/reference_diff.h"

#include <dtl/dtl.hpp>

namespace concord::detail {

uint32_t referenceEditDistance(const std::vector<uint32_t>& left,
                               const std::vector<uint32_t>& right) {
  dtl::Diff<uint32_t, std::vector<uint32_t>> diff(left, right);
  diff.onOnlyEditDistance();
  diff.compose();
  return static_cast<uint32_t>(diff.getEditDistance());
}

}  // namespace concord::detail
