#include "concord/line_diff.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>

#include "concord/interner.h"
#include "concord/sequence_diff.h"

namespace concord {
namespace {

// Lines become small integer ids so that the edit-script search compares integers, not strings.
using LineInterner = StringInterner;

static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
              "the word-at-a-time scan below reads bytes as little-endian words");

constexpr uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;

// High bit of each byte of `word` equal to `pattern`'s: exact for the lowest such byte, which
// is the only one used.
inline uint64_t matchingBytes(uint64_t word, uint64_t pattern) {
  const uint64_t x = word ^ pattern;
  return (x - kOnes) & ~x & kHighs;
}

// False when neither of two words holds a byte below 14 (LF and CR are): sixteen bytes of a
// line of prose with no break in them.
inline bool mayHoldBreak(uint64_t w0, uint64_t w1) {
  return ((((w0 - kOnes * 14) & ~w0) | ((w1 - kOnes * 14) & ~w1)) & kHighs) != 0;
}

// Where the line after one whose content ends at `end` starts (after LF, CRLF or a lone CR).
inline uint32_t nextLineStart(const char* p, uint32_t size, uint32_t end) {
  if (end == size) return size;
  return (p[end] == '\r' && end + 1 < size && p[end + 1] == '\n') ? end + 2 : end + 1;
}

// Scans one line of `text` from `begin` as splitLines would and returns the interner hash of
// its key: the content (kAny) or the content with its terminator (kLfOnly). The break is found
// eight bytes at a time and the same words are folded into the hash: separate split, hash and
// compare passes over every byte were most of a large diff's time.
inline uint64_t scanLine(const char* p, uint32_t size, uint32_t begin, LineBreaks breaks,
                         Line& line) {
  const bool crToo = breaks == LineBreaks::kAny;
  const bool keyHasBreak = breaks == LineBreaks::kLfOnly;
  uint64_t h = LineInterner::kHashSeed;
  uint64_t tail = 0;
  uint32_t i = begin, end;
  // Sixteen bytes a step while neither word may hold a break (most of a line of prose).
  for (; i + 16 <= size; i += 16) {
    uint64_t w0, w1;
    std::memcpy(&w0, p + i, 8);
    std::memcpy(&w1, p + i + 8, 8);
    if (mayHoldBreak(w0, w1)) break;
    h = LineInterner::mixWord(LineInterner::mixWord(h, w0), w1);
  }
  for (;;) {
    if (i + 8 <= size) {
      uint64_t word;
      std::memcpy(&word, p + i, 8);
      // LF and CR are both below 14: one cheap test clears most words (a flagged word may hold
      // a tab or another control byte instead, and gets the exact test).
      if (((word - kOnes * 14) & ~word & kHighs) == 0) {
        h = LineInterner::mixWord(h, word);
        i += 8;
        continue;
      }
      uint64_t found = matchingBytes(word, kOnes * '\n');
      if (crToo) found |= matchingBytes(word, kOnes * '\r');
      if (found == 0) {
        h = LineInterner::mixWord(h, word);
        i += 8;
        continue;
      }
      const uint32_t at = static_cast<uint32_t>(__builtin_ctzll(found)) >> 3;
      end = i + at;
      const uint32_t keyBytes = at + (keyHasBreak ? 1 : 0);  // kLfOnly: the break is an LF.
      if (keyBytes == 8) {
        h = LineInterner::mixWord(h, word);
      } else {
        tail = word & ((uint64_t{1} << (8 * keyBytes)) - 1);
      }
      break;
    }
    // Fewer than eight bytes left: one at a time.
    uint32_t k = 0;
    while (i + k < size && p[i + k] != '\n' && !(crToo && p[i + k] == '\r')) {
      tail |= uint64_t{static_cast<unsigned char>(p[i + k])} << (8 * k);
      ++k;
    }
    end = i + k;
    // Here k <= 6 when a break follows (i + 8 > size), so the LF fits in the tail.
    if (end < size && keyHasBreak) tail |= uint64_t{'\n'} << (8 * k);
    break;
  }
  line = {begin, end, nextLineStart(p, size, end)};
  return LineInterner::finish(h, tail, (keyHasBreak ? line.next : end) - begin);
}

// How many leading bytes of x and y (both at least `size` long) are equal: sixteen, then eight
// bytes at a time.
inline uint32_t commonBytes(const char* x, const char* y, uint32_t size) {
  uint32_t i = 0;
  for (; i + 16 <= size; i += 16) {
    uint64_t u0, u1, v0, v1;
    std::memcpy(&u0, x + i, 8);
    std::memcpy(&u1, x + i + 8, 8);
    std::memcpy(&v0, y + i, 8);
    std::memcpy(&v1, y + i + 8, 8);
    if (((u0 ^ v0) | (u1 ^ v1)) != 0) break;
  }
  for (; i + 8 <= size; i += 8) {
    uint64_t u, v;
    std::memcpy(&u, x + i, 8);
    std::memcpy(&v, y + i, 8);
    if (u != v) return i + (static_cast<uint32_t>(__builtin_ctzll(u ^ v)) >> 3);
  }
  while (i < size && x[i] == y[i]) ++i;
  return i;
}

// Equality of `size` bytes (WebAssembly's memcmp compares byte by byte).
inline bool sameBytes(const char* x, const char* y, uint32_t size) {
  return commonBytes(x, y, size) == size;
}

// True when the line of `p` starting at `begin` has the same key as `model`, a line of
// `modelText`; then `line` is its extent. One compare: no break search, hash or table probe.
inline bool sameLine(const char* p, uint32_t size, uint32_t begin, const char* modelText,
                     const Line& model, bool lfOnly, Line& line) {
  const uint32_t keySize = (lfOnly ? model.next : model.end) - model.begin;
  if (keySize > size - begin || !sameBytes(p + begin, modelText + model.begin, keySize)) {
    return false;
  }
  uint32_t end = begin + keySize;
  bool whole;
  if (lfOnly) {
    // The key holds the LF when the model has one; otherwise it must end the text too.
    whole = model.hasBreak() || end == size;
    if (model.hasBreak()) --end;
  } else {
    whole = end == size || p[end] == '\n' || p[end] == '\r';
  }
  if (!whole) return false;
  line = {begin, end, nextLineStart(p, size, end)};
  return true;
}

// The left side: every line split, hashed and interned.
void splitLeft(std::string_view text, LineBreaks breaks, LineInterner& interner,
               std::vector<Line>& lines, std::vector<uint32_t>& ids) {
  const uint32_t size = static_cast<uint32_t>(text.size());
  const bool lfOnly = breaks == LineBreaks::kLfOnly;
  lines.reserve(size / 48 + 16);
  ids.reserve(size / 48 + 16);
  // Per id, the index of the line after its latest occurrence (kNone before any): a text with
  // repeated lines repeats runs of them, so a line is first compared with the one that followed
  // the previous line last time, and takes its id when equal.
  constexpr uint32_t kNone = UINT32_MAX;
  std::vector<uint32_t> successor;
  successor.reserve(lines.capacity());
  uint32_t previous = kNone;
  for (uint32_t begin = 0; begin < size;) {
    Line line;
    uint32_t id;
    const uint32_t guess = previous == kNone ? kNone : successor[previous];
    if (guess != kNone &&
        sameLine(text.data(), size, begin, text.data(), lines[guess], lfOnly, line)) {
      id = ids[guess];
    } else {
      const uint64_t h = scanLine(text.data(), size, begin, breaks, line);
      // Under kLfOnly the terminator is part of the key: "x" at EOF differs from "x\n".
      id = interner.intern(lfOnly ? line.withBreak(text) : line.content(text), h);
      if (id == successor.size()) successor.push_back(kNone);  // New ids count up by one.
    }
    if (previous != kNone) successor[previous] = static_cast<uint32_t>(lines.size());
    lines.push_back(line);
    ids.push_back(id);
    previous = id;
    begin = line.next;
  }
}

// Near-identical texts are mostly long stretches of equal bytes: from left line `from` and
// right byte `begin`, finds how far the two texts stay byte for byte the same (one pass, no
// line breaks sought) and appends every left line wholly inside that stretch, moved to the right
// text, with its id. Only lines ending in LF or CRLF count: a lone CR or the end of the text
// could end a line on one side and not the other. Returns how many lines it appended.
size_t takeEqualRun(std::string_view left, const std::vector<Line>& leftLines,
                    const std::vector<uint32_t>& leftIds, size_t from, std::string_view right,
                    uint32_t begin, std::vector<Line>& lines, std::vector<uint32_t>& ids) {
  const uint32_t leftBegin = leftLines[from].begin;
  // Cheap refusal first: a changed line most often differs in its first bytes.
  if (left[leftBegin] != right[begin]) return 0;
  const uint32_t room =
      static_cast<uint32_t>(std::min(left.size() - leftBegin, right.size() - begin));
  const uint32_t runEnd =
      leftBegin + commonBytes(left.data() + leftBegin, right.data() + begin, room);
  const uint32_t shift = begin - leftBegin;  // Modulo 2^32: right offset = left offset + shift.
  size_t k = from;
  for (; k < leftLines.size(); ++k) {
    const Line& line = leftLines[k];
    if (line.next > runEnd || line.next == line.end || left[line.next - 1] != '\n') break;
    lines.push_back({line.begin + shift, line.end + shift, line.next + shift});
    ids.push_back(leftIds[k]);
  }
  return k - from;
}

// The right side, expecting it to follow the left one: each line is first compared with the
// left line after the last one it matched. When they are equal, the line's extent and id come
// from the left one (one compare; no break search, hash or table probe), which is most lines of
// near-identical texts. Otherwise it is scanned and interned as on the left, and the
// expectation moves to just after a left line with the same id, if any.
void splitRight(std::string_view left, const std::vector<Line>& leftLines,
                const std::vector<uint32_t>& leftIds, std::string_view text, LineBreaks breaks,
                LineInterner& interner, std::vector<Line>& lines, std::vector<uint32_t>& ids) {
  const char* p = text.data();
  const uint32_t size = static_cast<uint32_t>(text.size());
  const bool lfOnly = breaks == LineBreaks::kLfOnly;
  const uint32_t leftDistinct = static_cast<uint32_t>(interner.size());
  std::vector<uint32_t> leftIndexOfId(leftDistinct);
  for (uint32_t k = 0; k < leftIds.size(); ++k) leftIndexOfId[leftIds[k]] = k;
  lines.reserve(leftLines.size() + 16);
  ids.reserve(leftLines.size() + 16);
  size_t expected = 0;
  for (uint32_t begin = 0; begin < size;) {
    if (expected < leftLines.size()) {
      const size_t taken =
          takeEqualRun(left, leftLines, leftIds, expected, text, begin, lines, ids);
      if (taken > 0) {
        expected += taken;
        begin = lines.back().next;
        continue;
      }
      Line line;
      if (sameLine(p, size, begin, left.data(), leftLines[expected], lfOnly, line)) {
        lines.push_back(line);
        ids.push_back(leftIds[expected]);
        ++expected;
        begin = line.next;
        continue;
      }
    }
    Line line;
    const uint64_t h = scanLine(p, size, begin, breaks, line);
    lines.push_back(line);
    const uint32_t id = interner.intern(lfOnly ? line.withBreak(text) : line.content(text), h);
    ids.push_back(id);
    // A line the left side has: resume after it. A new one: most often it replaced the expected
    // line, so expect the next.
    expected = id < leftDistinct ? leftIndexOfId[id] + 1 : expected + 1;
    begin = line.next;
  }
}

// Line endings from the split lines' terminators (no second pass over the bytes); under
// kLfOnly a CR may hide inside lines, so that case scans the text.
LineEndings endingsOf(std::string_view text, const std::vector<Line>& lines, LineBreaks breaks) {
  if (breaks != LineBreaks::kAny) return detectLineEndings(text);
  bool lf = false, crlf = false, cr = false;
  for (const Line& line : lines) {
    const uint32_t length = line.next - line.end;
    if (length == 2) {
      crlf = true;
    } else if (length == 1) {
      (text[line.end] == '\n' ? lf : cr) = true;
    }
  }
  const int kinds = int(lf) + int(crlf) + int(cr);
  if (kinds == 0) return LineEndings::kNone;
  if (kinds > 1) return LineEndings::kMixed;
  return lf ? LineEndings::kLf : crlf ? LineEndings::kCrlf : LineEndings::kCr;
}

ByteRange insertionPoint(const std::vector<Line>& lines, uint32_t index, std::string_view text) {
  const uint32_t at =
      index < lines.size() ? lines[index].begin : static_cast<uint32_t>(text.size());
  return {at, at};
}

// Both sides split into lines and the edit script between them.
struct LineScript {
  std::vector<Line> leftLines, rightLines;
  SequenceDiff script;
};

// Where the line starting at `begin` ends: its first LF (or CR too, under kAny), or the text's
// end. Sixteen bytes a step while no byte below 14 shows up (most of a line of prose).
inline uint32_t breakFrom(const char* p, uint32_t size, uint32_t begin, bool crToo) {
  uint32_t i = begin;
  for (; i + 16 <= size; i += 16) {
    uint64_t w0, w1;
    std::memcpy(&w0, p + i, 8);
    std::memcpy(&w1, p + i + 8, 8);
    if (mayHoldBreak(w0, w1)) break;
  }
  for (; i + 8 <= size; i += 8) {
    uint64_t word;
    std::memcpy(&word, p + i, 8);
    uint64_t found = matchingBytes(word, kOnes * '\n');
    if (crToo) found |= matchingBytes(word, kOnes * '\r');
    if (found != 0) return i + (static_cast<uint32_t>(__builtin_ctzll(found)) >> 3);
  }
  for (; i < size; ++i) {
    if (p[i] == '\n' || (crToo && p[i] == '\r')) return i;
  }
  return size;
}

// One side of NearIdenticalWalk: where its next unplaced line starts, and the lines after it
// split and interned so far (only near a difference).
struct AheadLines {
  std::string_view text;
  uint32_t at = 0;
  std::vector<Line> lines;
  std::vector<uint32_t> ids;

