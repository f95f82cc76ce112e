// The wasm travels inside the module as a data: URL (SINGLE_FILE). Emscripten 3.1.6 would try
// fetch() on it first, which a Content-Security-Policy with connect-src 'none' refuses (the
// worker's and the single-file page's, and file:// pages refuse it too), logging an error
// before it falls back to decoding the URL itself. With no fetch in the module's scope it
// decodes directly. Module scope only: the realm's own fetch is untouched.
const fetch = undefined;
