// The first files a user adds to a workspace that holds only the untouched example set replace
// the examples (rather than being mixed into their clusters), with an Undo that brings the
// examples back beside them. What the intake (intake.js) sees of the store: add, refuse and
// the documents, the examples counting as none.

/** The example set as documents to add. */
export function exampleItems(examples) {
  return examples.map(({ name, text }) => ({ name, text, encoding: 'UTF-8', size: new Blob([text]).size }));
}

/** The examples as the store holds them: same names and texts, in order, nothing else. */
export function onlyExamples(documents, examples) {
  return documents.length === examples.length
    && documents.every((doc, i) => doc.name === examples[i].name && doc.text === examples[i].text);
}

/** The intake's view of `store`: add() replaces the untouched `examples` ({name, text}[]). */
export class FirstFiles {
  #store;
  #examples;
  /** Whether the last add() replaced the example set (undo() brings it back). */
  replacedExamples = false;

  constructor(store, examples) {
    this.#store = store;
    this.#examples = examples;
  }

  /** The documents, none while only the untouched examples are there (the paste names count from 1). */
  get documents() {
    return onlyExamples(this.#store.documents, this.#examples) ? [] : this.#store.documents;
  }

  /** Adds documents as Store.add() does, replacing the untouched examples in the same write. */
  add(items) {
    this.replacedExamples = items.length > 0 && onlyExamples(this.#store.documents, this.#examples);
    return this.replacedExamples ? this.#store.replaceAll(items, { keepRefused: true }) : this.#store.add(items);
  }

  refuse(items) {
    this.#store.refuse(items);
  }

  /** Puts the examples back before the documents that replaced them; resolves when written. */
  undo() {
    this.replacedExamples = false;
    return this.#store.add(exampleItems(this.#examples), { first: true });
  }
}
