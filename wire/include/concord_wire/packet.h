// The one shape every result takes on its way to JavaScript: sections of int32, float64 and
// float32 values, a text and an error. A section table opens each array, so one reader in
// web/lib/wire.js cuts them apart for every call.
//
//   concord_wire::Packet packet(2, 0);       // two int sections, no float64 section
//   packet.ints.push_back(rows);             // section 0: header ...
//   packet.closeInts(0);
//   ...                                      // section 1: records
//   packet.closeInts(1);
//   // packet.ints = [2, len0, len1, header..., records...]
#ifndef CONCORD_WIRE_PACKET_H_
#define CONCORD_WIRE_PACKET_H_

#include <cstdint>
#include <string>
#include <vector>

namespace concord_wire {

/// A result as flat arrays. `ints` and `reals` each start with their section table: the
/// section count, then each section's length; the sections follow in order.
struct Packet {
  /// A packet with room for the section tables of `intSections` and `realSections` sections.
  Packet(uint32_t intSections, uint32_t realSections);
  /// A packet carrying only an error message.
  static Packet failure(std::string message);

  /// Ends int section `section`: its length is what was appended since the previous one ended.
  void closeInts(uint32_t section);
  /// Ends float64 section `section` likewise.
  void closeReals(uint32_t section);

  std::vector<int32_t> ints;   ///< Section table, then the int32 sections.
  std::vector<double> reals;   ///< Section table, then the float64 sections.
  std::vector<float> singles;  ///< One float32 array (the analysis matrix), or empty.
  std::string text;            ///< A text result (a unified diff), or empty.
  std::string error;           ///< Non-empty: the call failed with this message for users.

 private:
  size_t intsClosed_ = 0, realsClosed_ = 0;  // Where the last closed section ended.
};

}  // namespace concord_wire

#endif  // CONCORD_WIRE_PACKET_H_
