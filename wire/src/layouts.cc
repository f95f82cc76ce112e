#include "concord_wire/layouts.h"

namespace concord_wire {

int32_t column(const NameList& list, std::string_view field) {
  int32_t index = 0;
  for (const char* name : list.names) {
    if (field == name) return index;
    ++index;
  }
  return -1;
}

const NameList kDiffHeader{"diffHeader",
                           {"leftLines", "rightLines", "equal", "removed", "added", "minimal",
                            "leftEndings", "rightEndings"}};
const NameList kDiffRow{
    "diffRow", {"kind", "leftLine", "rightLine", "leftStart", "leftEnd", "rightStart", "rightEnd"}};
const NameList kDiffHunk{"diffHunk", {"leftLine", "leftCount", "rightLine", "rightCount"}};
const NameList kLineExtent{"lineExtent", {"start", "end"}};

const NameList kCompareHeader{"compareHeader",
                              {"unit", "leftUnits", "rightUnits", "kept", "changed", "added",
                               "removed", "moved", "wordsInserted", "wordsDeleted", "leftWords",
                               "rightWords", "minimal", "leftEndings", "rightEndings"}};
const NameList kCompareRealHeader{"compareRealHeader", {"similarity"}};
const NameList kCompareRow{"compareRow",
                           {"kind", "leftUnit", "leftStart", "leftEnd", "rightUnit", "rightStart",
                            "rightEnd", "moveId", "inlineBegin", "inlineEnd"}};
const NameList kInlineOp{"inlineOp", {"kind", "leftStart", "leftEnd", "rightStart", "rightEnd"}};
const NameList kMove{"move", {"leftStart", "leftEnd", "rightStart", "rightEnd", "units"}};

const NameList kDocument{"document", {"words", "paragraphs", "repeats"}};
const NameList kRange{"range", {"start", "end"}};
const NameList kGroup{"group", {"kind", "short", "members"}};
const NameList kMember{"member", {"doc", "paragraph", "start", "end"}};
const NameList kBlock{"block",
                      {"doc", "paragraph", "start", "end", "repeatDoc", "repeatParagraph",
                       "repeatStart", "repeatEnd", "paragraphs", "kind", "words"}};
const NameList kPassage{
    "passage", {"a", "b", "aStart", "aEnd", "bStart", "bEnd", "aWords", "bWords", "matchedWords"}};
const NameList kPair{"pair", {"a", "b", "level", "diffRatioExact"}};
const NameList kScores{"scores",
                       {"diffRatio", "resemblance", "containmentAB", "containmentBA", "coverageAB",
                        "coverageBA", "rewrite"}};
const NameList kAnalysisHeader{"analysisHeader", {"candidatePairs"}};
const NameList kLineageEdge{"lineageEdge",
                            {"from", "to", "directed", "sharedTitle", "titleCopied", "copied",
                             "rewritten", "fromSentences", "toSentences", "direction"}};
const NameList kLineageEdgeScores{
    "lineageEdgeScores", {"confidence", "fromInTo", "toInFrom", "strength", "runnerUp"}};
const NameList kDocumentDate{"documentDate", {"source", "start", "end"}};
const NameList kAttribution{"attribution",
                            {"sentences", "sources", "copied", "rewritten", "fresh", "unsure"}};
const NameList kAttributedSentence{"attributedSentence",
                                   {"start", "end", "origin", "source", "sourceSentence",
                                    "sourceStart", "sourceEnd"}};
const NameList kAttributedSentenceScores{"attributedSentenceScores", {"similarity", "confidence"}};
const NameList kSourceShare{"sourceShare", {"source", "copied", "rewritten", "order", "unsure"}};

const NameList kAlignRow{"alignRow",
                         {"aFirst", "aEnd", "bFirst", "bEnd", "aShared", "bShared", "repeatOf"}};
const NameList kToken{"token", {"start", "end", "kind"}};
const NameList kSentence{"sentence", {"start", "end", "paragraph", "kind"}};
const NameList kSentenceLink{"sentenceLink",
                             {"a", "b", "best", "mutual", "titles", "likely", "copied"}};
const NameList kSentenceLinkScores{"sentenceLinkScores",
                                   {"similarity", "containment", "shared", "confidence"}};
const NameList kParagraphLink{"paragraphLink", {"a", "b", "sentenceLinks", "likely"}};
const NameList kParagraphLinkScores{"paragraphLinkScores",
                                    {"similarity", "evidence", "coverage", "confidence"}};

const NameList kProfileHeader{"profileHeader", {"words", "symbols", "split", "lineEndings"}};
const NameList kParagraph{"paragraph", {"start", "end", "words"}};

const NameList kDiffIntSectionNames{"diffInts", {"header", "hunks"}};
const NameList kLinesIntSectionNames{"linesInts", {"lines"}};
const NameList kCompareIntSectionNames{"compareInts", {"header", "rows", "inline", "moves"}};
const NameList kCompareRealSectionNames{"compareReals", {"header", "rows", "moves"}};
const NameList kAnalysisIntSectionNames{"analysisInts",
                                        {"documents", "repeats", "groups", "members", "blocks",
                                         "passages", "pairs", "clusters", "order", "header",
                                         "lineage", "dates", "attribution",
                                         "attributedSentences", "sourceShares"}};
const NameList kAnalysisRealSectionNames{
    "analysisReals", {"groups", "scores", "lineage", "dates", "attributedSentences"}};
const NameList kAlignIntSectionNames{
    "alignInts",
    {"aParagraphs", "bParagraphs", "rows", "aTokens", "bTokens", "aSentences", "bSentences",
     "sentenceLinks", "paragraphLinks"}};
const NameList kAlignRealSectionNames{"alignReals", {"rows", "sentenceLinks", "paragraphLinks"}};
const NameList kProfileIntSectionNames{"profileInts", {"header", "paragraphs"}};

const std::vector<const NameList*>& sections() {
  static const std::vector<const NameList*> all = {
      &kDiffIntSectionNames,     &kLinesIntSectionNames,     &kCompareIntSectionNames,   &kCompareRealSectionNames,
      &kAnalysisIntSectionNames, &kAnalysisRealSectionNames, &kAlignIntSectionNames,
      &kAlignRealSectionNames,   &kProfileIntSectionNames};
  return all;
}

const std::vector<const NameList*>& layouts() {
  static const std::vector<const NameList*> all = {
      &kDiffHeader, &kDiffRow, &kDiffHunk, &kLineExtent, &kCompareHeader, &kCompareRealHeader, &kCompareRow, &kInlineOp,
      &kMove, &kDocument, &kRange, &kGroup, &kMember, &kBlock, &kPassage, &kPair, &kScores,
      &kAnalysisHeader, &kAlignRow, &kToken,
      // analyze()'s lineage and attribution.
      &kLineageEdge, &kLineageEdgeScores, &kDocumentDate, &kAttribution, &kAttributedSentence,
      &kAttributedSentenceScores, &kSourceShare,
      // align()'s sentences and sentence and paragraph links.
      &kSentence, &kSentenceLink, &kSentenceLinkScores, &kParagraphLink, &kParagraphLinkScores,
      // profile()'s header and paragraphs.
      &kProfileHeader, &kParagraph};
  return all;
}

const NameList kLineBreakNames{"lineBreaks", {"any", "lf"}};
const NameList kRowKindNames{"rowKinds", {"equal", "removed", "added"}};
const NameList kLineEndingNames{"lineEndings", {"none", "lf", "crlf", "cr", "mixed"}};
const NameList kUnitNames{"units", {"auto", "line", "paragraph"}};
const NameList kCompareRowKindNames{"compareRowKinds",
                                    {"equal", "changed", "removed", "added", "moved"}};
const NameList kInlineKindNames{"inlineKinds", {"equal", "removed", "added"}};
const NameList kSplitNames{"splits", {"auto", "lines", "blankLines"}};
const NameList kGroupKindNames{"groupKinds", {"exact", "near"}};
const NameList kLevelNames{"levels", {"identical", "minor changes", "rewritten", "unrelated"}};
const NameList kTokenKindNames{"tokenKinds", {"word", "name", "number"}};
// "unsure" (concord::SentenceKind::kUnsure) is attribution's only: a pair's kinds never use it.
const NameList kSentenceKindNames{"sentenceKinds", {"copied", "rewritten", "new", "unsure"}};
// The same enum as sentenceKinds (concord::SentenceKind), under the name attribution rows use.
const NameList kOriginNames{"origins", {"copied", "rewritten", "new", "unsure"}};
const NameList kSourceOrderNames{"sourceOrders", {"unknown", "earlier"}};
const NameList kDirectionNames{"directions", {"none", "text dates", "modified", "containment"}};
const NameList kDateSourceNames{"dateSources", {"none", "text", "modified"}};

const std::vector<const NameList*>& enums() {
  static const std::vector<const NameList*> all = {
      &kLineBreakNames,  &kRowKindNames, &kLineEndingNames, &kUnitNames,  &kCompareRowKindNames,
      &kInlineKindNames, &kSplitNames,   &kGroupKindNames,  &kLevelNames, &kTokenKindNames,
      &kSentenceKindNames, &kOriginNames,     &kSourceOrderNames, &kDirectionNames, &kDateSourceNames};
  return all;
}

const NameList* enumNamed(std::string_view name) {
  for (const NameList* list : enums())
    if (name == list->name) return list;
  return nullptr;
}

}  // namespace concord_wire
