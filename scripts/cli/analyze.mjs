// `concord analyze FILE...`: repeated paragraphs, shared passages, pair levels and clusters of a
// set of files; --json prints the whole analysis. Options map onto concord.analyze() options.
import { basename } from 'node:path';
import { ConcordError } from '../../web/concord.js';
import { parseArgs, readText } from './io.mjs';
import { planCleanCopies, writeCleanCopies } from './clean-copies.mjs';

const USAGE = `usage: concord analyze FILE... [--json] [--near=0.5] [--passage-words=8] [--short-words=15]
                       [--split=auto|lines|blankLines] [--keep-case] [--keep-punctuation]
                       [--clean-dir=DIR [--overwrite]] [--align[=I,J]]
  --near             resemblance from which paragraphs count as near duplicates (0..1)
  --passage-words    shortest shared passage, in words
  --short-words      paragraphs with fewer words are reported as short repeats
  --clean-dir        write each file, without its repeated paragraphs, into DIR (inputs sharing
                     a name get " (2)", " (3)"; never over an input, nor over a file already in
                     DIR unless --overwrite)
  --align            also align the paragraphs of the most similar rewritten pair
  --align=I,J        ... or of files I and J (numbered from 1 in the order given)`;

const VALUE_FLAGS = ['near', 'passage-words', 'short-words', 'split', 'clean-dir'];

function numberFlag(flags, name, parse) {
  if (flags[name] === undefined) return undefined;
  const value = parse(flags[name]);
  if (!Number.isFinite(value)) throw new ConcordError(`--${name} expects a number, got ${flags[name]}`);
  return value;
}

function percent(x) {
  return `${(100 * x).toFixed(x > 0 && x < 0.01 ? 1 : 0)}%`;
}

