// Big results cross from the engine worker to the page in slices. The page's thread pays for a
// message when it reads it (the structured clone is rebuilt then, in one task): the analysis
// of two 50 MB documents that repeat themselves (tens of thousands of repeated paragraphs and
// group members) took it 0.3–0.4 s in one piece. So every array of more than SLICE elements,
// at any depth outside another such array, goes ahead in messages of SLICE elements, each read
// in a task of its own, and the result follows with {$slices: n} where each array was.
export const SLICE = 2000; // elements per message

const plain = (value) => value && typeof value === 'object' && (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype);

/** The worker's side: `result` without its big arrays, and the slices to send before it. */
export function sliceResult(result) {
  const slices = []; // [array index, elements] in order
  let arrays = 0;
  const visit = (value) => {
    if (!plain(value)) return value;
    if (Array.isArray(value)) {
      if (value.length <= SLICE) return value.map(visit);
      const index = arrays++;
      for (let at = 0; at < value.length; at += SLICE) slices.push([index, value.slice(at, at + SLICE)]);
      return { $slices: index, length: value.length };
    }
    const out = {};
    for (const [key, item] of Object.entries(value)) out[key] = visit(item);
    return out;
  };
  return { result: visit(result), slices };
}

/** The page's side: gathers the slices of one call and puts its result back together. */
export class ResultAssembler {
  #arrays = [];

  /** Takes one slice ([array index, elements]) sent ahead of the result. */
  add([index, elements]) {
    (this.#arrays[index] ??= []).push(elements);
  }

  /** The result with every {$slices} replaced by its array. */
  assemble(result) {
    const visit = (value) => {
      if (!plain(value)) return value;
      if (Array.isArray(value)) return value.map(visit);
      if (Object.hasOwn(value, '$slices')) return [].concat(...(this.#arrays[value.$slices] ?? []));
      for (const key of Object.keys(value)) value[key] = visit(value[key]);
      return value;
    };
    return visit(result);
  }
}
