// Big texts cross to the engine worker once, in slices, and are then named by an id. A
// structured clone of a 50 MB string costs the page's thread about half a second, on every call;
// slices of 4 M characters sent in separate tasks keep each step short, and a text the worker
// already holds (the same string: the document's own) is not sent again.
const BIG = 1 << 20; // characters; smaller texts travel inside the call
const SLICE = 1 << 22; // characters per message
const KEEP = 8; // texts the worker holds at most (the least recently used go first)

/** The page's side: replaces big strings in a call's arguments by {$text: id}. */
export class TextSender {
  #worker;
  #sent = new Map(); // string → {id, ready}
  #nextId = 1;

  constructor(worker) {
    this.#worker = worker;
  }

  /** `args` with every string of BIG characters or more (at any depth) replaced by a reference. */
  async refer(args) {
    if (typeof args === 'string') return args.length >= BIG ? { $text: await this.#send(args) } : args;
    if (Array.isArray(args)) return Promise.all(args.map((value) => this.refer(value)));
    if (args && typeof args === 'object' && Object.getPrototypeOf(args) === Object.prototype) {
      const out = {};
      for (const [key, value] of Object.entries(args)) out[key] = await this.refer(value);
      return out;
    }
    return args;
  }

  async #send(text) {
    let entry = this.#sent.get(text);
    if (entry) {
      this.#sent.delete(text); // most recently used last
      this.#sent.set(text, entry);
      await entry.ready;
      return entry.id;
    }
    const id = this.#nextId++;
    entry = { id, ready: this.#post(id, text) };
    this.#sent.set(text, entry);
    if (this.#sent.size > KEEP) {
      const [oldest, { id: dropped }] = this.#sent.entries().next().value;
      this.#sent.delete(oldest);
      this.#worker.postMessage({ dropText: dropped });
    }
    await entry.ready;
    return id;
  }

  async #post(id, text) {
    for (let at = 0; at < text.length; at += SLICE) {
      this.#worker.postMessage({ text: id, slice: text.slice(at, at + SLICE), last: at + SLICE >= text.length });
      await new Promise((resolve) => setTimeout(resolve, 0)); // the page paints between slices
    }
  }
}

/** The worker's side: takes the slices, and puts the texts back in place of their references. */
export class TextReceiver {
  #texts = new Map();
  #partial = new Map();

  /** Handles a text message (returns true), or returns false for any other message. */
  receive(data) {
    if ('dropText' in data) this.#texts.delete(data.dropText);
    else if ('text' in data) {
      const slices = this.#partial.get(data.text) ?? [];
      slices.push(data.slice);
      if (!data.last) this.#partial.set(data.text, slices);
      else {
        this.#partial.delete(data.text);
        this.#texts.set(data.text, slices.join(''));
      }
    } else return false;
    return true;
  }

  /** `args` with every {$text: id} replaced by its text. */
  resolve(args) {
    if (Array.isArray(args)) return args.map((value) => this.resolve(value));
    if (args && typeof args === 'object' && Object.getPrototypeOf(args) === Object.prototype) {
      if ('$text' in args) {
        if (!this.#texts.has(args.$text)) throw new Error('A text sent to the engine was lost; please try again.');
        return this.#texts.get(args.$text);
      }
      return Object.fromEntries(Object.entries(args).map(([key, value]) => [key, this.resolve(value)]));
    }
    return args;
  }
}
