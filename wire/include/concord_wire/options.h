// The options of every call, named as JavaScript names them, with their type and bounds: ONE
// function per core options type lists its fields. The binding walks it to read an options
// object into the core struct and to export each call's schema and defaults (the core's own
// default values) to web/lib/options.js, which validates every call the same way.
//
//   concord::CompareOptions options;
//   concord_wire::visitOptions(options, reader);  // reader.flag("ignoreCase", options.text...)
#ifndef CONCORD_WIRE_OPTIONS_H_
#define CONCORD_WIRE_OPTIONS_H_

#include <cstdint>
#include <string_view>

#include "concord/aligned_diff.h"
#include "concord/analyze.h"
#include "concord/document.h"
#include "concord/line_diff.h"
#include "concord/rewrite_align.h"
#include "concord_wire/layouts.h"

namespace concord_wire {

/// Largest whole-number option: JavaScript sends int32.
inline constexpr uint32_t kMaxCount = 0x7fffffff;

// A visitor has: flag(name, bool&), fraction(name, double&), count(name, uint32_t&, min, max),
// choice(name, Enum&, const NameList&) and text(name, std::string_view&).

/// How analyze() and align() read text: the paragraph split and what comparisons ignore.
template <typename Visitor>
void visitText(concord::TextOptions& text, Visitor& v) {
  v.choice("split", text.split, kSplitNames);
  v.flag("ignoreCase", text.ignoreCase);
  v.flag("ignorePunctuation", text.ignorePunctuation);
  v.flag("foldTypography", text.foldTypography);
}

/// Options of diff().
template <typename Visitor>
void visitOptions(concord::LineDiffOptions& o, Visitor& v) {
  v.choice("lineBreaks", o.lineBreaks, kLineBreakNames);
}

/// Options of unifiedDiff().
template <typename Visitor>
void visitOptions(concord::UnifiedDiffOptions& o, Visitor& v) {
  v.text("leftName", o.leftName);
  v.text("rightName", o.rightName);
  v.count("context", o.context, 0, kMaxCount);
}

/// Options of compare().
template <typename Visitor>
void visitOptions(concord::CompareOptions& o, Visitor& v) {
  v.choice("unit", o.unit, kUnitNames);
  v.flag("ignoreCase", o.text.ignoreCase);
  v.flag("ignoreWhitespace", o.text.ignoreWhitespace);
  v.flag("ignorePunctuation", o.text.ignorePunctuation);
  v.flag("foldQuotes", o.text.foldTypography);
  v.flag("detectMoves", o.detectMoves);
}

/// Options of analyze().
template <typename Visitor>
void visitOptions(concord::AnalyzeOptions& o, Visitor& v) {
  visitText(o.text, v);
  v.fraction("nearThreshold", o.duplicates.nearThreshold);
  v.count("minParagraphWords", o.duplicates.minWords, 0, kMaxCount);
  v.flag("near", o.duplicates.findNear);
  v.flag("exhaustive", o.duplicates.exhaustive);
  v.count("minPassageWords", o.passages.minWords, 1, kMaxCount);
  v.count("maxGap", o.passages.maxGap, 0, kMaxCount);
  v.fraction("minorDiffRatio", o.levels.minorDiffRatio);
  v.fraction("minorCoverage", o.levels.minorCoverage);
  v.fraction("rewriteScore", o.levels.rewriteScore);
  v.fraction("rewriteCoverage", o.levels.rewriteCoverage);
  v.count("allPairsUpTo", o.allPairsUpTo, 0, kMaxCount);
  v.count("matrixUpTo", o.matrixUpTo, 0, kMaxCount);
  v.count("maxSeedDocuments", o.maxSeedDocuments, 2, kMaxCount);
  v.flag("lineage", o.lineage.enabled);
  v.count("lineageSources", o.lineage.maxSources, 1, kMaxCount);
}

/// Options of profile(): only the paragraph split changes a document's numbers.
template <typename Visitor>
void visitOptions(concord::TextOptions& o, Visitor& v) {
  v.choice("split", o.split, kSplitNames);
}

/// Options of align().
template <typename Visitor>
void visitOptions(concord::AlignOptions& o, Visitor& v) {
  visitText(o.text, v);
  v.fraction("minSimilarity", o.minSimilarity);
  v.count("maxSpan", o.maxSpan, 1, 8);
  v.flag("skipRepeats", o.skipRepeats);
}

}  // namespace concord_wire

#endif  // CONCORD_WIRE_OPTIONS_H_
