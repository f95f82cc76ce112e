// Where each sentence of one document came from (analyze()'s attribution): a mode of the One
// document view. The text with every sentence coloured copied, rewritten, possibly rewritten
// (unsure) or new; each sentence with a source is a button that shows the sentence it came from; a table of sources with
// their shares, each opening the pair view.
import { download, h } from '../dom.js';
import { attributionReport } from '../../lib/attribution-report.js';
import { describeAttribution } from '../../lib/lineage.js';
import { emptyNote } from './common.js';

const SENTENCE_LIMIT = 3000; // Sentences drawn; the JSON export has them all.
const ORIGIN_WORDS = { copied: 'copied', rewritten: 'rewritten', unsure: 'possibly rewritten', new: 'new' };
// "(unsure)" after an unsure sentence's words: its link is likely but nothing corroborates it.
const suffix = (origin) => (origin === 'unsure' ? ' (unsure)' : '');

const way = (order) => (order === 'earlier' ? 'from' : 'from or into');

function sourcesTable(app, entry, d, names) {
  const total = entry.sentences.length || 1;
  const share = (n) => `${Math.round((100 * n) / total)}%`;
  return h('table', { class: 'facts', id: 'attribution-sources' },
    h('caption', {}, 'Sources'),
    h('thead', {}, h('tr', {}, ['Source', 'Copied', 'Rewritten', 'Possibly rewritten (unsure)', 'Which came first', ''].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {},
      entry.sources.map((s) => h('tr', {},
        h('th', { scope: 'row' }, `${s.source + 1}. ${names[s.source]}`),
        h('td', { class: 'num' }, `${s.copied} (${share(s.copied)})`),
        h('td', { class: 'num' }, `${s.rewritten} (${share(s.rewritten)})`),
        h('td', { class: 'num' }, `${s.unsure} (${share(s.unsure)})`),
        h('td', {}, s.order === 'earlier' ? 'the source' : 'unknown'),
        h('td', {}, h('button', { type: 'button', class: 'small', onclick: () => app.setState({ view: 'pair', a: s.source, b: d }) }, 'Compare')))),
      h('tr', {}, h('th', { scope: 'row' }, 'New'), h('td', { class: 'num', colspan: 3 }, `${entry.new} (${share(entry.new)})`), h('td'), h('td'))));
}

function sentenceButton(s, i, text, names, texts, show) {
  const label = `${ORIGIN_WORDS[s.origin]} ${way(s.sourceOrder)} ${s.source + 1}. ${names[s.source]}${suffix(s.origin)}`;
  return h('button', { type: 'button', class: `sentence ${s.origin}`, 'data-sentence': i, title: label, onclick: () => show(s, i) },
    text.slice(s.start, s.end), h('span', { class: 'visually-hidden' }, ` (${label})`));
}

function attributedText(entry, text, names, texts, show) {
  const out = h('div', { class: 'attributed-text', id: 'attributed-text' });
  const order = new Map(entry.sources.map((s) => [s.source, s.order]));
  let at = 0;
  entry.sentences.slice(0, SENTENCE_LIMIT).forEach((s, i) => {
    if (s.start > at) out.append(document.createTextNode(text.slice(at, s.start)));
    out.append(s.origin === 'new'
      ? h('span', { class: 'sentence new', 'data-sentence': i }, text.slice(s.start, s.end))
      : sentenceButton({ ...s, sourceOrder: order.get(s.source) }, i, text, names, texts, show));
    at = s.end;
  });
  if (entry.sentences.length <= SENTENCE_LIMIT && at < text.length) out.append(document.createTextNode(text.slice(at)));
  return out;
}

/**
 * The attribution panel of document `d`: `docs` are the store's documents ({name, text}).
 */
export function attributionPanel(app, analysis, docs, d) {
  const entry = analysis?.attribution?.[d];
  if (!entry) return emptyNote('No attribution: the analysis was run without it.');
  const names = docs.map((doc) => doc.name);
  const texts = docs.map((doc) => doc.text);
  const source = h('p', { class: 'attribution-source', id: 'attribution-source', 'aria-live': 'polite' },
    'Choose a coloured sentence to see the sentence it came from.');
  const show = (s, i) => {
    source.replaceChildren(
      h('strong', {}, `Sentence ${i + 1} is ${ORIGIN_WORDS[s.origin]} ${way(s.sourceOrder)} ${s.source + 1}. ${names[s.source]}, sentence ${s.sourceSentence + 1}`),
      ` (${s.origin === 'unsure' ? 'unsure; ' : ''}similarity ${Math.round(s.similarity * 100)}%, confidence ${Math.round(s.confidence * 100)}%): `,
      h('q', {}, texts[s.source].slice(s.sourceStart, s.sourceEnd)), ' ',
      h('button', { type: 'button', class: 'small', onclick: () => app.setState({ view: 'pair', a: s.source, b: d }) }, 'Compare the two'));
  };
  const unknown = entry.sources.some((s) => s.order !== 'earlier');
  return h('div', { class: 'attribution', id: 'attribution' },
    h('p', { class: 'summary', id: 'attribution-summary' }, `${names[d]}: ${describeAttribution(entry, (i) => `${i + 1}. ${names[i]}`)}.`),
    h('p', {}, h('button', { type: 'button', class: 'small', id: 'attribution-report',
      onclick: () => download('concord-attribution.html', attributionReport(analysis, docs), 'text/html;charset=utf-8') }, 'HTML report of every document\'s sources')),
    unknown ? h('p', { class: 'note' }, '“From or into”: nothing says which of the two came first, so the sentence may have been rewritten from this document rather than into it.') : null,
    h('p', { class: 'legend' },
      h('span', { class: 'sentence copied' }, 'copied word for word'), ' ',
      h('span', { class: 'sentence rewritten' }, 'rewritten'), ' ',
      h('span', { class: 'sentence unsure' }, 'possibly rewritten (unsure)'), ' ',
      h('span', { class: 'sentence new' }, 'new')),
    entry.sources.length ? sourcesTable(app, entry, d, names) : h('p', {}, 'No sentence of this document is found in another.'),
    source,
    attributedText(entry, texts[d], names, texts, show),
    entry.sentences.length > SENTENCE_LIMIT ? h('p', { class: 'note' }, `The first ${SENTENCE_LIMIT} of ${entry.sentences.length} sentences; the JSON export has them all.`) : null);
}
