// The documents the views are about (the pair's two, the one document), kept by identity: in
// the URL hash as "_" and the start of the document's key, and in memory, so that reordering,
// removing or adding documents never turns a view to other documents. A hash from an older
// link may name documents by position; it is read as such and pinned to those documents' keys
// as soon as positions and identities would disagree. When a subject is removed, the view falls
// back to another document and says so.

/** The roles: hash state key → what the user is told the document was. */
const ROLES = { a: 'left document of the pair', b: 'right document of the pair', doc: 'document shown' };
/** The subjects each view shows. */
const VIEW_ROLES = { pair: ['a', 'b'], document: ['doc'] };
const PREFIX = 8; // characters of a key in the hash, more when two keys start alike

/** The shortest start of `doc`'s key (at least PREFIX characters) no other document shares. */
function keyRef(doc, docs) {
  for (let n = PREFIX; n < doc.key.length; n += 4) {
    const start = doc.key.slice(0, n);
    if (!docs.some((other) => other !== doc && other.key.startsWith(start))) return `_${start}`;
  }
  return `_${doc.key}`;
}

/** The document a hash value names (position or "_key start"), or null. */
function named(value, docs) {
  if (typeof value === 'number') return docs[value] ?? null;
  const start = value.slice(1);
  return docs.find((doc) => doc.key.startsWith(start)) ?? null;
}

/** Keeps the view's subjects of `store`; see resolve() and toHash(). */
export class Subjects {
  #store;
  #memory = Object.create(null); // role → {key, name} of the document last shown in it

  constructor(store) {
    this.#store = store;
  }

  /**
   * The views' state from the hash's (`parsed`): a, b and doc as positions in the list.
   * `navigated`: the hash changed since the last call (so it names the subjects); otherwise the
   * documents changed and the subjects are those in memory. Returns {state, notes, pin}: notes
   * say which subject was removed and what is shown instead; pin is true when the hash must
   * be rewritten (toHash) to name the same documents. Only the subjects of `view` get notes.
   */
  resolve(parsed, navigated, view) {
    const docs = this.#store.documents;
    const state = Object.assign(Object.create(null), parsed);
    const notes = [];
    let pin = false;
    for (const role of Object.keys(ROLES)) {
      const remembered = this.#memory[role];
      const doc = navigated || !remembered ? named(parsed[role], docs) : docs.find((d) => d.key === remembered.key) ?? null;
      if (!navigated && remembered && !doc) {
        if (docs.length && VIEW_ROLES[view]?.includes(role)) notes.push({ role, name: remembered.name });
        pin = true;
      } else if (!navigated && doc && named(parsed[role], docs) !== doc) pin = true;
      state[role] = doc ? docs.indexOf(doc) : -1;
    }
    const found = { a: state.a, b: state.b, doc: state.doc }; // before any fallback
    this.#fallBack(state, docs.length);
    // A subject found is remembered; a fallback only when the hash is pinned to it (a removed
    // subject's), else the view goes on following the hash as it is.
    for (const role of Object.keys(ROLES)) {
      const doc = docs[state[role]];
      if (doc && (pin || found[role] === state[role])) this.#memory[role] = { key: doc.key, name: doc.name };
      else delete this.#memory[role];
    }
    return { state, pin, notes: notes.map(({ role, name }) => this.#note(role, name, docs[state[role]])) };
  }

  /** The hash state for `state` (a, b, doc as positions): the subjects named by key. */
  toHash(state, roles = Object.keys(ROLES)) {
    const docs = this.#store.documents;
    const out = Object.assign(Object.create(null), state);
    for (const role of roles) {
      if (typeof state[role] === 'number' && docs[state[role]]) out[role] = keyRef(docs[state[role]], docs);
    }
    return out;
  }

  // Subjects not found: the pair falls back to two different documents (the first ones not
  // the other side), the document view to the first one.
  #fallBack(state, n) {
    if (n === 0) {
      Object.assign(state, { a: 0, b: 1, doc: 0 });
      return;
    }
    if (state.a < 0) state.a = state.b === 0 && n > 1 ? 1 : 0;
    if (state.b < 0 || (state.b === state.a && n > 1)) state.b = state.a === 0 ? Math.min(1, n - 1) : 0;
    if (state.doc < 0) state.doc = 0;
  }

  #note(role, name, instead) {
    const shown = instead ? `; showing “${instead.name}” instead` : '';
    return `“${name}”, the ${ROLES[role]}, was removed${shown}.`;
  }
}
