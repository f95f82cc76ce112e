// Lineage (concord/lineage.h) through analyze(): the hand-made chain and tree of
// tests/fixtures/lineage (their DERIVATION.md say how they were made), direction only from
// dates, file times or a strong asymmetry, and the date reader.
#include "concord/lineage.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <sstream>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "concord/analyze.h"
#include "fixtures.h"

namespace concord {
namespace {

std::vector<std::string> readAll(const std::vector<std::string>& names) {
  std::vector<std::string> texts;
  for (const std::string& name : names) texts.push_back(readFixture("lineage/" + name));
  return texts;
}

Analysis analyzeTexts(const std::vector<std::string>& texts, const AnalyzeOptions& options = {}) {
  std::vector<std::string_view> views(texts.begin(), texts.end());
  Result<Analysis> analysis = analyze(views, options);
  EXPECT_TRUE(analysis.ok()) << analysis.error();
  return std::move(analysis).value();
}

// The edges as sets of unordered {from, to} pairs of the given names.
std::set<std::pair<std::string, std::string>> edgeNames(const Lineage& lineage,
                                                        const std::vector<std::string>& names) {
  std::set<std::pair<std::string, std::string>> out;
  for (const LineageEdge& e : lineage.edges)
    out.insert(std::minmax(names[e.from], names[e.to]));
  return out;
}

const std::vector<std::string> kDrafts = {"chain/draft1.txt", "chain/draft2.txt",
                                          "chain/draft3.txt", "chain/draft4.txt"};

TEST(Lineage, ShuffledDraftsComeBackAsTheirChain) {
  const std::vector<std::vector<int>> orders = {{2, 0, 3, 1}, {3, 1, 0, 2}, {1, 3, 2, 0}};
  for (const std::vector<int>& order : orders) {
    std::vector<std::string> names;
    for (int i : order) names.push_back(kDrafts[i]);
    const Analysis analysis = analyzeTexts(readAll(names));
    const std::set<std::pair<std::string, std::string>> expected = {
        {kDrafts[0], kDrafts[1]}, {kDrafts[1], kDrafts[2]}, {kDrafts[2], kDrafts[3]}};
    EXPECT_EQ(edgeNames(analysis.lineage, names), expected);
    for (const LineageEdge& e : analysis.lineage.edges) {
      EXPECT_FALSE(e.directed) << "nothing dates the drafts";
      EXPECT_LT(e.from, e.to);
      EXPECT_EQ(e.evidence.direction, DirectionBasis::kNone);
      EXPECT_TRUE(e.evidence.titleCopied);
      EXPECT_GT(e.evidence.copied, 8u);
      EXPECT_GE(e.confidence, kSureLineage);
    }
  }
}

// Each labelled derivation's true edges (its edges.tsv), as unordered pairs of file names.
std::set<std::pair<std::string, std::string>> trueEdges(const std::string& dir) {
  std::set<std::pair<std::string, std::string>> edges;
  std::istringstream lines(readFixture("lineage/" + dir + "/edges.tsv"));
  for (std::string line; std::getline(lines, line);) {
    const size_t tab = line.find('\t');
    if (tab != std::string::npos)
      edges.insert(std::minmax(dir + "/" + line.substr(0, tab), dir + "/" + line.substr(tab + 1)));
  }
  return edges;
}

// Versions given in shuffled order, without names or dates, come back as their chain or tree:
// every labelled derivation (chains of copy edits, of rewrites and of retellings; trees of
// paraphrases, summaries and updates), in six orders each.
TEST(Lineage, EveryLabelledDerivationComesBackInShuffledOrder) {
  const std::vector<std::pair<std::string, std::vector<std::string>>> derivations = {
      {"chain", {"draft1.txt", "draft2.txt", "draft3.txt", "draft4.txt"}},
      {"chain2", {"v1.txt", "v2.txt", "v3.txt", "v4.txt"}},
      {"chain3", {"wire.txt", "paper.txt", "blog.txt", "digest.txt"}},
      {"tree", {"source.txt", "rewrite-a.txt", "rewrite-b.txt", "rewrite-a-again.txt"}},
      {"tree2", {"source.txt", "rewrite-x.txt", "summary-x.txt", "rewrite-y.txt", "update.txt"}}};
  std::mt19937 random(9);
  for (const auto& [dir, files] : derivations) {
    const std::set<std::pair<std::string, std::string>> expected = trueEdges(dir);
    ASSERT_EQ(expected.size(), files.size() - 1) << dir;
    std::vector<std::string> names;
    for (const std::string& f : files) names.push_back(dir + "/" + f);
    for (int run = 0; run < 6; ++run) {
      std::shuffle(names.begin(), names.end(), random);
      const Analysis analysis = analyzeTexts(readAll(names));
      EXPECT_EQ(edgeNames(analysis.lineage, names), expected) << dir << " run " << run;
      for (const LineageEdge& e : analysis.lineage.edges)
        EXPECT_GE(e.confidence, kSureLineage) << dir << ": " << names[e.from] << " - " << names[e.to];
    }
  }
}

TEST(Lineage, TreeOfRewritesHasItsThreeEdges) {
  const std::vector<std::string> names = {"tree/rewrite-a-again.txt", "tree/rewrite-b.txt",
                                          "tree/source.txt", "tree/rewrite-a.txt"};
  const Analysis analysis = analyzeTexts(readAll(names));
  const std::set<std::pair<std::string, std::string>> expected = {
      {"tree/rewrite-a.txt", "tree/source.txt"},
      {"tree/rewrite-b.txt", "tree/source.txt"},
      {"tree/rewrite-a-again.txt", "tree/rewrite-a.txt"}};
  EXPECT_EQ(edgeNames(analysis.lineage, names), expected);
  for (const LineageEdge& e : analysis.lineage.edges) {
    EXPECT_FALSE(e.directed);
    EXPECT_GT(e.evidence.rewritten, 4u) << names[e.from] << " - " << names[e.to];
    EXPECT_GT(e.evidence.strength, e.evidence.runnerUp);
  }
}

TEST(Lineage, TextDatesDirectEveryEdge) {
  std::vector<std::string> texts = readAll(kDrafts);
  const char* dates[] = {"Published March 2, 2024", "Updated: 4 March 2024 10:15",
                         "Updated 2024-03-04T16:40", "Last updated March 9, 2024 at 9:05 am"};
  for (size_t i = 0; i < texts.size(); ++i) texts[i] = std::string(dates[i]) + "\n\n" + texts[i];
  std::swap(texts[0], texts[3]);  // Order: draft4, draft2, draft3, draft1.
  const Analysis analysis = analyzeTexts(texts);
  const std::set<std::pair<uint32_t, uint32_t>> expected = {{3, 1}, {1, 2}, {2, 0}};
  std::set<std::pair<uint32_t, uint32_t>> got;
  for (const LineageEdge& e : analysis.lineage.edges) {
    EXPECT_TRUE(e.directed);
    EXPECT_EQ(e.evidence.direction, DirectionBasis::kTextDates);
    EXPECT_LT(e.evidence.fromDate.time, e.evidence.toDate.time);
    got.insert({e.from, e.to});
  }
  EXPECT_EQ(got, expected);
}

TEST(Lineage, FileTimesDirectWhenTheTextsHaveNoDates) {
  const std::vector<std::string> texts = readAll({kDrafts[1], kDrafts[0]});
  AnalyzeOptions options;
  options.lineage.modified = {1'700'000'500'000.0, 1'700'000'000'000.0};
  const Analysis analysis = analyzeTexts(texts, options);
  ASSERT_EQ(analysis.lineage.edges.size(), 1u);
  const LineageEdge& e = analysis.lineage.edges[0];
  EXPECT_TRUE(e.directed);
  EXPECT_EQ(e.evidence.direction, DirectionBasis::kModified);
  EXPECT_EQ(e.from, 1u);
  EXPECT_EQ(e.to, 0u);
  options.lineage.modified = {1'700'000'000'000.0, 1'700'000'000'000.0};  // Copied at once.
  EXPECT_FALSE(analyzeTexts(texts, options).lineage.edges[0].directed);
  options.lineage.modified = {1'700'000'000'000.0, 1'700'000'000'900.0};  // Dropped together.
  EXPECT_FALSE(analyzeTexts(texts, options).lineage.edges[0].directed);
}

TEST(Lineage, StrongAsymmetryDirectsAndSlightDoesNot) {
  const std::string draft = readFixture("lineage/chain/draft1.txt");
  const std::string extra = readFixture("lineage/tree/source.txt");
  // The expanded text holds all of draft1 and adds a whole other report after it.
  const std::vector<std::string> texts = {draft + "\n" + extra, draft};
  const Analysis analysis = analyzeTexts(texts);
  ASSERT_EQ(analysis.lineage.edges.size(), 1u);
  const LineageEdge& e = analysis.lineage.edges[0];
  EXPECT_TRUE(e.directed);
  EXPECT_EQ(e.evidence.direction, DirectionBasis::kContainment);
  EXPECT_EQ(e.from, 1u);
  EXPECT_EQ(e.to, 0u);
  EXPECT_GE(e.evidence.fromInTo, 0.9);
  EXPECT_LT(e.evidence.toInFrom, 0.85);
  // draft2 adds one sentence to draft1: no direction.
  EXPECT_FALSE(analyzeTexts(readAll({kDrafts[0], kDrafts[1]})).lineage.edges[0].directed);
}

// A summary's sentences are all rewritten in the text it summarises, which has more: that is no
// sign the longer text came later (before only copied sentences counted, summary-x and digest
// were directed as the sources of the texts they summarise).
TEST(Lineage, ASummaryIsNotDirectedAsTheSourceOfTheTextItSummarises) {
  for (const auto& [summary, longer] : std::vector<std::pair<std::string, std::string>>{
           {"tree2/summary-x.txt", "tree2/rewrite-x.txt"}, {"chain3/digest.txt", "chain3/blog.txt"}}) {
    const Analysis analysis = analyzeTexts(readAll({longer, summary}));
    ASSERT_EQ(analysis.lineage.edges.size(), 1u);
    const LineageEdge& e = analysis.lineage.edges[0];
    EXPECT_GE(e.evidence.toInFrom, 0.9) << summary;  // Every sentence of the summary is found...
    EXPECT_FALSE(e.directed) << summary;            // ...but not copied: no direction.
  }
}

TEST(Lineage, UnrelatedDocumentsGetNoEdge) {
  const Analysis analysis =
      analyzeTexts(readAll({"chain/draft1.txt", "tree/source.txt", "attribution/festival.txt"}));
  EXPECT_TRUE(analysis.lineage.edges.empty());
  EXPECT_EQ(analysis.lineage.dates.size(), 3u);
}

TEST(Lineage, DisabledLeavesLineageAndAttributionEmpty) {
  AnalyzeOptions options;
  options.lineage.enabled = false;
  const Analysis analysis = analyzeTexts(readAll(kDrafts), options);
  EXPECT_TRUE(analysis.lineage.edges.empty());
  EXPECT_TRUE(analysis.attribution.empty());
}

TEST(Lineage, SetsLargerThanUpToGetNone) {
  AnalyzeOptions options;
  options.lineage.upTo = static_cast<uint32_t>(kDrafts.size()) - 1;
  const Analysis skipped = analyzeTexts(readAll(kDrafts), options);
  EXPECT_TRUE(skipped.lineage.edges.empty());
  EXPECT_TRUE(skipped.lineage.dates.empty());  // What the page reads as "not traced".
  EXPECT_TRUE(skipped.attribution.empty());
  options.lineage.upTo = static_cast<uint32_t>(kDrafts.size());
  EXPECT_FALSE(analyzeTexts(readAll(kDrafts), options).lineage.edges.empty());
}

// Progress: the passes before lineage report what they report without it, scaled into the
// first 40% of the bar, and lineage (most of the time for a thousand articles) the rest.
TEST(Lineage, ProgressGivesLineageMostOfTheBar) {
  const std::vector<std::string> texts = readAll(kDrafts);
  const std::vector<std::string_view> views(texts.begin(), texts.end());
  const auto reports = [&](bool lineage) {
    AnalyzeOptions options;
    options.lineage.enabled = lineage;
    std::vector<double> fractions;
    EXPECT_TRUE(analyze(views, options, [&](double f) { fractions.push_back(f); }).ok());
    return fractions;
  };
  const std::vector<double> without = reports(false), with = reports(true);
  ASSERT_GE(without.size(), 3u);
  ASSERT_GT(with.size(), without.size());  // Lineage reports too.
  EXPECT_EQ(without.back(), 1.0);
  EXPECT_EQ(with.back(), 1.0);
  // The reports before lineage: the same passes, at 0.4 / 0.95 of their place.
  for (size_t k = 0; k + 1 < without.size(); ++k) {
    EXPECT_DOUBLE_EQ(with[k], without[k] * 0.4 / 0.95) << "report " << k;
    EXPECT_LE(with[k], 0.4) << "report " << k;
  }
  // Lineage's own reports rise from 0.4 towards 0.995, in order.
  const size_t first = without.size() - 1;
  EXPECT_GE(with[first], 0.4);
  EXPECT_GT(with[with.size() - 2], 0.8);  // The last candidate of a few starts at 5/6 of them.
  EXPECT_TRUE(std::is_sorted(with.begin(), with.end()));
}

double dayMs(int days) { return days * 86'400'000.0; }

TEST(LineageDates, ReadsLabelledDatesAndDatelines) {
  // 2024-03-05 is day 19787 after 1970-01-01.
  EXPECT_EQ(findTextDate("Published March 5, 2024\nText").time, dayMs(19787));
  EXPECT_EQ(findTextDate("Posted: 5 Mar. 2024").time, dayMs(19787));
  EXPECT_EQ(findTextDate("Updated 2024-03-05T10:42").time, dayMs(19787) + 38'520'000.0);
  EXPECT_EQ(findTextDate("Updated March 5th, 2024, 1:05 pm").time, dayMs(19787) + 47'100'000.0);
  // The latest labelled date wins over a dateline.
  const DocumentDate both = findTextDate("LONDON, March 1, 2024 - Published March 2, 2024. "
                                         "Updated March 5, 2024");
  EXPECT_EQ(both.time, dayMs(19787));
  EXPECT_EQ(both.source, DateSource::kText);
  // A dateline in the first 300 bytes.
  EXPECT_EQ(findTextDate("BERLIN (5 March 2024) - Officials said").time, dayMs(19787));
}

TEST(LineageDates, LabelsAreWholeWordsInAnyCase) {
  const std::string body(400, 'x');  // past the dateline window: only a label can give a date
  EXPECT_EQ(findTextDate(body + " (LAST UPDATED: 2024-03-05)").time, dayMs(19787));
  EXPECT_EQ(findTextDate(body + "\nrevised 2024-03-05").time, dayMs(19787));
  EXPECT_EQ(findTextDate(body + " unpublished 2024-03-05").source, DateSource::kNone);
  EXPECT_EQ(findTextDate(body + " Republished 2024-03-05").source, DateSource::kNone);
}

TEST(LineageDates, IgnoresWhatIsNoDate) {
  EXPECT_EQ(findTextDate("He may 5 times say so in 2024.").source, DateSource::kNone);
  EXPECT_EQ(findTextDate("Updated 03/05/2024").source, DateSource::kNone);
  EXPECT_EQ(findTextDate("March 32, 2024").source, DateSource::kNone);
  EXPECT_EQ(findTextDate("").source, DateSource::kNone);
  EXPECT_EQ(findTextDate(std::string(400, 'x') + " March 5, 2024").source, DateSource::kNone);
}

}  // namespace
}  // namespace concord
