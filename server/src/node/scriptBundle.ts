/**
 * How the bins' bundles (out/cli.js, out/server.js) are written so that the code cache
 * (compileCache.ts) compiles the file's text as it was read. A CommonJS module's text is normally
 * compiled inside Node's function wrapper, `Module.wrap(text)`: a string of the wrapper and the
 * text joined, which V8 copies into one flat string before it compiles or checks a cache against
 * it — 1.5 MB copied onto the young heap at every start, and a scavenge to move it out (about 4 ms
 * of CPU of a one-file run on a loaded machine, the same measured in isolation, docs/performance.md).
 * The build writes the wrapper into the file instead (`HEAD` + bundle + `TAIL`, esbuild's banner
 * and footer, so source maps stay right), and the text read from disk is compiled as it is: an
 * external string, never copied.
 *
 * The file stays a CommonJS module. Compiled as a script, its value is the bundle's function,
 * which the cache then calls as `require` would. Required as a module (Node 22's own cache, no
 * cache, a test that runs `node out/cli.js`), Node's wrapper calls it with `this` the module's
 * exports, and it runs the bundle at once. A script's top level has the global object as `this`,
 * a module's never does: that is how the one text tells the two apart.
 */
export const SCRIPT_BUNDLE_HEAD =
  "(function(run){return this===globalThis?run:run.call(exports,exports,require,module,__filename,__dirname)}).call(this,(function(exports,require,module,__filename,__dirname){";

export const SCRIPT_BUNDLE_TAIL = "\n}));";

/** Whether a bundle's text was written with the wrapper: compiled as it is, its value is the bundle's function. */
export function isScriptBundle(source: string): boolean {
  return source.startsWith(SCRIPT_BUNDLE_HEAD);
}
