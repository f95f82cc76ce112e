// File bytes to text (web/app/decode.js): UTF-16 without BOM recognised, binary without NUL
// bytes refused, HTML to text in linear time (the hostile `<!--x` file), Markdown markup removed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeBytes, decodeEntities, decodeFile, htmlToText, markdownToText } from '../../web/app/decode.js';

const utf16 = (text, order) => {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes[2 * i + (order === 'le' ? 0 : 1)] = c & 0xff;
    bytes[2 * i + (order === 'le' ? 1 : 0)] = c >> 8;
  }
  return bytes;
};

/** Bytes from a fixed linear congruential sequence, with no 0 byte among them. */
function noiseWithoutNul(length, seed = 11) {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    bytes[i] = 1 + ((seed >>> 16) % 255);
  }
  return bytes;
}

test('UTF-16 without a BOM is read as UTF-16, little- or big-endian', () => {
  const text = 'Über den Hafen — ein Text in UTF-16.\r\nZweite Zeile, 中文也可以。\r\n';
  assert.deepEqual(decodeBytes(utf16(text, 'le')), { ok: true, text, encoding: 'UTF-16 LE (no BOM)' });
  assert.deepEqual(decodeBytes(utf16(text, 'be')), { ok: true, text, encoding: 'UTF-16 BE (no BOM)' });
});

test('NUL bytes that are not UTF-16 text are still refused as binary', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
  assert.deepEqual(decodeBytes(png), { ok: false, reason: 'looks binary (contains NUL bytes)' });
  // NULs at odd offsets, but the pairs are control characters, not text.
  const controls = new Uint8Array(200).map((_, i) => (i % 2 ? 0 : 1 + (i % 7)));
  assert.equal(decodeBytes(controls).ok, false);
});

test('binary data with no NUL byte is refused for its control characters', () => {
  assert.deepEqual(decodeBytes(noiseWithoutNul(4096)), { ok: false, reason: 'looks binary (control characters)' });
});

test('text with tabs, form feeds, a terminal colour code or one stray control stays text', () => {
  const text = 'col\tcol\r\n\fpage two \u001b[31mred\u001b[0m\n'.repeat(20) + '\u001a';
  assert.deepEqual(decodeBytes(new TextEncoder().encode(text)), { ok: true, text, encoding: 'UTF-8' });
  assert.equal(decodeBytes(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a])).encoding, 'Windows-1252 (not valid UTF-8)');
});

test('HTML to text: title first, one paragraph per block, scripts and styles dropped, entities decoded', () => {
  const html = '<!doctype html><html><head><title>T &amp; U</title><style>p{}</style></head><body><h1>Head</h1>' +
    '<p>Para <b>bold</b>&nbsp;&eacute;&#233;&#x263A;</p><script>if (a < b) x()</script><!-- gone --><p>1 < 2 &unknown; x</p></body></html>';
  assert.equal(htmlToText(html), 'T & U\n\nHead\n\nPara bold éé☺\n\n1 < 2 &unknown; x\n');
});

// The fastest of up to three runs of `work` in milliseconds, stopping at one under `limit`: a
// machine pause (CI is loaded) slows one run, quadratic work slows every run.
function fastestMs(work, limit) {
  let fastest = Infinity;
  for (let run = 0; run < 3 && fastest >= limit; run++) {
    const started = process.hrtime.bigint();
    work();
    fastest = Math.min(fastest, Number(process.hrtime.bigint() - started) / 1e6);
  }
  return fastest;
}

test('HTML to text is linear: a 600 KB file of "<!--x", "<a", "<script" and "<" takes well under a second', () => {
  for (const unit of ['<!--x', '<a', '<script>', '<', '<!x', '<title>']) {
    const html = unit.repeat(Math.ceil(600_000 / unit.length));
    // Quadratic work on 600 KB takes tens of seconds; linear work a few milliseconds.
    const ms = fastestMs(() => htmlToText(html), 2000);
    assert.ok(ms < 2000, `${unit}: ${ms.toFixed(0)} ms`);
  }
  assert.equal(htmlToText('before<!--x<!--x never closed'), 'before\n');
  assert.equal(htmlToText('a < b and <a never closed'), 'a < b and <a never closed\n');
});

test('decodeEntities leaves unknown names and decodes out-of-range numbers to U+FFFD', () => {
  assert.equal(decodeEntities('&lt;&gt;&quot;&#0;&#xD800;&#x110000;&zzz;&Ouml;'), '<>"\ufffd\ufffd\ufffd&zzz;Ö');
});

test('Markdown to text, and a hostile line of brackets stays fast', () => {
  assert.equal(markdownToText('# Title\n\nSome **bold** and a [link](http://x.invalid) `code`.\n'), 'Title\n\nSome bold and a link code.\n');
  const hostile = '[!['.repeat(200_000) + '<a'.repeat(200_000);
  const ms = fastestMs(() => markdownToText(hostile), 5000);
  assert.ok(ms < 5000, `${ms.toFixed(0)} ms`);
});

test('decodeFile says the format (the engine counts the words)', () => {
  const result = decodeFile(new TextEncoder().encode('<p>one two</p><p>three</p>'), 'page.html');
  assert.deepEqual(result, { ok: true, text: 'one two\n\nthree\n', encoding: 'UTF-8', format: 'HTML, compared as its text' });
  assert.deepEqual(decodeFile(new TextEncoder().encode(' \n\t'), 'blank.txt'), { ok: false, reason: 'no text in it (only white space)' });
});
