#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "concord_wire/layouts.h"
#include "concord_wire/pack.h"
#include "section.h"

namespace concord_wire {
namespace {

// Two documents whose first paragraph repeats; the second starts with an emoji (two UTF-16
// units, four bytes) and an accented letter (one unit, two bytes).
const std::string kFirst =
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen\n";
const std::string kSecond =
    "\xF0\x9F\x98\x80 \xC3\xA9\none two three four five six seven eight nine ten eleven twelve "
    "thirteen fourteen fifteen\n";

Packet analyzeAndPack(const std::vector<std::string>& texts) {
  const std::vector<std::string_view> views(texts.begin(), texts.end());
  std::vector<WireText> wire;
  for (std::string_view text : views) wire.push_back({text, isAscii(text)});
  return packAnalysis(concord::analyze(views, {}).value(), wire);
}

TEST(PackAnalysis, MemberOffsetsAreUtf16Units) {
  const Packet packet = analyzeAndPack({kFirst, kSecond});
  EXPECT_EQ(section(packet, kAnalysisGroups), (std::vector<int32_t>{0, 0, 2}));
  // Member 2: doc 1, paragraph 1, starting after "😀 é\n" = 2 + 1 + 1 + 1 = 5 units.
  const int32_t length = static_cast<int32_t>(kFirst.size() - 1);
  EXPECT_EQ(section(packet, kAnalysisMembers),
            (std::vector<int32_t>{0, 0, 0, length, 1, 1, 5, 5 + length}));
  EXPECT_EQ(section(packet, kAnalysisPairs).size(), static_cast<size_t>(kPair.size()));
  const std::vector<int32_t> passages = section(packet, kAnalysisPassages);
  ASSERT_EQ(passages.size(), static_cast<size_t>(kPassage.size()));
  EXPECT_EQ(passages[column(kPassage, "bStart")], 5);
  // Document 1's words: its paragraphs' 15 and "é" (the emoji is a symbol, not a word).
  EXPECT_EQ(section(packet, kAnalysisDocuments), (std::vector<int32_t>{15, 1, 0, 16, 2, 0}));
  EXPECT_EQ(section(packet, kAnalysisOrder), (std::vector<int32_t>{0, 1}));
  EXPECT_EQ(section(packet, kAnalysisClusters), (std::vector<int32_t>{2, 0, 1}));
  // Float64: one similarity per group, kScores per pair.
  EXPECT_EQ(packet.reals[1 + kAnalysisGroupSimilarity], 1);
  EXPECT_EQ(packet.reals[1 + kAnalysisScores], kScores.size());
  EXPECT_EQ(packet.singles.size(), 4u);
}

TEST(PackAnalysis, RepeatedBlockOffsetsAreUtf16Units) {
  // "😀 é" then two paragraphs pasted twice: the block's ranges count the emoji as two units.
  const std::string pair = kFirst +
                           "sixteen seventeen eighteen nineteen twenty twentyone "
                           "twentytwo twentythree twentyfour twentyfive twentysix\n";
  const Packet packet = analyzeAndPack({"\xF0\x9F\x98\x80 \xC3\xA9\n" + pair + pair});
  const int32_t start = 5, length = static_cast<int32_t>(pair.size() - 1);
  const int32_t again = start + static_cast<int32_t>(pair.size());
  EXPECT_EQ(
      section(packet, kAnalysisBlocks),
      (std::vector<int32_t>{0, 1, start, start + length, 0, 3, again, again + length, 2, 0, 26}));
}

TEST(PackAlignment, TokenOffsetsAreUtf16Units) {
  const std::string a = "\xC3\xA9t\xC3\xA9 Brandauer visited Kestrel\n";
  const std::string b = "Kestrel welcomed Brandauer\n";
  const Packet packet = packAlignment(concord::alignRewrites(a, b).value(), {a, false}, {b, true});
  EXPECT_EQ(section(packet, kAlignRows).size(), static_cast<size_t>(kAlignRow.size()));
  EXPECT_EQ(section(packet, kAlignAParagraphs), (std::vector<int32_t>{0, 29}));
  // "Brandauer" starts after "été " (4 units) and is a name; "Kestrel" at 22 is one too.
  EXPECT_EQ(section(packet, kAlignATokens), (std::vector<int32_t>{4, 13, 1, 22, 29, 1}));
}

}  // namespace
}  // namespace concord_wire
