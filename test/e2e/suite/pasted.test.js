// A plan pasted from Word and a scanned copy, in the real editor: the section pasted twice, the
// review balloons Word brings along and a year misread by OCR are each reported where they are,
// and each quick fix removes only what it names — the rest of the text stays word for word.
'use strict';

const assert = require('assert');
const vscode = require('vscode');
const { applyEditAndAwaitDiagnostics, codeOf, formatDiagnostics, lineStartingWith, openFixture, revertIfDirty, waitFor, waitForDiagnostics, quickFixesAt } = require('./helpers');

const PASTE = 'structure/repeated-paste';
const REVIEW = 'structure/review-markup';
const OCR = 'text/ocr-digit';

describe('a plan pasted with its debris (VS Code 1.100.3 workbench)', function () {
  let document;
  let uri;

  before(async function () {
    ({ uri, document } = await openFixture('粘贴.plan'));
  });

  afterEach(async function () {
    await revertIfDirty(document);
  });

  /** The only quick fix offered for `diagnostic`, applied; resolves once the server has answered the edit. */
  async function applyQuickFix(diagnostic, title) {
    const actions = await waitFor(`a quick fix for ${codeOf(diagnostic)}`, async () => {
      const offered = await quickFixesAt(uri, diagnostic.range);
      const fixes = (offered || []).filter((action) => action.title.startsWith(title));
      return fixes.length > 0 ? fixes : false;
    });
    const action = actions[0];
    assert.ok(action.edit, `${action.title} carries its edit`);
    await applyEditAndAwaitDiagnostics(action.edit, uri, action.title);
  }

  it('reports the repeated section, the balloons and the misread year where they are', async function () {
    const diagnostics = await waitForDiagnostics(uri, 'the three findings of pasted text', (list) => [PASTE, REVIEW, OCR].every((code) => list.some((d) => codeOf(d) === code)));
    const paste = diagnostics.find((d) => codeOf(d) === PASTE);
    assert.strictEqual(paste.range.start.line, 8, formatDiagnostics(diagnostics));
    assert.strictEqual(paste.range.end.line >= 9, true, 'the copy runs over both its lines');
    const balloons = diagnostics.filter((d) => codeOf(d) === REVIEW).map((d) => document.lineAt(d.range.start.line).text);
    assert.deepStrictEqual(balloons, ['删除的内容: 强化', '批注 [张三1]: 建议补充考核内容。']);
    const ocr = diagnostics.find((d) => codeOf(d) === OCR);
    assert.strictEqual(document.getText(ocr.range), '2O25', ocr.message);
    // The copy is not read as tasks （三）（四） out of order, nor as duplicated tasks.
    assert.ok(!diagnostics.some((d) => ['numbering/sequence', 'structure/duplicate-task'].includes(codeOf(d))), formatDiagnostics(diagnostics));
  });

  it('removes the pasted copy, one balloon and the misread letter, and nothing else', async function () {
    const original = document.getText();
    let diagnostics = await waitForDiagnostics(uri, `a ${PASTE} finding`, (list) => list.some((d) => codeOf(d) === PASTE));
    await applyQuickFix(diagnostics.find((d) => codeOf(d) === PASTE), '删除重复粘贴的后一份');
    diagnostics = await waitForDiagnostics(uri, `no ${PASTE} finding after its fix`, (list) => !list.some((d) => codeOf(d) === PASTE) && list.some((d) => codeOf(d) === OCR));
    await applyQuickFix(diagnostics.find((d) => codeOf(d) === OCR), '改为“2025”');
    diagnostics = await waitForDiagnostics(uri, `no ${OCR} finding after its fix`, (list) => !list.some((d) => codeOf(d) === OCR) && list.some((d) => codeOf(d) === REVIEW));
    const deletion = diagnostics.find((d) => codeOf(d) === REVIEW && document.lineAt(d.range.start.line).text.startsWith('删除的内容'));
    await applyQuickFix(deletion, '删除修订批注框');
    await waitFor('the three fixes in the text', () => !document.getText().includes('删除的内容'), { detail: () => document.getText() });
    const lines = original.split('\n');
    const expected = [...lines.slice(0, 5), ...lines.slice(6, 8), ...lines.slice(10)].join('\n').replace('2O25', '2025');
    assert.strictEqual(document.getText(), expected, 'only the copy, the balloon line and the letter went');
    // A reviewer's comment is for the drafter to act on: reported, with no fix that deletes it.
    diagnostics = await waitForDiagnostics(uri, 'the comment still reported', (list) => list.some((d) => codeOf(d) === REVIEW));
    const comment = diagnostics.find((d) => codeOf(d) === REVIEW);
    assert.strictEqual(comment.range.start.line, lineStartingWith(document, '批注 [张三1]'));
    const offered = await quickFixesAt(uri, comment.range);
    assert.ok(!(offered || []).some((action) => action.title.startsWith('删除')), `no deletion offered for a comment: ${(offered || []).map((a) => a.title).join(' | ')}`);
  });
});
