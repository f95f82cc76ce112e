#include "concord/analysis_js_layout.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace concord {
namespace {

// Two documents whose first paragraph repeats; the second starts with an emoji (two UTF-16
// units, four bytes) and an accented letter (one unit, two bytes).
const std::string kFirst =
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen\n";
const std::string kSecond =
    "\xF0\x9F\x98\x80 \xC3\xA9\none two three four five six seven eight nine ten eleven twelve "
    "thirteen fourteen fifteen\n";

TEST(PackAnalysisForJs, MemberOffsetsAreUtf16Units) {
  const std::vector<std::string_view> texts = {kFirst, kSecond};
  const Analysis analysis = analyze(texts, {}).value();
  const PackedAnalysis packed = packAnalysisForJs(analysis, texts);
  ASSERT_EQ(packed.groups.size(), size_t{kPackedGroupStride});
  EXPECT_EQ(packed.groups, (std::vector<int32_t>{0, 0, 2}));
  // Member 2: doc 1, paragraph 1, starting after "😀 é\n" = 2 + 1 + 1 + 1 = 5 units.
  const int32_t length = static_cast<int32_t>(kFirst.size() - 1);
  EXPECT_EQ(packed.members, (std::vector<int32_t>{0, 0, 0, length, 1, 1, 5, 5 + length}));
  ASSERT_EQ(packed.pairs.size(), size_t{kPackedPairStride});
  ASSERT_EQ(packed.scores.size(), size_t{kPackedScoreStride});
  ASSERT_EQ(packed.passages.size(), size_t{kPackedPassageStride});
  EXPECT_EQ(packed.passages[4], 5);  // bStart in UTF-16 units.
  // The emoji is a symbol, not a word (tokenizer.h): 1 + 15 words.
  EXPECT_EQ(packed.documents, (std::vector<int32_t>{15, 1, 0, 16, 2, 0}));
  EXPECT_EQ(packed.order, (std::vector<int32_t>{0, 1}));
  EXPECT_EQ(packed.clusters, (std::vector<int32_t>{2, 0, 1}));
}

TEST(PackAnalysisForJs, RepeatedBlockOffsetsAreUtf16Units) {
  // "😀 é" then two paragraphs pasted twice: the block's ranges count the emoji as two units.
  const std::string pair = kFirst +
                           "sixteen seventeen eighteen nineteen twenty twentyone "
                           "twentytwo twentythree twentyfour twentyfive twentysix\n";
  const std::string text = "\xF0\x9F\x98\x80 \xC3\xA9\n" + pair + pair;
  const std::vector<std::string_view> texts = {text};
  const PackedAnalysis packed = packAnalysisForJs(analyze(texts, {}).value(), texts);
  ASSERT_EQ(packed.blocks.size(), size_t{kPackedBlockStride});
  const int32_t start = 5, length = static_cast<int32_t>(pair.size() - 1);
  const int32_t again = start + static_cast<int32_t>(pair.size());
  EXPECT_EQ(packed.blocks, (std::vector<int32_t>{0, 1, start, start + length, 0, 3, again,
                                                 again + length, 2, 0, 26}));
}

TEST(PackAlignmentForJs, TokenOffsetsAreUtf16Units) {
  const std::string a = "\xC3\xA9t\xC3\xA9 Brandauer visited Kestrel\n";
  const std::string b = "Kestrel welcomed Brandauer\n";
  const RewriteAlignment alignment = alignRewrites(a, b).value();
  const PackedAlignment packed = packAlignmentForJs(alignment, a, b);
  ASSERT_EQ(packed.rows.size(), size_t{kPackedAlignRowStride});
  EXPECT_EQ(packed.aParagraphs, (std::vector<int32_t>{0, 29}));
  // "Brandauer" starts after "été " (4 units) and is a name; "Kestrel" at 22 is one too.
  EXPECT_EQ(packed.aTokens, (std::vector<int32_t>{4, 13, 1, 22, 29, 1}));
}

}  // namespace
}  // namespace concord
