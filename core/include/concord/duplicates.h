// Exact and near-duplicate paragraphs within and across documents.
//
//   concord::Vocabulary vocabulary;
//   std::vector<concord::ParsedText> parsed;
//   for (std::string_view text : texts)
//     parsed.push_back(concord::parseText(text, concord::TextOptions::folded(), vocabulary));
//   concord::Duplicates found = concord::findDuplicates(texts, parsed, {});
//   for (const concord::DuplicateGroup& group : found.groups) show(group.members);
#ifndef CONCORD_DUPLICATES_H_
#define CONCORD_DUPLICATES_H_

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

#include "concord/paragraphs.h"

namespace concord {

/// Settings of `findDuplicates`.
struct DuplicateOptions {
  TextOptions text = TextOptions::folded();  ///< What exact duplicates ignore (as the parse).
  /// Near duplicates: paragraphs whose word-shingle resemblance (Jaccard of their sets of
  /// `shingleWords`-word shingles) is at least this.
  double nearThreshold = 0.5;
  uint32_t shingleWords = 3;  ///< Words per shingle.
  /// Paragraphs with fewer words (titles, "Comments") are only matched exactly and reported in
  /// `Duplicates::shortRepeats`.
  uint32_t minWords = 15;
  bool findNear = true;     ///< False: exact groups only.
  bool exhaustive = false;  ///< Compare every pair of paragraphs instead of MinHash/LSH candidates.
};

/// Exact (equal after normalisation) or near (resemblance at or above the threshold).
enum class GroupKind : uint8_t { kExact = 0, kNear = 1 };

/// One paragraph of one document.
struct ParagraphRef {
  uint32_t doc = 0;        ///< Index of the document.
  uint32_t paragraph = 0;  ///< 0-based paragraph index in that document.
  ByteRange range;         ///< Its trimmed bytes in that document.
};

/// Paragraphs that repeat one another.
struct DuplicateGroup {
  GroupKind kind = GroupKind::kExact;  ///< Exact when all members are equal after normalisation.
  /// 1 for exact groups; for near groups the lowest resemblance of a member to the first one.
  double similarity = 1;
  std::vector<ParagraphRef> members;  ///< In (doc, paragraph) order; at least two.
};

/// Consecutive paragraphs of one document.
struct ParagraphRun {
  uint32_t doc = 0;        ///< Index of the document.
  uint32_t paragraph = 0;  ///< 0-based index of the first paragraph of the run.
  ByteRange range;         ///< From the start of its first paragraph to the end of its last.
  uint32_t words = 0;      ///< Words of its paragraphs.
};

/// A run of two or more consecutive paragraphs that repeats, paragraph by paragraph and in the
/// same order, an earlier run (of the same document or of an earlier one): a body pasted twice,
/// a block of one article copied into another.
struct RepeatedBlock {
  ParagraphRun first;       ///< The earlier occurrence (earliest in (doc, paragraph) order).
  ParagraphRun repeat;      ///< The later occurrence.
  uint32_t paragraphs = 0;  ///< Paragraphs in each run.
  GroupKind kind = GroupKind::kExact;  ///< Exact when every paragraph equals its counterpart.
};

/// Everything `findDuplicates` finds. Groups are disjoint and ordered by their first member.
struct Duplicates {
  std::vector<DuplicateGroup> groups;        ///< Repeats of paragraphs of at least minWords words.
  std::vector<DuplicateGroup> shortRepeats;  ///< Exact repeats of shorter paragraphs.
  /// Maximal repeated runs of paragraphs, by (first.doc, first.paragraph, repeat.doc,
  /// repeat.paragraph). Each pair of runs is made of members of the same groups above; a run
  /// holds at least one paragraph of minWords words or more (two short repeats in a row, such as
  /// a byline and "Comments", are not a block); a repeat covered by a longer or earlier-sourced
  /// block's repeat is not listed again.
  std::vector<RepeatedBlock> repeatedBlocks;
  uint64_t candidatePairs = 0;  ///< Paragraph pairs verified exactly (work done).
};

/// Jaccard resemblance of two sorted, duplicate-free shingle sets.
double resemblance(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b);

/// Sorted, duplicate-free hashes of the `k`-word shingles of `words[begin, end)` (one shingle
/// of all words when there are fewer than k).
std::vector<uint64_t> shingleSet(const std::vector<Word>& words, uint32_t begin, uint32_t end,
                                 uint32_t k);

/// Groups the repeated paragraphs of `parsed` (texts[i] parsed into parsed[i]).
Duplicates findDuplicates(const std::vector<std::string_view>& texts,
                          const std::vector<ParsedText>& parsed, const DuplicateOptions& options);

}  // namespace concord

#endif  // CONCORD_DUPLICATES_H_