  // True when at least `count` lines from `at` are split (false: the text has fewer).
  bool reach(size_t count, LineBreaks breaks, LineInterner& interner) {
    const uint32_t size = static_cast<uint32_t>(text.size());
    while (lines.size() < count) {
      const uint32_t begin = lines.empty() ? at : lines.back().next;
      if (begin >= size) return false;
      Line line;
      const uint64_t h = scanLine(text.data(), size, begin, breaks, line);
      lines.push_back(line);
      ids.push_back(interner.intern(
          breaks == LineBreaks::kLfOnly ? line.withBreak(text) : line.content(text), h));
    }
    return true;
  }
};

// Near-identical texts without interning every line: walk both texts together; where their
// bytes agree (one compare, sixteen bytes a step) the lines are equal pairs; where they part,
// split and intern only the lines just ahead on each side and resume at the nearest equal pair
// (fewest lines skipped). The skipped lines are the script's removals and insertions. Such a
// script is minimal when no removed line equals an added one: then every line has as many
// pairs as its rarer side has copies (sum over lines of min(count left, count right), which
// bounds any common subsequence). When a removed line equals an added one (a moved line), the
// walk still splits both sides and the caller diffs the lines' ids; when changes are too dense,
// or the walk has spent its probe budget, the caller splits and diffs every line itself.
class NearIdenticalWalk {
 public:
  NearIdenticalWalk(std::string_view left, std::string_view right, LineBreaks breaks,
                    LineScript& out)
      : breaks_(breaks), out_(out) {
    a_.text = left, b_.text = right;
    probes_ = (static_cast<long long>(left.size()) + right.size()) / 64 + 4096;
    ops_.reserve(left.size() / 32 + 16);
    out.leftLines.reserve(left.size() / 48 + 16);
    out.rightLines.reserve(left.size() / 48 + 16);
  }

