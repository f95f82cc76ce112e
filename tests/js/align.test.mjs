// concord.align()'s sentence and paragraph links: the properties issue 9 asks of them (self,
// mirror, moved sentence) and the UTF-16 ranges of the sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createConcord } from '../../web/concord.js';

const concord = await createConcord();

// Paragraphs of sentences, each sentence about its own names and numbers so none repeats.
const PARAGRAPHS = [
  ['Harbourview council approves the Mill Street bike lanes'],
  ['The council voted 7 to 2 on Tuesday to build protected lanes along Mill Street.',
    'The project will cost about 4.2 million dollars and take eighteen months.'],
  ['Supporters packed the chamber for more than three hours.',
    'Councillor Dana Okafor said the vote crowned years of campaigning by parents.'],
  ['Two councillors argued that removing 140 parking spaces would hurt shops.',
    'Lionel Barrett said business owners feared losing customers to the Eastgate mall.'],
  ['Concrete kerbs and planters will separate the lanes from traffic.',
    'Work begins in March at the northern end near the railway station.'],
];
const join = (paragraphs) => paragraphs.map((p) => p.join(' ')).join('\n\n') + '\n';
const TEXT = join(PARAGRAPHS);

const linkKey = (l) => `${l.a}:${l.b}`;

test('align: a text aligned with itself links every sentence 1:1 with likely links', () => {
  const aligned = concord.align(TEXT, TEXT);
  const count = PARAGRAPHS.flat().length;
  assert.equal(aligned.sentences.a.length, count);
  assert.deepEqual(aligned.sentences.b, aligned.sentences.a);
  const likely = aligned.sentenceLinks.filter((l) => l.likely);
  assert.deepEqual(likely.map(linkKey), Array.from({ length: count }, (_, i) => `${i}:${i}`));
  for (const link of likely) assert.ok(link.confidence > 0.9 && link.mutual, linkKey(link));
  const likelyParagraphs = aligned.paragraphLinks.filter((l) => l.likely);
  assert.deepEqual(likelyParagraphs.map(linkKey), PARAGRAPHS.map((_, p) => `${p}:${p}`));
  assert.ok(likelyParagraphs.every((l) => l.coverage === 1 && l.sentenceLinks >= 1));
  assert.equal(aligned.rows.length, PARAGRAPHS.length);
});

test('align: aligning b with a mirrors aligning a with b', () => {
  const b = join([
    ['Mill Street gets protected bike lanes after a 7 to 2 council vote'],
    ['Lionel Barrett warned that shops would suffer once 140 parking spaces go.',
      'Dana Okafor, who proposed the plan, thanked parents for years of campaigning.'],
    ['The lanes cost 4.2 million dollars and will take eighteen months to build.'],
  ]);
  const ab = concord.align(TEXT, b);
  const ba = concord.align(b, TEXT);
  assert.ok(ab.sentenceLinks.some((l) => l.likely), 'the rewrite has likely links');
  const swap = (links) => links.map((l) => ({ ...l, a: l.b, b: l.a })).sort((x, y) => x.a - y.a || x.b - y.b);
  assert.deepEqual(swap(ba.sentenceLinks), ab.sentenceLinks);
  assert.deepEqual(swap(ba.paragraphLinks), ab.paragraphLinks);
  assert.deepEqual(ba.sentences, { a: ab.sentences.b, b: ab.sentences.a });
});

test('align: a sentence moved to another paragraph is still linked', () => {
  const moved = PARAGRAPHS.map((p) => [...p]);
  const sentence = moved[1].pop(); // "The project will cost ..." from paragraph 1 ...
  moved[4].push(sentence); // ... to the end of the last paragraph.
  const b = join(moved);
  const aligned = concord.align(TEXT, b);
  const from = aligned.sentences.a.findIndex((s) => TEXT.slice(s.start, s.end) === sentence);
  const to = aligned.sentences.b.findIndex((s) => b.slice(s.start, s.end) === sentence);
  assert.ok(from >= 0 && to >= 0);
  assert.equal(aligned.sentences.a[from].paragraph, 1);
  assert.equal(aligned.sentences.b[to].paragraph, 4);
  const link = aligned.sentenceLinks.find((l) => l.a === from && l.b === to);
  assert.ok(link?.likely, 'the moved sentence keeps a likely link');
  assert.ok(aligned.paragraphLinks.some((l) => l.a === 1 && l.b === 4), 'its paragraphs link');
});

test('align: sentence ranges are UTF-16 ranges of the sentences, emoji and CJK included', () => {
  const paragraphs = [
    ['The mayor 😀 opened the 東京 bridge on Monday.', 'Crowds waved 🎉 flags from the café terrace.'],
    ['Officials in 大阪 praised the design.', 'The 🚲 lanes open next spring for 300 riders.'],
  ];
  const text = join(paragraphs);
  const other = 'Osaka officials 👍 liked the bridge design.\n';
  const aligned = concord.align(text, other);
  assert.deepEqual(
    aligned.sentences.a.map((s) => [text.slice(s.start, s.end), s.paragraph]),
    paragraphs.flatMap((p, i) => p.map((s) => [s, i])),
  );
  for (const [sentences, source] of [[aligned.sentences.a, text], [aligned.sentences.b, other]]) {
    for (const s of sentences) {
      assert.ok(s.start >= 0 && s.start < s.end && s.end <= source.length, JSON.stringify(s));
      const paragraph = (source === text ? aligned.aParagraphs : aligned.bParagraphs)[s.paragraph];
      assert.ok(paragraph.start <= s.start && s.end <= paragraph.end, 'within its paragraph');
    }
  }
  assert.equal(other.slice(aligned.sentences.b[0].start, aligned.sentences.b[0].end), other.trim());
});

test('align: sentences carry their kind and links say whether they are copies', () => {
  // b: a's first sentence in other case and punctuation (copied), its second rewritten, and a
  // sentence of its own (new); a's last sentence has no counterpart (new).
  const b = join([
    ['HARBOURVIEW COUNCIL APPROVES THE MILL STREET BIKE LANES!'],
    ['On Tuesday, by 7 votes to 2, the council agreed to build protected lanes on Mill Street.'],
    ['A bakery on the corner will hand out free coffee to the first cyclists.'],
  ]);
  const aligned = concord.align(TEXT, b);
  const kinds = (side) => aligned.sentences[side].map((s) => s.kind);
  assert.deepEqual(kinds('b'), ['copied', 'rewritten', 'new']);
  assert.equal(kinds('a')[0], 'copied');
  assert.equal(kinds('a')[1], 'rewritten');
  assert.ok(kinds('a').slice(2).every((k) => k === 'new'), kinds('a').join());
  const copied = aligned.sentenceLinks.filter((l) => l.copied);
  assert.deepEqual(copied.map(linkKey), ['0:0']);
  assert.ok(aligned.sentenceLinks.every((l) => typeof l.copied === 'boolean'));
  const self = concord.align(TEXT, TEXT);
  assert.ok(self.sentences.a.every((s) => s.kind === 'copied'));
  assert.ok(self.sentenceLinks.every((l) => l.copied));
});
