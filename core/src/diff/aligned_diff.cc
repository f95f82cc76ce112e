#include "concord/aligned_diff.h"

#include <algorithm>
#include <map>
#include <string>
#include <unordered_map>

#include "concord/interner.h"
#include "concord/sequence_diff.h"
#include "diff/units.h"

namespace concord {
namespace {

using KeyView = std::string_view;

// Interned unit keys; keys are owned by `storage` when normalized, by the text otherwise.
struct UnitKeys {
  std::vector<std::string> storage;
  std::vector<KeyView> keys;
  std::vector<uint32_t> ids;
};

UnitKeys makeKeys(std::string_view text, const std::vector<Unit>& units, const TextOptions& keys,
                  LineJoin join, bool normalize) {
  UnitKeys out;
  out.keys.reserve(units.size());
  if (normalize) {
    out.storage.reserve(units.size());
    for (const Unit& u : units) out.storage.push_back(comparisonKey(u.text.in(text), keys, join));
    for (const std::string& s : out.storage) out.keys.push_back(s);
  } else {
    for (const Unit& u : units) out.keys.push_back(u.text.in(text));
  }
  return out;
}

uint64_t hashBytes(std::string_view bytes) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : bytes) h = (h ^ c) * 1099511628211ull;
  return h;
}

// Similarity signatures of a unit, built on demand: sorted hashes of its words and symbols and
// of pairs of consecutive ones (for units of several words), and of its byte bigrams (for short
// ones).
class Signatures {
 public:
  explicit Signatures(const std::vector<KeyView>& keys)
      : keys_(keys),
        words_(keys.size()),
        pairs_(keys.size()),
        bigrams_(keys.size()),
        wordCount_(keys.size(), -1) {}

  int words(size_t unit) {
    if (wordCount_[unit] < 0) {
      std::vector<uint64_t>& sig = words_[unit];
      std::vector<uint64_t>& pairs = pairs_[unit];
      int count = 0;
      // Versions of a unit often differ in case, punctuation and quotes: whatever the key
      // options, pairing looks past those.
      const TextOptions loose = TextOptions::folded();
      const std::string key = comparisonKey(keys_[unit], loose);
      uint64_t previous = 0;
      for (const Token& t : tokenize(key)) {
        if (t.kind == TokenKind::kSpace) continue;
        count += t.kind == TokenKind::kWord;
        const uint64_t h = hashBytes(t.range.in(key));
        if (!sig.empty()) pairs.push_back((previous * 0x9E3779B97F4A7C15ull) ^ h);
        sig.push_back(h);
        previous = h;
      }
      std::sort(sig.begin(), sig.end());
      std::sort(pairs.begin(), pairs.end());
      wordCount_[unit] = count;
    }
    return wordCount_[unit];
  }

  const std::vector<uint64_t>& wordSignature(size_t unit) {
    words(unit);
    return words_[unit];
  }

  const std::vector<uint64_t>& pairSignature(size_t unit) {
    words(unit);
    return pairs_[unit];
  }

  const std::vector<uint64_t>& bigramSignature(size_t unit) {
    std::vector<uint64_t>& sig = bigrams_[unit];
    const std::string_view key = keys_[unit];
    if (sig.empty() && key.size() >= 2) {
      for (size_t k = 0; k + 1 < key.size(); ++k) {
        sig.push_back((static_cast<uint64_t>(static_cast<unsigned char>(key[k])) << 8) |
                      static_cast<unsigned char>(key[k + 1]));
      }
      std::sort(sig.begin(), sig.end());
    }
    return sig;
  }

 private:
  const std::vector<KeyView>& keys_;
  std::vector<std::vector<uint64_t>> words_, pairs_, bigrams_;
  std::vector<int> wordCount_;
};

double dice(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  if (a.empty() && b.empty()) return 1;
  size_t i = 0, j = 0, common = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++common, ++i, ++j;
    }
  }
  return 2.0 * static_cast<double>(common) / static_cast<double>(a.size() + b.size());
}

