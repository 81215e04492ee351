// A plan's references to itself in the real editor: go to definition from 见附件2 lands on the
// 附件2 label's line and from 本方案第三部分 on the heading 三、保障措施; hover shows the target's
// title; find references from an attachment's label lists every place that points at it.
'use strict';

const assert = require('assert');
const vscode = require('vscode');
const { openFixture, waitFor, lineStartingWith } = require('./helpers');

describe('references inside a plan (VS Code 1.100.3 workbench)', function () {
  let document;
  let uri;

  beforeEach(async function () {
    ({ uri, document } = await openFixture('引用.plan'));
  });

  afterEach(async function () {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  /** The position one character into `written` on the line that holds it. */
  function positionIn(written) {
    for (let line = 0; line < document.lineCount; line++) {
      const at = document.lineAt(line).text.indexOf(written);
      if (at >= 0) return new vscode.Position(line, at + 1);
    }
    throw new Error(`no line holds ${written}`);
  }

  /** Runs revealDefinition at `position` and returns the line the cursor lands on. */
  async function definitionFrom(position, from) {
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(position, position);
    await vscode.commands.executeCommand('editor.action.revealDefinition');
    return waitFor(`the cursor to leave ${from}`, () => {
      const active = vscode.window.activeTextEditor;
      const line = active && active.document.uri.toString() === uri.toString() ? active.selection.active.line : -1;
      return line >= 0 && line !== position.line ? line : false;
    }, { detail: () => String(vscode.window.activeTextEditor && vscode.window.activeTextEditor.selection.active.line) });
  }

  it('go to definition on 见附件2 lands on the 附件2 label line', async function () {
    const landed = await definitionFrom(positionIn('附件2，'), '见附件2');
    assert.strictEqual(document.lineAt(landed).text, '附件2');
  });

  it('go to definition on 本方案第三部分 lands on the heading 三、保障措施', async function () {
    const landed = await definitionFrom(positionIn('本方案第三部分'), '本方案第三部分');
    assert.strictEqual(document.lineAt(landed).text, '三、保障措施');
  });

  it('hover on a reference shows its target\'s title', async function () {
    const texts = async (position) => {
      const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, position);
      return (hovers || []).flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
    };
    const attachment = await waitFor('the hover of 附件2', async () => {
      const text = await texts(positionIn('附件2，'));
      return text.includes('主要指标表') ? text : false;
    });
    assert.ok(attachment.includes('附件2'), attachment);
    const part = await waitFor('the hover of 本方案第三部分', async () => {
      const text = await texts(positionIn('本方案第三部分'));
      return text.includes('保障措施') ? text : false;
    });
    assert.ok(!part.includes('没有'), part);
  });

  it('find references on the 附件1 label lists the body\'s reference and the 附件说明 entry', async function () {
    const label = new vscode.Position(lineStartingWith(document, '附件1'), 1);
    const locations = await waitFor('the references of 附件1', async () => {
      const found = await vscode.commands.executeCommand('vscode.executeReferenceProvider', uri, label);
      return Array.isArray(found) && found.length > 0 ? found : false;
    });
    const lines = locations.map((location) => document.lineAt(location.range.start.line).text);
    assert.ok(lines.some((line) => line.includes('重点事项见附件1')), `the body's 见附件1 is among ${JSON.stringify(lines)}`);
    assert.ok(lines.some((line) => line.startsWith('附件：1.')), `the 附件说明's entry is among ${JSON.stringify(lines)}`);
    assert.ok(!lines.some((line) => line.includes('见附件2')), `附件2's reference is not among ${JSON.stringify(lines)}`);
  });
});
