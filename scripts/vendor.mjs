#!/usr/bin/env node
// Copies the npm packages the page loads itself into its own files (web/generated/vendor/), so
// they are served from the page's origin, within its CSP, precached by the service worker like
// the rest, and never fetched from a CDN: mammoth (Word .docx to text) and pdfjs-dist (PDF text
// layer, with its worker), loaded only when such a file is added (web/app/office.js); fflate
// (unzip), loaded only when a zip of corpus results is opened (web/app/corpus-worker.js).
//   node scripts/vendor.mjs [WEB_DIR]
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const modules = fileURLToPath(new URL('../node_modules', import.meta.url));
/** [from, under node_modules] → [to, under web/generated/vendor]. */
export const VENDOR_FILES = [
  ['mammoth/mammoth.browser.min.js', 'mammoth.browser.min.js'],
  ['mammoth/LICENSE', 'mammoth.LICENSE.txt'],
  ['pdfjs-dist/build/pdf.min.mjs', 'pdf.min.mjs'],
  ['pdfjs-dist/build/pdf.worker.min.mjs', 'pdf.worker.min.mjs'],
  ['pdfjs-dist/LICENSE', 'pdfjs.LICENSE.txt'],
  ['fflate/esm/browser.js', 'fflate.mjs'],
  ['fflate/LICENSE', 'fflate.LICENSE.txt'],
];

const web = process.argv[2] ?? fileURLToPath(new URL('../web', import.meta.url));
const out = join(web, 'generated', 'vendor');
await mkdir(out, { recursive: true });
for (const [from, to] of VENDOR_FILES) await copyFile(join(modules, from), join(out, to));
console.log(`vendor: ${VENDOR_FILES.length} files in ${out}`);
