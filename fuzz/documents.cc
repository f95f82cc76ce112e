// Builds the fuzzers' documents: cut the input, split each document into lines (each keeps its
// own line break, so CRLF, lone CR and blank lines survive copying), apply the edits, join.
#include "documents.h"

#include <algorithm>
#include <cctype>
#include <cstdint>

namespace concord::fuzz {
namespace {

using Lines = std::vector<std::string>;

// Documents grow by copying; past this many bytes in all, further edits are skipped so that
// one input cannot take minutes.
constexpr size_t kMaxTotalBytes = 256 * 1024;

Lines splitLines(std::string_view text) {
  Lines lines;
  size_t at = 0;
  while (at < text.size()) {
    const size_t end = text.find('\n', at);
    const size_t next = end == std::string_view::npos ? text.size() : end + 1;
    lines.emplace_back(text.substr(at, next - at));
    at = next;
  }
  return lines;
}

// Word boundaries of a line: runs of non-space bytes.
std::vector<std::pair<size_t, size_t>> words(const std::string& line) {
  std::vector<std::pair<size_t, size_t>> found;
  for (size_t i = 0; i < line.size();) {
    while (i < line.size() && std::isspace(static_cast<unsigned char>(line[i]))) ++i;
    const size_t begin = i;
    while (i < line.size() && !std::isspace(static_cast<unsigned char>(line[i]))) ++i;
    if (i > begin) found.emplace_back(begin, i);
  }
  return found;
}

// A copied line ends with a line break, so that it stays a line of its own wherever it lands.
std::string asLine(std::string line) {
  if (line.empty() || line.back() != '\n') line += '\n';
  return line;
}

// A rewrite-like change to one line, chosen by `how`: drop a word, repeat a word, swap two
// neighbouring words, or flip the case of a word's first letter.
std::string perturb(std::string line, uint8_t how) {
  const auto found = words(line);
  if (found.empty()) return line;
  const size_t w = (how >> 2) % found.size();
  const auto [begin, end] = found[w];
  switch (how & 3) {
    case 0:
      line.erase(begin, end - begin + (end < line.size() && line[end] == ' '));
      break;
    case 1:
      line.insert(begin, line.substr(begin, end - begin) + " ");
      break;
    case 2:
      if (w + 1 < found.size()) {
        const auto [nextBegin, nextEnd] = found[w + 1];
        const std::string first = line.substr(begin, end - begin);
        const std::string second = line.substr(nextBegin, nextEnd - nextBegin);
        line.replace(nextBegin, nextEnd - nextBegin, first);
        line.replace(begin, end - begin, second);
      }
      break;
    default: {
      char& c = line[begin];
      c = std::isupper(static_cast<unsigned char>(c)) ? std::tolower(static_cast<unsigned char>(c))
                                                      : std::toupper(static_cast<unsigned char>(c));
    }
  }
  return asLine(std::move(line));
}

// One edit, 3 bytes: kind (2 bits), source and target document (3 bits each); source line;
// a parameter (target position, run length or perturbation).
void applyEdit(std::vector<Lines>& docs, const uint8_t* edit) {
  const uint8_t kind = edit[0] & 3;
  Lines& source = docs[(edit[0] >> 2 & 7) % docs.size()];
  Lines& target = docs[(edit[0] >> 5) % docs.size()];
  if (source.empty()) return;
  const size_t from = edit[1] % source.size();
  const uint8_t parameter = edit[2];
  switch (kind) {
    case 0:  // Copy one line verbatim to a position of the target.
      target.insert(target.begin() + parameter % (target.size() + 1), asLine(source[from]));
      break;
    case 1:  // Copy one line, perturbed, to a position of the target.
      target.insert(target.begin() + parameter % (target.size() + 1),
                    perturb(source[from], parameter));
      break;
    case 2: {  // Append a run of lines (a pasted block; into itself: a body pasted twice).
      const size_t end = std::min(source.size(), from + 2 + parameter % 16);
      Lines run(source.begin() + from, source.begin() + end);
      if (!target.empty()) target.back() = asLine(target.back());
      run.back() = asLine(run.back());
      target.insert(target.end(), run.begin(), run.end());
      break;
    }
    default:  // Replace a line of the target by a perturbed copy (a rewritten paragraph).
      if (!target.empty())
        target[parameter % target.size()] = perturb(source[from], parameter >> 1);
  }
}

size_t totalBytes(const std::vector<Lines>& docs) {
  size_t total = 0;
  for (const Lines& lines : docs)
    for (const std::string& line : lines) total += line.size();
  return total;
}

}  // namespace

std::vector<std::string> buildDocuments(std::string_view bytes, size_t maxDocuments) {
  size_t edits = bytes.empty() ? 0 : static_cast<uint8_t>(bytes[0]) % 16;
  edits = std::min(edits, bytes.size() > 0 ? (bytes.size() - 1) / 3 : 0);
  const std::string_view editBytes = bytes.substr(bytes.empty() ? 0 : 1, edits * 3);
  std::string_view rest = bytes.substr(std::min(bytes.size(), 1 + edits * 3));
  std::vector<Lines> docs;
  while (docs.size() + 1 < maxDocuments) {
    const size_t cut = rest.find(kDocumentSeparator);
    if (cut == std::string_view::npos) break;
    docs.push_back(splitLines(rest.substr(0, cut)));
    rest.remove_prefix(cut + 1);
  }
  docs.push_back(splitLines(rest));
  for (size_t e = 0; e < edits && totalBytes(docs) < kMaxTotalBytes; ++e)
    applyEdit(docs, reinterpret_cast<const uint8_t*>(editBytes.data()) + 3 * e);
  std::vector<std::string> texts;
  for (const Lines& lines : docs) {
    std::string text;
    for (const std::string& line : lines) text += line;
    texts.push_back(std::move(text));
  }
  return texts;
}

}  // namespace concord::fuzz
