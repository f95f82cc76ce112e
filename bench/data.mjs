// Seeded generators of benchmark inputs, shared by bench/js/*.mjs (docs/bench.md, "Inputs",
// describes each). Every function is deterministic: the same seed gives the same text on any
// machine that has the same /usr/share/common-licenses (Debian's; without it a generated pool of
// lines of the same shape stands in, and the tables say so through `licenseSource()`).
//
//   import { rng, prose, licenseCollage, nearCopy } from '../data.mjs';
//   const next = rng(1);
//   const a = licenseCollage(next, 1e6);          // ~1 MB, few distinct lines (~13%)
//   const b = nearCopy(next, a, 100);             // one edit about every 100 lines
//
// Two kinds of line data:
// - prose(): lines of made-up sentences, nearly all distinct (the project's own earlier inputs);
// - licenseCollage() / repeatedProse(): held-out-like data with many repeated lines — license
//   sections pasted again and again (2,900 distinct lines in all the licenses: a 1 MB collage has
//   ~19,500 lines of which ~13% are distinct, like the 2,587 of 19,449 of the held-out profile),
//   or prose whose paragraphs recur with a tunable share of repeats.
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const LICENSES = '/usr/share/common-licenses';

/** mulberry32: a small seeded generator of floats in [0, 1). */
export function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (next, list) => list[Math.floor(next() * list.length)];

let vocabularyCache;
/** Lower-case words of the license texts (a seeded made-up vocabulary without them). */
export function vocabulary() {
  if (vocabularyCache) return vocabularyCache;
  const words = new Set();
  for (const name of ['GPL-3', 'Apache-2.0', 'MPL-2.0', 'GFDL-1.3']) {
    const path = join(LICENSES, name);
    if (existsSync(path)) for (const w of readFileSync(path, 'utf8').match(/[A-Za-z]{2,}/g) ?? []) words.add(w.toLowerCase());
  }
  if (words.size < 100) {
    const next = rng(7);
    const c = 'bdfgklmnprstvz', v = 'aeiou';
    for (let k = 0; k < 2000; k++) {
      let w = '';
      for (let s = 1 + (k % 3); s >= 0; s--) w += pick(next, c) + pick(next, v);
      words.add(w);
    }
  }
  return (vocabularyCache = [...words]);
}

/** A capitalised sentence of `min` to `max` vocabulary words, ending with a full stop. */
export function sentence(next, min, max) {
  const vocab = vocabulary();
  const n = min + Math.floor(next() * (max - min + 1));
  const words = [];
  for (let k = 0; k < n; k++) words.push(pick(next, vocab));
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  return words.join(' ') + '.';
}

/** Prose-like lines of ~70 bytes, a blank line between paragraphs of 3 to 7 lines. */
export function prose(next, bytes) {
  const lines = [];
  let size = 0;
  while (size < bytes) {
    for (let k = 3 + Math.floor(next() * 5); k > 0; k--) {
      const line = sentence(next, 8, 14);
      lines.push(line);
      size += line.length + 1;
    }
    lines.push('');
    size += 1;
  }
  return lines.join('\n') + '\n';
}

// Sentences wrapped at 72 columns into lines, as license texts are.
function wrappedParagraph(next) {
  const words = [];
  for (let s = 1 + Math.floor(next() * 4); s > 0; s--) words.push(...sentence(next, 8, 22).split(' '));
  const lines = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + 1 + word.length > 72) lines.push(line), (line = '');
    line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Prose whose paragraphs recur: each new paragraph is, with probability `repeat`, a copy of an
 * earlier one (one line of it changed one time in four), else fresh wrapped sentences; a blank
 * line between paragraphs. `repeat` 0.6 gives about 35% distinct lines, 0.85 about 13%.
 */
export function repeatedProse(next, bytes, repeat = 0.6) {
  const paragraphs = [];
  const lines = [];
  let size = 0;
  while (size < bytes) {
    let paragraph;
    if (paragraphs.length > 4 && next() < repeat) {
      paragraph = [...pick(next, paragraphs)];
      if (next() < 0.25) paragraph[Math.floor(next() * paragraph.length)] = sentence(next, 6, 11);
    } else {
      paragraph = wrappedParagraph(next);
      paragraphs.push(paragraph);
    }
    for (const line of paragraph) lines.push(line), (size += line.length + 1);
    lines.push('');
    size += 1;
  }
  return lines.join('\n') + '\n';
}

let licenseCache;
// Each license file (symlinks skipped: they duplicate a file) cut into paragraphs.
function licenseParagraphs() {
  if (licenseCache) return licenseCache;
  const files = [];
  if (existsSync(LICENSES)) {
    for (const name of readdirSync(LICENSES).sort()) {
      const path = join(LICENSES, name);
      if (!lstatSync(path).isFile()) continue;
      files.push(readFileSync(path, 'utf8').replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((p) => p.split('\n')));
    }
  }
  if (files.length < 4) {
    // No license texts: 17 generated "licenses" of ~50 wrapped paragraphs each.
    const next = rng(17);
    for (let f = 0; f < 17; f++) files.push(Array.from({ length: 50 }, () => wrappedParagraph(next)));
  }
  return (licenseCache = files);
}

/** Where licenseCollage() takes its lines from ('/usr/share/common-licenses' or 'generated'). */
export function licenseSource() {
  return existsSync(LICENSES) && readdirSync(LICENSES).length >= 4 ? LICENSES : 'generated';
}

