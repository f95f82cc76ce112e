// Reads fixture texts from tests/fixtures for the core tests.
#ifndef CONCORD_TESTS_CORE_FIXTURES_H_
#define CONCORD_TESTS_CORE_FIXTURES_H_

#include <fstream>
#include <sstream>
#include <string>

namespace concord {

/// The bytes of tests/fixtures/<path>; empty when missing (tests then fail on content).
inline std::string readFixture(const std::string& path) {
  std::ifstream file(std::string(CONCORD_FIXTURES_DIR) + "/" + path, std::ios::binary);
  std::stringstream bytes;
  bytes << file.rdbuf();
  return bytes.str();
}

}  // namespace concord

#endif  // CONCORD_TESTS_CORE_FIXTURES_H_
