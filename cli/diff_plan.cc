#include "diff_plan.h"

#include <algorithm>
#include <string_view>

#include "input.h"

namespace concord_cli {
namespace {

// A -U value the Node CLI reads as the same whole number: 1 to 9 digits (Number() of anything
// else, such as "0x10", " 3" or "1e1", is left to it).
std::optional<uint32_t> contextValue(std::string_view value) {
  if (value.empty() || value.size() > 9) return std::nullopt;
  if (!std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  return static_cast<uint32_t>(std::stoul(std::string(value)));
}

// The flag name as scripts/cli/io.mjs parseArgs sees it: one or two leading dashes dropped.
std::string_view flagName(std::string_view arg) {
  arg.remove_prefix(arg.substr(0, 2) == "--" ? 2 : 1);
  return arg;
}

}  // namespace

std::optional<DiffPlan> planNativeDiff(const std::vector<std::string>& args) {
  DiffPlan plan;
  std::optional<uint32_t> shortContext;  // -U wins over --unified, as `flags.U ?? flags.unified`.
  std::optional<uint32_t> longContext;
  std::vector<std::string> paths;
  for (size_t i = 0; i < args.size(); i++) {
    const std::string& arg = args[i];
    if (arg == "-") return std::nullopt;  // Standard input: the Node CLI reads it.
    if (arg.empty() || arg[0] != '-') {
      if (!isValidUtf8(arg)) return std::nullopt;  // Node would show U+FFFD in the header.
      paths.push_back(arg);
      continue;
    }
    std::string_view key = flagName(arg);
    std::optional<std::string_view> value;
    if (const size_t equals = key.find('='); equals != std::string_view::npos) {
      value = key.substr(equals + 1);
      key = key.substr(0, equals);
    }
    if (key != "U" && key != "unified") return std::nullopt;
    if (!value) {
      if (i + 1 == args.size()) return std::nullopt;
      value = args[++i];
    }
    const std::optional<uint32_t> context = contextValue(*value);
    if (!context) return std::nullopt;
    (key == "U" ? shortContext : longContext) = context;
  }
  if (paths.size() != 2) return std::nullopt;
  plan.left = paths[0];
  plan.right = paths[1];
  plan.context = shortContext.value_or(longContext.value_or(3));
  return plan;
}

}  // namespace concord_cli
