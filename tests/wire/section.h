// Test helper: int section `section` of a packet, cut out by its section table.
#ifndef CONCORD_TESTS_WIRE_SECTION_H_
#define CONCORD_TESTS_WIRE_SECTION_H_

#include <cstddef>
#include <vector>

#include "concord_wire/packet.h"

namespace concord_wire {

/// Int section `section` of `packet`.
inline std::vector<int32_t> section(const Packet& packet, uint32_t section) {
  size_t at = 1 + static_cast<size_t>(packet.ints[0]);
  for (uint32_t s = 0; s < section; ++s) at += static_cast<size_t>(packet.ints[1 + s]);
  return {packet.ints.begin() + static_cast<std::ptrdiff_t>(at),
          packet.ints.begin() + static_cast<std::ptrdiff_t>(at + packet.ints[1 + section])};
}

}  // namespace concord_wire

#endif  // CONCORD_TESTS_WIRE_SECTION_H_
