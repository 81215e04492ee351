#!/usr/bin/env node
// Usage: plan-language-server --stdio   (or --node-ipc, --socket=PORT)
// The server bundle, run with V8's code cache (out/compileCache.js; server/src/node/compileCache.ts).
if (!require("../out/compileCache.js").runWithCompileCache(require.resolve("../out/server.js"), "server")) require("../out/server.js");
