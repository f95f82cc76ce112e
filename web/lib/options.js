// The one validator of option objects. Every call declares its schema: the core's, exported by
// the module (wasm/bind_wire.cc: each option's type, bounds and default), plus options that live
// only in JavaScript. An unknown option, or a value of the wrong type or out of range, is a
// ConcordError naming it; the result is a complete options object, choices as their codes.
import { ConcordError } from './errors.js';

/** Options every call accepts: the worker passes a progress callback to all of them. */
const COMMON = Object.freeze({
  onProgress: Object.freeze({ type: 'function', default: undefined }),
});

function describe(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `a ${typeof value}`;
}

// Checks one value against its entry; returns what the core receives.
function checkValue(name, entry, value) {
  const fail = (what) => {
    throw new ConcordError(`option ${name} must be ${what}, got ${describe(value)}`);
  };
  switch (entry.type) {
    case 'flag':
      if (typeof value !== 'boolean') fail('true or false');
      return value;
    case 'fraction':
      if (typeof value !== 'number' || !(value >= 0 && value <= 1)) fail('a number from 0 to 1');
      return value;
    case 'count':
      if (!Number.isInteger(value) || value < entry.min || value > entry.max) {
        fail(entry.max < 2 ** 31 - 1 ? `a whole number from ${entry.min} to ${entry.max}` : `a whole number >= ${entry.min} (below 2^31)`);
      }
      return value;
    case 'choice': {
      const code = typeof value === 'string' ? entry.choices.indexOf(value) : -1;
      if (code < 0) fail(`one of ${entry.choices.map((c) => `'${c}'`).join(', ')}`);
      return code;
    }
    case 'text':
      if (typeof value !== 'string') fail('a string');
      return value;
    case 'function':
      if (typeof value !== 'function') fail('a function');
      return value;
    default:
      throw new ConcordError(`option ${name} has no known type`);
  }
}

/**
 * Validates `options` (undefined or a plain object) against `schema` ({name: {type, default,
 * min?, max?, choices?}}) and returns every option resolved: given values checked, others their
 * default, choices as codes. An option given as undefined counts as not given.
 */
export function resolveOptions(schema, options) {
  if (options === undefined) options = {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new ConcordError(`options must be an object, got ${describe(options)}`);
  }
  const resolved = Object.create(null);
  for (const [name, value] of Object.entries(options)) {
    const known = Object.hasOwn(schema, name) || Object.hasOwn(COMMON, name);
    if (!known && value !== undefined) throw new ConcordError(`unknown option: ${name}`);
  }
  for (const table of [COMMON, schema]) {
    for (const [name, entry] of Object.entries(table)) {
      const value = Object.hasOwn(options, name) ? options[name] : undefined;
      if (value !== undefined) {
        resolved[name] = checkValue(name, entry, value);
      } else {
        resolved[name] = entry.type === 'choice' ? entry.choices.indexOf(entry.default) : entry.default;
      }
    }
  }
  return resolved;
}

/** The defaults of `schema` as users write them (choices by name), frozen. */
export function defaultsOf(schema) {
  const defaults = {};
  for (const [name, entry] of Object.entries(schema)) defaults[name] = entry.default;
  return Object.freeze(defaults);
}
