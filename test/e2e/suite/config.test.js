// .plancheck.json in the real editor: the language server reports an invalid configuration in
// the file itself, with the JSON path of each problem, while plans fall back to the defaults.
'use strict';

const assert = require('assert');
const vscode = require('vscode');
const { waitForDiagnostics, waitForProvider, codeOf } = require('./helpers');

describe('.plancheck.json in the editor (VS Code 1.100.3 workbench)', function () {
  it('shows a located diagnostic for each problem of an invalid configuration', async function () {
    const folder = vscode.workspace.workspaceFolders[0];
    const uri = vscode.Uri.joinPath(folder.uri, 'bad-config', '.plancheck.json');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const diagnostics = await waitForDiagnostics(uri, 'config/invalid diagnostics on .plancheck.json', (all) =>
      all.filter((d) => codeOf(d) === 'config/invalid').length >= 2);
    const ours = diagnostics.filter((d) => codeOf(d) === 'config/invalid');
    const unknownKey = ours.find((d) => d.message.includes('unknownKey'));
    assert.ok(unknownKey, `a diagnostic names unknownKey; got ${ours.map((d) => d.message).join(' | ')}`);
    assert.strictEqual(document.getText(unknownKey.range), '"unknownKey"');
    const badSeverity = ours.find((d) => d.message.startsWith('rules.structure/trailing-text'));
    assert.ok(badSeverity, 'a diagnostic names the JSON path rules.structure/trailing-text');
    assert.strictEqual(document.getText(badSeverity.range), '"loud"');
  });

  it('still checks the plans beside an invalid configuration, with the defaults', async function () {
    const folder = vscode.workspace.workspaceFolders[0];
    const uri = vscode.Uri.joinPath(folder.uri, 'bad-config', 'plan.plan');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    assert.strictEqual(document.languageId, 'policy-plan');
    const symbols = await waitForProvider('vscode.executeDocumentSymbolProvider', uri, 'the outline of the plan');
    assert.ok(symbols.some((s) => s.name === '一、总体要求'), `the outline has 一、总体要求: ${symbols.map((s) => s.name).join(', ')}`);
  });
});
