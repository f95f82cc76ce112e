#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "concord/document.h"
#include "concord_wire/layouts.h"
#include "concord_wire/pack.h"
#include "section.h"

namespace concord_wire {
namespace {

Packet packed(const std::string& text, bool ascii) {
  const auto profile = concord::profileDocument(text);
  EXPECT_TRUE(profile.ok());
  return packProfile(profile.value(), {text, ascii});
}

TEST(PackProfile, HeaderCarriesTheCoreCounts) {
  // "日本語" is three word tokens, "isn't" and "10,000" one each.
  const std::string text =
      "A fact: \xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E isn't 10,000.\r\n \r\nNext one.\r\n";
  const auto profile = concord::profileDocument(text);
  ASSERT_TRUE(profile.ok());
  const std::vector<int32_t> header =
      section(packProfile(profile.value(), {text, false}), kProfileHeaderSection);
  ASSERT_EQ(header.size(), static_cast<size_t>(kProfileHeader.size()));
  EXPECT_EQ(header[column(kProfileHeader, "words")], static_cast<int32_t>(profile.value().words));
  EXPECT_EQ(header[column(kProfileHeader, "symbols")],
            static_cast<int32_t>(profile.value().symbols));
  EXPECT_EQ(header[column(kProfileHeader, "split")], static_cast<int32_t>(profile.value().split));
  EXPECT_EQ(header[column(kProfileHeader, "lineEndings")],
            static_cast<int32_t>(concord::LineEndings::kCrlf));
}

TEST(PackProfile, ParagraphRangesAreUtf16Units) {
  // "é" is two bytes and one unit; the emoji four bytes and two units.
  const std::string text = "\xC3\xA9t\xC3\xA9 one\n\n\xF0\x9F\x98\x80 two three\n";
  const std::vector<int32_t> paragraphs = section(packed(text, false), kProfileParagraphs);
  // "été one" [0, 7) with 2 words; "😀 two three" [9, 21) with 2 words (the emoji is a symbol).
  EXPECT_EQ(paragraphs, (std::vector<int32_t>{0, 7, 2, 9, 21, 2}));
}

TEST(PackProfile, AsciiFlagGivesTheSameParagraphsForAsciiText) {
  const std::string text = "one two\r\n\r\nthree\r\n   \r\nfour five six";
  EXPECT_EQ(packed(text, true).ints, packed(text, false).ints);
  EXPECT_EQ(section(packed(text, true), kProfileParagraphs).size(),
            3u * static_cast<size_t>(kParagraph.size()));
}

}  // namespace
}  // namespace concord_wire
