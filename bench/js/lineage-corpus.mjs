// The synthetic revised articles of bench/js/lineage.mjs (and of the lineage browser test's
// thousand-article set): stories of 24 to 36 sentences from a Zipf vocabulary of 6,000 made-up
// words, each with `versions` versions; every version after the first is made from an earlier
// version of its story (families are chains and trees): about 15% of its sentences reworded (a
// third of their words replaced), one or two sentences added, one dropped. Deterministic.
//
//   const { texts, parents } = corpus(1000, 2234);
import { syllables, weightedDraw } from '../analyze-data.mjs';
import { rng as random } from '../data.mjs';

// A Zipf vocabulary of 6,000 made-up words, the same every run.
function vocabulary(rand) {
  const words = Array.from({ length: 6000 }, (_, r) => syllables(rand, 1 + (r % 3)));
  return weightedDraw(rand, words, words.map((_, r) => 1 / (r + 1)));
}

function sentence(rand, draw, names) {
  const words = Array.from({ length: 12 + Math.floor(rand() * 10) }, () => (rand() < 0.12 ? names[Math.floor(rand() * names.length)] : draw()));
  return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
}

function reword(rand, draw, s) {
  return s.slice(0, -1).split(' ').map((w, i) => (i > 0 && rand() < 0.33 ? draw() : w)).join(' ') + '.';
}

function text(sentences) {
  const out = [];
  for (let i = 0; i < sentences.length; i += 4) out.push(sentences.slice(i, i + 4).join(' '));
  return out.join('\n\n');
}

/**
 * `n` articles in families of `versions` (shuffled) and the true [version, made-from] pairs:
 * {texts, parents}. The same for the same arguments.
 */
export function corpus(n, seed, versions = 5) {
  const rand = random(seed);
  const draw = vocabulary(rand);
  const docs = [];
  const parents = []; // [version, made-from] document indices
  while (docs.length < n) {
    const names = Array.from({ length: 5 }, () => syllables(rand, 3).replace(/^./, (c) => c.toUpperCase()));
    const family = [Array.from({ length: 24 + Math.floor(rand() * 13) }, () => sentence(rand, draw, names))];
    const familyStart = docs.length;
    docs.push(text(family[0]));
    for (let v = 1; v < versions && docs.length < n; v++) {
      const from = Math.floor(rand() * family.length);
      const next = family[from].map((s) => (rand() < 0.15 ? reword(rand, draw, s) : s));
      next.splice(Math.floor(rand() * next.length), 1);
      for (let k = 0; k < 1 + Math.floor(rand() * 2); k++) next.splice(Math.floor(rand() * next.length), 0, sentence(rand, draw, names));
      family.push(next);
      parents.push([docs.length, familyStart + from]);
      docs.push(text(next));
    }
  }
  // Shuffled, so nothing follows from the order.
  const order = docs.map((_, i) => i).sort(() => rand() - 0.5);
  const position = new Map(order.map((d, i) => [d, i]));
  return { texts: order.map((d) => docs[d]), parents: parents.map(([v, p]) => [position.get(v), position.get(p)]) };
}

