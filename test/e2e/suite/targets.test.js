// Targets in the real editor: the hover compares a target with the national outline, and
// 显示目标指标表 opens the target table in a webview tab.
'use strict';

const assert = require('assert');
const vscode = require('vscode');
const { openFixture, waitFor } = require('./helpers');

describe('targets (VS Code 1.100.3 workbench)', function () {
  let document;
  let uri;

  beforeEach(async function () {
    ({ uri, document } = await openFixture('目标.plan'));
  });

  afterEach(async function () {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('hover on a target shows the national figure and the comparison', async function () {
    const line = 4;
    const position = new vscode.Position(line, document.lineAt(line).text.indexOf('94'));
    const text = await waitFor('a target hover with the comparison', async () => {
      const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, position);
      const value = hovers.flatMap((hover) => hover.contents).map((content) => (typeof content === 'string' ? content : content.value)).join('\n');
      return value.includes('本方案') ? value : false;
    });
    assert.ok(text.includes('纲要（2025年）：达到94%；本方案：94%以上，不低于纲要'), text);
  });

  it('显示目标指标表 opens the target table in a webview tab', async function () {
    await vscode.commands.executeCommand('policyPlan.showTargetTable');
    const tab = await waitFor('the target table webview tab', () =>
      vscode.window.tabGroups.all.flatMap((group) => group.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.label === '目标指标表'),
    { detail: () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label).join(', ') });
    assert.ok(tab.input.viewType.endsWith('policyPlan.targetTable'), `the tab is the target table (${tab.input.viewType})`);
  });
});
