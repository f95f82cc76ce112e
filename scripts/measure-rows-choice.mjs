// The pair view's automatic choice between literal and rewrite rows (web/app/views/pair/
// rewrite-model.js), measured on pairs of known kind: the literal similarity (compare()) and the
// rewrite score (analyze() of the two alone) of each, and the rows chosen.
//   node scripts/measure-rows-choice.mjs [extra-dir-of-rewrites]
// Rewrites: tests/fixtures/rewrites (*.a.txt / *.b.txt, tags stripped), tests/fixtures/pair
// lighthouse-a/b, the example set's harbour-wall and its rewrite. Edited drafts: tests/fixtures/pair
// draft-1/2, the example set's harbour-wall and its edited copy, and heavier edits made here of
// each rewrite fixture's source (every 4th, 2nd, every sentence reworded); unrelated pairs.
import { readFileSync, readdirSync } from 'node:fs';
import { createConcord } from '../web/concord.js';
import { EXAMPLES } from '../web/examples/examples.js';
import { automaticRows } from '../web/app/views/pair/rewrite-model.js';

const concord = await createConcord();
const root = new URL('../tests/fixtures/', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8').replace(/\s*\{[\d,]*\}/g, '');
const example = (name) => EXAMPLES.find((e) => e.name === name).text;

// Rewords one sentence in `every`: drops its function words' order, swaps two content words.
function edited(text, every) {
  let n = 0;
  return text.replace(/[^.!?\n]+[.!?]/g, (sentence) => {
    if (n++ % every) return sentence;
    const words = sentence.trim().split(/\s+/);
    if (words.length < 6) return sentence;
    [words[1], words[3]] = [words[3], words[1]];
    return ` ${words.slice(0, -2).join(' ')} and more ${words.at(-1)}`;
  });
}

const pairs = [];
const stories = [...new Set(readdirSync(new URL('rewrites/', root)).filter((f) => f.endsWith('.a.txt')).map((f) => f.slice(0, -6)))];
for (const story of stories) pairs.push(['rewrite', story, read(`rewrites/${story}.a.txt`), read(`rewrites/${story}.b.txt`)]);
pairs.push(['rewrite', 'lighthouse', read('pair/lighthouse-a.txt'), read('pair/lighthouse-b.txt')]);
pairs.push(['rewrite', 'example harbour-wall/rewrite', example('harbour-wall.txt'), example('harbour-wall-rewrite.txt')]);
const extra = process.argv[2];
if (extra) {
  const files = readdirSync(extra).sort().map((f) => readFileSync(`${extra}/${f}`, 'utf8'));
  for (let i = 0; i < files.length; i++) for (let j = i + 1; j < files.length; j++) pairs.push(['rewrite', `extra ${i}-${j}`, files[i], files[j]]);
}
pairs.push(['unrelated', 'example harbour-wall/library-hours', example('harbour-wall.txt'), example('library-hours.txt')]);
pairs.push(['unrelated', 'lighthouse/bike-lanes', read('pair/lighthouse-a.txt'), read('rewrites/bike-lanes.a.txt')]);
pairs.push(['unrelated', 'museum/wildfire', read('rewrites/museum.a.txt'), read('rewrites/wildfire.b.txt')]);
pairs.push(['edit', 'drafts', read('pair/draft-1.txt'), read('pair/draft-2.txt')]);
pairs.push(['edit', 'example harbour-wall/edited', example('harbour-wall.txt'), example('harbour-wall-edited.txt')]);
for (const story of stories) for (const every of [4, 2, 1]) pairs.push(['edit', `${story} 1/${every} reworded`, read(`rewrites/${story}.a.txt`), edited(read(`rewrites/${story}.a.txt`), every)]);

let wrong = 0;
console.log('kind      literal rewrite rows     pair');
for (const [kind, name, a, b] of pairs) {
  const literal = concord.compare(a, b).stats.similarity;
  const { scores } = concord.analyze([{ name: 'a', text: a }, { name: 'b', text: b }], { near: false }).pairs[0];
  const rows = automaticRows(literal, scores);
  const right = (kind === 'rewrite') === (rows === 'rewrite');
  if (!right) wrong++;
  console.log(`${kind.padEnd(9)} ${literal.toFixed(3).padStart(7)} ${scores.rewrite.toFixed(3).padStart(7)} ${rows.padEnd(8)} ${name}${right ? '' : '   <- wrong'}`);
}
console.log(`${pairs.length} pairs, ${wrong} chosen wrong`);