  /// How far the walk got: a minimal script, both sides split but a script not shown minimal
  /// (a removed line equals an added one: out's lines are complete, its script is not set), or
  /// nothing usable.
  enum class Outcome { kMinimal, kSplitOnly, kGaveUp };

  Outcome run() {
    const uint32_t leftSize = static_cast<uint32_t>(a_.text.size());
    const uint32_t rightSize = static_cast<uint32_t>(b_.text.size());
    for (;;) {
      if (a_.at < leftSize && b_.at < rightSize) pairEqualBytes();
      if (a_.at >= leftSize && b_.at >= rightSize) break;
      // The texts part here.
      a_.lines.clear(), a_.ids.clear(), b_.lines.clear(), b_.ids.clear();
      size_t di = 0, dj = 0;
      const Ahead next = nearestEqualPair(di, dj);
      if (next == Ahead::kOverBudget) return Outcome::kGaveUp;
      if (next == Ahead::kNone) {
        // No line of one side's rest is in the other's: all of both rests are changes.
        a_.reach(SIZE_MAX, breaks_, interner_);
        b_.reach(SIZE_MAX, breaks_, interner_);
        skip(a_, a_.lines.size(), kRemoved, out_.leftLines);
        skip(b_, b_.lines.size(), kAdded, out_.rightLines);
        break;
      }
      skip(a_, di, kRemoved, out_.leftLines);
      skip(b_, dj, kAdded, out_.rightLines);
      // Not near-identical (more than one line in five a change): Myers does better there.
      skipped_ += di + dj;
      if (skipped_ > 64 + ops_.size() / 4) return Outcome::kGaveUp;
      pair(a_.lines[di], b_.lines[dj]);
      a_.at = a_.lines[di].next;
      b_.at = b_.lines[dj].next;
    }
    if (conflict_) {
      out_.script.ops = std::move(ops_);  // Kept for the caller: which right line pairs which left.
      return Outcome::kSplitOnly;
    }
    // Each change was placed removals first, then additions, as a script lists them.
    SequenceDiff& script = out_.script;
    for (EditOp op : ops_) {
      if (op == EditOp::kEqual) {
        ++script.equal;
      } else if (op == EditOp::kDelete) {
        ++script.deleted;
      } else {
        ++script.inserted;
      }
    }
    script.ops = std::move(ops_);
    script.minimal = true;
    return Outcome::kMinimal;
  }

