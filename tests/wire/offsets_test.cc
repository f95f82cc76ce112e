#include "concord_wire/offsets.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace concord_wire {
namespace {

TEST(Offsets, AsciiIsIdentity) {
  std::vector<uint32_t> offsets{0, 3, 5};
  toUtf16({"hello", false}, offsets);
  EXPECT_EQ(offsets, (std::vector<uint32_t>{0, 3, 5}));
}

TEST(Offsets, MultiByteCharactersCountOneUnit) {
  // "é" is 2 bytes, "€" 3 bytes: each one UTF-16 unit.
  std::vector<uint32_t> offsets{2, 5, 6};
  toUtf16({"\xC3\xA9\xE2\x82\xAC"
           "a",
           false},
          offsets);
  EXPECT_EQ(offsets, (std::vector<uint32_t>{1, 2, 3}));
}

TEST(Offsets, AstralCharactersCountTwoUnits) {
  std::vector<uint32_t> offsets{4, 5};
  toUtf16({"\xF0\x9F\x98\x80x", false}, offsets);
  EXPECT_EQ(offsets, (std::vector<uint32_t>{2, 3}));
}

TEST(Offsets, UnsortedOffsetsMapInPlace) {
  std::vector<uint32_t> offsets{6, 0, 2};
  toUtf16({"\xC3\xA9\xC3\xA9\xC3\xA9", false}, offsets);
  EXPECT_EQ(offsets, (std::vector<uint32_t>{3, 0, 1}));
}

TEST(Offsets, OffsetInsideCharacterMapsToItsStart) {
  std::vector<uint32_t> offsets{1, 2};
  toUtf16({"\xE2\x82\xAC", false}, offsets);
  EXPECT_EQ(offsets, (std::vector<uint32_t>{0, 0}));
}

TEST(Offsets, OffsetsPastTheEndStopAtTheTextsLength) {
  std::vector<uint32_t> converted{9}, ascii{9};
  toUtf16({"\xC3\xA9x", false}, converted);
  toUtf16({"abc", true}, ascii);
  EXPECT_EQ(converted, (std::vector<uint32_t>{2}));
  EXPECT_EQ(ascii, (std::vector<uint32_t>{3}));
}

TEST(Offsets, IsAsciiLooksAtEveryByte) {
  EXPECT_TRUE(isAscii("plain text, long enough for whole words"));
  EXPECT_FALSE(isAscii("plain text, long enough for whole words\xC3\xA9"));
  EXPECT_FALSE(isAscii("\xC3\xA9"));
  EXPECT_TRUE(isAscii(""));
}

TEST(OffsetSlots, ConvertsPerTextAndKeepsOtherValues) {
  const std::vector<WireText> texts = {{"\xC3\xA9t\xC3\xA9", false}, {"abc", true}};
  std::vector<int32_t> ints{7};
  OffsetSlots slots(ints, texts);
  slots.push(0, 5);
  ints.push_back(-1);
  slots.push(1, 2);
  slots.push(0, 2);
  slots.convert();
  EXPECT_EQ(ints, (std::vector<int32_t>{7, 3, -1, 2, 1}));
}

}  // namespace
}  // namespace concord_wire
