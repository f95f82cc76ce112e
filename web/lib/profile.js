// A document's numbers as the engine counts them: its words and its paragraphs, the same ones
// analyze(), compare() and align() see (core/include/concord/document.h). The page shows these
// and counts nothing itself.
import { requireString } from './errors.js';
import { resolveOptions } from './options.js';

export function bindProfile(wire) {
  const { profileHeader: H, paragraph: P } = wire.columns;
  const { lineEndings } = wire.enums;

  function profileFrom({ ints }) {
    const packed = ints.paragraphs;
    const paragraphs = new Array(packed.length / P.stride);
    for (let p = 0, at = 0; p < paragraphs.length; p++, at += P.stride) {
      paragraphs[p] = { start: packed[at + P.start], end: packed[at + P.end], words: packed[at + P.words] };
    }
    return { words: ints.header[H.words], paragraphs, lineEndings: lineEndings[ints.header[H.lineEndings]] };
  }

  return {
    /**
     * The word count, paragraphs ({start, end, words}) and line endings of `text`.
     * @param {string} text
     * @param {import('../concord').ProfileOptions} [options]
     */
    profile(text, options) {
      requireString(text, 'text');
      return wire.call('profileDocument', 'profile', [text], resolveOptions(wire.schemas.profile, options), [], profileFrom);
    },
  };
}
