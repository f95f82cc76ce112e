// Big texts cross to the engine worker once, in slices (web/app/shared-texts.js): each slice a
// short task for the page, a text the worker holds is named, not sent again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextReceiver, TextSender } from '../../web/app/shared-texts.js';

function pipe() {
  const receiver = new TextReceiver();
  const messages = [];
  const worker = { postMessage: (data) => { messages.push(structuredClone(data)); receiver.receive(messages.at(-1)); } };
  return { sender: new TextSender(worker), receiver, messages };
}

test('a big text goes in slices once; small texts and other values travel in the call', async () => {
  const { sender, receiver, messages } = pipe();
  const big = 'lorem ipsum dolor '.repeat(600000); // 10.8 M characters
  const args = [big, 'small', { text: big, n: 3, nested: [big] }, { ignoreCase: true }];
  const sent = await sender.refer(args);
  assert.equal(sent[1], 'small');
  assert.deepEqual(sent[3], { ignoreCase: true });
  assert.equal(typeof sent[0].$text, 'number');
  assert.deepEqual(sent[2], { text: sent[0], n: 3, nested: [sent[0]] });
  assert.equal(messages.length, 3, 'three slices of at most 4 M characters');
  assert.ok(messages.every((m) => m.slice.length <= 1 << 22));
  assert.deepEqual(receiver.resolve(sent), args);
  // The same text again: no slice is sent.
  await sender.refer([big, {}]);
  assert.equal(messages.length, 3);
});

test('the worker keeps the eight most recently used texts; a dropped one is sent again', async () => {
  const { sender, receiver, messages } = pipe();
  const texts = Array.from({ length: 9 }, (_, i) => `${i}`.repeat(1 << 20));
  const refs = [];
  for (const text of texts) refs.push((await sender.refer([text]))[0]);
  assert.deepEqual(messages.filter((m) => 'dropText' in m).map((m) => m.dropText), [refs[0].$text]);
  assert.throws(() => receiver.resolve([refs[0]]), /was lost/);
  assert.equal(receiver.resolve([refs[8]])[0], texts[8]);
  const again = await sender.refer([texts[0]]);
  assert.notEqual(again[0].$text, refs[0].$text);
  assert.equal(receiver.resolve(again)[0], texts[0]);
});
