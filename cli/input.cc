#include "input.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdint>
#include <cstring>

namespace concord_cli {
namespace {

// The length of the sequence that starts with `lead` and the range its second byte must fall
// in (Unicode 15, table 3-7); 0 for a byte that cannot start one.
struct Lead {
  int length;
  unsigned char low;
  unsigned char high;
};

Lead leadOf(unsigned char lead) {
  if (lead >= 0xc2 && lead <= 0xdf) return {2, 0x80, 0xbf};
  if (lead == 0xe0) return {3, 0xa0, 0xbf};
  if (lead == 0xed) return {3, 0x80, 0x9f};  // Not U+D800..U+DFFF.
  if (lead >= 0xe1 && lead <= 0xef) return {3, 0x80, 0xbf};
  if (lead == 0xf0) return {4, 0x90, 0xbf};
  if (lead == 0xf4) return {4, 0x80, 0x8f};  // Not above U+10FFFF.
  if (lead >= 0xf1 && lead <= 0xf3) return {4, 0x80, 0xbf};
  return {0, 0, 0};
}

// The whole file, read with plain read(2) calls; nothing on any error (a directory, no access).
std::optional<std::string> readAll(const std::string& path) {
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  std::string bytes;
  struct stat info {};
  if (fstat(fd, &info) == 0 && S_ISREG(info.st_mode)) bytes.reserve(info.st_size);
  char buffer[1 << 16];
  for (;;) {
    const ssize_t n = read(fd, buffer, sizeof buffer);
    if (n == 0) break;
    if (n < 0) {
      close(fd);
      return std::nullopt;
    }
    bytes.append(buffer, static_cast<size_t>(n));
  }
  close(fd);
  return bytes;
}

}  // namespace

bool isValidUtf8(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const auto* end = p + bytes.size();
  while (p < end) {
    uint64_t word;  // Eight ASCII bytes at a time: most text is mostly ASCII.
    if (end - p >= 8 && (std::memcpy(&word, p, 8), (word & 0x8080808080808080ull) == 0)) {
      p += 8;
      continue;
    }
    if (*p < 0x80) {
      p++;
      continue;
    }
    const Lead lead = leadOf(*p);
    if (lead.length == 0 || end - p < lead.length) return false;
    if (p[1] < lead.low || p[1] > lead.high) return false;
    for (int i = 2; i < lead.length; i++) {
      if (p[i] < 0x80 || p[i] > 0xbf) return false;
    }
    p += lead.length;
  }
  return true;
}

std::optional<std::string> readText(const std::string& path) {
  std::optional<std::string> bytes = readAll(path);
  if (!bytes || std::memchr(bytes->data(), 0, bytes->size()) != nullptr) return std::nullopt;
  if (!isValidUtf8(*bytes)) return std::nullopt;
  return bytes;
}

}  // namespace concord_cli