 private:
  enum class Ahead { kFound, kNone, kOverBudget };
  static constexpr uint8_t kRemoved = 1, kAdded = 2;

  void pair(const Line& left, const Line& right) {
    out_.leftLines.push_back(left);
    out_.rightLines.push_back(right);
    ops_.push_back(EditOp::kEqual);
  }

  // From both cursors, the bytes the texts share: every left line wholly inside them and ending
  // in LF or CRLF is a pair (a lone CR or the text's end could end a line on one side only).
  void pairEqualBytes() {
    const char* l = a_.text.data();
    const uint32_t leftSize = static_cast<uint32_t>(a_.text.size());
    const uint32_t room = std::min(leftSize - a_.at, static_cast<uint32_t>(b_.text.size()) - b_.at);
    const uint32_t runEnd = a_.at + commonBytes(l + a_.at, b_.text.data() + b_.at, room);
    const uint32_t shift = b_.at - a_.at;  // Modulo 2^32, as in takeEqualRun.
    while (a_.at < runEnd) {
      const uint32_t end = breakFrom(l, leftSize, a_.at, breaks_ == LineBreaks::kAny);
      if (end >= runEnd) break;
      const uint32_t next = nextLineStart(l, leftSize, end);
      if (next > runEnd || l[next - 1] != '\n') break;
      // Written here, not through pair(): WebAssembly builds did not inline it, and this loop
      // runs once per line of a near-identical pair.
      out_.leftLines.push_back({a_.at, end, next});
      out_.rightLines.push_back({a_.at + shift, end + shift, next + shift});
      ops_.push_back(EditOp::kEqual);
      a_.at = next;
    }
    b_.at = a_.at + shift;
  }

