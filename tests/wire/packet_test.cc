#include "concord_wire/packet.h"

#include <gtest/gtest.h>

#include <vector>

namespace concord_wire {
namespace {

TEST(Packet, SectionTablesGiveEachSectionsLength) {
  Packet packet(3, 1);
  packet.ints.insert(packet.ints.end(), {1, 2});
  packet.closeInts(0);
  packet.closeInts(1);  // Empty section.
  packet.ints.push_back(9);
  packet.closeInts(2);
  packet.reals.push_back(0.5);
  packet.closeReals(0);
  EXPECT_EQ(packet.ints, (std::vector<int32_t>{3, 2, 0, 1, 1, 2, 9}));
  EXPECT_EQ(packet.reals, (std::vector<double>{1, 1, 0.5}));
  EXPECT_TRUE(packet.error.empty());
}

TEST(Packet, FailureCarriesTheMessageAndNoSections) {
  const Packet packet = Packet::failure("too big");
  EXPECT_EQ(packet.error, "too big");
  EXPECT_EQ(packet.ints, (std::vector<int32_t>{0}));
  EXPECT_EQ(packet.reals, (std::vector<double>{0}));
}

}  // namespace
}  // namespace concord_wire
