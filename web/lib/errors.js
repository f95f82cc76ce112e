/** The error Concord's API throws for input it cannot handle; `message` is meant for users. */
export class ConcordError extends Error {
  constructor(message) {
    super(message);
    this.name = 'ConcordError';
  }
}

/** Throws a ConcordError when a core result carries `error`; returns the result otherwise. */
export function unwrap(result) {
  if (result && typeof result.error === 'string') throw new ConcordError(result.error);
  return result;
}

/** Throws unless `text` is a string, naming the argument. */
export function requireString(text, name) {
  if (typeof text !== 'string') throw new ConcordError(`${name} must be a string, got ${typeof text}`);
}
