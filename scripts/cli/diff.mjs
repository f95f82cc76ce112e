// `concord diff A B`: a unified diff that GNU patch applies to A to give B; --json prints rows.
import { ConcordError } from '../../web/concord.js';
import { parseArgs, readText } from './io.mjs';

export async function run(args, concord, { out }) {
  const { flags, positional } = parseArgs(args, ['U', 'unified']);
  if (positional.length !== 2) throw new ConcordError('expects two files: concord diff A B');
  const [leftPath, rightPath] = positional;
  const [left, right] = await Promise.all([readText(leftPath), readText(rightPath)]);
  const context = Number(flags.U ?? flags.unified ?? 3);
  if (flags.json) {
    out.write(JSON.stringify({ left: leftPath, right: rightPath, ...concord.diff(left, right) }, null, 1) + '\n');
  } else {
    out.write(concord.unifiedDiff(left, right, { leftName: leftPath, rightName: rightPath, context }));
  }
  // Like diff(1): 0 when equal, 1 when different.
  return left === right ? 0 : 1;
}
