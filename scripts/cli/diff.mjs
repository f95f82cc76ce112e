// `concord diff A B`: a unified diff that GNU patch applies to A to give B (the default), or the
// aligned comparison as JSON, as a self-contained HTML report, or as a one-line summary.
import { ConcordError } from '../../web/concord.js';
import { parseArgs, readText } from './io.mjs';

export const usage = [
  'concord diff A B [options]        compare file A (old) with file B (new); - reads stdin',
  '  (default)        unified diff that turns A into B: `concord diff A B | patch A`; its headers',
  '                   name A as --- a/A +++ b/A, so `patch -p1 < P` and `git apply P` change A',
  '  -U N             unchanged lines around each change in the unified diff (default 3)',
  '  --json           line rows of the line diff as JSON',
  '  --compare        the aligned comparison (rows, inline changes, moves, stats) as JSON',
  '  --html           a self-contained HTML report of the aligned comparison',
  '  --stats          one summary line: units kept/changed/added/removed/moved, words, similarity',
  '  --unit=U         alignment for --compare/--html/--stats: auto (default), line or paragraph',
  '  -i, --ignore-case   -w, --ignore-whitespace   --ignore-punctuation   --fold-quotes',
  '                   what counts as equal in the aligned comparison (the text shown never changes)',
].join('\n');

function compareOptions(flags) {
  const unit = flags.unit ?? 'auto';
  if (!['auto', 'line', 'paragraph'].includes(unit)) throw new ConcordError(`--unit must be auto, line or paragraph, not '${unit}'`);
  return {
    unit,
    ignoreCase: Boolean(flags.i || flags['ignore-case']),
    ignoreWhitespace: Boolean(flags.w || flags['ignore-whitespace']),
    ignorePunctuation: Boolean(flags['ignore-punctuation']),
    foldQuotes: Boolean(flags['fold-quotes']),
  };
}

function summary(result) {
  const s = result.stats;
  return `${result.unit}s: ${s.kept} kept, ${s.changed} changed, ${s.added} added, ${s.removed} removed, ` +
    `${s.moved} moved; words: ${s.wordsInserted} inserted, ${s.wordsDeleted} deleted; ` +
    `similarity ${(s.similarity * 100).toFixed(1)}%${s.minimal ? '' : ' (not minimal: texts very different)'}\n`;
}

export async function run(args, concord, { out }) {
  const { flags, positional } = parseArgs(args, ['U', 'unified', 'unit']);
  if (flags.h || flags.help) {
    out.write(usage + '\n');
    return 0;
  }
  if (positional.length !== 2) throw new ConcordError('expects two files: concord diff A B');
  const [leftPath, rightPath] = positional;
  const options = compareOptions(flags); // Validates --unit whatever the output.
  const [left, right] = await Promise.all([readText(leftPath), readText(rightPath)]);
  const context = Number(flags.U ?? flags.unified ?? 3);
  if (!Number.isInteger(context) || context < 0) throw new ConcordError('-U expects a whole number >= 0');
  if (flags.compare || flags.html || flags.stats) {
    const result = concord.compare(left, right, options);
    if (flags.html) {
      out.write(concord.htmlReport(left, right, result, { leftName: leftPath, rightName: rightPath }));
    } else if (flags.compare) {
      out.write(JSON.stringify({ left: leftPath, right: rightPath, ...result }) + '\n');
    } else {
      out.write(summary(result));
    }
  } else if (flags.json) {
    out.write(JSON.stringify({ left: leftPath, right: rightPath, ...concord.diff(left, right) }, null, 1) + '\n');
  } else {
    // The patch turns A into B: both headers name A, so `patch -p1` and `git apply` change A.
    const name = leftPath === '-' ? rightPath : leftPath;
    out.write(concord.unifiedDiff(left, right, { leftName: name, rightName: name, context }));
  }
  // Like diff(1): 0 when equal, 1 when different.
  return left === right ? 0 : 1;
}
