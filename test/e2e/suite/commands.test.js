// The palette commands in the real editor: 插入责任单位 moves to the end of the item and offers
// the clause snippet in the document's style; 显示责任单位×任务矩阵 opens the matrix as a
// table in a webview, and 列出某单位的任务 one unit's tasks in another. (重新编号整个文档 is tested in
// numbering.test.js.)
'use strict';

const assert = require('assert');
const vscode = require('vscode');
const { openFixture, revertIfDirty, waitFor, lineStartingWith } = require('./helpers');

describe('palette commands (VS Code 1.100.3 workbench)', function () {
  let document;
  let uri;

  beforeEach(async function () {
    ({ uri, document } = await openFixture('示例.plan'));
  });

  afterEach(async function () {
    await revertIfDirty(document);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('插入责任单位 moves to the end of an item without a clause, where the snippet is offered', async function () {
    const editor = vscode.window.activeTextEditor;
    const after = lineStartingWith(document, '2.');
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, document.lineAt(after).range.end, '\n3.提升工程质量水平。强化工程质量管理。');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const line = lineStartingWith(document, '3.提升');
    editor.selection = new vscode.Selection(line, 0, line, 0);
    await vscode.commands.executeCommand('policyPlan.insertResponsibilityClause');
    const end = document.lineAt(line).range.end;
    await waitFor('the cursor at the end of the item', () => editor.selection.active.isEqual(end), { detail: () => JSON.stringify(editor.selection.active) });
    const list = await waitFor('the clause snippet at the end of the item', async () => {
      const result = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', uri, end);
      return result.items.some((i) => i.kind === vscode.CompletionItemKind.Snippet) ? result : false;
    });
    const snippet = list.items.find((i) => i.kind === vscode.CompletionItemKind.Snippet);
    const label = typeof snippet.label === 'string' ? snippet.label : snippet.label.label;
    assert.strictEqual(label, '〔责任单位：…〕', 'the snippet follows the document’s 〔责任单位：〕 style');
  });

  it('显示责任单位×任务矩阵 opens the matrix in a webview tab', async function () {
    await vscode.commands.executeCommand('policyPlan.showUnitMatrix');
    const tab = await waitFor('the matrix webview tab', () =>
      vscode.window.tabGroups.all.flatMap((group) => group.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.label === '责任单位 × 任务'),
    { detail: () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label).join(', ') });
    assert.ok(tab.input.viewType.endsWith('policyPlan.unitMatrix'), `the tab is the matrix view (${tab.input.viewType})`);
  });

  it('列出某单位的任务 opens one unit’s task list in a webview tab', async function () {
    // The unit as an argument, as a keybinding or another extension passes it; without one a quick pick asks.
    await vscode.commands.executeCommand('policyPlan.showUnitTasks', '市科技局');
    const tab = await waitFor('the task list webview tab', () =>
      vscode.window.tabGroups.all.flatMap((group) => group.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.label === '市科技局的任务'),
    { detail: () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label).join(', ') });
    assert.ok(tab.input.viewType.endsWith('policyPlan.unitTasks'), `the tab is the task list view (${tab.input.viewType})`);
  });
});
