// Builds everything the extension, the server and the CLI run from:
// 1. grammar/plan.peggy -> server/src/core/syntax/generated/planParser.js (never edited by hand)
// 2. esbuild bundles: out/client.js (extension), out/server.js (language server), out/cli.js,
//    out/compileCache.js (the bins' loader), out/vendor/<library>.js for the large libraries
//    and out/data/<name>.js for the data only some runs need (VENDOR, DATA); every .js
//    written as ASCII (asciiOnly); out/data/rule-docs.js, the rules' documentation, taken out
//    of the bundles by scripts/rule-docs-chunk.mjs.
// Usage: node scripts/build.mjs [--grammar-only] [--production]
import { build } from "esbuild";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname } from "node:path";
import { buildGrammar } from "./build-grammar.mjs";
import { ruleDocsChunk } from "./rule-docs-chunk.mjs";

const grammarOnly = process.argv.includes("--grammar-only");
const production = process.argv.includes("--production");

/**
 * Libraries that are large and needed by few runs: zod (a configuration or parent file to
 * validate), iconv-lite (a file that is not UTF-8), docx, fflate and saxes (export, .docx
 * input), jsonc-parser (a configuration or registry file), diff (formatting, --fix-dry-run),
 * picomatch, braces and ignore (globs, folder walks). (pinyin-pro is not shipped: its readings are
 * extracted into core/units/readings.json by `npm run generate`.) Each is bundled into a file
 * of its own, out/vendor/<name>.js, which the CLI and the server `require` only when the code
 * that uses it first runs (every use goes through core/lazy.ts or sits in a module loaded by
 * `import()`). Together they are most of the bytes, and reading and compiling bytes is most of
 * a one-file run's start-up (test/cli/startup.test.ts holds a one-file check to loading none).
 */
const VENDOR = ["zod", "iconv-lite", "docx", "fflate", "saxes", "jsonc-parser", "diff", "picomatch", "braces", "ignore"];
const vendorExternal = {
  name: "vendor-chunks",
  setup(b) {
    const filter = new RegExp(`^(${VENDOR.map((name) => name.replace(/[-/]/g, "\\$&")).join("|")})$`);
    b.onResolve({ filter }, (args) => ({ path: `./vendor/${args.path}.js`, external: true }));
  },
};

/**
 * Data files the core reads only for some plans, by `require` on first use: the pinyin
 * readings (an unknown unit name, completion) and the built-in national outline (a plan that
 * cites it). Each becomes out/data/<name>.js; together they were a sixth of out/cli.js.
 */
const DATA = {
  readings: "server/src/core/units/readings.json",
  "quality-power-outline": "server/src/core/parents/data/quality-power-outline.json",
};
const dataExternal = {
  name: "data-chunks",
  setup(b) {
    const names = Object.keys(DATA).join("|");
    b.onResolve({ filter: new RegExp(`(^|/)(${names})\\.json$`) }, (args) => {
      const name = Object.keys(DATA).find((key) => args.path.endsWith(`${key}.json`));
      // A static import would put the data back into the bundle's start-up: refuse it.
      if (args.kind !== "require-call") throw new Error(`${args.importer}: ${args.path} is read by require() on first use (DATA in scripts/build.mjs), not imported`);
      return { path: `./data/${name}.js`, external: true };
    });
  },
};

await buildGrammar();
if (!grammarOnly) {
  const version = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version;
  const common = {
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    sourcemap: !production,
    // Always minified, so that what the tests and the bench run is what ships: a one-file run
    // is mostly reading and deserialising the bundle (out/cli.js: 0.94 MB unminified, 0.58 MB
    // minified, 0.42 MB without DATA), and on a virtual machine each fresh megabyte is also
    // page faults. Development builds keep their source maps for debugging.
    minify: true,
    logLevel: "warning",
    define: { PLANCHECK_VERSION: JSON.stringify(version) },
    // jsonc-parser's "main" is a UMD build whose dynamic requires esbuild cannot follow.
    mainFields: ["module", "main"],
    // Written by asciiOnly below.
    write: false,
  };
  // Each rule's docs, read by SARIF and the doc generator only, go to out/data/rule-docs.js.
  const ruleDocs = ruleDocsChunk();
  // The bins' bundles carry their CommonJS wrapper, so the code cache compiles them as read.
  const { SCRIPT_BUNDLE_HEAD, SCRIPT_BUNDLE_TAIL } = await scriptBundleWrapper();
  const binBundle = { banner: { js: SCRIPT_BUNDLE_HEAD }, footer: { js: SCRIPT_BUNDLE_TAIL } };
  const results = await Promise.all([
    build({ ...common, entryPoints: ["client/src/extension.ts"], outfile: "out/client.js", external: ["vscode"] }),
    build({ ...common, entryPoints: ["server/src/lsp/main.ts"], outfile: "out/server.js", ...binBundle, plugins: [vendorExternal, dataExternal, ruleDocs.plugin] }),
    build({ ...common, entryPoints: ["server/src/cli/bin.ts"], outfile: "out/cli.js", ...binBundle, plugins: [vendorExternal, dataExternal, ruleDocs.plugin] }),
    // What bin/plancheck.js and bin/plan-language-server.js load the bundles with.
    build({ ...common, entryPoints: ["server/src/node/compileCache.ts"], outfile: "out/compileCache.js" }),
    build({ ...common, sourcemap: false, entryPoints: Object.fromEntries(VENDOR.map((name) => [name, name])), outdir: "out/vendor" }),
    ...Object.entries(DATA).map(([name, file]) =>
      build({ ...common, sourcemap: false, stdin: { contents: `module.exports = require(${JSON.stringify(`./${basename(file)}`)});`, resolveDir: dirname(file) }, outfile: `out/data/${name}.js` }),
    ),
  ]);
  for (const file of results.flatMap((result) => result.outputFiles)) {
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, file.path.endsWith(".js") ? asciiOnly(file.text, file.path) : file.contents);
  }
  writeFileSync("out/data/rule-docs.js", asciiOnly(ruleDocs.chunkText(), "out/data/rule-docs.js"));
}

/**
 * The wrapper the bins' bundles are written in, from server/src/node/scriptBundle.ts, the module
 * by which the code cache (node/compileCache.ts) knows them: one definition for both.
 */
async function scriptBundleWrapper() {
  const { outputFiles } = await build({ entryPoints: ["server/src/node/scriptBundle.ts"], bundle: true, format: "esm", platform: "node", write: false, logLevel: "warning" });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString("base64")}`);
}

/**
 * The bundle with every non-ASCII character written as a `\u` escape. Node reads a module as
 * UTF-8, and a file with even one Chinese character in it decodes on a slow path and compiles
 * as two-byte source: for out/cli.js that was about a tenth of a one-file run. esbuild already
 * escapes strings and templates; what it leaves is comments and regular-expression literals,
 * where `\uXXXX` (a surrogate pair for characters beyond the BMP) means the same character,
 * with or without the `u` flag. Two forms where it would not are refused rather than changed:
 * a character escaped by a backslash (`\中`), and String.raw. Source maps still point at the
 * right line; on a line with such a literal, columns after it are off by the escapes' length.
 */
function asciiOnly(text, path) {
  if (/\\[^\x00-\x7f]/.test(text) || text.includes("String.raw")) throw new Error(`${path}: non-ASCII text that cannot be escaped safely`);
  return text.replace(/[^\x00-\x7f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
