// Packed records (wire.js: a layout's fields, `stride` int32s a record) as objects.

// Each layout's [field, index] pairs, listed once.
const FIELDS = new WeakMap();

/** Record `r` of `packed` laid out as `layout`, as an object of the layout's field names. */
export function record(packed, layout, r) {
  let fields = FIELDS.get(layout);
  if (!fields) FIELDS.set(layout, (fields = Object.entries(layout).filter(([field]) => field !== 'stride')));
  const out = {};
  const at = r * layout.stride;
  for (const [field, index] of fields) out[field] = packed[at + index];
  return out;
}

/** Every record of `packed`, each made into `make(record, index)`. */
export function records(packed, layout, make) {
  const out = new Array(packed.length / layout.stride);
  for (let r = 0; r < out.length; r++) out[r] = make(record(packed, layout, r), r);
  return out;
}
