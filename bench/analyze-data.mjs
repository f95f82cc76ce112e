// Seeded article sets for the analyze() benchmark, and the exact 3-shingle Jaccard index that
// its recall is measured against.
//
//   const docs = articleSet(10000, { seed: 7, mix: 'fragments' });   // [{name, text}]
//   const truth = similarPairs(shingleSets(docs), 0.5);               // Map 'a-b' -> Jaccard
//
// Two mixes. `plain`: articles about stories of their own (names, numbers, topic words over
// license-text word frequencies), with planted exact copies, near copies (1-5% of words
// replaced), rewrites (same story, new text), repeated paragraphs and copied paragraphs.
// `fragments` adds what makes unrelated documents share material: each article belongs to a site
// (site sizes Zipf-distributed, the largest holding about a quarter of the set) whose header,
// footer and "more from" boilerplate it carries; sentences embed stock phrases drawn from a pool
// of 400 (Zipf); articles quote 0-3 of a pool of shared quotes (Zipf: a few in hundreds of
// documents, most in a handful); and one article in eight is a brief (2 paragraphs), so briefs of
// one site share mostly boilerplate.
import { readdirSync, readFileSync, statSync } from 'node:fs';

/** mulberry32, seeded: bench/data.mjs's generator, so every run builds the same set. */
import { rng as random } from './data.mjs';

export { random };

let licenseCounts = null;
function licenseWordCounts() {
  if (licenseCounts) return licenseCounts;
  licenseCounts = new Map();
  const dir = '/usr/share/common-licenses';
  try {
    for (const name of readdirSync(dir).sort()) {
      const path = `${dir}/${name}`;
      if (!statSync(path).isFile()) continue;
      for (const word of readFileSync(path, 'utf8').toLowerCase().match(/[a-z]+/g) ?? [])
        licenseCounts.set(word, (licenseCounts.get(word) ?? 0) + 1);
    }
  } catch {
    // No license texts: the seeded vocabulary below stands in.
  }
  return licenseCounts;
}

export function syllables(rand, count) {
  const c = 'bdfgklmnprstvz', v = 'aeiou';
  let out = '';
  for (let i = 0; i < count; i++) out += c[Math.floor(rand() * c.length)] + v[Math.floor(rand() * v.length)];
  return out;
}

/** A function drawing one of `words` at random, each with probability proportional to its weight. */
export function weightedDraw(rand, words, weights) {
  const cumulative = [];
  let total = 0;
  for (const weight of weights) cumulative.push((total += weight));
  return () => {
    const x = rand() * total;
    let lo = 0, hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo];
  };
}

/** Words with the license texts' frequencies (or a seeded Zipf vocabulary without them). */
export function wordModel(rand) {
  const counts = new Map(licenseWordCounts());
  if (counts.size < 500) {
    for (let r = 1; r <= 5000; r++) counts.set(syllables(rand, 1 + (r % 3)), Math.ceil(100000 / r));
  }
  return { draw: weightedDraw(rand, [...counts.keys()], [...counts.values()]) };
}

/** An index in [0, size) with probability proportional to 1 / (index + 1). */
function zipf(rand, size) {
  const harmonic = Math.log(size) + 0.5772;
  const target = rand() * harmonic;
  return Math.min(size - 1, Math.floor(Math.exp(target - 0.5772) - 0.5 + rand()));
}

/** A story's own names, numbers and topic words. */
export function makeStory(rand) {
  const name = () => { const s = syllables(rand, 2 + Math.floor(rand() * 2)); return s[0].toUpperCase() + s.slice(1); };
  return {
    names: Array.from({ length: 6 }, name),
    numbers: Array.from({ length: 4 }, () => String(10 + Math.floor(rand() * 9990))),
    topic: Array.from({ length: 30 }, () => syllables(rand, 3)),
  };
}

function words(rand, model, count) {
  return Array.from({ length: count }, () => model.draw());
}

function sentenceOf(list) {
  list[0] = list[0][0].toUpperCase() + list[0].slice(1);
  return list.join(' ') + '.';
}

