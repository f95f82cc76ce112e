#include "concord/analysis_js_layout.h"

#include <algorithm>

namespace concord {
namespace {

// Byte offsets waiting for conversion: where they are stored and which text they index.
class OffsetFixer {
 public:
  explicit OffsetFixer(size_t documents) : slots_(documents) {}

  /// Appends `byteOffset` to `array` and remembers to convert it for document `doc`.
  void push(std::vector<int32_t>& array, uint32_t doc, uint32_t byteOffset) {
    slots_[doc].push_back({&array, array.size(), byteOffset});
    array.push_back(0);
  }

  /// Converts every remembered offset to UTF-16 units of its document.
  void fix(const std::vector<std::string_view>& texts) {
    std::vector<uint32_t> offsets;
    for (size_t d = 0; d < slots_.size(); ++d) {
      offsets.clear();
      for (const Slot& slot : slots_[d]) offsets.push_back(slot.offset);
      utf8ToUtf16Offsets(texts[d], offsets);
      for (size_t s = 0; s < offsets.size(); ++s)
        (*slots_[d][s].array)[slots_[d][s].index] = static_cast<int32_t>(offsets[s]);
    }
  }

 private:
  struct Slot {
    std::vector<int32_t>* array;
    size_t index;
    uint32_t offset;
  };
  std::vector<std::vector<Slot>> slots_;
};

void packGroups(const std::vector<DuplicateGroup>& groups, bool isShort, PackedAnalysis& out,
                OffsetFixer& fixer) {
  for (const DuplicateGroup& group : groups) {
    out.groups.insert(out.groups.end(), {static_cast<int32_t>(group.kind), isShort ? 1 : 0,
                                         static_cast<int32_t>(group.members.size())});
    out.similarity.push_back(group.similarity);
    for (const ParagraphRef& m : group.members) {
      out.members.push_back(static_cast<int32_t>(m.doc));
      out.members.push_back(static_cast<int32_t>(m.paragraph));
      fixer.push(out.members, m.doc, m.range.begin);
      fixer.push(out.members, m.doc, m.range.end);
    }
  }
}

}  // namespace

PackedAnalysis packAnalysisForJs(const Analysis& analysis,
                                 const std::vector<std::string_view>& texts) {
  PackedAnalysis out;
  OffsetFixer fixer(texts.size());
  for (uint32_t d = 0; d < analysis.documents.size(); ++d) {
    const DocumentSummary& doc = analysis.documents[d];
    out.documents.insert(out.documents.end(),
                         {static_cast<int32_t>(doc.words), static_cast<int32_t>(doc.paragraphs),
                          static_cast<int32_t>(doc.repeats.size())});
    for (const ByteRange& range : doc.repeats) {
      fixer.push(out.repeats, d, range.begin);
      fixer.push(out.repeats, d, range.end);
    }
  }
  packGroups(analysis.duplicates.groups, false, out, fixer);
  packGroups(analysis.duplicates.shortRepeats, true, out, fixer);
  for (const RepeatedBlock& block : analysis.duplicates.repeatedBlocks) {
    for (const ParagraphRun* run : {&block.first, &block.repeat}) {
      out.blocks.push_back(static_cast<int32_t>(run->doc));
      out.blocks.push_back(static_cast<int32_t>(run->paragraph));
      fixer.push(out.blocks, run->doc, run->range.begin);
      fixer.push(out.blocks, run->doc, run->range.end);
    }
    out.blocks.insert(out.blocks.end(),
                      {static_cast<int32_t>(block.paragraphs), static_cast<int32_t>(block.kind),
                       static_cast<int32_t>(block.repeat.words)});
  }
  for (const DocumentPassage& p : analysis.passages) {
    out.passages.push_back(static_cast<int32_t>(p.a));
    out.passages.push_back(static_cast<int32_t>(p.b));
    fixer.push(out.passages, p.a, p.aRange.begin);
    fixer.push(out.passages, p.a, p.aRange.end);
    fixer.push(out.passages, p.b, p.bRange.begin);
    fixer.push(out.passages, p.b, p.bRange.end);
    out.passages.insert(out.passages.end(),
                        {static_cast<int32_t>(p.aWords), static_cast<int32_t>(p.bWords),
                         static_cast<int32_t>(p.matchedWords)});
  }
  for (const PairResult& pair : analysis.pairs) {
    out.pairs.insert(out.pairs.end(),
                     {static_cast<int32_t>(pair.a), static_cast<int32_t>(pair.b),
                      static_cast<int32_t>(pair.level), pair.scores.diffRatioExact ? 1 : 0});
    const PairScores& s = pair.scores;
    out.scores.insert(out.scores.end(), {s.diffRatio, s.resemblance, s.containmentAB,
                                         s.containmentBA, s.coverageAB, s.coverageBA, s.rewrite});
  }
  out.matrix = analysis.matrix;
  for (const auto& cluster : analysis.clusters) {
    out.clusters.push_back(static_cast<int32_t>(cluster.size()));
    out.clusters.insert(out.clusters.end(), cluster.begin(), cluster.end());
  }
  out.order.assign(analysis.order.begin(), analysis.order.end());
  out.candidatePairs =
      static_cast<uint32_t>(std::min<uint64_t>(analysis.duplicates.candidatePairs, UINT32_MAX));
  fixer.fix(texts);
  return out;
}

PackedAlignment packAlignmentForJs(const RewriteAlignment& alignment, std::string_view a,
                                   std::string_view b) {
  PackedAlignment out;
  OffsetFixer fixer(2);
  for (const ByteRange& range : alignment.aParagraphs) {
    fixer.push(out.aParagraphs, 0, range.begin);
    fixer.push(out.aParagraphs, 0, range.end);
  }
  for (const ByteRange& range : alignment.bParagraphs) {
    fixer.push(out.bParagraphs, 1, range.begin);
    fixer.push(out.bParagraphs, 1, range.end);
  }
  for (const RewriteRow& row : alignment.rows) {
    out.rows.insert(out.rows.end(),
                    {static_cast<int32_t>(row.aFirst), static_cast<int32_t>(row.aEnd),
                     static_cast<int32_t>(row.bFirst), static_cast<int32_t>(row.bEnd),
                     static_cast<int32_t>(row.aShared.size()),
                     static_cast<int32_t>(row.bShared.size()), row.repeatOf});
    out.similarity.push_back(row.similarity);
    for (const MarkedToken& token : row.aShared) {
      fixer.push(out.aTokens, 0, token.range.begin);
      fixer.push(out.aTokens, 0, token.range.end);
      out.aTokens.push_back(static_cast<int32_t>(token.kind));
    }
    for (const MarkedToken& token : row.bShared) {
      fixer.push(out.bTokens, 1, token.range.begin);
      fixer.push(out.bTokens, 1, token.range.end);
      out.bTokens.push_back(static_cast<int32_t>(token.kind));
    }
  }
  fixer.fix({a, b});
  return out;
}

}  // namespace concord
