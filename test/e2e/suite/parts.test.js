// A plan divided into parts (第一章 …) in the real editor: the outline shows each part with its
// chapters under it, each part's 一、 counting from 一 again is no numbering defect, and a comma
// between a clause's two labels is reported with a quick fix to ；. Edits are never saved.
'use strict';

const assert = require('assert');
const vscode = require('vscode');
const { openFixture, revertIfDirty, waitFor, waitForDiagnostics, waitForProvider, codeOf, lineStartingWith, quickFixesAt } = require('./helpers');

const LABEL_SEPARATOR = 'units/label-separator';
const hasLabelSeparator = (diagnostics) => diagnostics.some((d) => codeOf(d) === LABEL_SEPARATOR);

describe('a plan divided into parts (VS Code 1.100.3 workbench)', function () {
  let document;
  let uri;

  beforeEach(async function () {
    ({ uri, document } = await openFixture('规划.plan'));
  });

  afterEach(async function () {
    await revertIfDirty(document);
  });

  it('shows each part in the outline with its chapters under it', async function () {
    const symbols = await waitForProvider('vscode.executeDocumentSymbolProvider', uri, 'the outline of the plan');
    const parts = symbols.filter((symbol) => symbol.name.startsWith('第'));
    assert.deepStrictEqual(parts.map((part) => part.name), ['第一章 发展基础', '第二章 总体要求', '第三章 主要任务', '第四章 保障措施']);
    assert.deepStrictEqual(parts[2].children.map((child) => child.name), ['一、提升产品质量', '二、提升工程质量']);
  });

  it('reports no numbering defect where each part counts its 一、 from 一 again', async function () {
    const diagnostics = await waitForDiagnostics(uri, `a ${LABEL_SEPARATOR} diagnostic`, hasLabelSeparator);
    const numbering = diagnostics.filter((d) => codeOf(d).startsWith('numbering/'));
    assert.deepStrictEqual(numbering.map((d) => d.message), []);
  });

  it('fixes a comma between 牵头单位 and 配合单位 to ；', async function () {
    const diagnostics = await waitForDiagnostics(uri, `a ${LABEL_SEPARATOR} diagnostic`, hasLabelSeparator);
    const comma = diagnostics.find((d) => codeOf(d) === LABEL_SEPARATOR);
    const actions = await quickFixesAt(uri, comma.range);
    const fix = actions.find((a) => a.title.includes('分号'));
    assert.ok(fix, `a quick fix to ； is offered; got ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the quick fix applies');
    const line = lineStartingWith(document, '（一）提升制造业产品质量');
    assert.ok(document.lineAt(line).text.endsWith('（牵头单位：市工信局；配合单位：市市场监管局）'), document.lineAt(line).text);
    await waitForDiagnostics(uri, `no ${LABEL_SEPARATOR} diagnostic after the fix`, (all) => !hasLabelSeparator(all));
  });
});
