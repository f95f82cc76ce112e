// Embind binding of the analysis: marshals an array of UTF-8 texts and an options object in,
// typed arrays out. No logic here; everything it calls lives in core/.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>
#include <string_view>
#include <vector>

#include "concord/analysis_js_layout.h"
#include "concord/analyze.h"
#include "concord/rewrite_align.h"
#include "marshal.h"

namespace {

using emscripten::val;

using concord_wasm::errorValue;
using concord_wasm::toTypedArray;

// web/lib/analyze.js passes every option, already validated, as a plain object.
concord::TextOptions normalizeFrom(const val& o) {
  concord::TextOptions normalize;
  normalize.ignoreCase = o["ignoreCase"].as<bool>();
  normalize.ignorePunctuation = o["ignorePunctuation"].as<bool>();
  normalize.foldTypography = o["foldTypography"].as<bool>();
  return normalize;
}

val analyzeDocuments(const val& texts, const val& o, const val& onProgress) {
  // Each text arrives as UTF-8 bytes (a Uint8Array from TextEncoder) and is copied in with one
  // TypedArray.set, far faster than converting a JS string character by character.
  const unsigned count = texts["length"].as<unsigned>();
  std::vector<std::string> owned(count);
  for (unsigned i = 0; i < count; ++i) {
    const val bytes = texts[i];
    owned[i].resize(bytes["length"].as<size_t>());
    val(emscripten::typed_memory_view(owned[i].size(), reinterpret_cast<uint8_t*>(owned[i].data())))
        .call<void>("set", bytes);
  }
  const std::vector<std::string_view> views(owned.begin(), owned.end());
  concord::AnalyzeOptions options;
  options.text = normalizeFrom(o);
  options.text.split = static_cast<concord::ParagraphSplit>(o["split"].as<int>());
  options.duplicates.nearThreshold = o["nearThreshold"].as<double>();
  options.duplicates.minWords = o["minParagraphWords"].as<unsigned>();
  options.duplicates.findNear = o["near"].as<bool>();
  options.duplicates.exhaustive = o["exhaustive"].as<bool>();
  options.passages.minWords = o["minPassageWords"].as<unsigned>();
  options.passages.maxGap = o["maxGap"].as<unsigned>();
  options.levels.minorDiffRatio = o["minorDiffRatio"].as<double>();
  options.levels.minorCoverage = o["minorCoverage"].as<double>();
  options.levels.rewriteScore = o["rewriteScore"].as<double>();
  options.levels.rewriteCoverage = o["rewriteCoverage"].as<double>();
  options.allPairsUpTo = o["allPairsUpTo"].as<unsigned>();
  options.matrixUpTo = o["matrixUpTo"].as<unsigned>();
  options.maxSeedDocuments = o["maxSeedDocuments"].as<unsigned>();
  concord::ProgressCallback progress;
  if (onProgress.typeOf().as<std::string>() == "function")
    progress = [&onProgress](double fraction) { onProgress(fraction); };
  const concord::Result<concord::Analysis> analysis = concord::analyze(views, options, progress);
  if (!analysis.ok()) return errorValue(analysis.error());
  const concord::PackedAnalysis packed = concord::packAnalysisForJs(analysis.value(), views);
  val out = val::object();
  out.set("documents", toTypedArray("Int32Array", packed.documents));
  out.set("repeats", toTypedArray("Int32Array", packed.repeats));
  out.set("groups", toTypedArray("Int32Array", packed.groups));
  out.set("similarity", toTypedArray("Float64Array", packed.similarity));
  out.set("members", toTypedArray("Int32Array", packed.members));
  out.set("blocks", toTypedArray("Int32Array", packed.blocks));
  out.set("passages", toTypedArray("Int32Array", packed.passages));
  out.set("pairs", toTypedArray("Int32Array", packed.pairs));
  out.set("scores", toTypedArray("Float64Array", packed.scores));
  out.set("matrix", toTypedArray("Float32Array", packed.matrix));
  out.set("clusters", toTypedArray("Int32Array", packed.clusters));
  out.set("order", toTypedArray("Int32Array", packed.order));
  out.set("candidatePairs", packed.candidatePairs);
  return out;
}

val alignRewrites(const std::string& a, const std::string& b, const val& o) {
  concord::AlignOptions options;
  options.text = normalizeFrom(o);
  options.text.split = static_cast<concord::ParagraphSplit>(o["split"].as<int>());
  options.minSimilarity = o["minSimilarity"].as<double>();
  options.maxSpan = o["maxSpan"].as<unsigned>();
  options.skipRepeats = o["skipRepeats"].as<bool>();
  const concord::Result<concord::RewriteAlignment> alignment =
      concord::alignRewrites(a, b, options);
  if (!alignment.ok()) return errorValue(alignment.error());
  const concord::PackedAlignment packed = concord::packAlignmentForJs(alignment.value(), a, b);
  val out = val::object();
  out.set("aParagraphs", toTypedArray("Int32Array", packed.aParagraphs));
  out.set("bParagraphs", toTypedArray("Int32Array", packed.bParagraphs));
  out.set("rows", toTypedArray("Int32Array", packed.rows));
  out.set("similarity", toTypedArray("Float64Array", packed.similarity));
  out.set("aTokens", toTypedArray("Int32Array", packed.aTokens));
  out.set("bTokens", toTypedArray("Int32Array", packed.bTokens));
  return out;
}

}  // namespace

EMSCRIPTEN_BINDINGS(concord_analyze) {
  emscripten::function("analyzeDocuments", &analyzeDocuments);
  emscripten::function("alignRewrites", &alignRewrites);
}
