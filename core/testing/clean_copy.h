// The clean copy of a text (the text without its repeated paragraphs), written plainly for
// tests and fuzzers to check analyze()'s repeats against. Part of concord_testing: the product's
// clean copies are made once, by the JS API (web/lib/analyze.js cleanCopy) from the same ranges.
//
//   std::string clean = concord::testing::removeRanges(text, analysis.documents[0].repeats);
#ifndef CONCORD_TESTING_CLEAN_COPY_H_
#define CONCORD_TESTING_CLEAN_COPY_H_

#include <string>
#include <string_view>
#include <vector>

#include "concord/text.h"

namespace concord::testing {

/// `text` without the byte ranges in `drop` (sorted, disjoint).
std::string removeRanges(std::string_view text, const std::vector<ByteRange>& drop);

}  // namespace concord::testing

#endif  // CONCORD_TESTING_CLEAN_COPY_H_
