// An independent reference for Concord's own diff engine, built on dtl (Wu's O(NP) algorithm),
// so tests can check that diffSequences' scripts are minimal. Part of concord_testing, which only
// tests link: dtl keeps path coordinates in memory and has no cost limit.
//
//   uint32_t distance = concord::detail::referenceEditDistance(leftIds, rightIds);
#ifndef CONCORD_TESTING_REFERENCE_DIFF_H_
#define CONCORD_TESTING_REFERENCE_DIFF_H_

#include <cstdint>
#include <vector>

namespace concord::detail {

/// Minimal number of insertions plus deletions turning `left` into `right`, as dtl finds it.
uint32_t referenceEditDistance(const std::vector<uint32_t>& left,
                               const std::vector<uint32_t>& right);

}  // namespace concord::detail

#endif  // CONCORD_TESTING_REFERENCE_DIFF_H_
