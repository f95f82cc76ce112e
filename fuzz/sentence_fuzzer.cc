// libFuzzer target for the sentence splitter: one byte choosing a sub-range, then the text (the
// documents.h layout, so lines repeat as in real paragraphs). Sentences must be non-empty, in
// order, disjoint, inside the text and trimmed of white space, on character boundaries for
// valid UTF-8; every byte that is not white space must fall in a sentence; splitting a sub-range
// of a text must give the sentences of that sub-range alone; CRLF and LF line breaks must give
// the same sentences; an abbreviation from the list ("U.S.", "Dr.", "e.g.") or a decimal put at
// the start of a sentence must not end it.
// Build and run with scripts/fuzz sentence.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "checks.h"
#include "concord/sentences.h"
#include "documents.h"

namespace {

using concord::ByteRange;

bool isAsciiSpace(unsigned char c) { return c == ' ' || (c >= 0x09 && c <= 0x0D); }

// Ranges in order, disjoint, inside [within), trimmed, non-empty, covering every ASCII byte
// that is not white space (other bytes may be white space of other kinds).
void checkSentences(std::string_view text, ByteRange within, const std::vector<ByteRange>& out,
                    bool utf8) {
  uint32_t previous = within.begin;
  for (const ByteRange& s : out) {
    CONCORD_FUZZ_CHECK(s.begin < s.end);
    CONCORD_FUZZ_CHECK(s.begin >= previous && s.end <= within.end);
    concord::fuzz::checkRange(text, s, utf8);
    CONCORD_FUZZ_CHECK(!isAsciiSpace(static_cast<unsigned char>(text[s.begin])));
    CONCORD_FUZZ_CHECK(!isAsciiSpace(static_cast<unsigned char>(text[s.end - 1])));
    for (uint32_t i = previous; i < s.begin; ++i) {
      const unsigned char c = static_cast<unsigned char>(text[i]);
      CONCORD_FUZZ_CHECK(c >= 0x80 || isAsciiSpace(c));
    }
    previous = s.end;
  }
  for (uint32_t i = previous; i < within.end; ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    CONCORD_FUZZ_CHECK(c >= 0x80 || isAsciiSpace(c));
  }
}

std::vector<std::string> sentenceTexts(std::string_view text) {
  std::vector<std::string> out;
  for (const ByteRange& s : concord::splitSentences(text)) out.emplace_back(s.in(text));
  return out;
}

// `text` with every LF that is not already after a CR written as CRLF.
std::string withCrlf(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' && (i == 0 || text[i - 1] != '\r')) out += '\r';
    out += text[i];
  }
  return out;
}

// A boundary of valid UTF-8 at or after `i`.
uint32_t boundaryFrom(std::string_view text, uint32_t i) {
  while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
  return i;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  const uint8_t cut = data[0];
  const std::string text = concord::fuzz::buildDocuments(
      std::string_view(reinterpret_cast<const char*>(data + 1), size - 1), 1)[0];
  const bool utf8 = concord::fuzz::validUtf8(text);
  const uint32_t size32 = static_cast<uint32_t>(text.size());
  const std::vector<ByteRange> all = concord::splitSentences(text);
  checkSentences(text, {0, size32}, all, utf8);

  if (utf8) {
    // A sub-range split on its own gives the same sentences, shifted.
    const uint32_t begin = boundaryFrom(text, size32 * (cut & 15) / 16);
    const uint32_t end = boundaryFrom(text, begin + (size32 - begin) * ((cut >> 4) + 1) / 16);
    const ByteRange within{begin, end};
    const std::vector<ByteRange> part = concord::splitSentences(text, within);
    checkSentences(text, within, part, true);
    const std::vector<ByteRange> alone = concord::splitSentences(within.in(text));
    CONCORD_FUZZ_CHECK(part.size() == alone.size());
    for (size_t k = 0; k < part.size() && k < alone.size(); ++k) {
      CONCORD_FUZZ_CHECK(part[k].begin == alone[k].begin + begin);
      CONCORD_FUZZ_CHECK(part[k].end == alone[k].end + begin);
    }
  }
  // Line endings do not matter: the same sentences, with CRLF inside them where LF was.
  std::vector<std::string> lf = sentenceTexts(text), crlf = sentenceTexts(withCrlf(text));
  CONCORD_FUZZ_CHECK(lf.size() == crlf.size());
  for (size_t k = 0; k < lf.size() && k < crlf.size(); ++k)
    CONCORD_FUZZ_CHECK(withCrlf(lf[k]) == crlf[k]);
  // Abbreviations and decimals put into the first sentence do not end it.
  if (!all.empty() && text.size() < 4096) {
    for (const char* inside : {" the U.S. Senate ", " Dr. Smith ", " e.g. Lagos ", " 3.5 "}) {
      // Put at the start of the first sentence, so that the sentence goes on past it.
      const std::string prefix = std::string(inside).substr(1);
      std::string longer = text;
      const ByteRange first = all[0];
      longer.insert(first.begin, prefix);
      const std::vector<ByteRange> again = concord::splitSentences(longer);
      CONCORD_FUZZ_CHECK(!again.empty() && again[0].begin == first.begin);
      CONCORD_FUZZ_CHECK(again[0].end > first.begin + prefix.size());
    }
  }
  return 0;
}
