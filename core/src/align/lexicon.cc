// The English word lists of the sentence alignment: function words, which say nothing about what
// a sentence is about, and the stock words and phrases of news, which say little.
#include <algorithm>
#include <array>
#include <initializer_list>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "analysis/content_words.h"
#include "sentence_terms.h"

namespace concord {
namespace align {

bool isFunctionWord(std::string_view word) {
  // The stopwords of the paragraph scores, and what the tokenizer leaves of contractions and a
  // few more prepositions.
  static const std::unordered_set<std::string_view> kMore = {
      "say", "ll",    "ve",    "re",      "d",      "don",     "isn",  "wasn", "didn", "doesn",
      "won", "shall", "among", "whether", "within", "without", "upon", "onto", "via"};
  return isStopword(word) || kMore.count(word) > 0;
}

double stockFactor(std::string_view word) {
  static const std::unordered_set<std::string_view> kWords = {
      "monday",    "tuesday",   "wednesday",    "thursday",  "friday",      "saturday",
      "sunday",    "january",   "february",     "march",     "april",       "june",
      "july",      "august",    "september",    "october",   "november",    "december",
      "statement", "reporters", "spokesperson", "spokesman", "spokeswoman", "interview",
      "according", "told",      "added",        "noted",     "week",        "year",
      "today",     "yesterday", "tomorrow",     "people",    "time",        "reported",
      "announced", "confirmed", "officials",    "official"};
  return kWords.count(word) > 0 ? 0.3 : 1.0;
}

bool startsStockPhrase(const std::vector<std::string_view>& words, size_t first, size_t& n) {
  static constexpr std::array<std::array<std::string_view, 4>, 16> kPhrases = {{
      {"said", "in", "a", "statement"},
      {"according", "to", "", ""},
      {"told", "reporters", "", ""},
      {"in", "an", "interview", ""},
      {"on", "condition", "of", "anonymity"},
      {"declined", "to", "comment", ""},
      {"did", "not", "respond", ""},
      {"at", "the", "time", ""},
      {"last", "week", "", ""},
      {"last", "year", "", ""},
      {"this", "year", "", ""},
      {"next", "week", "", ""},
      {"for", "the", "first", "time"},
      {"in", "recent", "years", ""},
      {"it", "is", "not", "clear"},
      {"as", "well", "as", ""},
  }};
  // Called for every word of both texts: most words start no phrase, which the first word's
  // length and letter tell without comparing strings.
  static const std::array<size_t, kPhrases.size()> kLengths = [] {
    std::array<size_t, kPhrases.size()> lengths{};
    for (size_t k = 0; k < kPhrases.size(); ++k)
      while (lengths[k] < 4 && !kPhrases[k][lengths[k]].empty()) ++lengths[k];
    return lengths;
  }();
  const std::string_view word = words[first];
  for (size_t k = 0; k < kPhrases.size(); ++k) {
    const auto& phrase = kPhrases[k];
    const size_t length = kLengths[k];
    if (word.size() != phrase[0].size() || word[0] != phrase[0][0]) continue;
    if (first + length > words.size()) continue;
    if (std::equal(phrase.begin(), phrase.begin() + length, words.begin() + first)) {
      n = length;
      return true;
    }
  }
  return false;
}

namespace {

bool holdsPhrase(const std::vector<std::string_view>& words,
                 std::initializer_list<std::string_view> phrase) {
  if (words.size() < phrase.size()) return false;
  for (size_t k = 0; k + phrase.size() <= words.size(); ++k)
    if (std::equal(phrase.begin(), phrase.end(), words.begin() + k)) return true;
  return false;
}

bool holdsWord(const std::vector<std::string_view>& words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

}  // namespace

bool isBoilerplate(const std::vector<std::string_view>& words, bool finalStop) {
  constexpr size_t kMaxWords = 30;  // Longer sentences are the story, whatever they mention.
  if (words.empty() || words.size() > kMaxWords) return false;
  // A byline: "By our arts correspondent", "By Courier staff", "Reporting by ...".
  if (!finalStop && words.size() <= 6 &&
      (words[0] == "by" || holdsPhrase(words, {"reporting", "by"}) ||
       holdsPhrase(words, {"written", "by"})))
    return true;
  if (words.size() <= 2 && (words[0] == "advertisement" || words[0] == "sponsored")) return true;
  for (const std::string_view word : {"newsletter", "newsletters", "subscribe", "copyright"})
    if (holdsWord(words, word)) return true;
  if (holdsPhrase(words, {"all", "rights", "reserved"}) || holdsPhrase(words, {"sign", "up", "for"}) ||
      holdsPhrase(words, {"click", "here"}) || holdsPhrase(words, {"share", "this"}) ||
      holdsPhrase(words, {"follow", "us"}) || holdsPhrase(words, {"privacy", "policy"}))
    return true;
  // "Read more: ...", "More from Arts: ...": a link to another article.
  if (!finalStop && (holdsPhrase(words, {"read", "more"}) || words[0] == "related" ||
                     (words.size() > 2 && words[0] == "more" && words[1] == "from")))
    return true;
  return holdsWord(words, "follow") && holdsPhrase(words, {"social", "media"});
}

}  // namespace align
}  // namespace concord