// Similarity of two units. For units of several words: the mean of the Dice coefficients of
// their words and of their consecutive word pairs (shared vocabulary alone does not make two
// unrelated paragraphs look alike; shared phrasing does). For short units, byte-bigram Dice,
// where one changed word would otherwise leave nothing in common.
double unitSimilarity(Signatures& left, size_t i, Signatures& right, size_t j) {
  constexpr int kWordsForWordSimilarity = 4;
  if (left.words(i) >= kWordsForWordSimilarity && right.words(j) >= kWordsForWordSimilarity) {
    return (dice(left.wordSignature(i), right.wordSignature(j)) +
            dice(left.pairSignature(i), right.pairSignature(j))) /
           2;
  }
  return dice(left.bigramSignature(i), right.bigramSignature(j));
}

// A stretch of removed left units and added right units between two equal units.
struct Region {
  uint32_t leftBegin, leftEnd, rightBegin, rightEnd;
};

struct Pair {
  uint32_t left, right;
  double similarity;
};

// Greedy non-crossing pairing by decreasing similarity: rows stay in order on both sides.
std::vector<Pair> pairRegion(const Region& region, const std::vector<uint8_t>& leftFree,
                             const std::vector<uint8_t>& rightFree, Signatures& left,
                             Signatures& right) {
  constexpr double kMinSimilarity = 0.35;
  constexpr size_t kAllPairsBudget = 10000;
  constexpr int kBand = 8;
  std::vector<uint32_t> removed, added;
  for (uint32_t i = region.leftBegin; i < region.leftEnd; ++i) {
    if (leftFree[i]) removed.push_back(i);
  }
  for (uint32_t j = region.rightBegin; j < region.rightEnd; ++j) {
    if (rightFree[j]) added.push_back(j);
  }
  std::vector<Pair> candidates;
  if (removed.empty() || added.empty()) return {};
  const bool allPairs = removed.size() * added.size() <= kAllPairsBudget;
  for (size_t r = 0; r < removed.size(); ++r) {
    size_t lo = 0, hi = added.size();
    if (!allPairs) {
      // Large regions: only units near the same relative position are compared.
      const size_t center = r * added.size() / removed.size();
      lo = center > kBand ? center - kBand : 0;
      hi = std::min(added.size(), center + kBand + 1);
    }
    for (size_t a = lo; a < hi; ++a) {
      const double s = unitSimilarity(left, removed[r], right, added[a]);
      if (s >= kMinSimilarity) {
        candidates.push_back({static_cast<uint32_t>(r), static_cast<uint32_t>(a), s});
      }
    }
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Pair& x, const Pair& y) { return x.similarity > y.similarity; });
  std::map<uint32_t, uint32_t> accepted;  // removed position → added position
  for (const Pair& c : candidates) {
    auto next = accepted.lower_bound(c.left);
    if (next != accepted.end() && (next->first == c.left || next->second <= c.right)) continue;
    if (next != accepted.begin() && std::prev(next)->second >= c.right) continue;
    accepted.emplace(c.left, c.right);
  }
  std::vector<Pair> pairs;
  for (const auto& [r, a] : accepted) {
    pairs.push_back({removed[r], added[a], 0});
  }
  for (Pair& p : pairs) p.similarity = unitSimilarity(left, p.left, right, p.right);
  return pairs;
}

TokenCounts tokensIn(std::string_view text, ByteRange range) { return countTokens(range.in(text)); }

void shift(std::vector<InlineOp>& ops, size_t from, uint32_t leftBy, uint32_t rightBy) {
  for (size_t k = from; k < ops.size(); ++k) {
    ops[k].left.begin += leftBy, ops[k].left.end += leftBy;
    ops[k].right.begin += rightBy, ops[k].right.end += rightBy;
  }
}

