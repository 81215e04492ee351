// Format Document in the real editor: the server's formatting edits turn the half-width marks
// of a pasted draft full-width, drop a doubled mark and a space between Chinese characters, and
// leave numbers, times and URLs alone. The buffer is reverted afterwards.
'use strict';

const assert = require('assert');
const vscode = require('vscode');
const { openFixture, revertIfDirty, waitFor, waitForDiagnostics, codeOf } = require('./helpers');

const FORMATTED = [
  '一、总体要求',
  '（一）指导思想',
  '坚持质量第一，效益优先；推进省级质量强市建设（2023—2025年）。',
  '热线服务时间为8:30至17:30，网址：https://www.example.gov.cn/a,b。',
  '',
].join('\n');

describe('Format Document (VS Code 1.100.3 workbench)', function () {
  let document;
  let uri;

  beforeEach(async function () {
    ({ uri, document } = await openFixture('标点.plan'));
  });

  afterEach(async function () {
    await revertIfDirty(document);
  });

  it('formats the punctuation and spacing of a pasted draft, and the punct findings go', async function () {
    await waitForDiagnostics(uri, 'a punct/half-width diagnostic', (all) => all.some((d) => codeOf(d) === 'punct/half-width'));
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('editor.action.formatDocument');
    await waitFor('the document to be formatted', () => document.getText() === FORMATTED, { detail: () => document.getText() });
    await waitForDiagnostics(uri, 'no punct/ diagnostic after formatting', (all) => !all.some((d) => String(codeOf(d)).startsWith('punct/')));
    // Formatting again changes nothing.
    const edits = await vscode.commands.executeCommand('vscode.executeFormatDocumentProvider', uri, { tabSize: 4, insertSpaces: true });
    assert.deepStrictEqual(edits ?? [], [], 'a formatted document gets no further edits');
  });
});
