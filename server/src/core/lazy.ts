/**
 * A value made on first use, then the same value every time. This is how the libraries that
 * few runs need are loaded: `lazy(() => require("diff") as typeof import("diff"))`. The bundler
 * keeps such a `require` as a load of the library's own file (out/vendor/<name>.js, see VENDOR
 * in scripts/build.mjs), so a run that never calls the accessor never reads or compiles the
 * library. A static `import` of the library, in any module loaded at start-up, brings the cost
 * back (test/cli/startup.test.ts watches for that).
 */
export function lazy<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}
