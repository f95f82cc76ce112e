#include "concord/inline_diff.h"

#include <algorithm>
#include <deque>
#include <string>

#include "concord/interner.h"
#include "concord/sequence_diff.h"

namespace concord {
namespace {

// An equal stretch or a change (one contiguous range per side, either possibly empty).
struct Segment {
  bool equal = false;
  ByteRange left, right;
};

uint32_t codePoints(std::string_view text, ByteRange range) {
  uint32_t count = 0;
  for (uint32_t i = range.begin; i < range.end; ++i) {
    count += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  }
  return count;
}

bool anyKeyOption(const InlineDiffOptions& o) {
  return normalizes(o.text) || o.join == LineJoin::kJoin;
}

// The pieces of one side that take part in the diff. A piece whose key is empty (ignored
// whitespace or punctuation) joins the piece before it, so that ignored text rides along as
// equal instead of showing as a change.
struct Pieces {
  std::vector<ByteRange> ranges;
  std::vector<uint32_t> ids;
  uint32_t leadEnd = 0;  // Ignored bytes before the first piece.
};

// Keys of both sides, interned as views: raw keys point into the texts, normalized ones into
// `storage` (a deque, so that they never move).
struct KeyTable {
  explicit KeyTable(size_t expected) : interner(expected) {}
  StringInterner interner;
  std::deque<std::string> storage;
};

Pieces makePieces(std::string_view text, const std::vector<ByteRange>& raw,
                  const InlineDiffOptions& options, KeyTable& keys) {
  Pieces pieces;
  const bool normalize = anyKeyOption(options);
  pieces.leadEnd = static_cast<uint32_t>(text.size());
  pieces.ranges.reserve(raw.size());
  pieces.ids.reserve(raw.size());
  for (const ByteRange& range : raw) {
    std::string_view key = range.in(text);
    if (normalize) {
      keys.storage.push_back(comparisonKey(key, options.text, options.join));
      key = keys.storage.back();
    }
    if (key.empty()) continue;
    if (pieces.ranges.empty()) pieces.leadEnd = range.begin;
    pieces.ranges.push_back({range.begin, range.end});
    pieces.ids.push_back(keys.interner.intern(key));
  }
  for (size_t k = 0; k < pieces.ranges.size(); ++k) {
    pieces.ranges[k].end = k + 1 < pieces.ranges.size() ? pieces.ranges[k + 1].begin
                                                        : static_cast<uint32_t>(text.size());
  }
  return pieces;
}

// Segments of a diff of two piece lists.
std::vector<Segment> diffPieces(std::string_view left, std::string_view right,
                                const std::vector<ByteRange>& leftRaw,
                                const std::vector<ByteRange>& rightRaw,
                                const InlineDiffOptions& options, bool& minimal) {
  KeyTable keys(leftRaw.size() + rightRaw.size());
  const Pieces a = makePieces(left, leftRaw, options, keys);
  const Pieces b = makePieces(right, rightRaw, options, keys);
  // Huge paragraphs (a whole book on one line) must not stall the view: past 20,000 tokens the
  // search gives up on minimality sooner.
  SequenceDiffOptions limits;
  limits.costLimit = a.ids.size() + b.ids.size() > 20000 ? 64 : 0;
  const SequenceDiff script = diffSequences(a.ids, b.ids, limits);
  minimal = minimal && script.minimal;
  std::vector<Segment> segments;
  if (a.leadEnd > 0 || b.leadEnd > 0) segments.push_back({true, {0, a.leadEnd}, {0, b.leadEnd}});
  uint32_t leftPos = a.leadEnd, rightPos = b.leadEnd;
  size_t i = 0, j = 0;
  for (EditOp op : script.ops) {
    ByteRange l{leftPos, leftPos}, r{rightPos, rightPos};
    if (op != EditOp::kInsert) l = a.ranges[i++];
    if (op != EditOp::kDelete) r = b.ranges[j++];
    leftPos = l.end;
    rightPos = r.end;
    const bool equal = op == EditOp::kEqual;
    if (!segments.empty() && segments.back().equal == equal) {
      segments.back().left.end = l.end;
      segments.back().right.end = r.end;
    } else {
      segments.push_back({equal, l, r});
    }
  }
  return segments;
}

uint32_t largerSide(std::string_view left, std::string_view right, const Segment& s) {
  return std::max(codePoints(left, s.left), codePoints(right, s.right));
}

// diff-match-patch's cleanupSemantic, on segments: an equality no longer than the changes on
// either side of it is folded into one change with them, repeatedly, leftwards.
std::vector<Segment> cleanupSemantic(std::string_view left, std::string_view right,
                                     const std::vector<Segment>& segments) {
  std::vector<Segment> out;
  for (const Segment& segment : segments) {
    if (!segment.equal && !out.empty() && !out.back().equal) {
      out.back().left.end = segment.left.end;
      out.back().right.end = segment.right.end;
    } else {
      out.push_back(segment);
    }
    while (out.size() >= 3 && !out.back().equal && out[out.size() - 2].equal &&
           !out[out.size() - 3].equal) {
      const Segment after = out.back(), equality = out[out.size() - 2],
                    before = out[out.size() - 3];
      const uint32_t length = largerSide(left, right, equality);
      if (length > largerSide(left, right, before) || length > largerSide(left, right, after)) {
        break;
      }
      out.resize(out.size() - 3);
      out.push_back(
          {false, {before.left.begin, after.left.end}, {before.right.begin, after.right.end}});
    }
  }
  return out;
}

bool hasSpace(std::string_view text, ByteRange range) {
  for (const Token& t : tokenize(range.in(text))) {
    if (t.kind == TokenKind::kSpace) return true;
  }
  return false;
}

// Character-level segments for a short change whose sides are mostly alike ("U.S." / "US",
// "colour" / "color"); the change itself when they are not.
std::vector<Segment> refineToCharacters(std::string_view left, std::string_view right,
                                        const Segment& change, const InlineDiffOptions& options,
                                        bool& minimal) {
  constexpr uint32_t kMaxCodePoints = 32;
  const uint32_t leftChars = codePoints(left, change.left),
                 rightChars = codePoints(right, change.right);
  if (leftChars == 0 || rightChars == 0 || leftChars > kMaxCodePoints ||
      rightChars > kMaxCodePoints || hasSpace(left, change.left) || hasSpace(right, change.right)) {
    return {change};  // Only changes inside one word ("U.S." is one) go to characters.
  }
  std::vector<ByteRange> a = splitCharacters(change.left.in(left));
  std::vector<ByteRange> b = splitCharacters(change.right.in(right));
  for (ByteRange& r : a) r.begin += change.left.begin, r.end += change.left.begin;
  for (ByteRange& r : b) r.begin += change.right.begin, r.end += change.right.begin;
  // Work on the change's own bytes only: substrings keep piece ends inside the change.
  const std::string_view leftPart = left.substr(0, change.left.end);
  const std::string_view rightPart = right.substr(0, change.right.end);
  bool charMinimal = true;
  std::vector<Segment> chars = diffPieces(leftPart, rightPart, a, b, options, charMinimal);
  // diffPieces starts its cursors at the first piece; a leading ignored stretch before it
  // belongs to the change's own start.
  if (!chars.empty() && chars.front().equal && chars.front().left.begin == 0 &&
      chars.front().right.begin == 0) {
    chars.front().left.begin = change.left.begin;
    chars.front().right.begin = change.right.begin;
  }
  // Worth it only when more characters stay than change: "colour" / "color" and "U.S." / "US"
  // go to characters, "Tuesday" / "Wednesday" stays a whole-word change.
  uint32_t common = 0;
  for (const Segment& s : chars) {
    if (s.equal) common += codePoints(left, s.left);
  }
  if (common == 0 || (leftChars - common) + (rightChars - common) > common) return {change};
  minimal = minimal && charMinimal;
  return chars;
}

}  // namespace

InlineDiff diffInline(std::string_view left, std::string_view right,
                      const InlineDiffOptions& options) {
  InlineDiff diff;
  const std::vector<Token> leftTokens = tokenize(left), rightTokens = tokenize(right);
  std::vector<ByteRange> a, b;
  a.reserve(leftTokens.size());
  b.reserve(rightTokens.size());
  for (const Token& t : leftTokens) a.push_back(t.range);
  for (const Token& t : rightTokens) b.push_back(t.range);
  std::vector<Segment> segments = diffPieces(left, right, a, b, options, diff.minimal);
  if (options.semanticCleanup) segments = cleanupSemantic(left, right, segments);

  std::vector<Segment> refined;
  refined.reserve(segments.size());
  for (const Segment& segment : segments) {
    if (segment.equal || !options.characterLevel) {
      refined.push_back(segment);
      continue;
    }
    for (const Segment& s : refineToCharacters(left, right, segment, options, diff.minimal)) {
      refined.push_back(s);
    }
  }

  for (const Segment& s : refined) {
    if (s.equal) {
      if (s.left.size() == 0 && s.right.size() == 0) continue;
      if (!diff.ops.empty() && diff.ops.back().kind == InlineKind::kEqual &&
          diff.ops.back().left.end == s.left.begin) {
        diff.ops.back().left.end = s.left.end;
        diff.ops.back().right.end = s.right.end;
      } else {
        diff.ops.push_back({InlineKind::kEqual, s.left, s.right});
      }
      continue;
    }
    if (s.left.size() > 0) {
      diff.ops.push_back({InlineKind::kRemoved, s.left, {s.right.begin, s.right.begin}});
    }
    if (s.right.size() > 0) {
      diff.ops.push_back({InlineKind::kAdded, {s.left.end, s.left.end}, s.right});
    }
  }

  // Each token counts once per side, in the op holding its first byte.
  size_t li = 0, ri = 0;
  for (const InlineOp& op : diff.ops) {
    if (op.kind != InlineKind::kAdded) {
      uint32_t words = 0, symbols = 0;
      for (; li < leftTokens.size() && leftTokens[li].range.begin < op.left.end; ++li) {
        if (leftTokens[li].range.begin < op.left.begin) continue;
        words += leftTokens[li].kind == TokenKind::kWord;
        symbols += leftTokens[li].kind == TokenKind::kSymbol;
      }
      if (op.kind == InlineKind::kEqual) {
        diff.keptLeftWords += words;
      } else {
        diff.deletedWords += words;
        diff.deletedSymbols += symbols;
      }
    }
    if (op.kind != InlineKind::kRemoved) {
      uint32_t words = 0, symbols = 0;
      for (; ri < rightTokens.size() && rightTokens[ri].range.begin < op.right.end; ++ri) {
        if (rightTokens[ri].range.begin < op.right.begin) continue;
        words += rightTokens[ri].kind == TokenKind::kWord;
        symbols += rightTokens[ri].kind == TokenKind::kSymbol;
      }
      if (op.kind == InlineKind::kEqual) {
        diff.keptRightWords += words;
      } else {
        diff.insertedWords += words;
        diff.insertedSymbols += symbols;
      }
    }
  }
  return diff;
}

}  // namespace concord
