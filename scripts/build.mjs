// Builds everything the extension, the server and the CLI run from:
// 1. grammar/plan.peggy -> server/src/core/syntax/generated/planParser.js (never edited by hand)
// 2. esbuild bundles: out/client.js (extension), out/server.js (language server), out/cli.js,
//    and out/vendor/<library>.js for the large libraries only some runs need (see VENDOR).
// Usage: node scripts/build.mjs [--grammar-only] [--production]
import { build } from "esbuild";
import { readFileSync } from "node:fs";
import { buildGrammar } from "./build-grammar.mjs";

const grammarOnly = process.argv.includes("--grammar-only");
const production = process.argv.includes("--production");

/**
 * Libraries that are large and needed by few runs: zod (a configuration or parent file to
 * validate), iconv-lite (a file that is not UTF-8), docx (export). (pinyin-pro is not shipped:
 * its readings are extracted into core/units/readings.json by `npm run generate`.) Each is bundled into a file of its own, out/vendor/<name>.js, which the
 * CLI and the server `require` only when the code that uses it first runs (every use is a lazy
 * require or sits in a module loaded by `import()`). Together they are about three quarters of
 * the bytes, and reading and compiling bytes is most of a one-file run's start-up.
 */
const VENDOR = ["zod", "iconv-lite", "docx"];
const vendorExternal = {
  name: "vendor-chunks",
  setup(b) {
    const filter = new RegExp(`^(${VENDOR.map((name) => name.replace(/[-/]/g, "\\$&")).join("|")})$`);
    b.onResolve({ filter }, (args) => ({ path: `./vendor/${args.path}.js`, external: true }));
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
    minify: production,
    logLevel: "warning",
    define: { PLANCHECK_VERSION: JSON.stringify(version) },
    // jsonc-parser's "main" is a UMD build whose dynamic requires esbuild cannot follow.
    mainFields: ["module", "main"],
  };
  await Promise.all([
    build({ ...common, entryPoints: ["client/src/extension.ts"], outfile: "out/client.js", external: ["vscode"] }),
    build({ ...common, entryPoints: ["server/src/lsp/main.ts"], outfile: "out/server.js", plugins: [vendorExternal] }),
    build({ ...common, entryPoints: ["server/src/cli/bin.ts"], outfile: "out/cli.js", plugins: [vendorExternal] }),
    build({ ...common, sourcemap: false, entryPoints: Object.fromEntries(VENDOR.map((name) => [name, name])), outdir: "out/vendor" }),
  ]);
}
