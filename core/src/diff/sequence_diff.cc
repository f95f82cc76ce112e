#include "concord/sequence_diff.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstring>
#include <memory>
#include <unordered_map>

namespace concord {
namespace {

// Snakes (runs of equal ids along a diagonal) are most of the search on near-identical inputs,
// where every level of bisection walks the long equal stretches again: they compare two ids a
// step, as one 64-bit word.
inline uint64_t pairAt(const uint32_t* ids, int at) {
  uint64_t pair;
  std::memcpy(&pair, ids + at, 8);
  return pair;
}

// The end of the snake from (x, y) forward, within (xlim, ylim): the x where it stops.
inline int snakeForward(const uint32_t* a, const uint32_t* b, int x, int y, int xlim, int ylim) {
  const int steps = std::min(xlim - x, ylim - y);
  int k = 0;
  while (k + 2 <= steps && pairAt(a, x + k) == pairAt(b, y + k)) k += 2;
  if (k < steps && a[x + k] == b[y + k]) ++k;
  return x + k;
}

// The start of the snake ending at (x, y), going back no further than (xoff, yoff).
inline int snakeBackward(const uint32_t* a, const uint32_t* b, int x, int y, int xoff, int yoff) {
  const int steps = std::min(x - xoff, y - yoff);
  int k = 0;
  while (k + 2 <= steps && pairAt(a, x - k - 2) == pairAt(b, y - k - 2)) k += 2;
  if (k < steps && a[x - k - 1] == b[y - k - 1]) ++k;
  return x - k;
}

// A sub-rectangle of the edit graph still to be solved.
struct Box {
  int xoff, xlim, yoff, ylim;
};

// Myers' bidirectional search for a middle snake, in the style of GNU diffutils' diffseq.h:
// forward and backward furthest-reaching paths meet at a point the optimal path crosses, which
// splits the problem in two. Past `costLimit` steps it returns the split that got furthest,
// which keeps the script valid but may make it longer than minimal.
class Bisector {
 public:
  // The diagonal arrays are left uninitialised: the search writes each entry before it reads it
  // (zero-filling them was a visible part of a near-identical diff).
  Bisector(const uint32_t* a, size_t n, const uint32_t* b, size_t m, uint32_t costLimit,
           bool forceMinimal)
      : a_(a),
        b_(b),
        offset_(static_cast<int>(m) + 1),
        fd_(new int[n + m + 3]),
        bd_(new int[n + m + 3]),
        costLimit_(static_cast<int>(costLimit)),
        forceMinimal_(forceMinimal) {}

  // Marks matched elements of a and b; solves boxes from an explicit stack, so that deep splits
  // never exhaust the (small, in WebAssembly) call stack.
  void solve(std::vector<uint8_t>& matchA, std::vector<uint8_t>& matchB, int n, int m) {
    std::vector<Box> stack{{0, n, 0, m}};
    while (!stack.empty()) {
      Box box = stack.back();
      stack.pop_back();
      while (box.xoff < box.xlim && box.yoff < box.ylim && a_[box.xoff] == b_[box.yoff]) {
        matchA[box.xoff++] = 1;
        matchB[box.yoff++] = 1;
      }
      while (box.xoff < box.xlim && box.yoff < box.ylim && a_[box.xlim - 1] == b_[box.ylim - 1]) {
        matchA[--box.xlim] = 1;
        matchB[--box.ylim] = 1;
      }
      if (box.xoff == box.xlim || box.yoff == box.ylim) continue;
      int xmid, ymid;
      split(box, xmid, ymid);
      const bool degenerate =
          (xmid == box.xoff && ymid == box.yoff) || (xmid == box.xlim && ymid == box.ylim);
      if (degenerate) {
        // Cannot happen for a minimal search; after a cut-short one, give up on this box
        // (all of it deleted and inserted) rather than loop.
        minimal_ = false;
        continue;
      }
      stack.push_back({xmid, box.xlim, ymid, box.ylim});
      stack.push_back({box.xoff, xmid, box.yoff, ymid});
    }
  }

  bool minimal() const { return minimal_; }

 private:
  int& fd(int diagonal) { return fd_[diagonal + offset_]; }
  int& bd(int diagonal) { return bd_[diagonal + offset_]; }

