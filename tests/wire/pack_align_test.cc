#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "concord/rewrite_align.h"
#include "concord_wire/layouts.h"
#include "concord_wire/pack.h"
#include "section.h"

namespace concord_wire {
namespace {

// UTF-16 length of UTF-8 `bytes`, counted independently of the wire's converter: one unit per
// lead byte, two for a 4-byte sequence.
int32_t utf16Length(std::string_view bytes) {
  int32_t units = 0;
  for (unsigned char c : bytes) {
    if ((c & 0xC0) != 0x80) units += c >= 0xF0 ? 2 : 1;
  }
  return units;
}

concord::RewriteAlignment alignTexts(const std::string& a, const std::string& b) {
  auto aligned = concord::alignRewrites(a, b);
  EXPECT_TRUE(aligned.ok());
  return aligned.value();
}

// "😀" is 4 bytes / 2 UTF-16 units, "東京" 6 bytes / 2 units, "é" 2 bytes / 1 unit.
const std::string kText =
    "The mayor \xF0\x9F\x98\x80 opened the bridge on Monday. Crowds from "
    "\xE6\x9D\xB1\xE4\xBA\xAC cheered loudly.\n\nA second paragraph follows here. The caf\xC3\xA9 "
    "owner \xF0\x9F\x8D\xB5 served 300 cups of tea.\n";

TEST(PackAlignment, SentencesAreUtf16RangesWithTheirParagraph) {
  const concord::RewriteAlignment aligned = alignTexts(kText, kText);
  ASSERT_EQ(aligned.aSentences.size(), 4u);
  const Packet packet = packAlignment(aligned, {kText, false}, {kText, false});
  const std::vector<int32_t> sentences = section(packet, kAlignASentences);
  ASSERT_EQ(sentences.size(), aligned.aSentences.size() * kSentence.size());
  for (size_t s = 0; s < aligned.aSentences.size(); ++s) {
    const concord::ByteRange range = aligned.aSentences[s].range;
    const int32_t* row = sentences.data() + s * kSentence.size();
    EXPECT_EQ(row[column(kSentence, "start")],
              utf16Length(std::string_view(kText).substr(0, range.begin)));
    EXPECT_EQ(row[column(kSentence, "end")],
              utf16Length(std::string_view(kText).substr(0, range.end)));
    EXPECT_EQ(row[column(kSentence, "paragraph")],
              static_cast<int32_t>(aligned.aSentences[s].paragraph));
  }
  // The second sentence starts after "The mayor 😀 opened the bridge on Monday. ": 42 units.
  EXPECT_EQ(sentences[kSentence.size() + column(kSentence, "start")], 42);
  EXPECT_EQ(sentences[3 * kSentence.size() + column(kSentence, "paragraph")], 1);
  EXPECT_EQ(section(packet, kAlignBSentences), sentences);
}

TEST(PackAlignment, LinksCarryIndicesFlagsAndScoresInStep) {
  const std::string other =
      "Crowds from \xE6\x9D\xB1\xE4\xBA\xAC cheered loudly as the mayor opened the bridge.\n";
  const concord::RewriteAlignment aligned = alignTexts(kText, other);
  ASSERT_FALSE(aligned.sentenceLinks.empty());
  const Packet packet = packAlignment(aligned, {kText, false}, {other, false});
  const std::vector<int32_t> links = section(packet, kAlignSentenceLinks);
  ASSERT_EQ(links.size(), aligned.sentenceLinks.size() * kSentenceLink.size());
  ASSERT_EQ(packet.reals[1 + kAlignSentenceLinkScores],
            aligned.sentenceLinks.size() * kSentenceLinkScores.size());
  const size_t scores = 1 + kAlignRealSections + aligned.rows.size();
  for (size_t l = 0; l < aligned.sentenceLinks.size(); ++l) {
    const concord::SentenceLink& link = aligned.sentenceLinks[l];
    const int32_t* row = links.data() + l * kSentenceLink.size();
    EXPECT_EQ(row[column(kSentenceLink, "a")], static_cast<int32_t>(link.a));
    EXPECT_EQ(row[column(kSentenceLink, "b")], static_cast<int32_t>(link.b));
    EXPECT_EQ(row[column(kSentenceLink, "likely")], link.likely ? 1 : 0);
    EXPECT_EQ(row[column(kSentenceLink, "mutual")], link.mutual ? 1 : 0);
    const double* real = packet.reals.data() + scores + l * kSentenceLinkScores.size();
    EXPECT_DOUBLE_EQ(real[column(kSentenceLinkScores, "confidence")], link.confidence);
    EXPECT_DOUBLE_EQ(real[column(kSentenceLinkScores, "similarity")], link.similarity);
  }
  const std::vector<int32_t> paragraphs = section(packet, kAlignParagraphLinks);
  ASSERT_EQ(paragraphs.size(), aligned.paragraphLinks.size() * kParagraphLink.size());
  ASSERT_EQ(packet.reals[1 + kAlignParagraphLinkScores],
            aligned.paragraphLinks.size() * kParagraphLinkScores.size());
  for (size_t l = 0; l < aligned.paragraphLinks.size(); ++l) {
    const int32_t* row = paragraphs.data() + l * kParagraphLink.size();
    EXPECT_EQ(row[column(kParagraphLink, "a")], static_cast<int32_t>(aligned.paragraphLinks[l].a));
    EXPECT_EQ(row[column(kParagraphLink, "sentenceLinks")],
              static_cast<int32_t>(aligned.paragraphLinks[l].sentenceLinks));
  }
}

TEST(PackAlignment, SentenceKindsAndCopiedFlagsTravelByName) {
  // Sentence 0 copied (case and punctuation differ), sentence 1 rewritten, sentence 2 new.
  const std::string a =
      "The mayor opened the Tarnbridge footbridge on Monday. Crowds from Ellery Vale cheered as "
      "Mayor Osei cut the ribbon.\n";
  const std::string b =
      "THE MAYOR OPENED THE TARNBRIDGE FOOTBRIDGE ON MONDAY!\n\nMayor Osei cut the ribbon while "
      "crowds from Ellery Vale cheered. Tolls will not be charged.\n";
  const concord::RewriteAlignment aligned = alignTexts(a, b);
  ASSERT_EQ(aligned.bKinds.size(), 3u);
  const Packet packet = packAlignment(aligned, {a, false}, {b, false});
  const NameList* kinds = enumNamed("sentenceKinds");
  ASSERT_NE(kinds, nullptr);
  const auto code = [&](const char* name) { return column(*kinds, name); };
  for (const auto& [sectionId, expected] :
       std::vector<std::pair<uint32_t, std::vector<const char*>>>{
           {kAlignASentences, {"copied", "rewritten"}},
           {kAlignBSentences, {"copied", "rewritten", "new"}}}) {
    const std::vector<int32_t> sentences = section(packet, sectionId);
    ASSERT_EQ(sentences.size(), expected.size() * kSentence.size());
    for (size_t s = 0; s < expected.size(); ++s)
      EXPECT_EQ(sentences[s * kSentence.size() + column(kSentence, "kind")], code(expected[s]))
          << sectionId << " sentence " << s;
  }
  const std::vector<int32_t> links = section(packet, kAlignSentenceLinks);
  ASSERT_EQ(links.size(), aligned.sentenceLinks.size() * kSentenceLink.size());
  size_t copied = 0;
  for (size_t l = 0; l < aligned.sentenceLinks.size(); ++l) {
    const int32_t flag = links[l * kSentenceLink.size() + column(kSentenceLink, "copied")];
    EXPECT_EQ(flag, aligned.sentenceLinks[l].copied ? 1 : 0);
    copied += flag;
  }
  EXPECT_EQ(copied, 1u);
}

}  // namespace
}  // namespace concord_wire
