// File reading shared by the CLI commands: bytes in, text out, with a clear refusal of binary.
import { readFile } from 'node:fs/promises';
import { ConcordError } from '../../web/concord.js';

/**
 * Reads a file as UTF-8 text ('-' is standard input); refuses files with NUL bytes. Invalid
 * UTF-8 is decoded with U+FFFD replacements and a warning on stderr, since output built from
 * it cannot reproduce those bytes.
 */
export async function readText(path) {
  const bytes = path === '-' ? await readStdin() : await readFile(path);
  if (bytes.includes(0)) throw new ConcordError(`${path}: looks binary (contains NUL bytes)`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    process.stderr.write(`concord: warning: ${path} is not valid UTF-8; invalid bytes read as U+FFFD\n`);
    return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  }
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** Splits argv into flags (--name, --name=value, -U N) and positional arguments. */
export function parseArgs(args, valueFlags = []) {
  const flags = {};
  const positional = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg.startsWith('-') && arg !== '-') {
      const [key, inline] = arg.replace(/^--?/, '').split(/=(.*)/s);
      if (inline !== undefined) flags[key] = inline;
      else if (valueFlags.includes(key)) flags[key] = args[++i];
      else flags[key] = true;
    } else {
      positional.push(arg);
    }
  }
  return { flags, positional };
}
