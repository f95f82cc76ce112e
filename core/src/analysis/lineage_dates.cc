// findTextDate(): the date a text says it is from. Reads "2024-03-05", "March 5, 2024",
// "Mar. 5 2024" and "5 March 2024", with an optional time ("10:42", "10:42 am", "T10:42")
// right after. Numeric dates with slashes are skipped: 03/05 is March in one country and May in
// another.
#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "concord/lineage.h"

namespace concord {
namespace {

constexpr double kDayMs = 86'400'000.0;
constexpr uint32_t kDatelineBytes = 300;
constexpr uint32_t kLabelWindow = 48;  // Bytes after a label where its date may start.

struct Found {
  double time = 0;
  uint32_t begin = 0, end = 0;
};

// Days from 1970-01-01 to y-m-d (proleptic Gregorian), after Howard Hinnant's days_from_civil.
int64_t daysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isAlpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

// Reads up to `most` digits at `at`; nullopt when there are none or more than `most`.
std::optional<unsigned> number(std::string_view t, uint32_t& at, unsigned most) {
  unsigned value = 0, digits = 0;
  uint32_t i = at;
  while (i < t.size() && isDigit(t[i])) {
    if (++digits > most) return std::nullopt;
    value = value * 10 + static_cast<unsigned>(t[i++] - '0');
  }
  if (digits == 0) return std::nullopt;
  at = i;
  return value;
}

// A month name or its three-letter abbreviation (with an optional '.') at `at`: 1 to 12, or 0.
unsigned month(std::string_view t, uint32_t& at) {
  static const std::array<std::string_view, 12> names = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  if (at > 0 && isAlpha(t[at - 1])) return 0;
  uint32_t end = at;
  while (end < t.size() && isAlpha(t[end])) ++end;
  std::string lowered;
  for (uint32_t i = at; i < end; ++i) lowered.push_back(lower(t[i]));
  for (unsigned m = 0; m < names.size(); ++m) {
    const bool full = lowered == names[m];
    const bool abbreviated = lowered.size() >= 3 && names[m].substr(0, lowered.size()) == lowered;
    if (!full && !(abbreviated && lowered.size() <= 4)) continue;
    at = end;
    if (!full && at < t.size() && t[at] == '.') ++at;
    return m + 1;
  }
  return 0;
}

void skipSpaces(std::string_view t, uint32_t& at, bool commas) {
  while (at < t.size() && (t[at] == ' ' || (commas && t[at] == ','))) ++at;
}

// A time right after a date ("10:42", "10:42 pm", "T10:42:07"): ms into the day, or 0.
double timeOfDay(std::string_view t, uint32_t& at) {
  uint32_t i = at;
  skipSpaces(t, i, true);
  if (i < t.size() && (t[i] == 'T' || t[i] == '@')) ++i;
  if (t.substr(i, 3) == "at ") i += 3;
  const auto hours = number(t, i, 2);
  if (!hours || i >= t.size() || t[i] != ':') return 0;
  ++i;
  const auto minutes = number(t, i, 2);
  if (!minutes || *hours > 23 || *minutes > 59) return 0;
  unsigned h = *hours;
  if (i < t.size() && t[i] == ':') {
    ++i;
    number(t, i, 2);
  }
  uint32_t j = i;
  skipSpaces(t, j, false);
  const char c = j < t.size() ? lower(t[j]) : 0;
  if ((c == 'a' || c == 'p') && j + 1 < t.size() &&
      (lower(t[j + 1]) == 'm' || t[j + 1] == '.')) {
    if (h == 12) h = 0;
    if (c == 'p') h += 12;
    i = j + 2;
    while (i < t.size() && (t[i] == '.' || lower(t[i]) == 'm')) ++i;
  }
  at = i;
  return (h * 60.0 + *minutes) * 60'000.0;
}

bool validDay(unsigned y, unsigned m, unsigned d) { return y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31; }

// A date starting exactly at `at`.
std::optional<Found> dateAt(std::string_view t, uint32_t at) {
  uint32_t i = at;
  unsigned y = 0, m = 0, d = 0;
  if (isDigit(t[i]) && (at == 0 || !isDigit(t[at - 1]))) {
    const auto first = number(t, i, 4);
    if (!first) return std::nullopt;
    if (i - at == 4 && i + 5 < t.size() && t[i] == '-') {  // 2024-03-05
      ++i;
      const auto mm = number(t, i, 2);
      if (!mm || i >= t.size() || t[i] != '-') return std::nullopt;
      ++i;
      const auto dd = number(t, i, 2);
      if (!dd) return std::nullopt;
      y = *first, m = *mm, d = *dd;
    } else {  // 5 March 2024
      d = *first;
      skipSpaces(t, i, false);
      m = month(t, i);
      skipSpaces(t, i, true);
      const auto yy = number(t, i, 4);
      if (!m || !yy) return std::nullopt;
      y = *yy;
    }
  } else {  // March 5, 2024
    m = month(t, i);
    if (!m) return std::nullopt;
    skipSpaces(t, i, false);
    const auto dd = number(t, i, 2);
    if (!dd) return std::nullopt;
    if (i + 1 < t.size() && (t.substr(i, 2) == "st" || t.substr(i, 2) == "nd" ||
                             t.substr(i, 2) == "rd" || t.substr(i, 2) == "th"))
      i += 2;
    skipSpaces(t, i, true);
    const auto yy = number(t, i, 4);
    if (!yy) return std::nullopt;
    d = *dd, y = *yy;
  }
  if (!validDay(y, m, d)) return std::nullopt;
  const double time = static_cast<double>(daysFromCivil(y, m, d)) * kDayMs + timeOfDay(t, i);
  return Found{time, at, i};
}

// The first date starting in [from, to).
std::optional<Found> firstDate(std::string_view t, uint32_t from, uint32_t to) {
  to = std::min<uint32_t>(to, static_cast<uint32_t>(t.size()));
  for (uint32_t at = from; at < to; ++at) {
    if (!isDigit(t[at]) && !isAlpha(t[at])) continue;
    if (auto found = dateAt(t, at)) return found;
  }
  return std::nullopt;
}

bool startsWithWord(std::string_view t, uint32_t at, std::string_view word) {
  if (at > 0 && isAlpha(t[at - 1])) return false;
  if (t.size() - at < word.size()) return false;
  for (uint32_t i = 0; i < word.size(); ++i)
    if (lower(t[at + i]) != word[i]) return false;
  return true;
}

}  // namespace

DocumentDate findTextDate(std::string_view text) {
  static const std::array<std::string_view, 6> labels = {
      "updated", "published", "posted", "revised", "last modified", "last updated"};
  std::optional<Found> latest;
  const auto t = text;
  for (uint32_t at = 0; at < t.size(); ++at) {
    // Only a word's first letter can start a label, and every label starts with one of these
    // four: the other bytes are passed over in one test (this loop read each of them six times).
    if (!isAlpha(t[at]) || (at > 0 && isAlpha(t[at - 1]))) continue;
    const char first = lower(t[at]);
    if (first != 'u' && first != 'p' && first != 'r' && first != 'l') continue;
    for (std::string_view label : labels) {
      if (!startsWithWord(t, at, label)) continue;
      const uint32_t after = at + static_cast<uint32_t>(label.size());
      const auto found = firstDate(t, after, after + kLabelWindow);
      if (found && (!latest || found->time > latest->time)) latest = found;
    }
  }
  if (!latest) latest = firstDate(t, 0, kDatelineBytes);
  if (!latest) return {};
  return {latest->time, DateSource::kText, ByteRange{latest->begin, latest->end}};
}

}  // namespace concord
