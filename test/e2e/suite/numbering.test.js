// Numbering in the real editor: a gap is reported, the "renumber this run" quick fix and the
// 重新编号整个文档 command restore 1…N through the server's edits, and a marker's hover gives
// its path. Edits are never saved; each test reverts the buffer.
'use strict';

const assert = require('assert');
const vscode = require('vscode');
const { openFixture, revertIfDirty, waitFor, waitForDiagnostics, codeOf, lineStartingWith, quickFixesAt } = require('./helpers');

const SEQUENCE = 'numbering/sequence';
const hasGap = (diagnostics) => diagnostics.some((d) => codeOf(d) === SEQUENCE);

describe('numbering in the editor (VS Code 1.100.3 workbench)', function () {
  let document;
  let uri;

  beforeEach(async function () {
    ({ uri, document } = await openFixture('编号.plan'));
  });

  afterEach(async function () {
    await revertIfDirty(document);
  });

  it('reports the gap before 4. and fixes it with the renumber quick fix', async function () {
    const diagnostics = await waitForDiagnostics(uri, `a ${SEQUENCE} diagnostic`, hasGap);
    const gap = diagnostics.find((d) => codeOf(d) === SEQUENCE);
    assert.strictEqual(document.lineAt(gap.range.start.line).text.slice(0, 2), '4.');
    assert.match(gap.message, /[\u4e00-\u9fff]/, 'the message is in Chinese');
    const actions = await quickFixesAt(uri, gap.range);
    const renumber = actions.find((a) => a.title.startsWith('重新编号本组'));
    assert.ok(renumber, `a renumber quick fix is offered; got ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(renumber.edit), 'the quick fix applies');
    lineStartingWith(document, '3.筑牢绿色发展质量根基'); // throws unless the third task is numbered 3.
    await waitForDiagnostics(uri, `no ${SEQUENCE} diagnostic after the fix`, (all) => !hasGap(all));
  });

  it('renumbers the whole document with the 重新编号整个文档 command, touching only the markers', async function () {
    await waitForDiagnostics(uri, `a ${SEQUENCE} diagnostic`, hasGap);
    const before = document.getText();
    await vscode.commands.executeCommand('policyPlan.renumberDocument');
    await waitFor('the document to be renumbered', () => lineStartingWith(document, '3.筑牢') + 1, { detail: () => document.getText() });
    assert.strictEqual(document.getText(), before.replace('4.筑牢', '3.筑牢'), 'only the marker changed');
  });

  it('shows the path of a marker on hover', async function () {
    await waitForDiagnostics(uri, 'the first analysis', () => true);
    const line = lineStartingWith(document, '2.增强');
    const hovers = await waitFor('a hover on the 2. marker', async () => {
      const result = await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, new vscode.Position(line, 0));
      return result && result.length > 0 ? result : false;
    });
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.ok(text.includes('二、主要任务 › （一）推动质量变革创新 › 2.'), `the hover names the path; got:\n${text}`);
  });
});
