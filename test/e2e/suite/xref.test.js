// Cross-references in the real editor: go-to-definition on a citation of 《质量强国建设纲要》 opens
// the national outline as a read-only plan-parent: document, the title carries the coverage code
// lens, and 显示纲要覆盖情况 opens the coverage table in a webview tab.
'use strict';

const assert = require('assert');
const vscode = require('vscode');
const { openFixture, waitFor } = require('./helpers');

describe('cross-references (VS Code 1.100.3 workbench)', function () {
  let document;
  let uri;

  beforeEach(async function () {
    ({ uri, document } = await openFixture('目标.plan'));
  });

  afterEach(async function () {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('go to definition on 《质量强国建设纲要》 opens the parent as a read-only document', async function () {
    const line = 1;
    const position = new vscode.Position(line, document.lineAt(line).text.indexOf('质量强国') + 1);
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(position, position);
    await vscode.commands.executeCommand('editor.action.revealDefinition');
    const parent = await waitFor('the parent document in the active editor', () => {
      const active = vscode.window.activeTextEditor;
      return active && active.document.uri.scheme === 'plan-parent' ? active : false;
    }, { detail: () => String(vscode.window.activeTextEditor && vscode.window.activeTextEditor.document.uri) });
    const text = parent.document.getText();
    assert.ok(text.includes('质量强国建设纲要'), 'the parent document names the outline');
    assert.ok(/（一）/.test(text) && /（二十一）/.test(text), 'the parent document lists the outline\'s items');
    const landed = parent.document.lineAt(parent.selection.active.line).text;
    assert.ok(landed.includes('质量强国建设纲要'), `definition lands on the outline's title, not on ${JSON.stringify(landed)}`);
  });

  it('the plan title carries the coverage code lens', async function () {
    const lenses = await waitFor('the coverage code lens', async () => {
      const found = await vscode.commands.executeCommand('vscode.executeCodeLensProvider', uri, 10);
      const titled = (found || []).filter((lens) => lens.command && /覆盖纲要任务 \d+\/\d+/.test(lens.command.title));
      return titled.length > 0 ? titled : false;
    });
    assert.strictEqual(lenses[0].range.start.line, 0, 'the lens sits on the title line');
  });

  it('显示纲要覆盖情况 opens the coverage table in a webview tab', async function () {
    await vscode.commands.executeCommand('policyPlan.showCoverage');
    const tab = await waitFor('the coverage webview tab', () =>
      vscode.window.tabGroups.all.flatMap((group) => group.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.label === '纲要覆盖情况'),
    { detail: () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label).join(', ') });
    assert.ok(tab.input.viewType.endsWith('policyPlan.coverage'), `the tab is the coverage table (${tab.input.viewType})`);
  });
});
