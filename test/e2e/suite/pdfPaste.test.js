// A plan copied out of a PDF, in the real editor: its lines cut at the page's measure, page
// numbers between them and footnotes under a paragraph. The cut lines are one finding, whose
// quick fix joins them and takes nothing but line breaks and indentation; the footnotes and
// page numbers are no part of the outline.
'use strict';

const assert = require('assert');
const vscode = require('vscode');
const { applyEditAndAwaitDiagnostics, codeOf, formatDiagnostics, openFixture, revertIfDirty, waitFor, waitForDiagnostics, waitForProvider, quickFixesAt } = require('./helpers');

const WRAP = 'structure/hard-wrap';

describe('a plan copied out of a PDF (VS Code 1.100.3 workbench)', function () {
  let document;
  let uri;

  before(async function () {
    ({ uri, document } = await openFixture('PDF复制.plan'));
  });

  afterEach(async function () {
    await revertIfDirty(document);
  });

  it('reports the cut lines once, and reads no cut line as a paragraph that lost its 。', async function () {
    const diagnostics = await waitForDiagnostics(uri, `a ${WRAP} finding`, (list) => list.some((d) => codeOf(d) === WRAP));
    assert.strictEqual(diagnostics.filter((d) => codeOf(d) === WRAP).length, 1, formatDiagnostics(diagnostics));
    const lineRules = ['punct/sentence-end', 'text/broken-sentence', 'units/clause-line-break'];
    assert.ok(!diagnostics.some((d) => lineRules.includes(codeOf(d))), formatDiagnostics(diagnostics));
    // The target the measure cut (食品抽 / 检合格率…) is read whole: the outline's indicator is not missing.
    assert.ok(!diagnostics.some((d) => d.message.includes('食品抽检合格率')), formatDiagnostics(diagnostics));
  });

  it('keeps the footnotes and the page numbers out of the outline', async function () {
    const symbols = await waitForProvider('vscode.executeDocumentSymbolProvider', uri, 'the outline');
    const names = [];
    const walk = (list) => { for (const symbol of list) { names.push(symbol.name); walk(symbol.children || []); } };
    walk(symbols);
    assert.ok(names.some((name) => name.startsWith('二、重点任务')), names.join(' | '));
    assert.ok(names.some((name) => name.startsWith('4.')), `the fourth task is in the outline: ${names.join(' | ')}`);
    assert.ok(!names.some((name) => name.startsWith('①') || name.startsWith('②') || name.includes('— 3 —')), names.join(' | '));
  });

  it('joins the cut lines with the quick fix, taking only line breaks and indentation', async function () {
    const diagnostics = await waitForDiagnostics(uri, `a ${WRAP} finding`, (list) => list.some((d) => codeOf(d) === WRAP));
    const wrap = diagnostics.find((d) => codeOf(d) === WRAP);
    const actions = await waitFor('the quick fix that joins the lines', async () => {
      const offered = await quickFixesAt(uri, wrap.range);
      const joins = (offered || []).filter((action) => action.edit && /^合并 \d+ 处折行/.test(action.title));
      return joins.length > 0 ? joins : false;
    });
    const before = document.getText();
    await applyEditAndAwaitDiagnostics(actions[0].edit, uri, actions[0].title);
    const after = document.getText();
    assert.ok(after.split('\n').length < before.split('\n').length - 10, 'the cut lines are joined');
    assert.strictEqual(after.replace(/[\s\u3000]/g, ''), before.replace(/[\s\u3000]/g, ''), 'no character but line breaks and spaces went');
    await waitForDiagnostics(uri, `no ${WRAP} finding after the fix`, (list) => !list.some((d) => codeOf(d) === WRAP));
  });
});
