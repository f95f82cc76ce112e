// Emscripten 3.1.6 writes ES6 modules whose Node branch uses CommonJS `require` and
// `__dirname`, which ES modules lack. Define both under Node only; browsers skip this.
const concordIsNode = typeof process === 'object' && typeof process.versions === 'object' &&
    typeof process.versions.node === 'string';
const require = concordIsNode ? (await import('module')).createRequire(import.meta.url) : undefined;
const __dirname = concordIsNode ? new URL('.', import.meta.url).pathname : '';
