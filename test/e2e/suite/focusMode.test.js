// Focus mode in the real editor: only typing holds a line's new diagnostics. A quick fix applied
// where the cursor stands (its edit touches the cursor, as typing does) shows at once that its
// finding is gone, while the cursor stays on the line. The buffer is reverted afterwards.
'use strict';

const vscode = require('vscode');
const { openFixture, revertIfDirty, waitFor, waitForDiagnostics, codeOf } = require('./helpers');

describe('focus mode (VS Code 1.100.3 workbench)', function () {
  let document;
  let uri;

  before(async function () {
    await vscode.workspace.getConfiguration('policyPlan').update('focusMode', true, vscode.ConfigurationTarget.Global);
  });

  after(async function () {
    await vscode.workspace.getConfiguration('policyPlan').update('focusMode', undefined, vscode.ConfigurationTarget.Global);
  });

  beforeEach(async function () {
    ({ uri, document } = await openFixture('标点.plan'));
  });

  afterEach(async function () {
    await revertIfDirty(document);
  });

  it('drops the finding a quick fix applied at the cursor fixed, the cursor still on its line', async function () {
    const line = 2;
    const comma = document.lineAt(line).text.indexOf(',');
    const onComma = (d) => codeOf(d) === 'punct/half-width' && d.range.start.line === line && d.range.start.character === comma;
    await waitForDiagnostics(uri, 'the half-width comma\'s diagnostic', (all) => all.some(onComma));
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(line, comma, line, comma);
    // The preferred quick fix at the cursor, as Auto Fix (Shift+Alt+.) applies it: its edit, then its command.
    await vscode.commands.executeCommand('editor.action.autoFix');
    await waitFor('the comma to be full-width', () => document.lineAt(line).text.charAt(comma) === '，', { detail: () => document.lineAt(line).text });
    await waitForDiagnostics(uri, 'no diagnostic left on the fixed comma', (all) => !all.some(onComma), { timeoutMs: 10000 });
    if (editor.selection.active.line !== line) throw new Error(`the cursor left line ${line + 1}: the test proves nothing`);
  });
});
