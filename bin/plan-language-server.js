#!/usr/bin/env node
// Usage: plan-language-server --stdio   (or --node-ipc, --socket=PORT)
require("../out/server.js");
