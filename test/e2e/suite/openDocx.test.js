// 以实施方案打开 Word 文档（.docx） in the real editor: the command sends the file to the language
// server's reader and opens the text as an untitled plan, which is then checked like any plan; a
// file that is not a Word document is refused with the reader's Chinese reason. The .docx is made
// in the test by the project's own export (policyPlan.exportDocx).
'use strict';

const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const vscode = require('vscode');
const { openFixture, revertIfDirty } = require('./helpers');

describe('以实施方案打开 Word 文档（.docx） (VS Code 1.100.3 workbench)', function () {
  let dir;

  beforeEach(function () {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-plan-open-docx-'));
  });

  afterEach(async function () {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('opens an exported .docx as an untitled plan that the server serves', async function () {
    const { document: source } = await openFixture('示例.plan');
    const target = path.join(dir, '示例.docx');
    const exported = await vscode.commands.executeCommand('policyPlan.exportDocx', { target: vscode.Uri.file(target).toString(), force: true });
    assert.deepStrictEqual(exported, { written: target });
    await revertIfDirty(source);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');

    const outcome = await vscode.commands.executeCommand('policyPlan.openDocx', vscode.Uri.file(target));
    assert.ok(outcome && outcome.opened, JSON.stringify(outcome));
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'an editor is open');
    assert.strictEqual(editor.document.uri.toString(), outcome.opened);
    assert.strictEqual(editor.document.uri.scheme, 'untitled');
    assert.strictEqual(editor.document.languageId, 'policy-plan');
    const text = editor.document.getText();
    assert.ok(text.includes('示例市质量提升行动实施方案'), 'the title is read back');
    assert.ok(text.includes('〔责任单位：市市场监管局、市科技局〕'), 'the clause is read back');
    // Served like any plan: the language server gives the untitled document its outline.
    const symbols = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', editor.document.uri);
    const names = (symbols || []).map((symbol) => symbol.name);
    assert.ok(names.some((name) => name.includes('一、')), `the outline of the opened plan: ${JSON.stringify(names)}`);
  });

  it('refuses a file that is not a Word document, saying why', async function () {
    const target = path.join(dir, '假的.docx');
    fs.writeFileSync(target, '一、总体要求\n');
    const outcome = await vscode.commands.executeCommand('policyPlan.openDocx', vscode.Uri.file(target));
    assert.ok(outcome && typeof outcome.failed === 'string', JSON.stringify(outcome));
    assert.ok(outcome.failed.includes('不是有效的 .docx 文件'), outcome.failed);
  });
});
