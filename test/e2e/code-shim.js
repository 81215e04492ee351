#!/usr/bin/env node
// code-shim.js — a stand-in "VS Code executable" for @vscode/test-electron.
//
// runTests({ vscodeExecutablePath: <this file>, ... }) skips its VS Code
// download and spawns this script with the usual VS Code CLI arguments:
//   --extensionDevelopmentPath=DIR (repeatable)  --extensionTestsPath=FILE
//   --user-data-dir=DIR  --extensions-dir=DIR  [FOLDER | FILE.code-workspace]
// (other flags are ignored). It then
//   1. starts code-server 4.100.3 (VS Code 1.100.3 server + web workbench) on a
//      free loopback port, with a Node extension host;
//   2. opens the workbench in Debian Chromium (headless, via playwright-core),
//      passing the development extension and the tests through the URL's
//      `payload` query (code-server rejects --extensionDevelopmentPath);
//   3. waits for VS Code to report the test result through
//      window.codeAutomationExit (the hook @vscode/test-web uses), echoing
//      the extension host's console (mocha's reporter) to stdout;
//   4. stops code-server's whole process group (extension host, language
//      server, watchers) and exits with the reported code.
//
// This is the real VS Code 1.100.3 workbench and extension host, run by
// code-server in a browser; it is not the Electron desktop app.
//
// Environment:
//   CODE_SHIM_TIMEOUT_MS  overall limit for one run (default 300000)
//   CODE_SHIM_VERBOSE     echo every browser console line, including noise
//   CHROMIUM_PATH         browser binary (default /usr/bin/chromium)
'use strict';

const path = require('path');
const util = require('util');
const {
  startIsolatedCodeServer, stopProcessGroup, launchBrowser, workbenchUrl,
} = require('./lib/workbench');

// ---- arguments, as runTests passes them -----------------------------------
const argv = process.argv.slice(2);
const valuesOf = (name) =>
  argv.filter((a) => a.startsWith(`--${name}=`)).map((a) => a.slice(name.length + 3));
const valueOf = (name) => valuesOf(name)[0];

const devPaths = valuesOf('extensionDevelopmentPath');
const testsPath = valueOf('extensionTestsPath');
const target = argv.find((a) => !a.startsWith('-')) || process.cwd();
const userDataDir = path.resolve(valueOf('user-data-dir') || '.vscode-test/user-data');
const extensionsDir = path.resolve(valueOf('extensions-dir') || '.vscode-test/extensions');
const timeoutMs = Number(process.env.CODE_SHIM_TIMEOUT_MS || 300000);

// Browser console lines that are only noise in this closed-network setup.
const NOISE = /^(Resolving|Resolved|Creating a socket|Updating additional|\[Service Worker\]|ChatSessionStore|Overwriting extension|The web worker|An iframe)|open-vsx|Failed to load resource|^\s*$/;

/** Echoes a browser console message; extension-host lines come as '%c INFO', 'color:…', fmt, ...args. */
async function echoConsole(message) {
  let args;
  try { args = await Promise.all(message.args().map((a) => a.jsonValue())); }
  catch { args = [message.text()]; }
  if (typeof args[0] === 'string' && args[0].startsWith('%c')) args = args.slice(2);
  const line = util.format(...args);
  if (process.env.CODE_SHIM_VERBOSE || !NOISE.test(line)) console.log(line);
}

async function main() {
  const { server, env, port } = await startIsolatedCodeServer({ userDataDir, extensionsDir });

  let exitCode = 1;
  let browser;
  try {
    await server.ready;
    browser = await launchBrowser({ env });
    const { page } = browser;

    let reportExit;
    const exited = new Promise((resolve) => { reportExit = resolve; });
    await page.exposeFunction('codeAutomationExit', (code) => reportExit(code));
    page.on('console', (m) => { echoConsole(m).catch(() => {}); });

    await page.goto(workbenchUrl(port, { target, devPaths, testsPath }));
    let timer;
    const timedOut = new Promise((resolve) => { timer = setTimeout(() => resolve('timeout'), timeoutMs); });
    const result = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    if (result === 'timeout') console.error(`code-shim: no result from VS Code after ${timeoutMs} ms`);
    else exitCode = Number(result) || 0;
  } catch (err) {
    console.error('code-shim:', err);
    exitCode = 1;
  } finally {
    if (browser) await browser.close();
    await stopProcessGroup(server.child);
  }
  process.exit(exitCode);
}

main();
