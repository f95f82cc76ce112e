// libFuzzer target for the rewrite alignment: two option bytes, then two documents that share
// lines, verbatim or perturbed (the layout of documents.h). Aligned either way round, the rows
// must hold every paragraph of both texts exactly once, in order, spans within maxSpan, scores
// in [0, 1] and at least minSimilarity where matched, shared tokens inside their rows, and the
// best total score must not depend on which text comes first.
// Build and run with scripts/fuzz align.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checks.h"
#include "concord/rewrite_align.h"
#include "documents.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 2) return 0;
  const uint8_t flags = data[0], more = data[1];
  const std::vector<std::string> texts = concord::fuzz::buildDocuments(
      std::string_view(reinterpret_cast<const char*>(data + 2), size - 2), 2);
  const std::string_view a = texts.front(), b = texts.back();

  concord::AlignOptions options;
  options.text.split = static_cast<concord::ParagraphSplit>(flags % 3);
  options.text.ignoreCase = flags & 4;
  options.text.ignorePunctuation = flags & 8;
  options.text.foldTypography = flags & 16;
  options.skipRepeats = !(flags & 32);
  options.minSimilarity = (flags & 64) ? 0.0 : (flags & 128) ? 0.5 : 0.1;
  options.maxSpan = 1 + more % 8;
  const std::optional<double> ab = concord::fuzz::checkAlignment(a, b, options);
  const std::optional<double> ba = concord::fuzz::checkAlignment(b, a, options);
  // Similarity is symmetric, so the best alignment either way round scores the same (rows may
  // differ where two alignments tie). Both fail, or neither, on the same size limit.
  CONCORD_FUZZ_CHECK(ab.has_value() == ba.has_value());
  if (ab) CONCORD_FUZZ_CHECK(std::fabs(*ab - *ba) <= 1e-6 * (1 + *ab));
  return 0;
}