  // The nearest equal pair of lines ahead: di left and dj right lines skipped, d = di + dj
  // fewest first; within one d balanced skips first (a changed line is the most common edit,
  // and trying one side first lets a repeated line pair up by accident).
  Ahead nearestEqualPair(size_t& di, size_t& dj) {
    for (size_t d = 0;; ++d) {
      if ((probes_ -= static_cast<long long>(d) + 1) < 0) return Ahead::kOverBudget;
      bool candidates = false;
      for (size_t t = 0; t <= d; ++t) {
        di = t % 2 ? d / 2 + (t + 1) / 2 : d / 2 - t / 2;
        dj = d - di;
        if (!a_.reach(di + 1, breaks_, interner_) || !b_.reach(dj + 1, breaks_, interner_)) {
          continue;
        }
        candidates = true;
        if (a_.ids[di] == b_.ids[dj]) return Ahead::kFound;
      }
      if (!candidates) return Ahead::kNone;
    }
  }

  // Places the next `count` lines of `side` as removed or added, noting when one of them equals
  // a line placed the other way (the script may then not be minimal).
  void skip(AheadLines& side, size_t count, uint8_t way, std::vector<Line>& lines) {
    for (size_t k = 0; k < count; ++k) {
      const uint32_t id = side.ids[k];
      if (id >= ways_.size()) ways_.resize(id + 1, 0);
      if ((ways_[id] |= way) == (kRemoved | kAdded)) conflict_ = true;
      lines.push_back(side.lines[k]);
      ops_.push_back(way == kRemoved ? EditOp::kDelete : EditOp::kInsert);
    }
  }

