// Which `concord diff` invocations the native CLI runs itself:
//
//   std::optional<DiffPlan> plan = planNativeDiff({"-U", "1", "a.txt", "b.txt"});
//   if (!plan) handOffToNode(argv);  // Anything else: the Node CLI decides, as it always did.
//   else run(plan->left, plan->right, plan->context);
//
// The native CLI accepts only what it can answer byte for byte as the Node CLI does: two file
// paths and -U/--unified N given as digits. Help, --json, --compare, --html, --stats, --unit,
// ignore flags, unknown flags, stdin ("-"), a missing -U value and any other count of files are
// all the Node CLI's to answer, so that their output, messages and exit codes stay its own.
#ifndef CONCORD_CLI_DIFF_PLAN_H_
#define CONCORD_CLI_DIFF_PLAN_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace concord_cli {

/// A `concord diff A B [-U N]` the native CLI runs: the two paths and the context lines.
struct DiffPlan {
  std::string left;      ///< Path of A (old), as given.
  std::string right;     ///< Path of B (new), as given.
  uint32_t context = 3;  ///< Unchanged lines around each change.
};

/// The plan for the arguments after `diff`, or nothing when the Node CLI must answer them.
std::optional<DiffPlan> planNativeDiff(const std::vector<std::string>& args);

}  // namespace concord_cli

#endif  // CONCORD_CLI_DIFF_PLAN_H_
