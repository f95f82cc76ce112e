// Word (.docx) and PDF files to text, in the decode worker: mammoth for Word, pdf.js for the
// text layer of a PDF. Both are the page's own files (scripts/vendor.mjs copies them from
// node_modules into generated/vendor/), imported only when such a file is added; pdf.js runs
// with eval off (isEvalSupported: false) and its worker from the same folder, so the page's
// CSP holds. Each result says what was extracted (pages, paragraphs) and what could not be
// (pages with no text layer: scanned images).

/** The folder of the vendored packages (read when needed: the single-file build has no such folder). */
const vendor = (file) => new URL(`../generated/vendor/${file}`, import.meta.url).href;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0]; // Word 97–2003 .doc, among others

const startsWith = (bytes, magic) => magic.every((byte, i) => bytes[i] === byte);
const plural = (n, word) => `${n.toLocaleString()} ${word}${n === 1 ? '' : 's'}`;

/** Paragraphs of a text: blocks between blank lines that hold something. */
const paragraphCount = (text) => text.split(/\n[ \t]*\n/).filter((block) => /\S/.test(block)).length;

/** 'docx', 'pdf', 'doc' (refused), or null for any other file, by its first bytes and name. */
export function officeKind(bytes, name) {
  if (startsWith(bytes, PDF_MAGIC)) return 'pdf';
  if (/\.docx$/i.test(name) && startsWith(bytes, ZIP_MAGIC)) return 'docx';
  if (/\.(docx|pdf)$/i.test(name)) return /\.pdf$/i.test(name) ? 'pdf' : 'docx'; // refused below, with a reason
  if (/\.doc$/i.test(name) && startsWith(bytes, OLE_MAGIC)) return 'doc';
  return null;
}

async function docxToText(bytes) {
  if (!startsWith(bytes, ZIP_MAGIC)) return { ok: false, reason: 'is named .docx but is not a Word document (not a zip file)' };
  if (!globalThis.mammoth) await import(vendor('mammoth.browser.min.js')); // sets self.mammoth
  let result;
  try {
    result = await globalThis.mammoth.extractRawText({ arrayBuffer: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
  } catch (error) {
    return { ok: false, reason: `could not be read as a Word document (${String(error?.message ?? error).slice(0, 120)})` };
  }
  const text = result.value.replace(/\r\n?/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  if (!text) return { ok: false, reason: 'is a Word document with no text in it' };
  return { ok: true, text: `${text}\n`, encoding: 'Word document', format: `Word (.docx): ${plural(paragraphCount(text), 'paragraph')} of text extracted` };
}

// One page's text items to lines and paragraphs: a new line at each end of line, a blank line
// where the gap to the next line is larger than a line and a half.
function pageText(items) {
  const lines = [];
  let line = '';
  let lastY = null;
  let lastHeight = 0;
  for (const item of items) {
    if (typeof item.str !== 'string') continue;
    const y = item.transform?.[5] ?? lastY;
    if (lastY !== null && line === '' && lines.length && Math.abs(lastY - y) > 1.6 * (lastHeight || item.height || 10)) lines.push('');
    line += item.str;
    if (item.hasEOL) {
      lines.push(line.trim());
      line = '';
    }
    if (item.str.trim()) {
      lastY = y;
      lastHeight = item.height || lastHeight;
    }
  }
  if (line.trim()) lines.push(line.trim());
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

async function pdfToText(bytes) {
  if (!startsWith(bytes, PDF_MAGIC)) return { ok: false, reason: 'is named .pdf but is not a PDF file' };
  const pdfjs = await import(vendor('pdf.min.mjs'));
  pdfjs.GlobalWorkerOptions.workerSrc = vendor('pdf.worker.min.mjs');
  let pdf;
  try {
    pdf = await pdfjs.getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, verbosity: 0 }).promise;
  } catch (error) {
    if (error?.name === 'PasswordException') return { ok: false, reason: 'is a password-protected PDF: open it, save a copy without the password, and add that' };
    return { ok: false, reason: `could not be read as a PDF (${String(error?.message ?? error).slice(0, 120)})` };
  }
  try {
    const pages = [];
    const empty = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      const text = pageText(content.items);
      if (text) pages.push(text);
      else empty.push(n);
    }
    const text = pages.join('\n\n');
    const unread = empty.length ? `; ${plural(empty.length, 'page')} with no text layer (scanned images?) not extracted: ${empty.slice(0, 12).join(', ')}${empty.length > 12 ? '…' : ''}` : '';
    if (!text) return { ok: false, reason: `is a PDF with no text layer on any of its ${plural(pdf.numPages, 'page')} (scanned images?): run it through OCR first` };
    return {
      ok: true, text: `${text}\n`, encoding: 'PDF text layer',
      format: `PDF: ${plural(pages.length, 'page')} of ${pdf.numPages}, ${plural(paragraphCount(text), 'paragraph')} extracted${unread}`,
    };
  } finally {
    pdf.destroy();
  }
}

/** The document of a Word or PDF file (as decodeFile() answers), for officeKind()'s kinds. */
export function decodeOffice(bytes, kind) {
  if (kind === 'doc') return Promise.resolve({ ok: false, reason: 'is a Word 97–2003 .doc file, which cannot be read here: save it as .docx (Word, LibreOffice) and add that' });
  return kind === 'pdf' ? pdfToText(bytes) : docxToText(bytes);
}
