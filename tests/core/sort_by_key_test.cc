#include "analysis/sort_by_key.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace concord {
namespace {

TEST(SortByKey, OrdersByKeyAndKeepsTiesInTheirFirstOrder) {
  std::vector<std::pair<uint32_t, std::string>> items = {{3, "c"},  {1, "a1"}, {2, "b"},
                                                         {1, "a2"}, {0, "z"},  {1, "a3"}};
  sortByKey(items, [](const auto& item) { return uint64_t{item.first}; });
  std::vector<std::string> names;
  for (const auto& item : items) names.push_back(item.second);
  EXPECT_EQ(names, (std::vector<std::string>{"z", "a1", "a2", "a3", "b", "c"}));
}

TEST(SortByKey, MovesItemsThatCannotBeCopied) {
  std::vector<std::vector<uint32_t>> lists = {{1, 2}, {3}, {4, 5, 6}};
  sortByKey(lists, [](const auto& list) { return UINT64_MAX - list.size(); });
  EXPECT_EQ(lists, (std::vector<std::vector<uint32_t>>{{4, 5, 6}, {1, 2}, {3}}));
}

TEST(SortByKey, OrderedKeyOrdersDoublesAsLessThan) {
  const std::vector<double> values = {-1e300, -2.5, -1e-300, 0.0, 1e-300, 0.05, 0.5, 1.0, 3e200};
  for (size_t i = 0; i + 1 < values.size(); ++i)
    EXPECT_LT(orderedKey(values[i]), orderedKey(values[i + 1])) << values[i];
  EXPECT_EQ(orderedKey(0.25), orderedKey(0.25));
}

TEST(SortByKey, FromOrderedKeyGivesTheDoubleBack) {
  for (const double value : {-1e300, -2.5, -1e-300, 0.0, 1e-300, 0.05, 0.5, 1.0, 3e200})
    EXPECT_EQ(fromOrderedKey(orderedKey(value)), value);
}

TEST(SortByKey, SortByBytesOrdersWordsAsStringViewDoes) {
  // Long shared prefixes (runs sorted again eight bytes further on), prefixes of each other,
  // bytes above 0x7F, the empty word.
  const std::vector<std::string> words = {"internationalization",
                                          "international",
                                          "internationally",
                                          "intern",
                                          "",
                                          "b",
                                          "a",
                                          "\xC3\xA9t\xC3\xA9",
                                          "etat",
                                          "aaaaaaaaaaaaaaaaaaaaaaab",
                                          "aaaaaaaaaaaaaaaaaaaaaaaa",
                                          "aaaaaaaaaaaaaaaa",
                                          "aaaaaaaa",
                                          "aaaaaaaab",
                                          "zz",
                                          "z"};
  std::vector<uint32_t> ids;
  for (uint32_t i = 0; i < words.size(); ++i) ids.push_back(i);
  std::vector<uint32_t> expected = ids;
  std::sort(expected.begin(), expected.end(),
            [&](uint32_t x, uint32_t y) { return words[x] < words[y]; });
  sortByBytes(ids, [&](uint32_t id) { return std::string_view(words[id]); });
  EXPECT_EQ(ids, expected);
}

}  // namespace
}  // namespace concord
