// The memory estimates of budget.h. Costs measured on the WebAssembly build (Emscripten 3.1.6,
// -O3) as heap growth over input size, rounded up:
//   compareTexts, many short lines:  ~7 bytes per input byte + ~140 per line;
//   word-level diff of a unit pair:  ~200-245 bytes per token (words and symbols) of the pair;
//   analyze:                         ~7-8 bytes per input byte (10k-50k articles: 6.9-7.6).
#include "concord/budget.h"

#include <algorithm>
#include <string>

namespace concord {
namespace {

constexpr uint64_t kCompareBytesCost = 8;
constexpr uint64_t kCompareLineCost = 150;
constexpr uint64_t kWordDiffTokenCost = 250;
constexpr uint64_t kAnalyzeBytesCost = 9;
constexpr uint64_t kAnalyzeDocumentCost = 512;

uint64_t countLines(std::string_view text) {
  return static_cast<uint64_t>(std::count(text.begin(), text.end(), '\n')) + 1;
}

// Tokens as the tokenizer roughly sees them: runs of letters and digits (any byte >= 0x80 is
// taken as a letter) and each other non-space character.
uint64_t roughTokenCount(std::string_view text) {
  uint64_t tokens = 0;
  bool inWord = false;
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    const bool word =
        u >= 0x80 || (u >= '0' && u <= '9') || ((u | 0x20) >= 'a' && (u | 0x20) <= 'z');
    const bool space = u == ' ' || u == '\t' || u == '\n' || u == '\r' || u == '\f' || u == '\v';
    tokens += word ? !inWord : !space;
    inWord = word;
  }
  return tokens;
}

// "48.0 MB": `bytes` over `unit` to one decimal, rounded half up, in integers (no printf and
// its floating-point formatting in the wasm, ~5 KB for two messages).
std::string withTenths(uint64_t bytes, uint64_t unit, const char* suffix) {
  // Quotient and remainder apart: no overflow for any byte count.
  const uint64_t tenths = bytes / unit * 10 + ((bytes % unit) * 10 + unit / 2) / unit;
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + suffix;
}

std::string megabytes(uint64_t bytes) { return withTenths(bytes, 1000000, " MB"); }

std::string gigabytes(uint64_t bytes) { return withTenths(bytes, uint64_t{1} << 30, " GB"); }

std::string overBudget(uint64_t cost, uint64_t budget = kMemoryBudgetBytes) {
  return "about " + gigabytes(cost) + " of memory, more than the " + gigabytes(budget) +
         " the engine may use";
}

const Unit* largest(const std::vector<Unit>& units) {
  const auto bigger = [](const Unit& a, const Unit& b) { return a.text.size() < b.text.size(); };
  const auto it = std::max_element(units.begin(), units.end(), bigger);
  return it == units.end() ? nullptr : &*it;
}

std::string_view unitText(std::string_view text, const Unit* unit) {
  return unit ? text.substr(unit->text.begin, unit->text.size()) : std::string_view();
}

}  // namespace

uint64_t compareInputCost(std::string_view left, std::string_view right) {
  return kCompareBytesCost * (left.size() + right.size()) +
         kCompareLineCost * (countLines(left) + countLines(right));
}

uint64_t wordDiffCost(std::string_view left, std::string_view right) {
  return kWordDiffTokenCost * (roughTokenCount(left) + roughTokenCount(right));
}

uint64_t analyzeCost(const std::vector<std::string_view>& texts) {
  uint64_t cost = 0;
  for (std::string_view text : texts)
    cost += kAnalyzeBytesCost * text.size() + kAnalyzeDocumentCost;
  return cost;
}

namespace {

// compareInputCost with every byte taken as a line: when even that fits, the texts need not be
// scanned for their lines (four passes over every byte of a large pair).
uint64_t compareInputCostBound(std::string_view left, std::string_view right) {
  return (kCompareBytesCost + kCompareLineCost) * (left.size() + right.size()) +
         2 * kCompareLineCost;
}

}  // namespace

std::string compareInputBudgetError(std::string_view left, std::string_view right) {
  if (compareInputCostBound(left, right) <= kMemoryBudgetBytes) return {};
  const uint64_t cost = compareInputCost(left, right);
  if (cost <= kMemoryBudgetBytes) return {};
  return "These texts are too large to compare together (" + megabytes(left.size()) + " and " +
         megabytes(right.size()) + ": " + overBudget(cost) + "); compare smaller parts of them.";
}

std::string wordDiffBudgetError(std::string_view left, std::string_view right,
                                const std::vector<Unit>& leftUnits,
                                const std::vector<Unit>& rightUnits, AlignUnit unit) {
  const std::string_view a = unitText(left, largest(leftUnits));
  const std::string_view b = unitText(right, largest(rightUnits));
  const uint64_t words = wordDiffCost(a, b);
  if (compareInputCostBound(left, right) + words <= kMemoryBudgetBytes) return {};
  const uint64_t cost = compareInputCost(left, right) + words;
  if (cost <= kMemoryBudgetBytes) return {};
  const bool paragraphs = unit == AlignUnit::kParagraph;
  const std::string sizes =
      " (" + megabytes(a.size()) + " and " + megabytes(b.size()) + ": " + overBudget(cost) + "); ";
  const bool wrapped = a.find('\n') != a.npos || b.find('\n') != b.npos;
  if (paragraphs && wrapped) {
    return "These paragraphs are too long to compare word by word" + sizes +
           "compare by lines instead.";
  }
  return std::string(paragraphs ? "These paragraphs" : "These lines") +
         " are too long to compare word by word" + sizes +
         "break the text into shorter lines or paragraphs, or compare smaller parts of it.";
}

std::string analyzeBudgetError(const std::vector<std::string_view>& texts) {
  const uint64_t cost = analyzeCost(texts);
  if (cost <= kAnalyzeBudgetBytes) return {};
  uint64_t bytes = 0;
  for (std::string_view text : texts) bytes += text.size();
  return "These " + std::to_string(texts.size()) +
         " documents are too large to analyse together (" + megabytes(bytes) + ": " +
         overBudget(cost, kAnalyzeBudgetBytes) +
         "); analyse them in smaller sets, or find the related ones with the corpus pipeline "
         "(concord.corpus, on Dask: docs/corpus.md) and open its results here.";
}

}  // namespace concord
