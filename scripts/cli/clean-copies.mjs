// Where `concord analyze --clean-dir=DIR` writes its clean copies, decided before anything is
// written: one file per input, named after it, made unique (" (2)", " (3)" before the extension)
// when inputs share a base name. A plan that would overwrite an input (DIR being an input's own
// folder, a link to it, a hard link) is refused, and so is one that would overwrite any other file
// already in DIR unless --overwrite says so: a clean copy must never cost the user a file.
import { mkdir, realpath, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { ConcordError } from '../../web/concord.js';

async function identity(path) {
  try {
    const info = await stat(path);
    return { real: await realpath(path), key: `${info.dev}:${info.ino}` };
  } catch (error) {
    if (error.code === 'ENOENT') return null;
    throw error;
  }
}

/** A name for `wanted` not yet in `taken` (compared without case: some file systems ignore it). */
function uniqueName(wanted, taken) {
  const extension = extname(wanted);
  const stem = wanted.slice(0, wanted.length - extension.length);
  let name = wanted;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem} (${n})${extension}`;
  taken.add(name.toLowerCase());
  return name;
}

/**
 * Plans the clean copies of `inputs` (paths as given) in `dir`: [{input, name, path}], or a
 * ConcordError naming the first file that would be overwritten.
 */
export async function planCleanCopies(dir, inputs, { overwrite = false } = {}) {
  const inputIds = new Map();
  for (const input of inputs) {
    if (input === '-') continue;
    const id = await identity(input);
    if (id) inputIds.set(id.key, input).set(id.real, input);
  }
  const taken = new Set();
  const plan = [];
  for (const input of inputs) {
    const name = uniqueName(input === '-' ? 'stdin.txt' : basename(input) || 'document.txt', taken);
    const path = join(dir, name);
    const existing = await identity(path);
    if (existing) {
      const clobbered = inputIds.get(existing.key) ?? inputIds.get(existing.real);
      if (clobbered !== undefined) {
        throw new ConcordError(`--clean-dir: the clean copy of ${input} would overwrite the input ${clobbered} (${path}); choose another folder. Nothing was written.`);
      }
      if (!overwrite) {
        throw new ConcordError(`--clean-dir: ${path} already exists; choose an empty folder or add --overwrite. Nothing was written.`);
      }
    }
    plan.push({ input, name, path });
  }
  return plan;
}

/** Writes `texts[i]` to `plan[i].path`, creating the folder; refuses to replace files that
 * appeared since the plan was made unless `overwrite`. */
export async function writeCleanCopies(plan, texts, { overwrite = false } = {}) {
  if (plan.length) await mkdir(resolve(dirname(plan[0].path)), { recursive: true });
  for (let i = 0; i < plan.length; i++) {
    try {
      await writeFile(plan[i].path, texts[i], { flag: overwrite ? 'w' : 'wx' });
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      throw new ConcordError(`--clean-dir: ${plan[i].path} appeared while writing; left it alone (${i} of ${plan.length} clean copies written).`);
    }
  }
}
