// Reading the texts the native CLI compares:
//
//   std::optional<std::string> text = readText("a.txt");
//   if (!text) handOffToNode(argv);  // Unreadable, binary or not UTF-8: Node says what is wrong.
//
// Only files the Node CLI would read silently as the same text are read here: any error, a NUL
// byte or invalid UTF-8 leaves the message (or the U+FFFD warning) to the Node CLI.
#ifndef CONCORD_CLI_INPUT_H_
#define CONCORD_CLI_INPUT_H_

#include <optional>
#include <string>
#include <string_view>

namespace concord_cli {

/// True when `bytes` is well-formed UTF-8 (what TextDecoder's fatal mode accepts): no overlong
/// forms, no surrogates, nothing above U+10FFFF, no cut-off sequence.
bool isValidUtf8(std::string_view bytes);

/// The bytes of the file at `path` when they are text the Node CLI reads unchanged and without
/// a warning (valid UTF-8, no NUL); nothing otherwise.
std::optional<std::string> readText(const std::string& path);

}  // namespace concord_cli

#endif  // CONCORD_CLI_INPUT_H_
