#!/usr/bin/env node
// The site as it is published: web/ with its own scripts bundled (esbuild: bundle, code
// splitting, ES modules, minified, a source map carrying the sources beside each output), so a
// first visit fetches a few files instead of one per module. web/ stays the unbundled page that
// the tests and scripts/serve use; the Pages workflow publishes this copy, and
// scripts/measure-page.mjs measures it (--root web measures the sources instead).
//   node scripts/build-site.mjs OUT_DIR
//
// The entry points are found, not listed: the module scripts of index.html, web/concord.js (the
// public API, which users import by that path), and every script a source names by
// `new URL('…', import.meta.url)` (the Workers and the service worker). Each keeps its path.
// A dynamic import() of a bundled module stays lazy (esbuild makes it a chunk of its own).
// web/generated/ (the Emscripten loaders, the wasm, vendor/) is not bundled: it is copied, the
// loaders minified on their own as before.
//
// import.meta.url: in a bundle it is the URL of the output file the code ends up in (a chunk at
// the site's root, or an entry such as app/main.js), not that of its source file. So each source
// that uses it gets `__concordMeta()` in its place (as long: lines and columns stay the source's),
// a function appended to it that returns the source's own URL in the copy, relative to the output
// file it lands in. Which file that is comes from a first build: the second, with the rewrite,
// has the same import graph and so the same chunks, and is checked to place every such source
// where the first did. A dynamic import of a file of generated/ (left out of the bundle) is made
// relative to the source's URL the same way.
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';
import { MANIFEST_PATH, precacheManifest } from './precache-manifest.mjs';

