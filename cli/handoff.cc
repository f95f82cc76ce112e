#include "handoff.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace concord_cli {
namespace {

const char* fromEnvironment(const char* name, const char* fallback) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0' ? value : fallback;
}

}  // namespace

int handOffToNode(int argc, char** argv) {
  const char* node = fromEnvironment("CONCORD_NODE", "node");
  const char* script = fromEnvironment("CONCORD_NODE_CLI", CONCORD_NODE_CLI_PATH);
  std::vector<char*> args;
  args.push_back(const_cast<char*>(node));
  args.push_back(const_cast<char*>(script));
  for (int i = 1; i < argc; i++) args.push_back(argv[i]);
  args.push_back(nullptr);
  std::fflush(stdout);
  execvp(node, args.data());
  std::fprintf(stderr,
               "concord: this command runs in the Node CLI, and '%s %s' could not be started: "
               "%s\n(install Node 20, or set CONCORD_NODE to a node binary)\n",
               node, script, std::strerror(errno));
  return 2;
}

}  // namespace concord_cli