// The pools a `fragments` set draws from, seeded apart from its articles.
function fragmentPools(n, seed) {
  const rand = random(seed ^ 0x5eed);
  const model = wordModel(rand);
  const siteCount = Math.max(4, Math.round(n / 250));
  const sites = Array.from({ length: siteCount }, () => ({
    header: sentenceOf(words(rand, model, 6 + Math.floor(rand() * 6))),
    footer: [0, 1, 2].map(() => sentenceOf(words(rand, model, 12 + Math.floor(rand() * 8)))).join(' '),
    more: sentenceOf(words(rand, model, 20 + Math.floor(rand() * 15))),
  }));
  const stock = Array.from({ length: 400 }, () => words(rand, model, 4 + Math.floor(rand() * 5)));
  const quotes = Array.from({ length: Math.max(50, Math.round(n / 8)) }, () =>
    `"${sentenceOf(words(rand, model, 15 + Math.floor(rand() * 26)))}"`);
  return { sites, stock, quotes };
}

function sentence(rand, model, story, count, pools) {
  const out = [];
  for (let i = 0; i < count; i++) {
    const x = rand();
    if (x < 0.06) out.push(story.names[Math.floor(rand() * story.names.length)]);
    else if (x < 0.08) out.push(story.numbers[Math.floor(rand() * story.numbers.length)]);
    else if (x < 0.25) out.push(story.topic[Math.floor(rand() * story.topic.length)]);
    else out.push(model.draw());
  }
  if (pools && rand() < 0.3) out.splice(Math.floor(rand() * out.length), 0, ...pools.stock[zipf(rand, pools.stock.length)]);
  return sentenceOf(out);
}

/** `paragraphCount` paragraphs of four sentences about `story` (with `pools`: a `fragments` set's stock phrases and quotes). */
export function body(rand, model, story, paragraphCount, pools) {
  const paragraphs = [];
  for (let p = 0; p < paragraphCount; p++) {
    const sentences = [];
    for (let s = 0; s < 4; s++) sentences.push(sentence(rand, model, story, 12 + Math.floor(rand() * 12), pools));
    paragraphs.push(sentences.join(' '));
  }
  if (pools) {
    for (let q = Math.floor(rand() * 4); q > 0; q--) {
      const at = Math.floor(rand() * paragraphs.length);
      paragraphs[at] += ` ${story.names[0]} said: ${pools.quotes[zipf(rand, pools.quotes.length)]}`;
    }
  }
  return paragraphs;
}

/** `paragraph` with each word replaced by a drawn one with probability `rate`. */
export function edit(rand, model, paragraph, rate) {
  return paragraph.split(' ').map((w) => (rand() < rate ? model.draw() : w)).join(' ');
}

/**
 * `n` articles as [{name, text}], the same for the same (n, seed, mix). Planted among them: 3%
 * near copies of an earlier article (1-5% of words replaced), 1% exact copies, 5% rewrites (same
 * story, new text), 5% articles repeating one of their paragraphs, 5% with a paragraph copied from
 * another article with 2-12% of its words replaced.
 */
export function articleSet(n, { seed = 42, mix = 'plain' } = {}) {
  const rand = random(seed * 7919 + n);
  const model = wordModel(rand);
  const pools = mix === 'fragments' ? fragmentPools(n, seed) : null;
  const bodies = [], stories = [], siteOf = [], docs = [];
  for (let i = 0; i < n; i++) {
    const kind = i < 10 ? 19 : Math.floor(rand() * 100);
    let paragraphs, story;
    let site = pools ? zipf(rand, pools.sites.length) : 0;
    if (kind < 4) {
      const source = Math.floor(rand() * i);
      story = stories[source], site = siteOf[source];
      const rate = kind === 0 ? 0 : 0.01 + rand() * 0.04;
      paragraphs = bodies[source].map((p) => (rate ? edit(rand, model, p, rate) : p));
    } else {
      story = kind < 9 ? stories[Math.floor(rand() * i)] : makeStory(rand);
      const brief = pools && rand() < 0.125;
      paragraphs = body(rand, model, story, brief ? 2 : 8 + Math.floor(rand() * 5), pools);
      if (kind >= 9 && kind < 14) paragraphs.splice(1 + Math.floor(rand() * (paragraphs.length - 1)), 0, paragraphs[0]);
      if (kind >= 14 && kind < 19) {
        const other = bodies[Math.floor(rand() * i)];
        paragraphs.push(edit(rand, model, other[Math.floor(rand() * other.length)], 0.02 + rand() * 0.1));
      }
    }
    bodies.push(paragraphs), stories.push(story), siteOf.push(site);
    const page = pools ? [pools.sites[site].header, ...paragraphs, pools.sites[site].more, pools.sites[site].footer] : paragraphs;
    docs.push({ name: `${mix}-${i}.txt`, text: page.join('\n') });
  }
  return docs;
}