// The units' edit script. A plain minimal diff keeps as many units as possible but, among
// equally long answers, picks one arbitrarily: when two paragraphs swap, it may call the long one
// moved and keep the short one. So the units found exactly once on each side are matched first,
// choosing the most of them in order and, among those, the most bytes (a heaviest increasing
// subsequence); the stretches between them get a minimal diff each.
SequenceDiff alignUnits(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b,
                        const std::vector<Unit>& leftUnits) {
  uint32_t idCount = 0;
  for (uint32_t id : a) idCount = std::max(idCount, id + 1);
  for (uint32_t id : b) idCount = std::max(idCount, id + 1);
  std::vector<uint32_t> countA(idCount, 0), countB(idCount, 0), whereB(idCount, 0);
  for (uint32_t id : a) ++countA[id];
  for (size_t j = 0; j < b.size(); ++j) ++countB[b[j]], whereB[b[j]] = static_cast<uint32_t>(j);

  // Candidates in left order; a Fenwick tree over right positions finds, for each, the heaviest
  // chain ending before it on the right.
  struct Candidate {
    uint32_t i, j;
    uint64_t weight;
    int32_t parent;
  };
  std::vector<Candidate> candidates;
  for (size_t i = 0; i < a.size(); ++i) {
    if (countA[a[i]] == 1 && countB[a[i]] == 1) {
      candidates.push_back({static_cast<uint32_t>(i), whereB[a[i]], 0, -1});
    }
  }
  std::vector<std::pair<uint64_t, int32_t>> tree(b.size() + 1, {0, -1});
  for (size_t k = 0; k < candidates.size(); ++k) {
    Candidate& c = candidates[k];
    std::pair<uint64_t, int32_t> best{0, -1};
    for (size_t x = c.j; x > 0; x -= x & (~x + 1)) best = std::max(best, tree[x]);
    // One more unit always outweighs any number of bytes; bytes only break ties.
    c.weight = best.first + (uint64_t{1} << 40) + leftUnits[c.i].text.size();
    c.parent = best.second;
    for (size_t x = c.j + 1; x <= b.size(); x += x & (~x + 1)) {
      tree[x] = std::max(tree[x], std::make_pair(c.weight, static_cast<int32_t>(k)));
    }
  }
  std::vector<std::pair<uint32_t, uint32_t>> anchors;
  int32_t at = -1;
  uint64_t heaviest = 0;
  for (size_t k = 0; k < candidates.size(); ++k) {
    if (candidates[k].weight > heaviest)
      heaviest = candidates[k].weight, at = static_cast<int32_t>(k);
  }
  for (; at >= 0; at = candidates[static_cast<size_t>(at)].parent) {
    anchors.push_back(
        {candidates[static_cast<size_t>(at)].i, candidates[static_cast<size_t>(at)].j});
  }
  std::reverse(anchors.begin(), anchors.end());
  anchors.push_back({static_cast<uint32_t>(a.size()), static_cast<uint32_t>(b.size())});

  SequenceDiff script;
  script.ops.reserve(std::max(a.size(), b.size()));
  uint32_t i = 0, j = 0;
  for (size_t k = 0; k < anchors.size(); ++k) {
    const auto [ai, bj] = anchors[k];
    if (ai > i && bj > j) {
      const std::vector<uint32_t> gapA(a.begin() + i, a.begin() + ai);
      const std::vector<uint32_t> gapB(b.begin() + j, b.begin() + bj);
      const SequenceDiff gap = diffSequences(gapA, gapB);
      script.ops.insert(script.ops.end(), gap.ops.begin(), gap.ops.end());
      script.minimal = script.minimal && gap.minimal;
      script.equal += gap.equal, script.deleted += gap.deleted, script.inserted += gap.inserted;
    } else {
      script.ops.insert(script.ops.end(), ai - i, EditOp::kDelete);
      script.ops.insert(script.ops.end(), bj - j, EditOp::kInsert);
      script.deleted += ai - i, script.inserted += bj - j;
    }
    if (k + 1 < anchors.size()) {
      script.ops.push_back(EditOp::kEqual);
      ++script.equal;
    }
    i = ai + 1, j = bj + 1;
  }
  return script;
}

}  // namespace

