// Completion of responsible units in the real editor: inside 〔责任单位：…〕 the server lists the
// registry's names (pinyin initials match too), leaving out the names already in the clause.
'use strict';

const assert = require('assert');
const vscode = require('vscode');
const { openFixture, revertIfDirty, waitFor } = require('./helpers');

describe('responsible-unit completion (VS Code 1.100.3 workbench)', function () {
  let document;
  let uri;

  before(async function () {
    ({ uri, document } = await openFixture('示例.plan'));
  });

  afterEach(async function () {
    await revertIfDirty(document);
  });

  /** Appends `line` after the last item and returns the position at the end of `prefix` in it. */
  async function typeLine(line, prefix) {
    const lastItem = [...Array(document.lineCount).keys()].reverse().find((i) => /^\d+\./.test(document.lineAt(i).text));
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, document.lineAt(lastItem).range.end, `\n${line}`);
    assert.ok(await vscode.workspace.applyEdit(edit));
    return new vscode.Position(lastItem + 1, line.indexOf(prefix) + prefix.length);
  }

  async function completionsAt(position, what) {
    return waitFor(what, async () => {
      const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', uri, position);
      const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
      return labels.length > 0 ? labels : false;
    });
  }

  it('lists registry names after 〔责任单位：', async function () {
    const position = await typeLine('3.提升工程质量水平。强化工程质量管理。〔责任单位：〕', '〔责任单位：');
    const labels = await completionsAt(position, 'unit completions after 〔责任单位：');
    for (const name of ['市市场监管局', '市住建局', '市交通运输局']) assert.ok(labels.includes(name), `${name} is offered; got ${labels.slice(0, 20).join('、')}`);
  });

  it('matches pinyin initials and leaves out names already in the clause', async function () {
    const position = await typeLine('3.提升工程质量水平。强化工程质量管理。〔责任单位：市住建局、scjg〕', 'scjg');
    const labels = await completionsAt(position, 'unit completions for scjg');
    assert.strictEqual(labels[0], '市市场监管局', `scjg finds 市市场监管局 first; got ${labels.join('、')}`);
    assert.ok(!labels.includes('市住建局'), 'a name already in the clause is left out');
  });
});
