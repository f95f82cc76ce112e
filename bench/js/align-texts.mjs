// The two articles of the align benchmark (bench/js/align.mjs) and of the page measurement
// (scripts/measure-align.mjs), from a seeded generator (mulberry32, seed 20261201), so every run
// aligns the same texts; see bench/js/align.mjs for how they are made.
//
//   const { a, b } = alignTexts(10000);

import { rng as random } from '../data.mjs';

const rand = random(20261201);
const int = (n) => Math.floor(rand() * n);
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const makeWord = (length) => Array.from({ length }, () => LETTERS[int(26)]).join('');
const VOCABULARY = Array.from({ length: 3000 }, () => makeWord(2 + int(9)));
const NAMES = Array.from({ length: 400 }, () => { const w = makeWord(4 + int(6)); return w[0].toUpperCase() + w.slice(1); });
// Zipf-like: index ~ 3000^u, so low indices (stock words) are common.
const pick = () => VOCABULARY[Math.min(VOCABULARY.length - 1, Math.floor(Math.pow(VOCABULARY.length, rand())) - 1)];

function sentence() {
  const words = Array.from({ length: 12 + int(19) }, pick);
  if (rand() < 0.8) words[1 + int(words.length - 1)] = NAMES[int(NAMES.length)];
  if (rand() < 0.6) words[1 + int(words.length - 1)] = String(1 + int(5000));
  return words;
}

function article(words) {
  const paragraphs = [];
  let count = 0;
  while (count < words) {
    const paragraph = Array.from({ length: 2 + int(4) }, sentence);
    count += paragraph.reduce((n, s) => n + s.length, 0);
    paragraphs.push(paragraph);
  }
  return paragraphs;
}

function rewrite(paragraphs) {
  const out = paragraphs.map(() => []);
  paragraphs.forEach((paragraph, p) => {
    for (const words of paragraph) {
      if (rand() < 0.25) continue;
      const kept = words.map((w) => (rand() < 0.6 ? w : pick()));
      out[rand() < 1 / 6 ? int(out.length) : p].push(kept);
    }
    out[p].push(sentence());
  });
  return out;
}

const render = (paragraphs) =>
  paragraphs.map((p) => p.map((w) => { const s = w.join(' '); return s[0].toUpperCase() + s.slice(1) + '.'; }).join(' ')).join('\n\n') + '\n';

/**
 * Article a of about `words` words and b, its rewrite. The generator runs on from the vocabulary
 * drawn at load, so call this once per process (bench/js/align.mjs's pair is the first call's).
 */
export function alignTexts(words) {
  const aParagraphs = article(words);
  return { a: render(aParagraphs), b: render(rewrite(aParagraphs)) };
}
