// Lineage and attribution of analyze() (core/include/concord/lineage.h, attribution.h), read
// from the analysis packet, and the one sentence that sums up a document's attribution.

const percent = (part, whole) => (whole ? Math.round((100 * part) / whole) : 0);

/**
 * `{lineage: {edges, dates}, attribution}` of an analysis packet. `records(packed, layout,
 * make)` and `record(packed, layout, r)` read records (web/lib/records.js).
 */
export function lineageFrom({ ints, reals }, C, enums, records, record) {
  const flag = (v) => v === 1;
  const dates = records(ints.dates, C.documentDate, (d, i) => ({
    time: reals.dates[i] || null,
    source: enums.dateSources[d.source],
    start: d.start,
    end: d.end,
  }));
  const edges = records(ints.lineage, C.lineageEdge, (e, i) => {
    const scores = record(reals.lineage, C.lineageEdgeScores, i);
    return {
      from: e.from,
      to: e.to,
      directed: flag(e.directed),
      confidence: scores.confidence,
      evidence: {
        sharedTitle: flag(e.sharedTitle),
        titleCopied: flag(e.titleCopied),
        copied: e.copied,
        rewritten: e.rewritten,
        fromSentences: e.fromSentences,
        toSentences: e.toSentences,
        fromInTo: scores.fromInTo,
        toInFrom: scores.toInFrom,
        strength: scores.strength,
        runnerUp: scores.runnerUp,
        direction: enums.directions[e.direction],
        fromDate: dates[e.from] ?? null,
        toDate: dates[e.to] ?? null,
      },
    };
  });
  let sentence = 0;
  let share = 0;
  const attribution = records(ints.attribution, C.attribution, (a, document) => {
    const sentences = new Array(a.sentences);
    for (let s = 0; s < a.sentences; s++, sentence++) {
      const row = record(ints.attributedSentences, C.attributedSentence, sentence);
      const found = row.source >= 0;
      sentences[s] = {
        start: row.start,
        end: row.end,
        origin: enums.origins[row.origin],
        source: found ? row.source : null,
        sourceSentence: found ? row.sourceSentence : null,
        sourceStart: found ? row.sourceStart : null,
        sourceEnd: found ? row.sourceEnd : null,
        ...record(reals.attributedSentences, C.attributedSentenceScores, sentence),
      };
    }
    const sources = new Array(a.sources);
    for (let s = 0; s < a.sources; s++, share++) {
      const row = record(ints.sourceShares, C.sourceShare, share);
      sources[s] = { source: row.source, copied: row.copied, rewritten: row.rewritten, unsure: row.unsure, order: enums.sourceOrders[row.order] };
    }
    return { document, sentences, sources, copied: a.copied, rewritten: a.rewritten, unsure: a.unsure, new: a.fresh };
  });
  return { lineage: { edges, dates }, attribution };
}

/**
 * The attribution of one document in a sentence: "41% rewritten from A, 5% possibly rewritten
 * from B, 12% copied from B, 42% new" (shares of its sentences; `nameOf(index)` names a
 * document). "Possibly": the sentences are unsure (a likely link nothing corroborates, as between
 * two articles on one topic written apart). A source not known to be the earlier text reads
 * "from or into": it may have been rewritten from this one.
 */
export function describeAttribution(entry, nameOf) {
  const total = entry.sentences.length;
  if (!total) return 'no sentences';
  const parts = [];
  for (const s of entry.sources) {
    const way = s.order === 'earlier' ? 'from' : 'from or into';
    if (s.rewritten) parts.push(`${percent(s.rewritten, total)}% rewritten ${way} ${nameOf(s.source)}`);
    if (s.unsure) parts.push(`${percent(s.unsure, total)}% possibly rewritten ${way} ${nameOf(s.source)}`);
    if (s.copied) parts.push(`${percent(s.copied, total)}% copied ${way} ${nameOf(s.source)}`);
  }
  parts.push(`${percent(entry.new, total)}% new`);
  return parts.join(', ');
}
