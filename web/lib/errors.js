/** The error Concord's API throws for input it cannot handle; `message` is meant for users. */
export class ConcordError extends Error {
  constructor(message) {
    super(message);
    this.name = 'ConcordError';
  }
}

/** Throws unless `text` is a string, naming the argument. */
export function requireString(text, name) {
  if (typeof text !== 'string') throw new ConcordError(`${name} must be a string, got ${text === null ? 'null' : typeof text}`);
}

/** True when `text` holds a UTF-16 surrogate without its other half (written as U+FFFD). */
export function hasLoneSurrogate(text) {
  if (typeof text.isWellFormed === 'function') return !text.isWellFormed();
  return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}