/**
 * License sections pasted one after another until `bytes`: each section is a run of 3 to 30
 * consecutive paragraphs of a license chosen at random. Few distinct lines (the licenses hold
 * about 2,900), long runs repeated in other places, many blank lines.
 */
export function licenseCollage(next, bytes) {
  const files = licenseParagraphs();
  const lines = [];
  let size = 0;
  while (size < bytes) {
    const file = pick(next, files);
    const count = Math.min(file.length, 3 + Math.floor(next() * 28));
    const from = Math.floor(next() * (file.length - count + 1));
    for (let p = from; p < from + count && size < bytes; p++) {
      for (const line of file[p]) lines.push(line), (size += line.length + 1);
      lines.push('');
      size += 1;
    }
  }
  return lines.join('\n') + '\n';
}

/**
 * A near copy of `text`: about every `every` lines one edit (half the time a word of the line
 * changed, a quarter the line removed, a quarter a new line added after it). Blank lines stay.
 */
export function nearCopy(next, text, every) {
  const vocab = vocabulary();
  const out = [];
  for (const line of text.split('\n')) {
    if (next() * every >= 1 || line === '') {
      out.push(line);
      continue;
    }
    const what = next();
    if (what < 0.5) {
      const words = line.split(' ');
      words[Math.floor(next() * words.length)] = pick(next, vocab);
      out.push(words.join(' '));
    } else if (what < 0.75) {
      out.push(line, sentence(next, 8, 14));
    }
  }
  return out.join('\n');
}

/** ~25 KB of paragraphs (one per line), and a copy with a word edit about every 15 words. */
export function wordPair(next) {
  const vocab = vocabulary();
  const paragraphs = [];
  let size = 0;
  while (size < 25000) {
    const p = Array.from({ length: 4 + Math.floor(next() * 4) }, () => sentence(next, 10, 20)).join(' ');
    paragraphs.push(p);
    size += p.length + 1;
  }
  const a = paragraphs.join('\n') + '\n';
  const edited = [];
  for (const w of a.split(' ')) {
    if (next() * 15 >= 1) {
      edited.push(w);
      continue;
    }
    const what = next();
    if (what < 0.5) edited.push(pick(next, vocab));
    else if (what < 0.75) edited.push(w, pick(next, vocab));
  }
  return [a, edited.join(' ')];
}

/** Distinct and total lines of `text` (for the tables). */
export function lineCounts(text) {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return { lines: lines.length, distinct: new Set(lines).size };
}

const sizeLabel = (bytes) => (bytes >= 1e6 ? `${bytes / 1e6} MB` : `${bytes / 1e3} KB`);

/**
 * The line-diff cases every diff/compare benchmark runs, each {name, kind, a, b}: license pairs
 * found on the machine, then near-identical and unrelated generated pairs. `sizes` in bytes
 * (default 100 KB, 1 MB, 10 MB); seeds are fixed per case, so a case is the same in every run.
 */
export function lineCases({ sizes = [1e5, 1e6, 1e7], licensePairs = true } = {}) {
  const cases = [];
  if (licensePairs) {
    for (const [x, y] of [['GPL-2', 'GPL-3'], ['LGPL-2.1', 'LGPL-3'], ['GFDL-1.2', 'GFDL-1.3'], ['Apache-2.0', 'MPL-2.0']]) {
      if (existsSync(join(LICENSES, x)) && existsSync(join(LICENSES, y))) {
        cases.push({ name: `${x} vs ${y}`, kind: 'license', a: readFileSync(join(LICENSES, x), 'utf8'), b: readFileSync(join(LICENSES, y), 'utf8') });
      }
    }
  }
  for (const bytes of sizes) {
    const next = rng(bytes);
    const a = prose(next, bytes);
    cases.push({ name: `near-identical ${sizeLabel(bytes)}, distinct lines`, kind: 'near', a, b: nearCopy(next, a, 100) });
  }
  for (const bytes of sizes) {
    const next = rng(bytes + 3);
    const a = repeatedProse(next, bytes);
    cases.push({ name: `near-identical ${sizeLabel(bytes)}, repeated lines`, kind: 'near', a, b: nearCopy(next, a, 100) });
  }
  for (const bytes of sizes.filter((s) => s >= 1e6)) {
    const next = rng(bytes + 5);
    const a = licenseCollage(next, bytes);
    cases.push({ name: `near-identical ${sizeLabel(bytes)}, few distinct lines`, kind: 'near', a, b: nearCopy(next, a, 100) });
  }
  for (const bytes of sizes.filter((s) => s <= 1e6)) {
    cases.push({ name: `unrelated ${sizeLabel(bytes)}, distinct lines`, kind: 'unrelated', a: prose(rng(bytes + 1), bytes), b: prose(rng(bytes + 2), bytes) });
    cases.push({ name: `unrelated ${sizeLabel(bytes)}, repeated lines`, kind: 'unrelated', a: repeatedProse(rng(bytes + 7), bytes), b: repeatedProse(rng(bytes + 8), bytes) });
    cases.push({ name: `reordered ${sizeLabel(bytes)}, two license collages`, kind: 'reordered', a: licenseCollage(rng(bytes + 9), bytes), b: licenseCollage(rng(bytes + 10), bytes) });
  }
  return cases;
}