  void split(const Box& box, int& xmid, int& ymid) {
    const int xoff = box.xoff, xlim = box.xlim, yoff = box.yoff, ylim = box.ylim;
    const int dmin = xoff - ylim, dmax = xlim - yoff;
    const int fmid = xoff - yoff, bmid = xlim - ylim;
    int fmin = fmid, fmax = fmid, bmin = bmid, bmax = bmid;
    const bool odd = ((fmid - bmid) & 1) != 0;
    fd(fmid) = xoff;
    bd(bmid) = xlim;
    for (int cost = 1;; ++cost) {
      if (fmin > dmin) {
        fd(--fmin - 1) = -1;
      } else {
        ++fmin;
      }
      if (fmax < dmax) {
        fd(++fmax + 1) = -1;
      } else {
        --fmax;
      }
      for (int d = fmax; d >= fmin; d -= 2) {
        const int tlo = fd(d - 1), thi = fd(d + 1);
        int x = tlo >= thi ? tlo + 1 : thi;
        x = x < xlim && x - d < ylim ? snakeForward(a_, b_, x, x - d, xlim, ylim) : x;
        const int y = x - d;
        fd(d) = x;
        if (odd && bmin <= d && d <= bmax && bd(d) <= x) {
          xmid = x;
          ymid = y;
          return;
        }
      }
      if (bmin > dmin) {
        bd(--bmin - 1) = INT_MAX;
      } else {
        ++bmin;
      }
      if (bmax < dmax) {
        bd(++bmax + 1) = INT_MAX;
      } else {
        --bmax;
      }
      for (int d = bmax; d >= bmin; d -= 2) {
        const int tlo = bd(d - 1), thi = bd(d + 1);
        int x = tlo < thi ? tlo : thi - 1;
        x = x > xoff && x - d > yoff ? snakeBackward(a_, b_, x, x - d, xoff, yoff) : x;
        const int y = x - d;
        bd(d) = x;
        if (!odd && fmin <= d && d <= fmax && x <= fd(d)) {
          xmid = x;
          ymid = y;
          return;
        }
      }
      if (forceMinimal_ || cost < costLimit_) continue;
      // Too expensive: take whichever of the furthest forward or backward points got further.
      minimal_ = false;
      int fxybest = -1, fxbest = xoff;
      for (int d = fmax; d >= fmin; d -= 2) {
        int x = std::min(fd(d), xlim), y = x - d;
        if (y > ylim) x = ylim + d, y = ylim;
        if (x + y > fxybest) fxybest = x + y, fxbest = x;
      }
      int bxybest = INT_MAX, bxbest = xlim;
      for (int d = bmax; d >= bmin; d -= 2) {
        int x = std::max(xoff, bd(d)), y = x - d;
        if (y < yoff) x = yoff + d, y = yoff;
        if (x + y < bxybest) bxybest = x + y, bxbest = x;
      }
      if ((xlim + ylim) - bxybest < fxybest - (xoff + yoff)) {
        xmid = fxbest;
        ymid = fxybest - fxbest;
      } else {
        xmid = bxbest;
        ymid = bxybest - bxbest;
      }
      return;
    }
  }