const WEB = fileURLToPath(new URL('../web', import.meta.url));
const TARGET = 'es2022'; // what the page's browsers run (web/ is written for current browsers)
const SCRIPT = /\.m?js$/;
const GENERATED = /^generated\//;
// Already minified by their makers (vendor/), or the inlined wasm that only Node, file:// pages
// and the single-file edition load (a base64 string, which minifying does not shrink).
const AS_IS = [/^generated\/vendor\//, /^generated\/concord-core\.mjs$/];
const PUBLIC_API = 'concord.js';
const META = '__concordMeta()'; // as long as 'import.meta.url'
const URL_OF_MODULE = /new URL\(\s*(['"])([^'"]+)\1\s*,\s*import\.meta\.url\s*\)/g;
// import('./x') or import(`./x/${name}`): the latter esbuild would bundle as a glob.
const LITERAL_IMPORT = /\bimport\(\s*(['"`])(\.{1,2}\/[^'"`]+)\1\s*\)/g;

const posix = (path) => path.split(sep).join('/');

async function filesUnder(root, dir = root) {
  const files = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await filesUnder(root, path)));
    else if (entry.isFile()) files.push(posix(relative(root, path)));
  }
  return files;
}

/** `spec` (relative to the web/ file `from`) as a path below web/, or null when outside it. */
function webPath(from, spec) {
  const path = posix(relative(WEB, resolve(WEB, dirname(from), spec)));
  return path.startsWith('../') ? null : path;
}

/**
 * The entry points: {modules, classic}, paths below web/. Module scripts of index.html, the
 * public API, and the scripts the sources start by URL; a script passed to
 * serviceWorker.register is a classic script (bundled on its own: a service worker has no
 * import()).
 */
async function entryPoints(scripts) {
  const html = await readFile(join(WEB, 'index.html'), 'utf8');
  const modules = new Set([PUBLIC_API]);
  for (const [, src] of html.matchAll(/<script type="module" src="([^"]+)"><\/script>/g)) modules.add(webPath('index.html', src));
  const classic = new Set();
  for (const path of scripts) {
    const source = await readFile(join(WEB, path), 'utf8');
    for (const match of source.matchAll(URL_OF_MODULE)) {
      const target = webPath(path, match[2]);
      if (!target || !SCRIPT.test(target) || GENERATED.test(target)) continue;
      if (/serviceWorker\.register\(\s*$/.test(source.slice(0, match.index))) classic.add(target);
      else modules.add(target);
    }
  }
  for (const path of [...modules, ...classic]) if (!scripts.includes(path)) throw new Error(`entry point ${path} is not a script of web/`);
  return { modules: [...modules], classic: [...classic] };
}

/**
 * The source of the web/ module `path` as the bundle needs it (see the head of this file), for
 * the output file `output` (null in the first build: import.meta.url left as it is). Lines and
 * columns stay the source's except on the lines of a dynamic import of generated/.
 */
function rebased(path, source, output) {
  const code = source.replace(LITERAL_IMPORT, (whole, quote, spec) => {
    const target = webPath(path, spec.split('${')[0]);
    return target && (GENERATED.test(target) || target === 'generated') ? `import(new URL(${quote}${spec}${quote}, import.meta.url).href)` : whole;
  });
  if (output === null || !code.includes('import.meta.url')) return code;
  const own = posix(relative(dirname(output), path)); // the source's path from its output's folder
  // A function declaration is hoisted: appended, it shifts nothing and is there before any use.
  return `${code.replaceAll('import.meta.url', META)}\nfunction __concordMeta() { return new URL(${JSON.stringify(own.startsWith('.') ? own : `./${own}`)}, import.meta.url).href; }\n`;
}

/** The plugin of both builds; `placement` (web path → output path) is null in the first. */
function rebasePlugin(placement) {
  return {
    name: 'concord-rebase',
    setup(builder) {
      // generated/ is copied, not bundled: only dynamic imports reach it (URLs after rebased()).
      builder.onResolve({ filter: /generated\// }, ({ path, importer }) => {
        if (importer.startsWith(WEB + sep) && GENERATED.test(webPath(posix(relative(WEB, importer)), path) ?? '')) {
          return { errors: [{ text: `${path}: a static import of generated/ (import it dynamically: it stays out of the bundle)` }] };
        }
        return undefined;
      });
      builder.onLoad({ filter: /\.m?js$/ }, async ({ path }) => {
        if (!path.startsWith(WEB + sep)) return undefined;
        const webRelative = posix(relative(WEB, path));
        const output = placement ? placement.get(webRelative) : null;
        if (placement && !output) throw new Error(`${webRelative} was in no output of the first build`);
        return { contents: rebased(webRelative, await readFile(path, 'utf8'), output), loader: 'js' };
      });
    },
  };
}

/** web path → output path of every bundled module of `outputs` (a metafile's, relative to `out`). */
function placementOf(out, outputs) {
  const placement = new Map();
  for (const [output, { inputs }] of Object.entries(outputs)) {
    for (const input of Object.keys(inputs)) placement.set(posix(relative(WEB, resolve(out, input))), output);
  }
  return placement;
}

/** Writes esbuild's outputs; each map's sources made paths as in web/, with the real sources. */
async function writeOutputs(out, outputFiles) {
  for (const file of outputFiles) {
    const rel = posix(relative(out, file.path));
    await mkdir(dirname(file.path), { recursive: true });
    if (!rel.endsWith('.map')) {
      await writeFile(file.path, file.contents);
      continue;
    }
    const map = JSON.parse(file.text);
    const sources = [];
    const sourcesContent = [];
    for (const source of map.sources) {
      const abs = resolve(dirname(file.path), source);
      const inWeb = abs.startsWith(WEB + sep);
      // As if the sources sat beside the outputs in the copy (they are not published).
      if (!inWeb) throw new Error(`${rel}: a source outside web/, ${source}`);
      sources.push(posix(relative(dirname(rel), posix(relative(WEB, abs)))));
      sourcesContent.push(await readFile(abs, 'utf8')); // the source, not what rebased() made of it
    }
    await writeFile(file.path, JSON.stringify({ ...map, sources, sourcesContent }));
  }
}

/** Bundles the entry points into `out`; returns esbuild's metafile outputs (paths relative to `out`). */
async function bundle(out, { modules, classic }) {
  const common = {
    absWorkingDir: out,
    bundle: true,
    minify: true,
    sourcemap: 'linked',
    sourcesContent: true,
    target: TARGET,
    outbase: WEB,
    outdir: out,
    entryNames: '[dir]/[name]',
    chunkNames: '[name]-[hash]',
    metafile: true,
    write: false,
    logLevel: 'error',
  };
  const page = { ...common, entryPoints: modules.map((path) => join(WEB, path)), splitting: true, format: 'esm' };
  const first = await build({ ...page, plugins: [rebasePlugin(null)] });
  const placement = placementOf(out, first.metafile.outputs);
  const pageBuild = await build({ ...page, plugins: [rebasePlugin(placement)] });
  for (const [path, output] of placementOf(out, pageBuild.metafile.outputs)) {
    if (dirname(output) !== dirname(placement.get(path))) throw new Error(`${path} moved from ${placement.get(path)} to ${output} between the builds`);
  }
  for (const path of classic) {
    if ((await readFile(join(WEB, path), 'utf8')).includes('import.meta')) throw new Error(`${path}: a classic script has no import.meta`);
  }
  const classicBuild = classic.length ? await build({ ...common, entryPoints: classic.map((path) => join(WEB, path)), format: 'iife' }) : null;
  for (const result of [pageBuild, classicBuild]) if (result) await writeOutputs(out, result.outputFiles);
  return { ...pageBuild.metafile.outputs, ...(classicBuild?.metafile.outputs ?? {}) };
}

/** Minifies one copied file of `out` (a style sheet, a generated loader) on its own, in place. */
async function minifyFile(out, path) {
  const file = join(out, path);
  const source = await readFile(file, 'utf8');
  const loader = extname(path) === '.css' ? 'css' : 'js';
  const name = path.split('/').pop();
  const { code, map } = await transform(source, {
    loader,
    minify: true,
    ...(loader === 'js' ? { format: 'esm' } : {}),
    sourcemap: 'external',
    sourcefile: name,
    target: TARGET,
  });
  const mapJson = JSON.parse(map);
  mapJson.sourcesContent = [source]; // the map carries the source: nothing else to fetch
  await writeFile(`${file}.map`, JSON.stringify(mapJson));
  const comment = loader === 'css' ? `/*# sourceMappingURL=${name}.map */` : `//# sourceMappingURL=${name}.map`;
  await writeFile(file, `${code}${comment}\n`);
}

/**
 * The output files a page that runs `entries` (output paths) fetches before any dynamic import:
 * the entries and their static imports, transitively.
 */
function staticClosure(outputs, entries) {
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path) || !outputs[path]) return;
    seen.add(path);
    for (const dep of outputs[path].imports) if (dep.kind === 'import-statement' && !dep.external) visit(dep.path);
  };
  entries.forEach(visit);
  return seen;
}

/**
 * index.html of the copy: its module scripts as they are (same paths) and a modulepreload list
 * of what they import statically, plus the chunks of the lazy modules web/index.html preloads
 * (the view a first visit opens on) with their static imports.
 */
function publishedHtml(out, html, outputs) {
  const byEntry = new Map(Object.entries(outputs).filter(([, o]) => o.entryPoint).map(([path, o]) => [posix(relative(WEB, resolve(out, o.entryPoint))), path]));
  const scripts = [...html.matchAll(/<script type="module" src="([^"]+)"><\/script>/g)].map((m) => m[1]);
  const preloaded = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);
  const roots = [...scripts, ...preloaded].map((src) => byEntry.get(webPath('index.html', src))).filter(Boolean);
  const closure = staticClosure(outputs, roots);
  for (const src of scripts) closure.delete(byEntry.get(webPath('index.html', src))); // a script tag of its own
  const links = [...closure].sort().map((path) => `  <link rel="modulepreload" href="${path}">`).join('\n');
  const list = /(\n\s*<!--[^>]*-->)?(\n\s*<link rel="modulepreload" href="[^"]+">)+/;
  if (!list.test(html)) throw new Error('index.html has no modulepreload list to replace');
  const comment = '\n  <!-- Fetched at once rather than level by level as imports are discovered: what the page\'s\n       scripts import statically and the overview\'s chunk (scripts/build-site.mjs, from esbuild\'s metafile). -->';
  return html.replace(list, () => `${comment}${links ? `\n${links}` : ''}`);
}

/**
 * Builds the site into `out` (emptied first). Returns {outputs: esbuild's metafile outputs,
 * paths relative to `out`; entries: {modules, classic} below web/}.
 */
export async function buildSite(out) {
  out = resolve(out);
  await rm(out, { recursive: true, force: true });
  const all = await filesUnder(WEB);
  const scripts = all.filter((path) => SCRIPT.test(path) && !GENERATED.test(path));
  const entries = await entryPoints(scripts);
  await mkdir(out, { recursive: true });
  const outputs = await bundle(out, entries);
  // Every script of web/ is in an output: one that none reaches would be missing from the copy.
  const bundled = new Set(Object.values(outputs).flatMap((o) => Object.keys(o.inputs)).map((input) => posix(relative(WEB, resolve(out, input)))));
  const unreached = scripts.filter((path) => !bundled.has(path));
  if (unreached.length) throw new Error(`not reached from any entry point, so missing from the site: ${unreached.join(', ')}`);
  for (const path of all.filter((p) => !scripts.includes(p))) {
    await mkdir(dirname(join(out, path)), { recursive: true });
    await cp(join(WEB, path), join(out, path), { dereference: true });
  }
  const minified = all.filter((path) => (extname(path) === '.css' || (SCRIPT.test(path) && GENERATED.test(path))) && !AS_IS.some((re) => re.test(path)));
  await Promise.all(minified.map((path) => minifyFile(out, path)));
  await writeFile(join(out, 'index.html'), publishedHtml(out, await readFile(join(WEB, 'index.html'), 'utf8'), outputs));
  const manifest = await precacheManifest(out);
  await writeFile(join(out, MANIFEST_PATH), `${JSON.stringify(manifest, null, 1)}\n`);
  return { outputs, entries };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: node scripts/build-site.mjs OUT_DIR');
    process.exit(2);
  }
  const { outputs, entries } = await buildSite(out);
  const scripts = Object.entries(outputs).filter(([path]) => path.endsWith('.js'));
  const bytes = scripts.reduce((sum, [, o]) => sum + o.bytes, 0);
  console.log(`site: ${out}, ${entries.modules.length + entries.classic.length} entry points, ${scripts.length} script files, ${(bytes / 1024).toFixed(1)} KB`);
}
