// The native `concord` command. `concord diff A B [-U N]` on two UTF-8 text files runs here, on
// the core's unifiedDiff(), and prints what the Node CLI prints, byte for byte, with the same
// exit code (0 equal, 1 different): that is the command people run on big files and in scripts,
// and the one where Node's start-up was most of the time. Everything else (analyze, the other
// diff outputs, help, stdin, and every error or warning) is handed to the Node CLI unchanged, so
// that there is one implementation of each output and message (docs: DEVELOPERS.md "Native CLI").
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "concord/line_diff.h"
#include "diff_plan.h"
#include "handoff.h"
#include "input.h"

namespace {

bool writeAll(std::string_view bytes) {
  return std::fwrite(bytes.data(), 1, bytes.size(), stdout) == bytes.size() &&
         std::fflush(stdout) == 0;
}

// Runs the plan natively; nothing when the Node CLI must answer instead (an unreadable, binary
// or non-UTF-8 file, or a failure of the core: its messages are the Node CLI's to print).
std::optional<int> runNativeDiff(const concord_cli::DiffPlan& plan) {
  const std::optional<std::string> left = concord_cli::readText(plan.left);
  if (!left) return std::nullopt;
  const std::optional<std::string> right = concord_cli::readText(plan.right);
  if (!right) return std::nullopt;
  concord::UnifiedDiffOptions options;
  // The patch turns A into B: both headers name A, so `patch -p1` and `git apply` change A.
  options.leftName = plan.left;
  options.rightName = plan.left;
  options.context = plan.context;
  const concord::Result<std::string> patch = concord::unifiedDiff(*left, *right, options);
  if (!patch.ok()) return std::nullopt;
  if (!writeAll(patch.value())) return 2;
  return *left == *right ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc >= 2 && std::string_view(argv[1]) == "diff") {
    const std::optional<concord_cli::DiffPlan> plan =
        concord_cli::planNativeDiff(std::vector<std::string>(argv + 2, argv + argc));
    if (plan) {
      if (const std::optional<int> status = runNativeDiff(*plan)) return *status;
    }
  }
  return concord_cli::handOffToNode(argc, argv);
}
