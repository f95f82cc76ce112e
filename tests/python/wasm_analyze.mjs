// Reads {documents: [{name, text}], options} as JSON on stdin and prints the page's analyze()
// result (web/concord.js on web/generated/concord-core.mjs) as JSON, matrix values as an array.
import { createConcord } from '../../web/concord.js';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const { documents, options } = JSON.parse(input);
const concord = await createConcord();
const analysis = concord.analyze(documents, options);
if (analysis.matrix) analysis.matrix = { ...analysis.matrix, values: Array.from(analysis.matrix.values) };
process.stdout.write(JSON.stringify(analysis));