  LineBreaks breaks_;
  LineScript& out_;
  AheadLines a_, b_;
  LineInterner interner_{1024};  // Only the lines near a difference.
  std::vector<uint8_t> ways_;    // Per id: removed somewhere, added somewhere.
  std::vector<EditOp> ops_;
  long long probes_;
  size_t skipped_ = 0;     // Lines placed as removed or added.
  bool conflict_ = false;  // A removed line equals an added one.
};

// After a walk that split both sides but could not show its script minimal (a line moved):
// the lines' ids from their known extents (no break search), each right line the walk paired
// taking its left line's id (no hash or compare), then the full search on the ids.
void idsOfWalkedLines(std::string_view left, std::string_view right, LineBreaks breaks,
                      LineScript& out) {
  const bool lfOnly = breaks == LineBreaks::kLfOnly;
  const auto key = [lfOnly](std::string_view text, const Line& line) {
    return lfOnly ? line.withBreak(text) : line.content(text);
  };
  LineInterner interner(left.size() / 64 + 64);
  std::vector<uint32_t> a(out.leftLines.size()), b(out.rightLines.size());
  for (size_t i = 0; i < a.size(); ++i) a[i] = interner.intern(key(left, out.leftLines[i]));
  size_t i = 0, j = 0;
  for (EditOp op : out.script.ops) {
    if (op == EditOp::kEqual) {
      b[j++] = a[i++];
    } else if (op == EditOp::kDelete) {
      ++i;
    } else {
      b[j] = interner.intern(key(right, out.rightLines[j]));
      ++j;
    }
  }
  out.script = diffSequences(a, b);
}

LineScript scriptOf(std::string_view left, std::string_view right, const LineDiffOptions& options) {
  LineScript out;
  const auto walked = NearIdenticalWalk(left, right, options.lineBreaks, out).run();
  if (walked == NearIdenticalWalk::Outcome::kMinimal) return out;
  if (walked == NearIdenticalWalk::Outcome::kSplitOnly) {
    idsOfWalkedLines(left, right, options.lineBreaks, out);
    return out;
  }
  out = LineScript{};
  std::vector<uint32_t> a, b;
  // Sized for the left lines of prose or code (it grows if there are more); the right side
  // mostly reuses their ids.
  LineInterner interner(left.size() / 64 + 64);
  splitLeft(left, options.lineBreaks, interner, out.leftLines, a);
  splitRight(left, out.leftLines, a, right, options.lineBreaks, interner, out.rightLines, b);
  out.script = diffSequences(a, b);
  return out;
}

// The counts and endings both result types carry.
template <typename Diff>
void describe(const LineScript& s, std::string_view left, std::string_view right,
              const LineDiffOptions& options, Diff& diff) {
  diff.leftLines = static_cast<uint32_t>(s.leftLines.size());
  diff.rightLines = static_cast<uint32_t>(s.rightLines.size());
  diff.leftEndings = endingsOf(left, s.leftLines, options.lineBreaks);
  diff.rightEndings = endingsOf(right, s.rightLines, options.lineBreaks);
  diff.minimal = s.script.minimal;
  diff.equal = s.script.equal;
  diff.removed = s.script.deleted;
  diff.added = s.script.inserted;
}

const char* const kTooLarge = "Input too large: each text must be under 1 GiB.";

}  // namespace