  const uint32_t* a_;
  const uint32_t* b_;
  int offset_;
  std::unique_ptr<int[]> fd_, bd_;
  int costLimit_;
  bool forceMinimal_;
  bool minimal_ = true;
};

// Ids that occur on only one side can never be matched; leaving them out of the search keeps
// the common subsequence the same and makes unrelated texts cheap (GNU diff does the same).
// Fills keepLeft/keepRight (1 = the id occurs on the other side too) in one table for both.
// (Views, not vectors: the middle of a near-identical pair is most of it, and copying it was a
// visible part of a large diff in WebAssembly.)
void presentOnBothSides(const uint32_t* left, size_t leftCount, const uint32_t* right,
                        size_t rightCount, std::vector<uint8_t>& keepLeft,
                        std::vector<uint8_t>& keepRight) {
  keepLeft.assign(leftCount, 0);
  keepRight.assign(rightCount, 0);
  uint32_t maxId = 0;
  for (size_t k = 0; k < leftCount; ++k) maxId = std::max(maxId, left[k]);
  for (size_t k = 0; k < rightCount; ++k) maxId = std::max(maxId, right[k]);
  if (maxId <= 4 * (leftCount + rightCount) + 1024) {
    std::vector<uint8_t> sides(static_cast<size_t>(maxId) + 1, 0);  // bit 0 left, bit 1 right
    for (size_t k = 0; k < leftCount; ++k) sides[left[k]] |= 1;
    for (size_t k = 0; k < rightCount; ++k) sides[right[k]] |= 2;
    for (size_t k = 0; k < leftCount; ++k) keepLeft[k] = sides[left[k]] >> 1;
    for (size_t k = 0; k < rightCount; ++k) keepRight[k] = sides[right[k]] & 1;
  } else {
    std::unordered_map<uint32_t, uint8_t> sides;
    sides.reserve(leftCount + rightCount);
    for (size_t k = 0; k < leftCount; ++k) sides[left[k]] |= 1;
    for (size_t k = 0; k < rightCount; ++k) sides[right[k]] |= 2;
    for (size_t k = 0; k < leftCount; ++k) keepLeft[k] = sides[left[k]] >> 1;
    for (size_t k = 0; k < rightCount; ++k) keepRight[k] = sides[right[k]] & 1;
  }
}

// The elements of `ids` whose `keep` flag is set, and their indices, in buffers that are not
// zero-filled first (written through a pointer: push_back's checks, then a vector's zero fill,
// were a visible part of a large diff).
struct Kept {
  std::unique_ptr<uint32_t[]> ids, index;
  size_t size = 0;
};

Kept keptOnly(const uint32_t* ids, const std::vector<uint8_t>& keep) {
  Kept kept{std::unique_ptr<uint32_t[]>(new uint32_t[keep.size() + 1]),
            std::unique_ptr<uint32_t[]>(new uint32_t[keep.size() + 1]), 0};
  uint32_t* id = kept.ids.get();
  uint32_t* at = kept.index.get();
  for (size_t k = 0; k < keep.size(); ++k) {
    *id = ids[k];
    *at = static_cast<uint32_t>(k);
    id += keep[k], at += keep[k];  // Written always, kept when flagged: no branch to mispredict.
  }
  kept.size = static_cast<size_t>(id - kept.ids.get());
  return kept;
}

// An upper bound on the common subsequence of a and b: each id can be matched at most as often
// as it occurs on its rarer side. 0 when the ids are too sparse for a counting table.
size_t commonSubsequenceBound(const uint32_t* a, size_t n, const uint32_t* b, size_t m) {
  uint32_t maxId = 0;
  for (size_t k = 0; k < n; ++k) maxId = std::max(maxId, a[k]);
  for (size_t k = 0; k < m; ++k) maxId = std::max(maxId, b[k]);
  if (maxId > 4 * (n + m) + 1024) return 0;
  std::vector<uint32_t> unmatched(static_cast<size_t>(maxId) + 1,
                                  0);  // Left copies not yet paired.
  for (size_t k = 0; k < n; ++k) ++unmatched[a[k]];
  size_t bound = 0;
  for (size_t k = 0; k < m; ++k) {
    const uint32_t id = b[k];
    if (unmatched[id] > 0) --unmatched[id], ++bound;
  }
  return bound;
}

// Near-identical inputs in one pass instead of Myers' bisections (which walk the long equal
// stretches again at every level): follow the snake from (0, 0); where it stops, resume at the
// nearest point where an element of a equals one of b (fewest elements skipped). Returns the
// number of elements skipped (the script's edits; a and b are marked where matched), or -1 after
// spending its probe budget (a few per element: a pair this cannot solve costs little on top of
// Myers). The script is valid, but minimal only if its edits reach a lower bound (the caller
// checks).
long long matchGreedily(const uint32_t* a, int n, const uint32_t* b, int m,
                        std::vector<uint8_t>& matchA, std::vector<uint8_t>& matchB) {
  long long probes = 4 * (static_cast<long long>(n) + m) + 4096;
  long long edits = 0;
  int i = 0, j = 0;
  while (i < n && j < m) {
    const int end = snakeForward(a, b, i, j, n, m);
    for (; i < end; ++i, ++j) matchA[i] = matchB[j] = 1;
    if (i == n || j == m) break;
    bool found = false;
    for (int d = 1; !found && d <= (n - i) + (m - j); ++d) {
      if ((probes -= d + 1) < 0) return -1;
      // Every way to skip d elements, di of them on the left.
      for (int di = std::max(0, d - (m - j - 1)); di <= d && i + di < n; ++di) {
        if (a[i + di] == b[j + d - di]) {
          edits += d, i += di, j += d - di, found = true;
          break;
        }
      }
    }
    if (!found) break;  // No element of a's rest is in b's rest: all of both are edits.
  }
  return edits + (n - i) + (m - j);
}

// True when `edits` for a and b is the fewest possible: no fewer than the length difference,
// and no fewer than n + m - 2 * commonSubsequenceBound.
bool isFewestEdits(long long edits, const uint32_t* a, size_t n, const uint32_t* b, size_t m) {
  if (edits < 0) return false;
  if (edits == std::abs(static_cast<long long>(n) - static_cast<long long>(m))) return true;
  const size_t bound = commonSubsequenceBound(a, n, b, m);
  return bound > 0 && edits == static_cast<long long>(n + m - 2 * bound);
}

}  // namespace

SequenceDiff diffSequences(const std::vector<uint32_t>& left, const std::vector<uint32_t>& right,
                           const SequenceDiffOptions& options) {
  const size_t n = left.size(), m = right.size();
  std::vector<uint8_t> matchLeft(n, 0), matchRight(m, 0);

  size_t prefix = 0;
  while (prefix < n && prefix < m && left[prefix] == right[prefix]) ++prefix;
  size_t suffix = 0;
  while (suffix < n - prefix && suffix < m - prefix &&
         left[n - 1 - suffix] == right[m - 1 - suffix]) {
    ++suffix;
  }
  for (size_t k = 0; k < prefix; ++k) matchLeft[k] = matchRight[k] = 1;
  for (size_t k = 0; k < suffix; ++k) matchLeft[n - 1 - k] = matchRight[m - 1 - k] = 1;

  bool minimal = true;
  if (prefix + suffix < n && prefix + suffix < m) {
    const uint32_t* middleLeft = left.data() + prefix;
    const uint32_t* middleRight = right.data() + prefix;
    const size_t middleLeftSize = n - prefix - suffix, middleRightSize = m - prefix - suffix;
    std::vector<uint8_t> keepLeft, keepRight;
    presentOnBothSides(middleLeft, middleLeftSize, middleRight, middleRightSize, keepLeft,
                       keepRight);
    const Kept a = keptOnly(middleLeft, keepLeft), b = keptOnly(middleRight, keepRight);
    if (a.size > 0 && b.size > 0) {
      uint32_t costLimit = options.costLimit;
      if (costLimit == 0) {
        costLimit = std::max<uint32_t>(
            256, static_cast<uint32_t>(std::sqrt(static_cast<double>(a.size + b.size))));
      }
      std::vector<uint8_t> matchA(a.size, 0), matchB(b.size, 0);
      // Near-identical pairs first: one greedy pass, kept when a bound proves it minimal.
      const long long edits = matchGreedily(a.ids.get(), static_cast<int>(a.size), b.ids.get(),
                                            static_cast<int>(b.size), matchA, matchB);
      if (!isFewestEdits(edits, a.ids.get(), a.size, b.ids.get(), b.size)) {
        std::fill(matchA.begin(), matchA.end(), 0);
        std::fill(matchB.begin(), matchB.end(), 0);
        Bisector bisector(a.ids.get(), a.size, b.ids.get(), b.size, costLimit,
                          options.forceMinimal);
        bisector.solve(matchA, matchB, static_cast<int>(a.size), static_cast<int>(b.size));
        minimal = bisector.minimal();
      }
      for (size_t i = 0; i < a.size; ++i) matchLeft[prefix + a.index[i]] = matchA[i];
      for (size_t j = 0; j < b.size; ++j) matchRight[prefix + b.index[j]] = matchB[j];
    }
  }

  // Matched elements pair up in order; unmatched ones between two pairs form one change.
  SequenceDiff diff;
  diff.minimal = minimal;
  // At most one op per element, written through a pointer (push_back's checks cost more than
  // the loop), then cut to size.
  diff.ops.resize(n + m);
  EditOp* op = diff.ops.data();
  size_t i = 0, j = 0;
  while (i < n || j < m) {
    for (; i < n && !matchLeft[i]; ++i) *op++ = EditOp::kDelete;
    for (; j < m && !matchRight[j]; ++j) *op++ = EditOp::kInsert;
    if (i < n && j < m) {
      // A run of matched pairs at once.
      const size_t start = i;
      while (i < n && j < m && matchLeft[i] && matchRight[j]) ++i, ++j;
      std::memset(op, static_cast<int>(EditOp::kEqual), i - start);
      op += i - start;
      diff.equal += static_cast<uint32_t>(i - start);
    }
  }
  diff.ops.resize(static_cast<size_t>(op - diff.ops.data()));
  diff.deleted = static_cast<uint32_t>(n - diff.equal);
  diff.inserted = static_cast<uint32_t>(m - diff.equal);
  return diff;
}

}  // namespace concord