Result<AlignedDiff> compareTexts(std::string_view left, std::string_view right,
                                 const CompareOptions& options) {
  if (left.size() >= kMaxInputBytes || right.size() >= kMaxInputBytes) {
    return Result<AlignedDiff>::failure("Input too large: each text must be under 1 GiB.");
  }
  AlignedDiff out;
  const detail::TextLayout leftLayout = detail::scanLayout(left);
  const detail::TextLayout rightLayout = detail::scanLayout(right);
  AlignUnit unit = options.unit;
  if (unit == AlignUnit::kAuto) {
    unit = leftLayout.prose || rightLayout.prose ? AlignUnit::kParagraph : AlignUnit::kLine;
  }
  out.unit = unit;
  out.leftUnits = detail::unitsOf(left, leftLayout, unit, options.text.split);
  out.rightUnits = detail::unitsOf(right, rightLayout, unit, options.text.split);
  const std::vector<Unit>& lu = out.leftUnits;
  const std::vector<Unit>& ru = out.rightUnits;

  const TextOptions& keys = options.text;
  // Inside a paragraph a line break is just a space: re-wrapped paragraphs stay equal.
  const LineJoin join = unit == AlignUnit::kParagraph ? LineJoin::kJoin : LineJoin::kKeep;
  const bool normalize = normalizes(keys) || join == LineJoin::kJoin;
  UnitKeys leftKeys = makeKeys(left, lu, keys, join, normalize);
  UnitKeys rightKeys = makeKeys(right, ru, keys, join, normalize);
  {
    StringInterner ids(lu.size() + ru.size());
    leftKeys.ids.reserve(lu.size());
    rightKeys.ids.reserve(ru.size());
    for (KeyView k : leftKeys.keys) leftKeys.ids.push_back(ids.intern(k));
    for (KeyView k : rightKeys.keys) rightKeys.ids.push_back(ids.intern(k));
  }
  const SequenceDiff script = alignUnits(leftKeys.ids, rightKeys.ids, lu);
  out.stats.minimal = script.minimal;

  // Change regions, and which region each changed unit is in.
  std::vector<Region> regions;
  std::vector<int32_t> leftRegion(lu.size(), -1), rightRegion(ru.size(), -1);
  {
    uint32_t i = 0, j = 0;
    for (size_t s = 0; s < script.ops.size();) {
      if (script.ops[s] == EditOp::kEqual) {
        ++i, ++j, ++s;
        continue;
      }
      Region region{i, i, j, j};
      for (; s < script.ops.size() && script.ops[s] != EditOp::kEqual; ++s) {
        if (script.ops[s] == EditOp::kDelete) {
          leftRegion[i++] = static_cast<int32_t>(regions.size());
        } else {
          rightRegion[j++] = static_cast<int32_t>(regions.size());
        }
      }
      region.leftEnd = i;
      region.rightEnd = j;
      regions.push_back(region);
    }
  }

  // Partners: for changed pairs and moves, the unit on the other side.
  std::vector<int32_t> leftPartner(lu.size(), -1), rightPartner(ru.size(), -1);
  std::vector<uint8_t> leftMoved(lu.size(), 0), rightMoved(ru.size(), 0);
  std::vector<double> leftSimilarity(lu.size(), 0);
  std::vector<uint8_t> leftFree(lu.size(), 0), rightFree(ru.size(), 0);
  for (size_t i = 0; i < lu.size(); ++i) leftFree[i] = leftRegion[i] >= 0;
  for (size_t j = 0; j < ru.size(); ++j) rightFree[j] = rightRegion[j] >= 0;
  auto link = [&](uint32_t i, uint32_t j, double similarity, bool moved) {
    leftPartner[i] = static_cast<int32_t>(j);
    rightPartner[j] = static_cast<int32_t>(i);
    leftMoved[i] = rightMoved[j] = moved;
    leftSimilarity[i] = similarity;
    leftFree[i] = rightFree[j] = 0;
  };
  // Too short or wordless units (blank lines, braces) are not worth calling moved.
  auto movable = [](KeyView key) {
    if (key.size() < 8) return false;
    for (char c : key) {
      if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
          (c & 0x80)) {
        return true;
      }
    }
    return false;
  };

  // 1. Exact moves: a removed unit whose very key was added in another region.
  if (options.detectMoves) {
    std::unordered_map<uint32_t, std::vector<uint32_t>> removedById;
    for (uint32_t i = static_cast<uint32_t>(lu.size()); i-- > 0;) {
      if (leftRegion[i] >= 0 && movable(leftKeys.keys[i]))
        removedById[leftKeys.ids[i]].push_back(i);
    }
    for (uint32_t j = 0; j < ru.size(); ++j) {
      if (rightRegion[j] < 0) continue;
      auto it = removedById.find(rightKeys.ids[j]);
      if (it == removedById.end() || it->second.empty()) continue;
      const uint32_t i = it->second.back();
      if (leftRegion[i] == rightRegion[j]) continue;
      it->second.pop_back();
      link(i, j, 1.0, true);
    }
  }

  // 2. Inside each region, versions of each other share a row.
  Signatures leftSignatures(leftKeys.keys), rightSignatures(rightKeys.keys);
  for (const Region& region : regions) {
    for (const Pair& p : pairRegion(region, leftFree, rightFree, leftSignatures, rightSignatures)) {
      link(p.left, p.right, p.similarity, false);
    }
  }

  // 3. Moved and edited: what is left over, across regions, when clearly the same unit.
  if (options.detectMoves) {
    constexpr double kMinMoveSimilarity = 0.6;
    constexpr int kMinMoveWords = 4;
    constexpr size_t kBudget = 40000;
    std::vector<uint32_t> removed, added;
    for (uint32_t i = 0; i < lu.size(); ++i) {
      if (leftFree[i] && leftSignatures.words(i) >= kMinMoveWords) removed.push_back(i);
    }
    for (uint32_t j = 0; j < ru.size(); ++j) {
      if (rightFree[j] && rightSignatures.words(j) >= kMinMoveWords) added.push_back(j);
    }
    if (!removed.empty() && removed.size() * added.size() <= kBudget) {
      std::vector<Pair> candidates;
      for (uint32_t i : removed) {
        for (uint32_t j : added) {
          if (leftRegion[i] == rightRegion[j]) continue;
          const double s = unitSimilarity(leftSignatures, i, rightSignatures, j);
          if (s >= kMinMoveSimilarity) candidates.push_back({i, j, s});
        }
      }
      std::stable_sort(candidates.begin(), candidates.end(),
                       [](const Pair& x, const Pair& y) { return x.similarity > y.similarity; });
      for (const Pair& c : candidates) {
        if (leftFree[c.left] && rightFree[c.right]) link(c.left, c.right, c.similarity, true);
      }
    }
  }

  // Move blocks: runs of moved units consecutive on both sides.
  std::vector<int32_t> leftMoveId(lu.size(), -1);
  for (uint32_t i = 0; i < lu.size(); ++i) {
    if (!leftMoved[i]) continue;
    const uint32_t j = static_cast<uint32_t>(leftPartner[i]);
    if (!out.moves.empty()) {
      MoveBlock& last = out.moves.back();
      if (last.leftEnd == i && last.rightEnd == j) {
        last.similarity += static_cast<float>(leftSimilarity[i]);
        ++last.leftEnd, ++last.rightEnd;
        leftMoveId[i] = static_cast<int32_t>(out.moves.size() - 1);
        continue;
      }
    }
    out.moves.push_back({i, i + 1, j, j + 1, static_cast<float>(leftSimilarity[i])});
    leftMoveId[i] = static_cast<int32_t>(out.moves.size() - 1);
  }
  for (MoveBlock& block : out.moves)
    block.similarity /= static_cast<float>(block.leftEnd - block.leftBegin);

  // Inline ops of every pair, computed once (both ends of a move share them).
  InlineDiffOptions inlineOptions;
  inlineOptions.text = keys;
  inlineOptions.join = join;
  std::vector<uint32_t> inlineBegin(lu.size(), 0), inlineEnd(lu.size(), 0);
  uint32_t deletedWords = 0, insertedWords = 0, deletedSymbols = 0, insertedSymbols = 0;
  for (uint32_t i = 0; i < lu.size(); ++i) {
    if (leftPartner[i] < 0) continue;
    const Unit& a = lu[i];
    const Unit& b = ru[static_cast<size_t>(leftPartner[i])];
    if (leftMoved[i] && leftKeys.ids[i] == rightKeys.ids[leftPartner[i]]) continue;  // Exact.
    const InlineDiff diff = diffInline(a.text.in(left), b.text.in(right), inlineOptions);
    out.stats.minimal = out.stats.minimal && diff.minimal;
    deletedWords += diff.deletedWords;
    insertedWords += diff.insertedWords;
    deletedSymbols += diff.deletedSymbols;
    insertedSymbols += diff.insertedSymbols;
    inlineBegin[i] = static_cast<uint32_t>(out.inlineOps.size());
    out.inlineOps.insert(out.inlineOps.end(), diff.ops.begin(), diff.ops.end());
    shift(out.inlineOps, inlineBegin[i], a.text.begin, b.text.begin);
    inlineEnd[i] = static_cast<uint32_t>(out.inlineOps.size());
  }

  // Rows, walking the script: equal units, then each region's units in order on both sides.
  out.rows.reserve(std::max(lu.size(), ru.size()));
  CompareStats& stats = out.stats;
  auto pushLeftOnly = [&](uint32_t i) {
    AlignedRow row;
    row.leftUnit = static_cast<int32_t>(i);
    if (leftMoved[i]) {
      row.kind = AlignedKind::kMoved;
      row.moveId = leftMoveId[i];
      row.similarity = static_cast<float>(leftSimilarity[i]);
      row.inlineBegin = inlineBegin[i];
      row.inlineEnd = inlineEnd[i];
      ++stats.moved;
    } else {
      row.kind = AlignedKind::kRemoved;
      const TokenCounts counts = tokensIn(left, lu[i].text);
      deletedWords += counts.words;
      deletedSymbols += counts.symbols;
      ++stats.removed;
    }
    out.rows.push_back(row);
  };
  auto pushRightOnly = [&](uint32_t j) {
    AlignedRow row;
    row.rightUnit = static_cast<int32_t>(j);
    if (rightMoved[j]) {
      const uint32_t i = static_cast<uint32_t>(rightPartner[j]);
      row.kind = AlignedKind::kMoved;
      row.moveId = leftMoveId[i];
      row.similarity = static_cast<float>(leftSimilarity[i]);
      row.inlineBegin = inlineBegin[i];
      row.inlineEnd = inlineEnd[i];
    } else {
      row.kind = AlignedKind::kAdded;
      const TokenCounts counts = tokensIn(right, ru[j].text);
      insertedWords += counts.words;
      insertedSymbols += counts.symbols;
      ++stats.added;
    }
    out.rows.push_back(row);
  };
  {
    uint32_t i = 0, j = 0;
    size_t regionIndex = 0;
    while (i < lu.size() || j < ru.size()) {
      if (regionIndex < regions.size() && regions[regionIndex].leftBegin == i &&
          regions[regionIndex].rightBegin == j) {
        const Region& region = regions[regionIndex++];
        while (i < region.leftEnd || j < region.rightEnd) {
          const bool leftPaired = i < region.leftEnd && leftPartner[i] >= 0 && !leftMoved[i];
          const bool rightPaired = j < region.rightEnd && rightPartner[j] >= 0 && !rightMoved[j];
          if (i < region.leftEnd && !leftPaired) {
            pushLeftOnly(i++);
          } else if (j < region.rightEnd && !rightPaired) {
            pushRightOnly(j++);
          } else if (leftPartner[i] != static_cast<int32_t>(j)) {
            pushLeftOnly(i++);  // Unreachable: pairs do not cross. Stay correct regardless.
          } else {
            // Both at their next pair, which is the same pair since pairs do not cross.
            AlignedRow row;
            row.kind = AlignedKind::kChanged;
            row.leftUnit = static_cast<int32_t>(i);
            row.rightUnit = static_cast<int32_t>(j);
            row.similarity = static_cast<float>(leftSimilarity[i]);
            row.inlineBegin = inlineBegin[i];
            row.inlineEnd = inlineEnd[i];
            out.rows.push_back(row);
            ++stats.changed;
            ++i, ++j;
          }
        }
        continue;
      }
      AlignedRow row;
      row.kind = AlignedKind::kEqual;
      row.leftUnit = static_cast<int32_t>(i++);
      row.rightUnit = static_cast<int32_t>(j++);
      row.similarity = 1;
      out.rows.push_back(row);
      ++stats.kept;
    }
  }

  const TokenCounts leftCounts = countTokens(left), rightCounts = countTokens(right);
  stats.leftWords = leftCounts.words;
  stats.rightWords = rightCounts.words;
  stats.wordsDeleted = std::min(deletedWords, stats.leftWords);
  stats.wordsInserted = std::min(insertedWords, stats.rightWords);
  // Similarity counts symbols too: a text that differs only in punctuation is not 100% alike.
  const uint32_t leftTokens = leftCounts.words + leftCounts.symbols;
  const uint32_t rightTokens = rightCounts.words + rightCounts.symbols;
  const uint32_t lost = std::min(stats.wordsDeleted + deletedSymbols, leftTokens) +
                        std::min(stats.wordsInserted + insertedSymbols, rightTokens);
  if (leftTokens + rightTokens > 0) {
    stats.similarity = static_cast<double>(leftTokens + rightTokens - lost) /
                       static_cast<double>(leftTokens + rightTokens);
  } else {
    stats.similarity = (stats.changed + stats.added + stats.removed + stats.moved) == 0 ? 1 : 0;
  }
  return out;
}

}  // namespace concord
