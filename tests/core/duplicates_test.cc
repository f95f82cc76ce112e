#include "concord/duplicates.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "fixtures.h"

namespace concord {
namespace {

// "doc/paragraph" of every member, for compact expectations.
std::vector<std::string> memberIds(const DuplicateGroup& group) {
  std::vector<std::string> out;
  for (const ParagraphRef& m : group.members)
    out.push_back(std::to_string(m.doc) + "/" + std::to_string(m.paragraph));
  return out;
}

struct Corpus {
  std::vector<std::string> texts;
  std::vector<std::string_view> views;
  std::vector<ParsedText> parsed;
  Vocabulary vocabulary;

  explicit Corpus(std::vector<std::string> in) : texts(std::move(in)) {
    for (const std::string& text : texts) {
      views.push_back(text);
      parsed.push_back(parseText(text, TextOptions::folded(), vocabulary));
    }
  }
};

Corpus fixtureCorpus() {
  return Corpus({readFixture("analyze/story_a.txt"), readFixture("analyze/story_a_edited.txt"),
                 readFixture("analyze/story_b_rewrite.txt"), readFixture("analyze/garden.txt"),
                 readFixture("analyze/digest.txt")});
}

TEST(Resemblance, IsJaccardOfSortedSets) {
  EXPECT_DOUBLE_EQ(resemblance({1, 2, 3}, {2, 3, 4}), 0.5);
  EXPECT_DOUBLE_EQ(resemblance({}, {}), 1.0);
  EXPECT_DOUBLE_EQ(resemblance({1}, {}), 0.0);
}

TEST(ShingleSet, OneSubstitutionChangesThreeShingles) {
  Corpus corpus({"a b c d e f g", "a b c X e f g"});
  const auto& wa = corpus.parsed[0].words;
  const auto& wb = corpus.parsed[1].words;
  const auto a = shingleSet(wa, 0, 7, 3), b = shingleSet(wb, 0, 7, 3);
  EXPECT_EQ(a.size(), 5u);
  // Shared: "a b c" and "e f g"; union 5 + 5 - 2.
  EXPECT_DOUBLE_EQ(resemblance(a, b), 2.0 / 8.0);
}

TEST(FindDuplicates, GroupsFixtureParagraphsAsCheckedByHand) {
  Corpus corpus = fixtureCorpus();
  const Duplicates found = findDuplicates(corpus.views, corpus.parsed, {});
  ASSERT_EQ(found.groups.size(), 5u);
  // Story P1 "almost" -> "nearly": 26 words, 24 shingles, 3 changed: 21 / 27.
  EXPECT_EQ(found.groups[0].kind, GroupKind::kNear);
  EXPECT_EQ(memberIds(found.groups[0]), (std::vector<std::string>{"0/1", "1/1"}));
  EXPECT_NEAR(found.groups[0].similarity, 21.0 / 27.0, 1e-9);
  // The mayor paragraph is copied unchanged.
  EXPECT_EQ(found.groups[1].kind, GroupKind::kExact);
  EXPECT_EQ(memberIds(found.groups[1]), (std::vector<std::string>{"0/2", "1/2"}));
  EXPECT_EQ(found.groups[1].similarity, 1.0);
  // The engineers paragraph: twice in the story (exact), once edited ("during" -> "in"): 18 / 24.
  EXPECT_EQ(found.groups[2].kind, GroupKind::kNear);
  EXPECT_EQ(memberIds(found.groups[2]), (std::vector<std::string>{"0/3", "0/5", "1/3"}));
  EXPECT_NEAR(found.groups[2].similarity, 18.0 / 24.0, 1e-9);
  // Commuters: edited copy 16 / 31 and the digest's quote 18 / 29; the lower is reported.
  EXPECT_EQ(memberIds(found.groups[3]), (std::vector<std::string>{"0/4", "1/4", "4/2"}));
  EXPECT_NEAR(found.groups[3].similarity, 16.0 / 31.0, 1e-9);
  // The garden's repeated watering advice, "the" dropped: 21 / 26.
  EXPECT_EQ(memberIds(found.groups[4]), (std::vector<std::string>{"3/2", "3/4"}));
  EXPECT_NEAR(found.groups[4].similarity, 21.0 / 26.0, 1e-9);
}

TEST(FindDuplicates, ShortParagraphsAreReportedSeparately) {
  Corpus corpus = fixtureCorpus();
  const Duplicates found = findDuplicates(corpus.views, corpus.parsed, {});
  ASSERT_EQ(found.shortRepeats.size(), 2u);
  EXPECT_EQ(memberIds(found.shortRepeats[0]), (std::vector<std::string>{"0/0", "1/0"}));
  EXPECT_EQ(memberIds(found.shortRepeats[1]), (std::vector<std::string>{"0/6", "0/7", "1/5"}));
  EXPECT_EQ(found.shortRepeats[1].members[0].range.in(corpus.views[0]), "Comments");
}

TEST(FindDuplicates, ThresholdIsAdjustable) {
  Corpus corpus = fixtureCorpus();
  DuplicateOptions options;
  options.nearThreshold = 0.8;  // Only the garden pair (0.808) stays near.
  const Duplicates found = findDuplicates(corpus.views, corpus.parsed, options);
  std::vector<std::vector<std::string>> groups;
  for (const DuplicateGroup& group : found.groups) groups.push_back(memberIds(group));
  EXPECT_EQ(groups, (std::vector<std::vector<std::string>>{
                        {"0/2", "1/2"}, {"0/3", "0/5"}, {"3/2", "3/4"}}));
}

TEST(FindDuplicates, ExactOnlyWhenNearIsOff) {
  Corpus corpus = fixtureCorpus();
  DuplicateOptions options;
  options.findNear = false;
  const Duplicates found = findDuplicates(corpus.views, corpus.parsed, options);
  ASSERT_EQ(found.groups.size(), 2u);
  EXPECT_EQ(memberIds(found.groups[1]), (std::vector<std::string>{"0/3", "0/5"}));
}

TEST(FindDuplicates, PunctuationCountsWhenAsked) {
  const std::string a =
      "one two three four five six seven eight nine ten eleven twelve thirteen "
      "fourteen fifteen sixteen.";
  const std::string b =
      "one two three four five six seven eight nine ten eleven twelve thirteen "
      "fourteen fifteen sixteen!";
  Corpus corpus({a + "\n" + b});
  DuplicateOptions options;
  options.findNear = false;
  EXPECT_EQ(findDuplicates(corpus.views, corpus.parsed, options).groups.size(), 1u);
  options.text.ignorePunctuation = false;
  EXPECT_EQ(findDuplicates(corpus.views, corpus.parsed, options).groups.size(), 0u);
}

TEST(FindDuplicates, LshFindsWhatExhaustiveSearchFinds) {
  // 40 paragraphs of 30 words; every fifth is a copy of the one before with one word changed.
  std::vector<std::string> texts(1);
  for (int p = 0; p < 40; ++p) {
    std::string line;
    const int base = p % 5 == 4 ? p - 1 : p;
    for (int w = 0; w < 30; ++w)
      line += "w" + std::to_string(base * 100 + ((p % 5 == 4 && w == 15) ? 99 : w)) + " ";
    texts[0] += line + "\n";
  }
  Corpus corpus(texts);
  DuplicateOptions exhaustive;
  exhaustive.exhaustive = true;
  const Duplicates expected = findDuplicates(corpus.views, corpus.parsed, exhaustive);
  const Duplicates found = findDuplicates(corpus.views, corpus.parsed, {});
  ASSERT_EQ(expected.groups.size(), 8u);
  ASSERT_EQ(found.groups.size(), expected.groups.size());
  for (size_t g = 0; g < found.groups.size(); ++g)
    EXPECT_EQ(memberIds(found.groups[g]), memberIds(expected.groups[g]));
  EXPECT_LT(found.candidatePairs, expected.candidatePairs);
}

// "doc:first-last>doc:first-last kind words" of a block (paragraphs numbered from 0).
std::string blockId(const RepeatedBlock& b) {
  const auto run = [&](const ParagraphRun& r) {
    return std::to_string(r.doc) + ":" + std::to_string(r.paragraph) + "-" +
           std::to_string(r.paragraph + b.paragraphs - 1);
  };
  return run(b.first) + ">" + run(b.repeat) + (b.kind == GroupKind::kExact ? " exact " : " near ") +
         std::to_string(b.repeat.words);
}

// A paragraph of 16 distinct words "<tag>0 ... <tag>15".
std::string para(const std::string& tag) {
  std::string out;
  for (int w = 0; w < 16; ++w) out += tag + std::to_string(w) + (w < 15 ? " " : "");
  return out;
}

TEST(RepeatedBlocks, FindsBodyPastedTwiceAndBlockCopiedIntoAnotherDocument) {
  Corpus corpus(
      {readFixture("analyze/pasted_twice.txt"), readFixture("analyze/coast_roundup.txt")});
  const Duplicates found = findDuplicates(corpus.views, corpus.parsed, {});
  std::vector<std::string> ids;
  for (const RepeatedBlock& b : found.repeatedBlocks) ids.push_back(blockId(b));
  // Body ¶2-6 again as ¶9-13 (the headline before it is a separate short repeat: the byline
  // between breaks the run); ¶3-5 copied into the roundup with one edit, so near.
  EXPECT_EQ(ids, (std::vector<std::string>{"0:2-6>0:9-13 exact 158", "0:3-5>1:3-5 near 97"}));
  const RepeatedBlock& body = found.repeatedBlocks[0];
  const std::string_view text = corpus.views[0];
  EXPECT_EQ(body.first.range.in(text).substr(0, 27), "The council of Kellsport vo");
  EXPECT_EQ(body.repeat.range.end, text.find_last_not_of('\n') + 1);
  EXPECT_EQ(body.first.range.in(text), body.repeat.range.in(text));
}

TEST(RepeatedBlocks, ThirdCopyPointsAtTheFirstAndRunsStayApart) {
  const std::string body = para("a") + "\n" + para("b") + "\n";
  Corpus corpus({body + body + body, para("x") + "\n" + body});
  const Duplicates found = findDuplicates(corpus.views, corpus.parsed, {});
  std::vector<std::string> ids;
  for (const RepeatedBlock& b : found.repeatedBlocks) ids.push_back(blockId(b));
  // A B A B A B: three non-overlapping copies of "A B", each later one against the first.
  EXPECT_EQ(ids, (std::vector<std::string>{"0:0-1>0:2-3 exact 32", "0:0-1>0:4-5 exact 32",
                                           "0:0-1>1:1-2 exact 32"}));
}

TEST(RepeatedBlocks, LoopingTextGivesBlocksThatDoNotOverlap) {
  // Six copies of one paragraph: every position repeats every earlier one, yet each repeated
  // paragraph belongs to one block only (it was one block per position, overlapping).
  std::string text;
  for (int i = 0; i < 6; ++i) text += para("a") + "\n";
  Corpus corpus({text});
  const Duplicates found = findDuplicates(corpus.views, corpus.parsed, {});
  std::vector<std::string> ids;
  for (const RepeatedBlock& b : found.repeatedBlocks) ids.push_back(blockId(b));
  EXPECT_EQ(ids, (std::vector<std::string>{"0:0-1>0:2-3 exact 32", "0:1-2>0:4-5 exact 32"}));
}

TEST(RepeatedBlocks, IgnoresSingleParagraphsAndRunsOfShortOnes) {
  // "Share" + "Comments" repeat together but are short; one long paragraph repeats alone.
  Corpus corpus({para("a") + "\nShare\nComments\n" + para("b") + "\nShare\nComments\n" + para("a"),
                 "nothing\nhere"});
  const Duplicates found = findDuplicates(corpus.views, corpus.parsed, {});
  EXPECT_EQ(found.groups.size(), 1u);
  EXPECT_EQ(found.shortRepeats.size(), 2u);
  EXPECT_TRUE(found.repeatedBlocks.empty());
}

TEST(RepeatedBlocks, ShortParagraphsExtendARunWithALongOne) {
  Corpus corpus({"Title\n" + para("a") + "\nintro\nTitle\n" + para("a") + "\n"});
  DuplicateOptions options;
  options.findNear = false;
  const Duplicates found = findDuplicates(corpus.views, corpus.parsed, options);
  ASSERT_EQ(found.repeatedBlocks.size(), 1u);
  EXPECT_EQ(blockId(found.repeatedBlocks[0]), "0:0-1>0:3-4 exact 17");
}

}  // namespace
}  // namespace concord
