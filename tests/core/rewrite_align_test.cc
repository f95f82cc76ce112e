#include "concord/rewrite_align.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "fixtures.h"

namespace concord {
namespace {

std::string rowShape(const RewriteRow& row) {
  return "a" + std::to_string(row.aFirst) + "-" + std::to_string(row.aEnd) + " b" +
         std::to_string(row.bFirst) + "-" + std::to_string(row.bEnd);
}

TEST(AlignRewrites, AlignsRewrittenParagraphsMonotonically) {
  const std::string a = readFixture("analyze/story_a.txt");
  const std::string b = readFixture("analyze/story_b_rewrite.txt");
  const Result<RewriteAlignment> aligned = alignRewrites(a, b);
  ASSERT_TRUE(aligned.ok());
  std::vector<std::string> shapes;
  for (const RewriteRow& row : aligned.value().rows) shapes.push_back(rowShape(row));
  // The rewrite's own headline matches nothing; the story's headline and lead paragraph are
  // retold together in the rewrite's lead; then paragraph by paragraph; the story's repeated
  // engineers paragraph and its two "Comments" lines have no counterpart.
  EXPECT_EQ(shapes, (std::vector<std::string>{"a0-0 b0-1", "a0-2 b1-2", "a2-3 b2-3", "a3-4 b3-4",
                                              "a4-5 b4-5", "a5-6 b5-5", "a6-7 b5-5", "a7-8 b5-5"}));
}

TEST(AlignRewrites, RepeatedParagraphsStayUnmatchedAndPointToTheirFirstCopy) {
  const std::string a = readFixture("analyze/story_a.txt");
  const std::string b = readFixture("analyze/story_b_rewrite.txt");
  const RewriteAlignment aligned = alignRewrites(a, b).value();
  ASSERT_EQ(aligned.rows.size(), 8u);
  EXPECT_EQ(aligned.rows[5].repeatOf, 3);   // The engineers paragraph again.
  EXPECT_EQ(aligned.rows[6].repeatOf, -1);  // The first "Comments".
  EXPECT_EQ(aligned.rows[7].repeatOf, 6);   // The second.
  EXPECT_EQ(aligned.rows[2].repeatOf, -1);
}

TEST(AlignRewrites, ABodyPastedTwiceAlignsByItsFirstCopy) {
  // b's body twice; without the repeats rule the monotone search may pick paragraphs from
  // either copy.
  const std::string a = readFixture("analyze/story_a_edited.txt");
  const std::string body = readFixture("analyze/story_b_rewrite.txt");
  const std::string b = body + body;
  const RewriteAlignment aligned = alignRewrites(a, b).value();
  for (const RewriteRow& row : aligned.rows) {
    if (row.aFirst < row.aEnd && row.bFirst < row.bEnd) EXPECT_LT(row.bEnd, 6u);
    if (row.bFirst >= 5 && row.bEnd > row.bFirst) EXPECT_EQ(row.repeatOf, int32_t(row.bFirst - 5));
  }
  AlignOptions keep;
  keep.skipRepeats = false;
  // Held in a variable: a range-for over a member of the temporary Result would read freed rows.
  const RewriteAlignment kept = alignRewrites(a, b, keep).value();
  for (const RewriteRow& row : kept.rows) EXPECT_EQ(row.repeatOf, -1);
}

TEST(AlignRewrites, MarksSharedWordsNamesAndNumbers) {
  const std::string a = readFixture("analyze/story_a.txt");
  const std::string b = readFixture("analyze/story_b_rewrite.txt");
  const RewriteAlignment aligned = alignRewrites(a, b).value();
  ASSERT_GE(aligned.rows.size(), 4u);
  std::vector<std::string> mayor;
  for (const MarkedToken& token : aligned.rows[2].aShared)
    mayor.push_back(std::string(token.range.in(a)) + ":" + std::to_string(int(token.kind)));
  EXPECT_EQ(mayor, (std::vector<std::string>{"Mayor:0", "Ilse:1", "Brandauer:1", "morning:0",
                                             "brass:0", "Westhaven:1", "school:0"}));
  std::vector<std::string> engineers;
  for (const MarkedToken& token : aligned.rows[3].bShared)
    engineers.push_back(std::string(token.range.in(b)) + ":" + std::to_string(int(token.kind)));
  EXPECT_EQ(engineers, (std::vector<std::string>{"312:2", "cables:0", "joints:0", "deck:0",
                                                 "winter:0", "storms:0"}));
  EXPECT_GT(aligned.rows[2].similarity, 0.3);
  EXPECT_EQ(aligned.rows[5].similarity, 0.0);
}

TEST(AlignRewrites, UnrelatedTextsStayUnmatched) {
  const std::string a = readFixture("analyze/garden.txt");
  const std::string b = readFixture("analyze/story_b_rewrite.txt");
  const RewriteAlignment aligned = alignRewrites(a, b).value();
  EXPECT_EQ(aligned.rows.size(), aligned.aParagraphs.size() + aligned.bParagraphs.size());
  for (const RewriteRow& row : aligned.rows)
    EXPECT_TRUE(row.aFirst == row.aEnd || row.bFirst == row.bEnd);
}

TEST(AlignRewrites, RefusesTooManyParagraphsWithAMessage) {
  std::string many;
  for (int i = 0; i < 2001; ++i) many += "paragraph " + std::to_string(i) + "\n";
  const Result<RewriteAlignment> aligned = alignRewrites(many, many);
  ASSERT_FALSE(aligned.ok());
  EXPECT_NE(aligned.error().find("too many paragraphs to align (2001 x 2001)"), std::string::npos);
}

TEST(AlignRewrites, EmptyTextsGiveNoRows) {
  const Result<RewriteAlignment> aligned = alignRewrites("", "\n\n");
  ASSERT_TRUE(aligned.ok());
  EXPECT_TRUE(aligned.value().rows.empty());
}

}  // namespace
}  // namespace concord