/** The words of `text` as Concord's words (letters and digits, case folded). */
export function wordsOf(text) {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

// A 52-bit key of a shingle of word ids (exact up to an expected 0.07 false merges among the
// 25 million distinct shingles of 50,000 articles): a Map of strings cannot hold that many.
function shingleKey(x, y, z) {
  let h1 = Math.imul(x, 0x9e3779b1) ^ Math.imul(y + 0x7f4a7c15, 0x85ebca77) ^ Math.imul(z + 0x165667b1, 0xc2b2ae3d);
  h1 = Math.imul(h1 ^ (h1 >>> 16), 0x27d4eb2f);
  let h2 = Math.imul(z, 0x9e3779b1) ^ Math.imul(x + 0x27d4eb2f, 0x85ebca77) ^ Math.imul(y + 0x61c88647, 0xc2b2ae3d);
  h2 = Math.imul(h2 ^ (h2 >>> 15), 0x2c1b3c6d);
  return (h1 >>> 0) * 1048576 + ((h2 >>> 0) & 0xfffff);
}

/** Each document's distinct 3-word shingles as ascending ids shared across `docs`. */
export function shingleSets(docs) {
  const vocabulary = new Map();
  const keys = docs.map((d) => {
    const ids = wordsOf(d.text).map((w) => {
      let id = vocabulary.get(w);
      if (id === undefined) vocabulary.set(w, (id = vocabulary.size));
      return id;
    });
    const out = new Float64Array(Math.max(0, ids.length - 2));
    for (let i = 0; i + 3 <= ids.length; i++) out[i] = shingleKey(ids[i], ids[i + 1], ids[i + 2]);
    return out.sort();
  });
  let total = 0;
  for (const k of keys) total += k.length;
  const all = new Float64Array(total);
  let at = 0;
  for (const k of keys) all.set(k, at), (at += k.length);
  all.sort();
  let distinct = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[distinct++] = all[i];
  const table = all.subarray(0, distinct);
  return keys.map((k) => {
    const ids = [];
    for (let i = 0; i < k.length; i++) {
      if (i > 0 && k[i] === k[i - 1]) continue;
      let lo = 0, hi = table.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (table[mid] < k[i]) lo = mid + 1;
        else hi = mid;
      }
      ids.push(lo);
    }
    return Int32Array.from(ids);
  });
}

/**
 * Every pair of `docs` whose 3-shingle Jaccard index is at least `threshold`, exactly: a prefix
 * filter (a pair at Jaccard >= t shares one of the |A| - ceil(t |A|) + 1 rarest shingles of each
 * side) finds every candidate through an inverted index, and each is verified on its full sets.
 * Returns a Map from 'a-b' (a < b) to the Jaccard index; `sets` from shingleSets(docs).
 */
export function similarPairs(sets, threshold) {
  let maxId = 0;
  for (const set of sets) for (const id of set) maxId = Math.max(maxId, id);
  const df = new Int32Array(maxId + 2);
  for (const set of sets) for (const id of set) df[id]++;
  // Rarest first, ties by id: the same global order on every side.
  const prefixes = sets.map((set) => {
    const rarest = Int32Array.from(set).sort((x, y) => df[x] - df[y] || x - y);
    return rarest.subarray(0, set.length ? rarest.length - Math.ceil(threshold * rarest.length) + 1 : 0);
  });
  // Inverted index of the prefixes, as one array (a Map cannot hold 25 million keys).
  const start = new Int32Array(maxId + 2);
  for (const prefix of prefixes) for (const id of prefix) start[id + 1]++;
  for (let id = 1; id < start.length; id++) start[id] += start[id - 1];
  const next = start.slice();
  const postings = new Int32Array(start[start.length - 1]);
  prefixes.forEach((prefix, d) => { for (const id of prefix) postings[next[id]++] = d; });
  const found = new Map();
  const seen = new Set();
  for (let d = 0; d < sets.length; d++) {
    seen.clear();
    for (const id of prefixes[d])
      for (let p = start[id]; p < start[id + 1] && postings[p] < d; p++) seen.add(postings[p]);
    for (const other of seen) {
      const j = jaccard(sets[other], sets[d]);
      if (j >= threshold) found.set(`${other}-${d}`, j);
    }
  }
  return found;
}

/** Jaccard index of two ascending id arrays. */
export function jaccard(a, b) {
  let i = 0, j = 0, shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] < b[j]) i++;
    else if (a[i] > b[j]) j++;
    else shared++, i++, j++;
  }
  const union = a.length + b.length - shared;
  return union ? shared / union : 1;
}
