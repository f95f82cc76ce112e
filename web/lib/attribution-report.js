// A self-contained HTML report of a set's lineage and attribution: one string, inline CSS, no
// scripts. Every piece of user text goes through escapeHtml.
import { escapeHtml } from './report.js';
import { describeAttribution } from './lineage.js';

const CSS = `
body{font:14px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60em;padding:12px 16px;color:#1b1f24;background:#fff}
h1{font-size:18px}h2{font-size:16px;margin-top:24px;border-bottom:1px solid #d0d7de}
.muted{color:#57606a}.unsure{color:#b3261e}
.text{white-space:pre-wrap;overflow-wrap:anywhere;border:1px solid #d0d7de;border-radius:6px;padding:8px 12px}
.copied{background:#ffd9a8;text-decoration:underline solid #e07b1a}
.rewritten{background:#e9e1ff;text-decoration:underline dotted #6a4fc0}
.possibly{background:#f6f8fa;text-decoration:underline dashed #57606a}
`;

// The class and the words of a sentence's origin ("unsure": possibly rewritten).
const ORIGIN = { copied: ['copied', 'copied'], rewritten: ['rewritten', 'rewritten'], unsure: ['possibly', 'possibly rewritten (unsure)'] };

function edgeHtml(edge, names) {
  const ev = edge.evidence;
  const arrow = edge.directed ? '→' : '—';
  const how = { 'text dates': 'dated in the texts', modified: "by the files' last-modified times", containment: 'by containment (the later holds nearly all of the earlier and adds more)', none: 'which came first is unknown' }[ev.direction];
  const sure = edge.confidence >= 0.6 ? `confidence ${Math.round(edge.confidence * 100)}%` : `<span class="unsure">unsure (${Math.round(edge.confidence * 100)}%)</span>`;
  return `<li>${escapeHtml(names[edge.from])} ${arrow} ${escapeHtml(names[edge.to])}: ${sure}; ${escapeHtml(how)}. ` +
    `<span class="muted">${ev.titleCopied ? 'Same title; ' : ''}${ev.copied} of ${ev.fromSentences} sentences copied, ${ev.rewritten} rewritten; ` +
    `${Math.round(ev.fromInTo * 100)}% found in the other, ${Math.round(ev.toInFrom * 100)}% the other way.</span></li>`;
}

function documentHtml(entry, names, texts) {
  const text = texts[entry.document];
  let at = 0;
  let body = '';
  for (const s of entry.sentences) {
    body += escapeHtml(text.slice(at, s.start));
    const sentence = escapeHtml(text.slice(s.start, s.end));
    if (s.origin === 'new') body += sentence;
    else body += `<span class="${ORIGIN[s.origin][0]}" title="${escapeHtml(`${ORIGIN[s.origin][1]} from ${names[s.source]}, sentence ${s.sourceSentence + 1}: ${texts[s.source].slice(s.sourceStart, s.sourceEnd)}`)}">${sentence}</span>`;
    at = s.end;
  }
  body += escapeHtml(text.slice(at));
  return `<h2>${escapeHtml(names[entry.document])}</h2><p>${escapeHtml(describeAttribution(entry, (d) => names[d]))}.</p><div class="text">${body}</div>`;
}

/** The report of `analysis` (with lineage and attribution) of documents `docs` ({name, text}). */
export function attributionReport(analysis, docs) {
  const names = docs.map((d) => d.name);
  const texts = docs.map((d) => d.text);
  const edges = analysis.lineage?.edges ?? [];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<title>Concord: which text came from which</title><style>${CSS}</style></head><body>` +
    `<h1>Which text came from which: ${docs.length} documents</h1>` +
    `<p class="muted">Made by Concord. <span class="copied">Copied</span> word for word, <span class="rewritten">rewritten</span>, <span class="possibly">possibly rewritten (unsure)</span>, or new; ` +
    `“from or into”: nothing says which of the two texts came first.</p>` +
    `<h2>Lineage</h2>${edges.length ? `<ul>${edges.map((e) => edgeHtml(e, names)).join('')}</ul>` : '<p>No document looks revised or rewritten from another.</p>'}` +
    (analysis.attribution ?? []).map((entry) => documentHtml(entry, names, texts)).join('') +
    '</body></html>\n';
}
