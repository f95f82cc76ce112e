// The help panel: what each number on the page means, in one sentence each, and the keys. Its
// text is app/help-panel.js, loaded when the panel is first opened; the score names stay here
// for the overview's score menu.
import { h } from './dom.js';

export const SCORE_HELP = [
  ['rewrite', 'Rewrite score', 'How strongly two documents tell the same story even in other words: content words weighted by how rare they are across the loaded set (TF-IDF), plus shared names and numbers.'],
  ['diffRatio', 'Word diff ratio', 'Share of the two documents’ words that a word-by-word diff keeps in order; marked “≥” where it is estimated from shared passages (a lower bound) instead of computed exactly.'],
  ['resemblance', 'Resemblance', 'Share of 3-word phrases the two documents have in common out of all the 3-word phrases of either (Broder’s resemblance).'],
  ['containmentAB', 'Containment', 'Share of one document’s 3-word phrases found in the other: high when it was copied into the other, however long the other is.'],
  ['coverageAB', 'Coverage', 'Share of a document’s words inside passages it shares with the other of at least 8 words (adjustable on the Duplicates view), a few differing words tolerated inside a passage.'],
];

export const LEVEL_HELP = [
  ['identical', 'Same words in the same order.'],
  ['minor changes', 'Mostly the same text (word diff ratio at least 80%), or one contains most of the other.'],
  ['rewritten', 'The same story in other words (rewrite score at least 20%), or sharing substantial passages.'],
  ['unrelated', 'None of the above.'],
];

export function installHelp(app) {
  const panel = document.getElementById('help');
  const button = document.getElementById('help-button');
  const close = h('button', { type: 'button', class: 'close', 'aria-label': 'Close help', onclick: () => toggle(false) }, '✕');
  panel.setAttribute('role', 'dialog');
  panel.append(h('div', { class: 'help-head' }, h('h2', { id: 'help-title' }, 'What the numbers mean'), close));
  let sections = null; // the text, loaded on the first opening (app/help-panel.js)
  const fill = () => {
    sections ??= import('./help-panel.js').then(({ helpSections }) => panel.append(...helpSections(SCORE_HELP, LEVEL_HELP)));
    return sections;
  };

  function toggle(open = panel.hidden) {
    if (open) fill();
    panel.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (open) close.focus();
    else button.focus();
  }
  button.addEventListener('click', () => toggle());
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) toggle(false);
    else if (event.key === '?' && !event.target.closest?.('input, textarea, select, dialog')) {
      event.preventDefault();
      toggle();
    }
  });
}