function excerpt(text, start, end, width = 60) {
  const flat = text.slice(start, end).replace(/\s+/g, ' ');
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

function summarize(analysis, docs, out, alignment) {
  const name = (d) => docs[d].name;
  const words = analysis.documents.reduce((sum, d) => sum + d.words, 0);
  out.write(`${docs.length} documents, ${words} words\n`);

  // Blocks first: "the body is pasted twice" says more than one group per paragraph.
  const blocks = analysis.repeatedBlocks;
  const inBlock = new Set();
  if (blocks.length) {
    out.write(`\nRepeated blocks: ${blocks.length}\n`);
    const span = (paragraph, n) => (n > 1 ? `¶${paragraph + 1}–${paragraph + n}` : `¶${paragraph + 1}`);
    for (const b of blocks) {
      const again = b.repeatDoc === b.doc ? `as ${span(b.repeatParagraph, b.paragraphs).slice(1)}` : `in ${name(b.repeatDoc)} ${span(b.repeatParagraph, b.paragraphs)}`;
      const toEnd = b.repeatDoc === b.doc && b.repeatParagraph + b.paragraphs === analysis.documents[b.doc].paragraphs;
      out.write(
        `  ${name(b.doc)}: paragraphs ${span(b.paragraph, b.paragraphs).slice(1)} appear again ${again}` +
          ` (${toEnd ? 'to the end: the text is pasted twice, ' : ''}${b.kind}, ${b.words.toLocaleString('en-US')} words)\n`,
      );
      for (let i = 0; i < b.paragraphs; i++) {
        inBlock.add(`${b.doc}/${b.paragraph + i}`);
        inBlock.add(`${b.repeatDoc}/${b.repeatParagraph + i}`);
      }
    }
  }
  const covered = analysis.duplicateGroups.filter((g) => g.members.every((m) => inBlock.has(`${m.doc}/${m.paragraph}`))).length;
  out.write(`\nRepeated paragraphs: ${analysis.duplicateGroups.length} groups${covered ? ` (${covered} inside the blocks above)` : ''}\n`);
  for (const group of analysis.duplicateGroups) {
    const first = group.members[0];
    const where = group.members.map((m) => `${name(m.doc)} ¶${m.paragraph + 1}`).join(', ');
    const similarity = group.kind === 'exact' ? 'exact' : `near ${group.similarity.toFixed(2)}`;
    out.write(`  ${similarity} ×${group.members.length}: "${excerpt(docs[first.doc].text, first.start, first.end)}"\n`);
    out.write(`      ${where}\n`);
  }
  if (analysis.shortRepeats.length) {
    out.write(`\nShort repeats (titles, labels): ${analysis.shortRepeats.length}\n`);
    for (const group of analysis.shortRepeats) {
      const first = group.members[0];
      const where = group.members.map((m) => `${name(m.doc)} ¶${m.paragraph + 1}`).join(', ');
      out.write(`  ×${group.members.length} "${excerpt(docs[first.doc].text, first.start, first.end, 40)}": ${where}\n`);
    }
  }
  const cleaned = analysis.documents.filter((d) => d.repeats.length);
  if (cleaned.length) {
    out.write('\nClean copy would remove:\n');
    for (const d of cleaned) out.write(`  ${d.name}: ${d.repeats.length} repeated paragraphs\n`);
  }

  const byPair = new Map();
  for (const p of analysis.passages) {
    const key = `${p.a},${p.b}`;
    byPair.set(key, (byPair.get(key) ?? 0) + 1);
  }
  const pairs = analysis.pairs
    .filter((p) => p.level !== 'unrelated')
    .sort((x, y) => Math.max(y.scores.rewrite, y.scores.diffRatio) - Math.max(x.scores.rewrite, x.scores.diffRatio));
  out.write(`\nRelated pairs: ${pairs.length}${analysis.stats.allPairs ? ` of ${analysis.pairs.length}` : ''}\n`);
  for (const p of pairs) {
    const s = p.scores;
    const passages = byPair.get(`${p.a},${p.b}`) ?? 0;
    out.write(`  ${name(p.a)} ↔ ${name(p.b)}: ${p.level}\n`);
    out.write(
      `      rewrite ${s.rewrite.toFixed(2)}, diff ratio ${s.diffRatio.toFixed(2)}${s.diffRatioExact ? '' : ' (est.)'}, ` +
        `resemblance ${s.resemblance.toFixed(2)}, ${passages} shared passages covering ${percent(s.coverageAB)} / ${percent(s.coverageBA)}\n`,
    );
  }
  out.write(`\nClusters: ${analysis.clusters.length}\n`);
  analysis.clusters.forEach((cluster, i) => out.write(`  ${i + 1}: ${cluster.map(name).join(', ')}\n`));
  out.write(`Matrix order: ${analysis.order.map(name).join(', ')}\n`);

  if (alignment) {
    const { a, b, result } = alignment;
    out.write(`\nRewrite alignment of ${name(a)} with ${name(b)}:\n`);
    const repeats = (side) => result.rows.filter((row) => row[side].length && row.repeatOf !== null).length;
    for (const row of result.rows) {
      if (!row.a.length || !row.b.length) continue;
      const left = row.a.map((i) => i + 1).join('+');
      const right = row.b.map((i) => i + 1).join('+');
      const names = [...new Set(row.aShared.filter((t) => t.kind !== 'word').map((t) => docs[a].text.slice(t.start, t.end)))];
      out.write(`  ¶${left} ↔ ¶${right} (${row.similarity.toFixed(2)})${names.length ? `: ${names.join(', ')}` : ''}\n`);
    }
    const [ra, rb] = [repeats('a'), repeats('b')];
    if (ra || rb) out.write(`  (left out as repeats of earlier paragraphs: ${ra} of ${name(a)}, ${rb} of ${name(b)})\n`);
  }
}

export async function run(args, concord, { out }) {
  const { flags, positional } = parseArgs(args, VALUE_FLAGS);
  if (flags.help || flags.h) {
    out.write(`${USAGE}\n`);
    return 0;
  }
  if (positional.length === 0) throw new ConcordError(`expects at least one file\n${USAGE}`);
  // One file at a time: thousands of files at once would run out of file descriptors.
  const texts = [];
  for (const path of positional) texts.push(await readText(path));
  const docs = positional.map((path, i) => ({ name: basename(path) || path, text: texts[i] }));
  const options = {
    nearThreshold: numberFlag(flags, 'near', Number),
    minPassageWords: numberFlag(flags, 'passage-words', Number),
    minParagraphWords: numberFlag(flags, 'short-words', Number),
    split: flags.split,
    ignoreCase: flags['keep-case'] ? false : undefined,
    ignorePunctuation: flags['keep-punctuation'] ? false : undefined,
  };
  // Decided before the analysis: a refusal costs nothing and writes nothing.
  const overwrite = Boolean(flags.overwrite);
  const plan = flags['clean-dir'] ? await planCleanCopies(flags['clean-dir'], positional, { overwrite }) : null;
  const analysis = concord.analyze(docs, options);

  let alignment = null;
  if (typeof flags.align === 'string') {
    const picked = flags.align.split(',').map((x) => Number(x) - 1);
    if (picked.length !== 2 || !picked.every((i) => Number.isInteger(i) && i >= 0 && i < docs.length) || picked[0] === picked[1]) {
      throw new ConcordError(`--align=I,J expects two different file numbers from 1 to ${docs.length}`);
    }
    const [a, b] = picked;
    alignment = { a, b, result: concord.align(docs[a].text, docs[b].text) };
  } else if (flags.align) {
    // Rewrites are what a line diff cannot show; near copies come next.
    const rank = { rewritten: 0, 'minor changes': 1 };
    const best = analysis.pairs
      .filter((p) => p.level in rank)
      .sort((x, y) => rank[x.level] - rank[y.level] || y.scores.rewrite - x.scores.rewrite)[0];
    if (best) alignment = { a: best.a, b: best.b, result: concord.align(docs[best.a].text, docs[best.b].text) };
  }
  if (plan) {
    await writeCleanCopies(plan, docs.map((doc, d) => concord.cleanCopy(analysis, d, doc.text).text), { overwrite });
  }
  const cleanCopies = plan && plan.map(({ input, path }) => ({ input, file: path }));
  if (flags.json) {
    const { matrix, ...rest } = analysis;
    const json = { ...rest, matrix: matrix && { ...matrix, values: Array.from(matrix.values, (v) => Math.round(v * 1e4) / 1e4) } };
    if (alignment) json.alignment = alignment;
    if (cleanCopies) json.cleanCopies = cleanCopies;
    out.write(`${JSON.stringify(json, null, 1)}\n`);
  } else {
    summarize(analysis, docs, out, alignment);
    if (cleanCopies) {
      out.write(`\nClean copies written:\n`);
      for (const { input, file } of cleanCopies) out.write(`  ${input} → ${file}\n`);
    }
  }
  return 0;
}
