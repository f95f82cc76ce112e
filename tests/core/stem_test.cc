#include "concord/stem.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

namespace concord {
namespace {

// Pairs from the sample vocabulary on snowballstem.org's English (Porter2) page.
TEST(StemEnglish, StemsTheSnowballSampleVocabulary) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"consign", "consign"},         {"consigned", "consign"},      {"consignment", "consign"},
      {"consistency", "consist"},     {"consistently", "consist"},   {"consolation", "consol"},
      {"consolatory", "consolatori"}, {"consolidating", "consolid"}, {"consolingly", "consol"},
      {"consonant", "conson"},        {"conspicuously", "conspicu"}, {"conspiracy", "conspiraci"},
      {"conspirators", "conspir"},    {"constable", "constabl"},     {"constancy", "constanc"},
      {"knackeries", "knackeri"},     {"kneeling", "kneel"},         {"knees", "knee"},
      {"knightly", "knight"},         {"knitting", "knit"},          {"knives", "knive"},
      {"knocker", "knocker"},         {"knocking", "knock"},         {"knots", "knot"},
  };
  for (const auto& [word, stem] : cases) EXPECT_EQ(stemEnglish(word), stem) << word;
}

TEST(StemEnglish, AppliesTheExceptionsAndRegionPrefixes) {
  EXPECT_EQ(stemEnglish("skies"), "sky");
  EXPECT_EQ(stemEnglish("dying"), "die");
  EXPECT_EQ(stemEnglish("news"), "news");
  EXPECT_EQ(stemEnglish("generously"), "generous");  // R1 after "gener", not "gen".
  EXPECT_EQ(stemEnglish("succeeding"), "succeed");
  EXPECT_EQ(stemEnglish("sayings"), "say");  // y after a vowel is a consonant.
}

TEST(StemEnglish, LeavesShortWordsOtherScriptsAndInvalidBytesAlone) {
  EXPECT_EQ(stemEnglish("is"), "is");
  EXPECT_EQ(stemEnglish(""), "");
  EXPECT_EQ(stemEnglish("日本語"), "日本語");
  EXPECT_EQ(stemEnglish("\xff\xfe"
                        "ing"),
            "\xff\xfe"
            "ing");
  // Non-ASCII letters count as consonants, one per code point, as in Snowball.
  EXPECT_EQ(stemEnglish("naïvely"), "naïv");
  EXPECT_EQ(stemEnglish("cafés"), "café");
}

// Every word of /usr/share/dict/words (lower-cased, with apostrophe forms) against Debian's
// Snowball: the file is written at build time by tests/core/stem_oracle.py.
TEST(StemEnglish, AgreesWithDebiansSnowballOnEveryWordOfTheWordList) {
  std::ifstream oracle(CONCORD_STEM_ORACLE);
  ASSERT_TRUE(oracle.is_open()) << CONCORD_STEM_ORACLE
                                << " is missing: run scripts/setup (python3-snowballstemmer, "
                                   "wamerican) and rebuild";
  size_t words = 0, agreed = 0;
  std::vector<std::string> disagreements;
  for (std::string line; std::getline(oracle, line);) {
    const size_t tab = line.find('\t');
    ASSERT_NE(tab, std::string::npos) << line;
    const std::string word = line.substr(0, tab), expected = line.substr(tab + 1);
    const std::string stem = stemEnglish(word);
    ++words;
    if (stem == expected) {
      ++agreed;
    } else if (disagreements.size() < 20) {
      disagreements.push_back(word + " -> " + stem + " (Snowball: " + expected + ")");
    }
  }
  EXPECT_GT(words, 90000u) << "the word list is too short to be an oracle";
  EXPECT_EQ(agreed, words) << "first disagreements:\n" << ::testing::PrintToString(disagreements);
  std::cout << "stem oracle: " << agreed << " of " << words << " words agree\n";
}

}  // namespace
}  // namespace concord
