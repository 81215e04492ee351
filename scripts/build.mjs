// Builds everything the extension, the server and the CLI run from:
// 1. grammar/plan.peggy -> server/src/core/syntax/generated/planParser.js (never edited by hand)
// 2. esbuild bundles: out/client.js (extension), out/server.js (language server), out/cli.js.
// Usage: node scripts/build.mjs [--grammar-only] [--production]
import { build } from "esbuild";
import { readFileSync } from "node:fs";
import { buildGrammar } from "./build-grammar.mjs";

const grammarOnly = process.argv.includes("--grammar-only");
const production = process.argv.includes("--production");

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
    build({ ...common, entryPoints: ["server/src/lsp/main.ts"], outfile: "out/server.js" }),
    build({ ...common, entryPoints: ["server/src/cli/bin.ts"], outfile: "out/cli.js" }),
  ]);
}
