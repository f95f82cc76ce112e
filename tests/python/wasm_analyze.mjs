// Reads {documents: [{name, text, lastModified?}], options} as JSON on stdin and prints the page's
// analyze() result (web/concord.js on web/generated/concord-core.mjs) as JSON, matrix values as
// an array; with {defaults: true}, prints analyze()'s option defaults instead.
import { createConcord } from '../../web/concord.js';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const { documents, options, defaults } = JSON.parse(input);
const concord = await createConcord();
if (defaults) {
  process.stdout.write(JSON.stringify(concord.defaults.analyze));
} else {
  const analysis = concord.analyze(documents, options);
  if (analysis.matrix) analysis.matrix = { ...analysis.matrix, values: Array.from(analysis.matrix.values) };
  process.stdout.write(JSON.stringify(analysis));
}
