#!/usr/bin/env node
// Runs the extension tests in test/e2e/suite (mocha + the `vscode` API) with
// @vscode/test-electron's runTests, against the extension at the repo root.
//
// Here the "VS Code executable" is code-shim.js: it runs the VS Code 1.100.3
// workbench and Node extension host through code-server in headless Debian
// Chromium, since no VS Code / Electron download works on this machine.
// This is the real VS Code workbench and extension host, not the Electron
// desktop app. Where a VS Code download works, drop the one
// `vscodeExecutablePath` option below and the same tests run in desktop VS Code.
//
// Usage: node test/e2e/run-extension-tests.js   (after `npm run build` at the root)
// Env:   E2E_GREP=pattern  runs only the matching tests (mocha --grep)
'use strict';

const fs = require('fs');
const path = require('path');
const { runTests } = require('@vscode/test-electron');

const repoRoot = path.resolve(__dirname, '../..');
const stateDir = path.join(__dirname, '.vscode-test');
const userDataDir = path.join(stateDir, 'user-data');
const extensionsDir = path.join(stateDir, 'extensions');
const fixtureWorkspace = path.join(__dirname, 'fixtures', 'workspace');
// The tests type into, format and export the workspace's plans; a command that saves (or a
// test that fails before it reverts) would otherwise change the checked-in fixtures. Each run
// works on a fresh copy, so the fixtures on disk never change and every run starts the same.
const workspaceCopy = path.join(stateDir, 'workspace');

async function main() {
  for (const built of ['out/client.js', 'out/server.js']) {
    if (!fs.existsSync(path.join(repoRoot, built))) {
      throw new Error(`${built} is missing: run \`npm run build\` at the repo root first`);
    }
  }
  // A fresh profile each run: no editors or state restored from a previous run.
  fs.rmSync(userDataDir, { recursive: true, force: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.rmSync(workspaceCopy, { recursive: true, force: true });
  fs.cpSync(fixtureWorkspace, workspaceCopy, { recursive: true });

  await runTests({
    vscodeExecutablePath: path.join(__dirname, 'code-shim.js'), // drop this line where a VS Code download works
    extensionDevelopmentPath: repoRoot,                          // package.json with main: ./out/client.js
    extensionTestsPath: path.join(__dirname, 'suite', 'index.js'), // exports run(): Promise<void>
    launchArgs: [
      workspaceCopy,
      `--user-data-dir=${userDataDir}`,
      `--extensions-dir=${extensionsDir}`,
      '--disable-extensions', // only the extension under test (desktop VS Code; code-server has none installed)
    ],
    extensionTestsEnv: {
      E2E_GREP: process.env.E2E_GREP || '',
      E2E_RESULTS_FILE: path.join(repoRoot, 'test-artifacts', 'e2e-mocha.json'),
    },
  });
}

main().catch((err) => {
  console.error(`run-extension-tests: ${err.message || err}`);
  process.exit(1);
});
