// Embind binding of the analysis: marshalling only (see marshal.h). The rewrite alignment is
// bind_align.cc's.
#include <emscripten/bind.h>

#include <string>
#include <string_view>
#include <vector>

#include "concord/analyze.h"
#include "concord_wire/options.h"
#include "concord_wire/pack.h"
#include "marshal.h"

namespace {

using emscripten::val;

// Inputs: the documents' texts. onProgress(fraction) is called between phases when a function;
// modified is an array of the files' last-modified times (ms since 1970, 0 unknown) or null.
uintptr_t analyzeDocuments(uintptr_t inputs, uint32_t count, const val& options,
                           const val& onProgress, const val& modified) {
  const auto texts = concord_wasm::readInputs(inputs, count);
  auto parsed = concord_wasm::readOptions<concord::AnalyzeOptions>(options, texts);
  if (modified.isArray()) parsed.lineage.modified = emscripten::vecFromJSArray<double>(modified);
  std::vector<std::string_view> views;
  views.reserve(texts.size());
  for (const concord_wire::WireText& text : texts) views.push_back(text.bytes);
  concord::ProgressCallback progress;
  if (onProgress.typeOf().as<std::string>() == "function")
    progress = [&onProgress](double fraction) { onProgress(fraction); };
  return concord_wasm::packOrFail(concord::analyze(views, parsed, progress),
                                  [&](const concord::Analysis& analysis) {
                                    return concord_wire::packAnalysis(analysis, texts);
                                  });
}

}  // namespace

EMSCRIPTEN_BINDINGS(concord_analyze) {
  emscripten::function("analyzeDocuments", &analyzeDocuments);
}
