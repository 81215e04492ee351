// End-to-end tests of the policy-plan extension in a real VS Code 1.100.3
// workbench (code-server + Chromium here; desktop VS Code where it can be
// downloaded): the client in out/client.js starts the language server
// (bin/plan-language-server.js, which runs out/server.js), and everything is checked through the public `vscode` API.
'use strict';

const assert = require('assert');
const path = require('path');
const vscode = require('vscode');
const {
  waitFor, waitForDiagnostics, waitForProvider, quickFixesAt, applyEditAndAwaitDiagnostics, codeOf, formatDiagnostics, lineStartingWith, revertIfDirty, openFixture,
} = require('./helpers');

const manifest = require(path.resolve(__dirname, '../../../package.json'));
const EXTENSION_ID = `${manifest.publisher}.${manifest.name}`;
const TRAILING_TEXT = 'structure/trailing-text';
const CJK = /[\u4e00-\u9fff]/;

const hasTrailingText = (diagnostics) => diagnostics.some((d) => codeOf(d) === TRAILING_TEXT);

describe('policy-plan extension (VS Code 1.100.3 workbench)', function () {
  /** @type {vscode.TextDocument} */
  let document;
  /** @type {vscode.Uri} */
  let uri;
  /** The fixture as on disk; edits below are never saved. */
  let originalText;

  before(async function () {
    const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
    assert.ok(folder, 'the fixture workspace folder is open');
    // Tests before this file edit the same fixture; start from the fixture's own text.
    ({ uri, document } = await openFixture('示例.plan'));
    originalText = document.getText();
  });

  /** Puts the fixture's text back into the (unsaved) buffer and waits for the server to see it. */
  async function restoreOriginalText() {
    if (document.getText() === originalText) return;
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), originalText);
    await applyEditAndAwaitDiagnostics(edit, uri, 'restoring the fixture text');
    await waitForDiagnostics(uri, `the ${TRAILING_TEXT} diagnostic of the restored text`, hasTrailingText);
  }

  after(async function () {
    // Leave the fixture on disk untouched: drop any unsaved edits.
    await revertIfDirty(document);
  });

  describe('activation and diagnostics', function () {
    it('opens .plan files as policy-plan and activates the extension', async function () {
      assert.strictEqual(document.languageId, 'policy-plan');
      const extension = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(extension, `extension ${EXTENSION_ID} is loaded from the development path`);
      await waitFor(`${EXTENSION_ID} to activate`, () => extension.isActive);
    });

    it(`reports the web-page debris after the last item as ${TRAILING_TEXT}`, async function () {
      const diagnostics = await waitForDiagnostics(uri, `a ${TRAILING_TEXT} diagnostic`, hasTrailingText);
      const trailing = diagnostics.filter((d) => codeOf(d) === TRAILING_TEXT);
      const debrisLine = lineStartingWith(document, '标签');
      for (const d of trailing) {
        assert.strictEqual(d.source, 'plancheck', formatDiagnostics([d]));
        assert.match(d.message, CJK, `the message is Chinese: ${d.message}`);
        assert.ok(d.range.start.line >= debrisLine,
          `the diagnostic is on the debris (line ${debrisLine + 1} on):\n${formatDiagnostics([d])}`);
      }
    });
  });

  describe('document symbols (outline)', function () {
    it('returns the numbered items as a hierarchical tree', async function () {
      const symbols = await waitForProvider('vscode.executeDocumentSymbolProvider', uri, 'document symbols');
      const names = symbols.map((s) => s.name);
      const first = symbols.find((s) => s.name.startsWith('一、'));
      const second = symbols.find((s) => s.name.startsWith('二、'));
      assert.ok(first && second, `top level has 一、 and 二、: ${JSON.stringify(names)}`);
      assert.ok(names.indexOf(first.name) < names.indexOf(second.name), `一、 comes before 二、: ${JSON.stringify(names)}`);
      assert.ok(first.name.startsWith('一、总体要求'), `level-1 heading: ${first.name}`);
      assert.ok(Array.isArray(first.children), 'DocumentSymbol (hierarchical), not SymbolInformation');

      const childNames = (s) => (s.children || []).map((c) => c.name);
      assert.ok(first.children.some((c) => c.name.startsWith('（一）')),
        `一、 has a （一） child: ${JSON.stringify(childNames(first))}`);
      const task = second.children.find((c) => c.name.startsWith('（一）'));
      assert.ok(task, `二、 has a （一） child: ${JSON.stringify(childNames(second))}`);
      assert.deepStrictEqual(childNames(task).map((n) => n.slice(0, 2)), ['1.', '2.'],
        `（一） under 二、 holds items 1. and 2.: ${JSON.stringify(childNames(task))}`);

      const debrisLine = lineStartingWith(document, '标签');
      const all = [];
      const walk = (list) => list.forEach((s) => { all.push(s); walk(s.children || []); });
      walk(symbols);
      assert.ok(all.every((s) => !s.name.includes('标签') && !s.name.includes('觉得有用')),
        `debris is not in the outline: ${JSON.stringify(all.map((s) => s.name))}`);
      assert.ok(all.every((s) => s.selectionRange.start.line < debrisLine), 'no symbol starts in the debris');
    });
  });

  describe('folding ranges', function () {
    it('returns folding ranges for the numbered items', async function () {
      const ranges = await waitForProvider('vscode.executeFoldingRangeProvider', uri, 'folding ranges');
      for (const r of ranges) assert.ok(r.start < r.end, `range ${r.start}-${r.end} spans lines`);
      const taskLine = lineStartingWith(document, '二、');
      assert.ok(ranges.some((r) => r.start === taskLine),
        `a range starts at 二、 (line ${taskLine}): ${JSON.stringify(ranges.map((r) => [r.start, r.end]))}`);
    });
  });

  describe('editing updates diagnostics', function () {
    afterEach(restoreOriginalText);

    it('drops the trailing-text diagnostic when the debris is deleted, and reports it again when debris is added', async function () {
      await waitForDiagnostics(uri, `the initial ${TRAILING_TEXT} diagnostic`, hasTrailingText);

      // Delete everything after the last item (the blank line and the debris).
      const lastItemLine = lineStartingWith(document, '2.');
      const end = document.lineAt(document.lineCount - 1).range.end;
      const removal = new vscode.WorkspaceEdit();
      removal.delete(uri, new vscode.Range(document.lineAt(lastItemLine).range.end, end));
      await applyEditAndAwaitDiagnostics(removal, uri, 'deleting the debris');
      assert.ok(!document.getText().includes('标签'), 'the debris is gone from the buffer');
      await waitForDiagnostics(uri, `no ${TRAILING_TEXT} diagnostic after deleting the debris`,
        (diagnostics) => !hasTrailingText(diagnostics));

      // Add a new debris line after the last item.
      const addition = new vscode.WorkspaceEdit();
      addition.insert(uri, document.lineAt(document.lineCount - 1).range.end, '\n\n相关推荐\n0人觉得有用');
      await applyEditAndAwaitDiagnostics(addition, uri, 'adding debris');
      const diagnostics = await waitForDiagnostics(uri, `a ${TRAILING_TEXT} diagnostic for the added debris`, hasTrailingText);
      const debrisLine = lineStartingWith(document, '相关推荐');
      assert.ok(diagnostics.filter((d) => codeOf(d) === TRAILING_TEXT).every((d) => d.range.start.line >= debrisLine),
        `the diagnostic is on the new debris:\n${formatDiagnostics(diagnostics)}`);
    });
  });

  describe('code actions (quick fixes)', function () {
    afterEach(restoreOriginalText);

    it(`offers a quick fix for ${TRAILING_TEXT} that deletes the debris`, async function () {
      const diagnostics = await waitForDiagnostics(uri, `a ${TRAILING_TEXT} diagnostic`, hasTrailingText);
      const trailing = diagnostics.find((d) => codeOf(d) === TRAILING_TEXT);
      const debrisLine = lineStartingWith(document, '标签');
      // The command's results carry title, kind and edit, but not the diagnostics they fix:
      // pick the quick fix whose edit removes the debris line.
      const removesDebris = (action) => action.edit && action.edit.entries().some(([target, edits]) =>
        target.toString() === uri.toString() &&
        edits.some((e) => e.range.start.line <= debrisLine && e.range.end.line > debrisLine && !e.newText.includes('标签')));
      let offered = [];
      const fix = await waitFor('a quick fix that deletes the trailing text', async () => {
        offered = await quickFixesAt(uri, trailing.range) || [];
        return offered.find(removesDebris);
      }, { detail: () => `offered: ${JSON.stringify(offered.map((a) => a.title))}` });
      assert.match(fix.title, CJK, `the quick fix title is Chinese: ${fix.title}`);
      assert.ok(fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind), `kind is quickfix: ${fix.kind && fix.kind.value}`);

      await applyEditAndAwaitDiagnostics(fix.edit, uri, 'applying the quick fix');
      const text = document.getText();
      assert.ok(!text.includes('标签') && !text.includes('觉得有用'), `the debris is gone:\n${text}`);
      assert.ok(text.includes('〔责任单位：市工信局、市科技局〕'), 'the last item is kept');
      assert.ok(/〕\r?\n?$/.test(text), `the plan now ends with its last item: ${JSON.stringify(text.slice(-20))}`);
      await waitForDiagnostics(uri, `no ${TRAILING_TEXT} diagnostic after the quick fix`,
        (current) => !hasTrailingText(current));
    });
  });
});
