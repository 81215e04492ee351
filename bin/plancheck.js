#!/usr/bin/env node
// The CLI bundle, run with V8's code cache (out/compileCache.js; server/src/node/compileCache.ts).
if (!require("../out/compileCache.js").runWithCompileCache(require.resolve("../out/cli.js"), "cli")) require("../out/cli.js");
