// "Copy link" in Compare two: the pair's two documents (names and texts) in a share link, as the
// Two texts view makes one (share.js copyShareLink: compressed in the URL fragment, which
// browsers never send to a server; the same 64 KB limit, message and warning). The link opens
// the Two texts view with both texts, where "Keep as documents" makes them a pair again.
import { h } from '../../dom.js';
import { copyShareLink } from '../../share.js';

/** The button, the link's field and its note. */
export function createPairShare() {
  return {
    button: h('button', { type: 'button', id: 'pair-link', class: 'narrow-fold', title: 'A link holding both texts (anyone with the link can read them; nothing is uploaded)' }, 'Copy link'),
    field: h('input', { type: 'text', id: 'pair-link-field', readonly: true, 'aria-label': 'Share link of this pair', hidden: true }),
    note: h('p', { id: 'pair-link-note', class: 'note', role: 'status' }),
    shownFor: '',
  };
}

const pairOf = (app) => [app.store.documents[app.state.a], app.store.documents[app.state.b]];

/** Clicking the button makes the link of the pair shown. */
export function bindPairShare(app, share) {
  share.button.addEventListener('click', async () => {
    const [left, right] = pairOf(app);
    if (!left || !right) {
      app.status('Choose two documents first: there is nothing to put in a link.', { error: true });
      return;
    }
    share.note.textContent = 'Making the link…';
    share.note.classList.remove('error');
    share.shownFor = `${left.id}|${right.id}`;
    await copyShareLink({ leftName: left.name, left: left.text, rightName: right.name, right: right.text }, share);
  });
}

/** On each show: a link made for another pair is taken away. */
export function showPairShare(app, share) {
  const [left, right] = pairOf(app);
  share.button.disabled = !left || !right;
  if (share.shownFor && share.shownFor !== `${left?.id}|${right?.id}`) {
    share.shownFor = '';
    share.field.hidden = true;
    share.note.textContent = '';
    share.note.classList.remove('error');
  }
}
