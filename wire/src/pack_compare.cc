#include <cstddef>

#include "concord/text.h"
#include "concord_wire/layouts.h"
#include "concord_wire/pack.h"

namespace concord_wire {
namespace {

void packHeader(const concord::AlignedDiff& diff, const WireText& left, const WireText& right,
                Packet& packet) {
  const concord::CompareStats& s = diff.stats;
  packet.ints.insert(
      packet.ints.end(),
      {static_cast<int32_t>(diff.unit), static_cast<int32_t>(diff.leftUnits.size()),
       static_cast<int32_t>(diff.rightUnits.size()), static_cast<int32_t>(s.kept),
       static_cast<int32_t>(s.changed), static_cast<int32_t>(s.added),
       static_cast<int32_t>(s.removed), static_cast<int32_t>(s.moved),
       static_cast<int32_t>(s.wordsInserted), static_cast<int32_t>(s.wordsDeleted),
       static_cast<int32_t>(s.leftWords), static_cast<int32_t>(s.rightWords), s.minimal ? 1 : 0,
       static_cast<int32_t>(concord::detectLineEndings(left.bytes)),
       static_cast<int32_t>(concord::detectLineEndings(right.bytes))});
  packet.closeInts(kCompareHeaderSection);
  packet.reals.push_back(s.similarity);
  packet.closeReals(kCompareRealHeaderSection);
}

// Rows; a side a row lacks gets an empty range at its insertion point: the start of the next
// unit on that side, found walking backwards.
void packRows(const concord::AlignedDiff& diff, const WireText& left, const WireText& right,
              OffsetSlots& slots, Packet& packet) {
  const size_t count = diff.rows.size();
  std::vector<concord::ByteRange> lefts(count), rights(count);
  uint32_t nextLeft = static_cast<uint32_t>(left.bytes.size());
  uint32_t nextRight = static_cast<uint32_t>(right.bytes.size());
  for (size_t r = count; r-- > 0;) {
    const concord::AlignedRow& row = diff.rows[r];
    lefts[r] = {nextLeft, nextLeft};
    rights[r] = {nextRight, nextRight};
    if (row.leftUnit >= 0) {
      const concord::Unit& unit = diff.leftUnits[static_cast<size_t>(row.leftUnit)];
      lefts[r] = unit.text;
      nextLeft = unit.span.begin;
    }
    if (row.rightUnit >= 0) {
      const concord::Unit& unit = diff.rightUnits[static_cast<size_t>(row.rightUnit)];
      rights[r] = unit.text;
      nextRight = unit.span.begin;
    }
  }
  for (size_t r = 0; r < count; ++r) {
    const concord::AlignedRow& row = diff.rows[r];
    packet.ints.insert(packet.ints.end(), {static_cast<int32_t>(row.kind), row.leftUnit});
    slots.push(0, lefts[r].begin);
    slots.push(0, lefts[r].end);
    packet.ints.push_back(row.rightUnit);
    slots.push(1, rights[r].begin);
    slots.push(1, rights[r].end);
    packet.ints.insert(packet.ints.end(), {row.moveId, static_cast<int32_t>(row.inlineBegin),
                                           static_cast<int32_t>(row.inlineEnd)});
    packet.reals.push_back(row.similarity);
  }
  packet.closeInts(kCompareRows);
  packet.closeReals(kCompareRowSimilarity);
}

void packInline(const concord::AlignedDiff& diff, OffsetSlots& slots, Packet& packet) {
  for (const concord::InlineOp& op : diff.inlineOps) {
    packet.ints.push_back(static_cast<int32_t>(op.kind));
    slots.push(0, op.left.begin);
    slots.push(0, op.left.end);
    slots.push(1, op.right.begin);
    slots.push(1, op.right.end);
  }
  packet.closeInts(kCompareInline);
}

void packMoves(const concord::AlignedDiff& diff, OffsetSlots& slots, Packet& packet) {
  for (const concord::MoveBlock& move : diff.moves) {
    slots.push(0, diff.leftUnits[move.leftBegin].text.begin);
    slots.push(0, diff.leftUnits[move.leftEnd - 1].text.end);
    slots.push(1, diff.rightUnits[move.rightBegin].text.begin);
    slots.push(1, diff.rightUnits[move.rightEnd - 1].text.end);
    packet.ints.push_back(static_cast<int32_t>(move.leftEnd - move.leftBegin));
    packet.reals.push_back(move.similarity);
  }
  packet.closeInts(kCompareMoves);
  packet.closeReals(kCompareMoveSimilarity);
}

}  // namespace

Packet packComparison(const concord::AlignedDiff& diff, const WireText& left,
                      const WireText& right) {
  Packet packet(kCompareSections, kCompareRealSections);
  packHeader(diff, left, right, packet);
  packet.ints.reserve(packet.ints.size() + diff.rows.size() * kCompareRow.size() +
                      diff.inlineOps.size() * kInlineOp.size());
  const std::vector<WireText> texts = {left, right};
  OffsetSlots slots(packet.ints, texts);
  packRows(diff, left, right, slots, packet);
  packInline(diff, slots, packet);
  packMoves(diff, slots, packet);
  slots.convert();
  return packet;
}

}  // namespace concord_wire
