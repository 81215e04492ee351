#!/usr/bin/env node
// dom-check.js — what a person sees: drives the VS Code 1.100.3 workbench
// (code-server, in headless Debian Chromium) with playwright-core and checks
// the policy-plan extension's output in the DOM:
//   1. open the fixture plan 示例.plan through Quick Open;
//   2. the diagnostic squiggle appears in the editor;
//   3. the Problems panel has a structure/trailing-text row whose message is
//      Chinese and contains EXPECTED_WORD (the server's wording);
//   4. the Outline view has a row 一、总体要求;
//   5. a screenshot goes to test-artifacts/e2e-workbench.png (on failure:
//      test-artifacts/e2e-workbench-failure.png).
// The extension is loaded from the repo root through the workbench URL's
// `payload` (extensionDevelopmentPath), so no VSIX is needed; it needs
// `npm run build` at the root first (out/client.js, out/server.js).
//
// Env: DOM_CHECK_EXTENSION_PATH  another extension root (default: the repo root)
//      DOM_CHECK_TIMEOUT_MS      per-step limit (default 30000)
'use strict';

const fs = require('fs');
const path = require('path');
const {
  startIsolatedCodeServer, stopProcessGroup, launchBrowser, workbenchUrl,
} = require('./lib/workbench');

const repoRoot = path.resolve(__dirname, '../..');
const extensionPath = path.resolve(process.env.DOM_CHECK_EXTENSION_PATH || repoRoot);
const fixtureWorkspace = path.join(__dirname, 'fixtures', 'workspace');
const planFile = '示例.plan';
const stateDir = path.join(__dirname, '.vscode-test');
// The check types an item into 示例.plan, and the workbench may write it back (hot exit, auto
// save): it works on a fresh copy, as run-extension-tests.js does, so the checked-in fixture
// never changes (twice a run left it with the typed item, and a commit took it along).
const workspace = path.join(stateDir, 'dom-workspace');
const userDataDir = path.join(stateDir, 'dom-user-data');
const extensionsDir = path.join(stateDir, 'extensions');
const artifacts = path.join(repoRoot, 'test-artifacts');
const screenshot = path.join(artifacts, 'e2e-workbench.png');
const failureShot = path.join(artifacts, 'e2e-workbench-failure.png');
const stepTimeoutMs = Number(process.env.DOM_CHECK_TIMEOUT_MS || 30000);

const TRAILING_TEXT = 'structure/trailing-text';
// A word of the server's message for structure/trailing-text (server/src/core/rules/structure/trailingText.ts:
// 方案正文之后有网页残留文字（自“…”起），不属于方案内容).
const EXPECTED_WORD = '网页残留';
const CJK = /[\u4e00-\u9fff]/;

const started = Date.now();
const step = (text) => console.log(`[dom-check +${((Date.now() - started) / 1000).toFixed(1)}s] ${text}`);

async function check(page) {
  await page.waitForSelector('.monaco-workbench');
  await page.waitForSelector('.explorer-folders-view .monaco-list-row');
  step('workbench and explorer are up');

  // Open the plan through Quick Open.
  await page.keyboard.press('Control+P');
  await page.keyboard.type(planFile);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: planFile }).first().click();
  await page.locator('.monaco-editor .view-lines', { hasText: '一、总体要求' }).first().waitFor();
  step(`${planFile} is open in the editor`);

  // The language server's diagnostic shows as a squiggle (any severity).
  await page.locator('.monaco-editor [class*="squiggly-"]').first().waitFor();
  step('a diagnostic squiggle is drawn');

  // Problems panel: the structure/trailing-text row, with its Chinese message.
  await page.keyboard.press('Control+Shift+M');
  const row = page.locator('.markers-panel .monaco-list-row', { hasText: TRAILING_TEXT }).first();
  await row.waitFor();
  const rowText = (await row.innerText()).replace(/\s+/g, ' ').trim();
  step(`Problems row: ${rowText}`);
  if (!CJK.test(rowText)) throw new Error(`the Problems row has no Chinese text: ${rowText}`);
  if (!rowText.includes(EXPECTED_WORD)) throw new Error(`the Problems row lacks ${EXPECTED_WORD}: ${rowText}`);

  // Outline view in the side bar.
  await page.keyboard.press('F1');
  await page.keyboard.type('Explorer: Focus on Outline View');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Focus on Outline View' }).first().click();
  const outlineRow = page.locator('.sidebar .monaco-list-row', { hasText: '一、总体要求' }).first();
  await outlineRow.waitFor();
  step(`Outline row: ${(await outlineRow.innerText()).replace(/\s+/g, ' ').trim()}`);

  // Completion: type a new task with an opening clause and ask for suggestions; the suggest
  // widget lists registry names (the bracket pair closes itself, the cursor stays inside).
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('3.提升工程质量水平。强化工程质量管理。〔责任单位：');
  await page.keyboard.press('Control+Space');
  const suggestion = page.locator('.suggest-widget .monaco-list-row', { hasText: '市市场监管局' }).first();
  await suggestion.waitFor();
  step(`suggest widget: ${(await suggestion.innerText()).replace(/\s+/g, ' ').trim()}`);

  // The screenshot shows the editor with the suggest widget still open.
  fs.mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: screenshot });
  step(`screenshot: ${path.relative(repoRoot, screenshot)}`);
}

async function main() {
  for (const built of ['out/client.js', 'out/server.js']) {
    if (!fs.existsSync(path.join(extensionPath, built))) {
      throw new Error(`${built} is missing: run \`npm run build\` at the repo root first`);
    }
  }
  fs.rmSync(userDataDir, { recursive: true, force: true }); // a fresh profile each run
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.rmSync(workspace, { recursive: true, force: true });
  fs.cpSync(fixtureWorkspace, workspace, { recursive: true });
  const { server, env, port } = await startIsolatedCodeServer({ userDataDir, extensionsDir });

  let browser;
  try {
    await server.ready;
    step(`code-server listening on 127.0.0.1:${port}`);
    browser = await launchBrowser({ env, viewport: { width: 1400, height: 900 } });
    const { page } = browser;
    page.setDefaultTimeout(stepTimeoutMs);
    await page.goto(workbenchUrl(port, { target: workspace, devPaths: [extensionPath] }));
    try {
      await check(page);
    } catch (err) {
      fs.mkdirSync(artifacts, { recursive: true });
      await page.screenshot({ path: failureShot }).catch(() => {});
      console.error(`[dom-check] failure screenshot: ${path.relative(repoRoot, failureShot)}`);
      throw err;
    }
  } finally {
    if (browser) await browser.close();
    await stopProcessGroup(server.child);
  }
}

main().then(() => {
  step('PASS');
  process.exit(0);
}, (err) => {
  console.error(`[dom-check] FAIL: ${err.stack || err}`);
  process.exit(1);
});
