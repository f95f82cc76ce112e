#!/usr/bin/env node
// Writes one self-contained HTML file (scripts, styles and wasm inlined) that works when opened
// straight from disk (file://), where browsers refuse module scripts, workers and fetch. The ES
// modules of web/ are joined into one classic script: each module becomes an async function run
// once, in dependency order, its imports read from the modules run before it (a dynamic
// import('./x.js') resolves to the module run before). Enough for the project's own modules
// (relative imports, no cycles); anything else is an error.
//   node scripts/single-file.mjs [--out dist/concord.html]
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const WEB = fileURLToPath(new URL('../web/', import.meta.url));
const args = process.argv.slice(2);
const out = resolve(args[args.indexOf('--out') + 1] && args.includes('--out') ? args[args.indexOf('--out') + 1] : 'dist/concord.html');

const IMPORT = /^\s*import\s+(?:([\w$]+)|\{([^}]*)\})\s+from\s+'([^']+)';?/gm;
const DYNAMIC_IMPORT = /\bimport\('(\.{1,2}\/[^']+\.m?js)'\)/g; // not JSDoc's import('./x').T
const SIDE_EFFECT_IMPORT = /^\s*import\s+'[^']+';?/m;
const EXPORT_FROM = /^\s*export\s+\{([^}]*)\}\s+from\s+'([^']+)';?/gm;
const EXPORT_DECL = /^export\s+(async\s+function\*?|function\*?|class|const|let|var)\s+([\w$]+)/gm;
const WEB_CORE = /^const loadWebCore = .*$/m; // web/concord.js: the page's file-backed module
const EXPORT_DEFAULT = /^export\s+default\s+([\w$]+);?/gm;

const modules = new Map(); // path → {code, deps}

function names(list) {
  return list.split(',').map((part) => part.trim()).filter(Boolean).map((part) => {
    const [name, alias] = part.split(/\s+as\s+/);
    return { name: name.trim(), alias: (alias ?? name).trim() };
  });
}

async function load(path) {
  if (modules.has(path)) return;
  modules.set(path, null);
  let source = await readFile(path, 'utf8');
  if (path === join(WEB, 'concord.js')) {
    // One copy of the wasm, inlined: the file-backed module (and its .wasm) stays out.
    if (!WEB_CORE.test(source)) throw new Error(`${path}: no loadWebCore to leave out of the single file`);
    source = source.replace(WEB_CORE, 'const loadWebCore = null;');
  }
  if (SIDE_EFFECT_IMPORT.test(source)) throw new Error(`${path}: side-effect imports are not supported`);
  const deps = [];
  const exported = [];
  const key = (spec) => relative(WEB, resolve(dirname(path), spec));
  source = source.replace(IMPORT, (_, defaultName, list, spec) => {
    deps.push(resolve(dirname(path), spec));
    if (defaultName) return `const ${defaultName} = __modules[${JSON.stringify(key(spec))}].default;`;
    return `const { ${names(list).map(({ name, alias }) => (name === alias ? name : `${name}: ${alias}`)).join(', ')} } = __modules[${JSON.stringify(key(spec))}];`;
  });
  source = source.replace(DYNAMIC_IMPORT, (_, spec) => {
    deps.push(resolve(dirname(path), spec));
    return `Promise.resolve(__modules[${JSON.stringify(key(spec))}])`;
  });
  source = source.replace(EXPORT_FROM, (_, list, spec) => {
    deps.push(resolve(dirname(path), spec));
    return names(list).map(({ name, alias }) => `__exports.${alias} = __modules[${JSON.stringify(key(spec))}].${name};`).join('\n');
  });
  source = source.replace(EXPORT_DECL, (_, kind, name) => {
    exported.push(name);
    return `${kind} ${name}`;
  });
  source = source.replace(EXPORT_DEFAULT, (_, name) => `__exports.default = ${name};`);
  if (/^\s*export\s/m.test(source)) throw new Error(`${path}: an export form the single-file build does not handle`);
  source = source.replaceAll('import.meta.url', 'document.baseURI');
  for (const dep of deps) await load(dep);
  modules.set(path, { code: `${source}\n${exported.map((name) => `__exports.${name} = ${name};`).join('\n')}`, deps });
}

const order = [];
function visit(path, seen = new Set()) {
  if (order.includes(path)) return;
  if (seen.has(path)) throw new Error(`import cycle at ${path}`);
  seen.add(path);
  for (const dep of modules.get(path).deps) visit(dep, seen);
  order.push(path);
}

const api = join(WEB, 'concord.js');
const main = join(WEB, 'app/main.js');
await load(api);
await load(main);
visit(api);
visit(main);

let script = '(async () => {\n"use strict";\nconst __modules = {};\n';
for (const path of order) {
  script += `// ---- ${relative(WEB, path)}\n__modules[${JSON.stringify(relative(WEB, path))}] = await (async (__exports) => {\n${modules.get(path).code}\nreturn __exports;\n})({});\n`;
  if (path === api) script += 'globalThis.CONCORD_SINGLE_FILE = { createConcord: __modules["concord.js"].createConcord };\n';
}
script += '})().catch((error) => { document.documentElement.dataset.error = String(error); console.error(error); });\n';
script = script.replaceAll('</script', '<\\/script').replaceAll('<!--', '<\\!--');

const styles = await readFile(join(WEB, 'styles.css'), 'utf8');
const sha = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
let html = await readFile(join(WEB, 'index.html'), 'utf8');
// No 'unsafe-eval': the core is built with -sDYNAMIC_EXECUTION=0 (wasm/CMakeLists.txt), so
// Embind needs no new Function. Scripts come only from this file (hash).
const csp = `default-src 'none'; script-src ${sha(script)} 'wasm-unsafe-eval'; style-src ${sha(styles)}; img-src data: blob:; connect-src 'none'; base-uri 'none'; form-action 'none'`;
html = html
  .replace(/<meta http-equiv="Content-Security-Policy"[\s\S]*?>/, () => `<meta http-equiv="Content-Security-Policy" content="${csp}">`)
  .replace(/\s*<link rel="stylesheet" href="styles.css">/, () => `\n  <style>${styles}</style>`)
  .replace(/\s*<script type="module" src="app\/(early|main).js"><\/script>/g, '')
  .replace(/\s*<!-- Fetched at once[^>]*-->/, '')
  .replace(/\s*<link rel="modulepreload"[^>]*>/g, '')
  .replace('</body>', () => `<script>${script}</script>\n</body>`);
if (/src="(?!data:)|href="(?!data:|#)[^"]+\.(js|css)"/.test(html)) throw new Error('an external file is still referenced');
await mkdir(dirname(out), { recursive: true });
await writeFile(out, html);
console.log(`single-file build: ${relative(process.cwd(), out)} (${(html.length / 1024).toFixed(0)} KB)`);