Result<LineDiff> diffLines(std::string_view left, std::string_view right,
                           const LineDiffOptions& options) {
  if (left.size() >= kMaxInputBytes || right.size() >= kMaxInputBytes) {
    return Result<LineDiff>::failure(kTooLarge);
  }
  const LineScript s = scriptOf(left, right, options);
  const std::vector<Line>& leftLines = s.leftLines;
  const std::vector<Line>& rightLines = s.rightLines;
  const std::vector<EditOp>& steps = s.script.ops;
  LineDiff diff;
  describe(s, left, right, options, diff);
  diff.rows.reserve(steps.size());  // One row per step: no regrowth.
  uint32_t i = 0, j = 0;
  for (size_t k = 0; k < steps.size(); ++k) {
    // Within a change the script lists deletions before insertions, as rows must be.
    switch (steps[k]) {
      case EditOp::kEqual:
        diff.rows.push_back({RowKind::kEqual,
                             i,
                             j,
                             {leftLines[i].begin, leftLines[i].end},
                             {rightLines[j].begin, rightLines[j].end}});
        ++i, ++j;
        break;
      case EditOp::kDelete:
        diff.rows.push_back({RowKind::kRemoved,
                             i,
                             j,
                             {leftLines[i].begin, leftLines[i].end},
                             insertionPoint(rightLines, j, right)});
        ++i;
        break;
      case EditOp::kInsert:
        diff.rows.push_back({RowKind::kAdded,
                             i,
                             j,
                             insertionPoint(leftLines, i, left),
                             {rightLines[j].begin, rightLines[j].end}});
        ++j;
        break;
    }
  }
  return diff;
}

Result<LineHunks> diffLineHunks(std::string_view left, std::string_view right,
                                const LineDiffOptions& options) {
  if (left.size() >= kMaxInputBytes || right.size() >= kMaxInputBytes) {
    return Result<LineHunks>::failure(kTooLarge);
  }
  const LineScript s = scriptOf(left, right, options);
  const std::vector<EditOp>& steps = s.script.ops;
  LineHunks diff;
  describe(s, left, right, options, diff);
  uint32_t i = 0, j = 0;
  static_assert(static_cast<uint8_t>(EditOp::kEqual) == 0, "equal runs are skipped as zero bytes");
  for (size_t k = 0; k < steps.size();) {
    if (steps[k] == EditOp::kEqual) {
      // Equal steps are most of a near-identical script: eight of them a step.
      const size_t from = k;
      uint64_t word = 0;
      while (k + 8 <= steps.size() && (std::memcpy(&word, &steps[k], 8), word == 0)) k += 8;
      while (k < steps.size() && steps[k] == EditOp::kEqual) ++k;
      i += static_cast<uint32_t>(k - from), j += static_cast<uint32_t>(k - from);
      continue;
    }
    LineHunk hunk{i, 0, j, 0};
    for (; k < steps.size() && steps[k] == EditOp::kDelete; ++k) ++hunk.leftCount;
    for (; k < steps.size() && steps[k] == EditOp::kInsert; ++k) ++hunk.rightCount;
    i += hunk.leftCount, j += hunk.rightCount;
    diff.hunks.push_back(hunk);
  }
  return diff;
}

}  // namespace concord
