// Handing a command to the Node CLI:
//
//   handOffToNode(argc, argv);  // Does not return unless node cannot be started.
//
// The Node CLI is scripts/concord run by `node` (CONCORD_NODE names another node binary,
// CONCORD_NODE_CLI another script); it gets the arguments exactly as given and this process's
// standard input, output and error, so what it prints and its exit code are the answer.
#ifndef CONCORD_CLI_HANDOFF_H_
#define CONCORD_CLI_HANDOFF_H_

namespace concord_cli {

/// Replaces this process with the Node CLI run on `argv[1..]`; returns only when that fails,
/// after saying why on stderr, with the exit code to use (2).
int handOffToNode(int argc, char** argv);

}  // namespace concord_cli

#endif  // CONCORD_CLI_HANDOFF_H_
