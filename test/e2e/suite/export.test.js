// 导出为公文（.docx） in the real editor: the command asks the language server for the active
// plan's .docx and writes it; with error-level problems it refuses unless forced. Run with a
// target (as a script would), since the save dialog and the confirmation are for people.
'use strict';

const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const vscode = require('vscode');
const { unzipSync, strFromU8 } = require('fflate'); // from the root package (docx's zip library)
const { openFixture, revertIfDirty, waitForDiagnostics, codeOf } = require('./helpers');

describe('导出为公文（.docx） (VS Code 1.100.3 workbench)', function () {
  let uri;
  let document;
  let dir;

  beforeEach(async function () {
    ({ uri, document } = await openFixture('示例.plan'));
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-plan-export-'));
  });

  afterEach(async function () {
    // Never close a modified editor: closing may save it, and the fixture on disk must stay as it is.
    await revertIfDirty(document);
    await vscode.workspace.getConfiguration('policyPlan').update('rules', undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.getConfiguration('policyPlan').update('export.draftMark', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes the plan as a 公文 .docx, with the export settings', async function () {
    await vscode.workspace.getConfiguration('policyPlan').update('export.draftMark', 'header', vscode.ConfigurationTarget.Global);
    const target = path.join(dir, '示例.docx');
    const outcome = await vscode.commands.executeCommand('policyPlan.exportDocx', { target: vscode.Uri.file(target).toString() });
    assert.deepStrictEqual(outcome, { written: target });
    const files = unzipSync(fs.readFileSync(target));
    const document = strFromU8(files['word/document.xml']);
    assert.ok(document.includes('示例市质量提升行动实施方案'), 'the title is in the document');
    assert.ok(document.includes('w:eastAsia="黑体"'), 'level-1 headings in 黑体');
    assert.ok(document.includes('〔责任单位：市市场监管局、市科技局〕'), 'the clause is kept');
    assert.ok(!document.includes('0人觉得有用'), 'web-page debris is left out');
    assert.ok(strFromU8(files['word/header1.xml']).includes('征求意见稿'), 'the draft mark the setting asks for');
  });

  it('refuses a plan with error-level problems, and exports it when forced', async function () {
    await vscode.workspace.getConfiguration('policyPlan').update('rules', { 'structure/trailing-text': 'error' }, vscode.ConfigurationTarget.Global);
    await waitForDiagnostics(uri, 'structure/trailing-text as an error', (all) =>
      all.some((d) => codeOf(d) === 'structure/trailing-text' && d.severity === vscode.DiagnosticSeverity.Error));
    const target = path.join(dir, 'refused.docx');
    const refused = await vscode.commands.executeCommand('policyPlan.exportDocx', { target: vscode.Uri.file(target).toString() });
    assert.ok(refused.blocked && refused.blocked.includes('[structure/trailing-text]'), JSON.stringify(refused));
    assert.ok(!fs.existsSync(target), 'nothing is written');
    const forced = await vscode.commands.executeCommand('policyPlan.exportDocx', { target: vscode.Uri.file(target).toString(), force: true });
    assert.deepStrictEqual(forced, { written: target });
    assert.ok(fs.statSync(target).size > 5000);
  });
});
