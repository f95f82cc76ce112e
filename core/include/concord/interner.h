// The one interner of Concord: byte strings as dense ids, so that diffs and analyses compare
// integers. An open-addressing table with a word-at-a-time hash; std::unordered_map's per-node
// allocation and byte-wise hashing were the slowest part of a large line diff in WebAssembly.
//
//   concord::StringInterner lines(expected);        // keys are views into the caller's text
//   uint32_t id = lines.intern(line);
//   concord::Vocabulary words;                      // owns copies of its keys
//   uint32_t w = words.intern(normalizedWord);      // words.word(w) == normalizedWord
#ifndef CONCORD_INTERNER_H_
#define CONCORD_INTERNER_H_

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

namespace concord {

/// Maps each distinct string to 0, 1, 2, ... in order of first appearance. Keys are views: the
/// strings they point into must outlive the interner.
class StringInterner {
 public:
  /// Prepares for about `expected` distinct keys.
  explicit StringInterner(size_t expected) {
    size_t capacity = 16;
    while (capacity < expected * 2) capacity <<= 1;
    slots_.assign(capacity, Slot{0, kEmpty});
    keys_.reserve(expected);
  }

  /// The id of `key`, new if it was never seen.
  uint32_t intern(std::string_view key) { return intern(key, hash(key)); }

  /// The same, with `h == hash(key)` computed by the caller (e.g. while splitting lines).
  uint32_t intern(std::string_view key, uint64_t h) {
    return intern(key, h, [](std::string_view k) { return k; });
  }

  /// The same, keeping `keep(key)` (a view that outlives the interner) when `key` is new.
  template <typename Keep>
  uint32_t intern(std::string_view key, uint64_t h, Keep&& keep) {
    if (keys_.size() * 2 >= slots_.size()) grow();
    const uint32_t tag = static_cast<uint32_t>(h >> 32);
    size_t mask = slots_.size() - 1;
    for (size_t i = static_cast<size_t>(h) & mask;; i = (i + 1) & mask) {
      Slot& slot = slots_[i];
      if (slot.id == kEmpty) {
        slot = {tag, static_cast<uint32_t>(keys_.size())};
        keys_.push_back(keep(key));
        return slot.id;
      }
      if (slot.tag == tag && sameBytes(keys_[slot.id], key)) return slot.id;
    }
  }

  // The hash, in pieces a caller can compute while it scans the bytes for something else:
  // h = kHashSeed, then h = mixWord(h, w) for each full 8-byte little-endian word of the key,
  // then finish(h, tail, size) with the last 0..7 bytes zero-padded as `tail`.
  static constexpr uint64_t kHashSeed = 0x243F6A8885A308D3ull;
  static uint64_t mixWord(uint64_t h, uint64_t word) { return (h ^ word) * kMul; }
  static uint64_t finish(uint64_t h, uint64_t tail, size_t size) {
    h = (h ^ tail) * kMul;
    h = (h ^ size) * kMul;
    h ^= h >> 29;  // Mix high bits down: the table index uses the low ones.
    return h * kMul;
  }

  /// The hash `intern` uses.
  static uint64_t hash(std::string_view key) {
    uint64_t h = kHashSeed;
    size_t i = 0;
    for (; i + 8 <= key.size(); i += 8) {
      uint64_t word;
      std::memcpy(&word, key.data() + i, 8);
      h = mixWord(h, word);
    }
    // The last 0..7 bytes, without a variable-length memcpy (a call in WebAssembly).
    uint64_t tail = 0;
    for (size_t k = key.size(); k > i; --k)
      tail = (tail << 8) | static_cast<unsigned char>(key[k - 1]);
    return finish(h, tail, key.size());
  }

  /// Number of distinct keys so far.
  size_t size() const { return keys_.size(); }

  /// The key with id `id`.
  std::string_view key(uint32_t id) const { return keys_[id]; }

 private:
  static constexpr uint32_t kEmpty = 0xFFFFFFFFu;
  static constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
  struct Slot {
    uint32_t tag;
    uint32_t id;
  };

  // Equality eight bytes at a time (WebAssembly's memcmp compares byte by byte).
  static bool sameBytes(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    size_t i = 0;
    for (; i + 8 <= a.size(); i += 8) {
      uint64_t x, y;
      std::memcpy(&x, a.data() + i, 8);
      std::memcpy(&y, b.data() + i, 8);
      if (x != y) return false;
    }
    for (; i < a.size(); ++i) {
      if (a[i] != b[i]) return false;
    }
    return true;
  }

  void grow() {
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.assign(old.size() * 2, Slot{0, kEmpty});
    const size_t mask = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.id == kEmpty) continue;
      size_t i = static_cast<size_t>(hash(keys_[s.id])) & mask;
      while (slots_[i].id != kEmpty) i = (i + 1) & mask;
      slots_[i] = s;
    }
  }

  std::vector<Slot> slots_;
  std::vector<std::string_view> keys_;
};

/// A StringInterner that owns copies of its keys, for keys built on the fly (normalised words):
/// equal words get equal ids across many texts.
class Vocabulary {
 public:
  /// The id of `word`, adding a copy of it when new. Ids count up from 0.
  uint32_t intern(std::string_view word) {
    return ids_.intern(word, StringInterner::hash(word),
                       [this](std::string_view w) { return store(w); });
  }
  /// The word with id `id`.
  std::string_view word(uint32_t id) const { return ids_.key(id); }
  /// Number of distinct words.
  uint32_t size() const { return static_cast<uint32_t>(ids_.size()); }

 private:
  static constexpr size_t kChunk = 64 * 1024;
  // Words end to end in chunks that never move, so the interner's views stay valid.
  std::string_view store(std::string_view w) {
    if (w.size() > capacity_ - used_) {
      capacity_ = std::max(kChunk, w.size());
      chunks_.emplace_back(new char[capacity_]);
      used_ = 0;
    }
    char* at = chunks_.back().get() + used_;
    if (!w.empty()) std::memcpy(at, w.data(), w.size());
    used_ += w.size();
    return std::string_view(at, w.size());
  }
  StringInterner ids_{1024};
  std::vector<std::unique_ptr<char[]>> chunks_;
  size_t used_ = 0, capacity_ = 0;
};

}  // namespace concord

#endif  // CONCORD_INTERNER_H_
