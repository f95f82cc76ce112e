// The rewrite alignment of the API object (see concord.d.ts for the shapes): one of the pair
// calls, on the page's second module (concord.js).
import { requireString } from './errors.js';
import { resolveOptions } from './options.js';
import { record, records } from './records.js';

function alignmentFrom(wire, { ints, reals }) {
  const C = wire.columns;
  const { tokenKinds, sentenceKinds } = wire.enums;
  let aToken = 0;
  let bToken = 0;
  const tokens = (packed, first, count) =>
    Array.from({ length: count }, (_, t) => {
      const token = record(packed, C.token, first + t);
      return { ...token, kind: tokenKinds[token.kind] };
    });
  const indices = (first, end) => Array.from({ length: end - first }, (_, i) => first + i);
  const rows = records(ints.rows, C.alignRow, (row, r) => {
    const out = {
      a: indices(row.aFirst, row.aEnd),
      b: indices(row.bFirst, row.bEnd),
      similarity: reals.rows[r],
      repeatOf: row.repeatOf >= 0 ? row.repeatOf : null,
      aShared: tokens(ints.aTokens, aToken, row.aShared),
      bShared: tokens(ints.bTokens, bToken, row.bShared),
    };
    aToken += row.aShared;
    bToken += row.bShared;
    return out;
  });
  const flag = (v) => v === 1;
  return {
    aParagraphs: records(ints.aParagraphs, C.range, (r) => r),
    bParagraphs: records(ints.bParagraphs, C.range, (r) => r),
    rows,
    sentences: {
      a: records(ints.aSentences, C.sentence, (s) => ({ ...s, kind: sentenceKinds[s.kind] })),
      b: records(ints.bSentences, C.sentence, (s) => ({ ...s, kind: sentenceKinds[s.kind] })),
    },
    sentenceLinks: records(ints.sentenceLinks, C.sentenceLink, (l, i) => ({
      a: l.a,
      b: l.b,
      ...record(reals.sentenceLinks, C.sentenceLinkScores, i),
      best: flag(l.best),
      mutual: flag(l.mutual),
      titles: flag(l.titles),
      likely: flag(l.likely),
      copied: flag(l.copied),
    })),
    paragraphLinks: records(ints.paragraphLinks, C.paragraphLink, (l, i) => ({
      a: l.a,
      b: l.b,
      sentenceLinks: l.sentenceLinks,
      ...record(reals.paragraphLinks, C.paragraphLinkScores, i),
      likely: flag(l.likely),
    })),
  };
}

/** The alignment call of the API object, on the module's wire (wire.js). */
export function bindAlign(wire) {
  return {
    /**
     * Each paragraph of `a` aligned with the paragraph(s) of `b` it was rewritten from (`rows`),
     * and the order-free sentence and paragraph links with their confidences.
     * @param {string} a
     * @param {string} b
     * @param {import('../concord').AlignOptions} [options]
     */
    align(a, b, options) {
      requireString(a, 'a');
      requireString(b, 'b');
      return wire.call('alignRewrites', 'align', [a, b], resolveOptions(wire.schemas.align, options), [], (packet) => alignmentFrom(wire, packet));
    },
  };
}
