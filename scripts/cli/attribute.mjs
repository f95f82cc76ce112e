// `concord attribute FILE...`: which file was most likely revised or rewritten from which (the
// lineage of concord.analyze()) and, for every file, where each sentence came from: copied,
// rewritten (from which file and sentence), unsure (possibly rewritten: a likely link nothing
// corroborates) or new. --json prints {documents, lineage,
// attribution} with names; --file-times lets the files' modification times direct edges.
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { ConcordError } from '../../web/concord.js';
import { describeAttribution } from '../../web/lib/lineage.js';
import { attributionReport } from '../../web/lib/attribution-report.js';
import { parseArgs, readText } from './io.mjs';

const USAGE = `usage: concord attribute FILE... [--json|--html] [--summary] [--file-times]
  --json        lineage and attribution as JSON (documents by index, with their names)
  --html        a self-contained HTML report, sentences coloured by origin
  --summary     one line per file, without its sentences
  --file-times  use the files' modification times as their dates when their texts carry none
                (off by default: copying or checking out files resets them)`;

const percent = (x) => `${Math.round(100 * x)}%`;

function excerpt(text, start, end, width = 70) {
  const flat = text.slice(start, end).replace(/\s+/g, ' ');
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

function day(date) {
  return date?.time ? new Date(date.time).toISOString().replace('T00:00:00.000Z', '').replace(':00.000Z', 'Z') : 'no date';
}

/** How an edge's direction was decided, in words. */
export function directionText(edge) {
  const { direction, fromDate, toDate } = edge.evidence;
  if (direction === 'text dates') return `dated in the texts: ${day(fromDate)} → ${day(toDate)}`;
  if (direction === 'modified') return `by file times: ${day(fromDate)} → ${day(toDate)}`;
  if (direction === 'containment') return 'the later text holds nearly all of the earlier one and adds more';
  return 'which came first is unknown: no dates, no strong asymmetry';
}

function writeLineage(analysis, docs, out) {
  const name = (d) => docs[d].name;
  const { edges } = analysis.lineage;
  out.write(`\nLineage: ${edges.length} edge${edges.length === 1 ? '' : 's'} (which text was most likely revised or rewritten from which)\n`);
  for (const e of edges) {
    const ev = e.evidence;
    const arrow = e.directed ? '→' : '—';
    const sure = e.confidence >= 0.6 ? '' : ', unsure';
    out.write(`  ${name(e.from)} ${arrow} ${name(e.to)}  (confidence ${e.confidence.toFixed(2)}${sure}; ${directionText(e)})\n`);
    const title = ev.titleCopied ? 'same title; ' : ev.sharedTitle ? 'title rewritten; ' : '';
    out.write(
      `      ${title}${ev.copied} of ${name(e.from)}'s ${ev.fromSentences} sentences copied, ${ev.rewritten} rewritten; ` +
        `${percent(ev.fromInTo)} of ${name(e.from)} found in ${name(e.to)}, ${percent(ev.toInFrom)} the other way\n`,
    );
  }
}

function writeAttribution(analysis, docs, out, withSentences) {
  const name = (d) => docs[d].name;
  out.write('\nAttribution (shares of each file\'s sentences):\n');
  for (const entry of analysis.attribution) {
    out.write(`  ${name(entry.document)}: ${describeAttribution(entry, name)}\n`);
    if (!withSentences) continue;
    const text = docs[entry.document].text;
    entry.sentences.forEach((s, i) => {
      const from = s.origin === 'new' ? '' : `  ← ${name(s.source)} #${s.sourceSentence + 1}: "${excerpt(docs[s.source].text, s.sourceStart, s.sourceEnd, 50)}"`;
      out.write(`    #${i + 1} ${s.origin.padEnd(9)} "${excerpt(text, s.start, s.end)}"${from}\n`);
    });
  }
}

export async function run(args, concord, { out }) {
  const { flags, positional } = parseArgs(args);
  if (flags.help || flags.h) {
    out.write(`${USAGE}\n`);
    return 0;
  }
  if (positional.length === 0) throw new ConcordError(`expects at least one file\n${USAGE}`);
  const docs = [];
  for (const path of positional) {
    const text = await readText(path);
    const lastModified = flags['file-times'] && path !== '-' ? (await stat(path)).mtimeMs : undefined;
    docs.push({ name: basename(path) || path, text, lastModified });
  }
  const analysis = concord.analyze(docs);
  if (flags.json) {
    const json = { documents: docs.map((d, i) => ({ index: i, name: d.name })), lineage: analysis.lineage, attribution: analysis.attribution };
    out.write(`${JSON.stringify(json, null, 1)}\n`);
    return 0;
  }
  if (flags.html) {
    out.write(attributionReport(analysis, docs));
    return 0;
  }
  out.write(`${docs.length} documents\n`);
  writeLineage(analysis, docs, out);
  writeAttribution(analysis, docs, out, !flags.summary);
  return 0;
}
