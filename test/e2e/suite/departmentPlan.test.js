// A department's own plan (a 市场监管局's 工作要点) in the real editor: its tasks are assigned to
// its own divisions (责任科室：计量科), which completion offers first and no rule calls unknown;
// its closing 落款 dates it, so a 完成时限 from the year before is reported.
'use strict';

const assert = require('assert');
const vscode = require('vscode');
const { codeOf, formatDiagnostics, openFixture, revertIfDirty, waitFor, waitForDiagnostics } = require('./helpers');

describe("a department's own plan (VS Code 1.100.3 workbench)", function () {
  let document;
  let uri;

  before(async function () {
    ({ uri, document } = await openFixture('科室要点.plan'));
  });

  afterEach(async function () {
    await revertIfDirty(document);
  });

  it('reports the 完成时限 before the signed date, and no division as unknown', async function () {
    const diagnostics = await waitForDiagnostics(uri, 'the deadline-period finding', (list) => list.some((d) => codeOf(d) === 'structure/deadline-period'));
    const deadline = diagnostics.find((d) => codeOf(d) === 'structure/deadline-period');
    assert.strictEqual(document.getText(deadline.range), '2024年底', formatDiagnostics(diagnostics));
    assert.ok(deadline.message.includes('成文日期（2025年2月）'), deadline.message);
    assert.ok(!diagnostics.some((d) => codeOf(d) === 'units/unknown'), `no division is unknown: ${formatDiagnostics(diagnostics)}`);
  });

  it("offers the plan's divisions first after （责任科室：", async function () {
    const line = 8;
    const edit = new vscode.WorkspaceEdit();
    const text = '4.开展质量比对。（责任科室：）';
    edit.insert(uri, document.lineAt(line).range.end, `\n${text}`);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const position = new vscode.Position(line + 1, text.indexOf('：') + 1);
    const labels = await waitFor('division completions after （责任科室：', async () => {
      const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', uri, position);
      const found = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
      return found.length > 0 ? found : false;
    });
    const divisions = ['计量科', '标准化科', '产品质量安全监督管理科'];
    for (const name of divisions) assert.ok(labels.includes(name), `${name} is offered; got ${labels.slice(0, 20).join('、')}`);
    const firstOther = labels.findIndex((label) => !divisions.includes(label));
    assert.ok(firstOther < 0 || firstOther >= divisions.length, `the plan's divisions come first; got ${labels.slice(0, 10).join('、')}`);
  });
});
