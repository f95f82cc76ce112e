// The English Porter2 stemmer (Snowball's "english" algorithm), for matching the words of texts
// that were rewritten: "rewriting", "rewrites" and "rewritten" reduce to shared stems.
//
//   std::string stem = concord::stemEnglish("generously");  // "generous"
//
// Words are expected lower-case (upper-case letters count as consonants, as in Snowball). The
// algorithm works on code points, so words with non-ASCII letters are stemmed as Snowball stems
// them ("naïvely" gives "naïv"); invalid UTF-8 is returned unchanged.
#ifndef CONCORD_STEM_H_
#define CONCORD_STEM_H_

#include <string>
#include <string_view>

namespace concord {

/// The Porter2 (Snowball "english", version 2.2) stem of the lower-case UTF-8 word `word`.
std::string stemEnglish(std::string_view word);

}  // namespace concord

#endif  // CONCORD_STEM_H_
