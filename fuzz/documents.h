// Turns fuzzer bytes into several documents that share paragraphs, as the texts people compare
// do (rewrites, a body pasted twice, a block copied from one article into another): random bytes
// alone almost never repeat a whole paragraph, so the analyses' interesting paths stay unreached.
//
//   std::vector<std::string> texts = concord::fuzz::buildDocuments(bytes, 8);
//
// Layout of the bytes: one byte k (edits = k % 16), then 3 bytes per edit, then the documents,
// cut at each 0x1E byte (ASCII record separator). Every edit copies lines of one document into
// another (or into itself), verbatim or perturbed; see the Edit kinds in documents.cc.
#ifndef CONCORD_FUZZ_DOCUMENTS_H_
#define CONCORD_FUZZ_DOCUMENTS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace concord::fuzz {

/// The byte that separates documents in the fuzzer input.
inline constexpr char kDocumentSeparator = '\x1E';

/// At least one document (up to `maxDocuments`) built from `bytes` by the layout above.
std::vector<std::string> buildDocuments(std::string_view bytes, size_t maxDocuments);

}  // namespace concord::fuzz

#endif  // CONCORD_FUZZ_DOCUMENTS_H_
