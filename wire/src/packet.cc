#include "concord_wire/packet.h"

#include <utility>

namespace concord_wire {

Packet::Packet(uint32_t intSections, uint32_t realSections)
    : ints(1 + intSections, 0), reals(1 + realSections, 0.0) {
  ints[0] = static_cast<int32_t>(intSections);
  reals[0] = realSections;
  intsClosed_ = ints.size();
  realsClosed_ = reals.size();
}

Packet Packet::failure(std::string message) {
  Packet packet(0, 0);
  packet.error = std::move(message);
  return packet;
}

void Packet::closeInts(uint32_t section) {
  ints[1 + section] = static_cast<int32_t>(ints.size() - intsClosed_);
  intsClosed_ = ints.size();
}

void Packet::closeReals(uint32_t section) {
  reals[1 + section] = static_cast<double>(reals.size() - realsClosed_);
  realsClosed_ = reals.size();
}

}  // namespace concord_wire
