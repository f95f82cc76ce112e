// Sentences of a text, for aligning rewrites sentence by sentence.
//
//   for (concord::ByteRange s : concord::splitSentences(text)) print(s.in(text));
//   // or within one paragraph: concord::splitSentences(text, paragraph.range)
//
// A sentence ends at . ! ? or an ellipsis followed by a space and a word that does not start
// lower-case, and at CJK and other full stops (。！？ ។ । ؟ …) wherever they are. Closing quotes
// and brackets stay with the sentence they close (`He said "Go."`). Not ends: abbreviations
// ("Dr.", "Mr.", "e.g.", "U.S."), initials ("J. R. R. Tolkien"), decimals ("3.5"), a month or
// "No." before a number, a list number opening a sentence ("3. A new wave of start-ups"). A
// line break is no end, except before a list item ("- ", "• ", "2. ",
// "b) ") and at a blank line. Ranges are trimmed of whitespace and never empty.
#ifndef CONCORD_SENTENCES_H_
#define CONCORD_SENTENCES_H_

#include <string_view>
#include <vector>

#include "concord/text.h"

namespace concord {

/// The sentences of `text` (UTF-8), in order, as trimmed byte ranges.
std::vector<ByteRange> splitSentences(std::string_view text);

/// The sentences of the bytes `within` of `text` (say, one paragraph), as ranges into `text`.
std::vector<ByteRange> splitSentences(std::string_view text, ByteRange within);

}  // namespace concord

#endif  // CONCORD_SENTENCES_H_
