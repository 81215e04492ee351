// Issue 8: the language server dies (killed, out of memory, a bug) and the extension brings it
// back: the client restarts it, re-sends the open documents, and diagnostics follow edits again.
// The server is found as the extension host's child process running bin/plan-language-server.js (Linux
// /proc, which is where these tests run) and killed with SIGKILL, as the OOM killer would.
'use strict';

const assert = require('assert');
const fs = require('fs');
const vscode = require('vscode');
const { openFixture, revertIfDirty, waitFor, waitForDiagnostics, applyEditAndAwaitDiagnostics, codeOf, formatDiagnostics } = require('./helpers');

/** Process ids of this extension host's children that run the policy-plan language server. */
function serverProcesses() {
  const found = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Field 4 is the parent pid; the command name (field 2) may hold spaces, so read after ')'.
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent !== process.pid) continue;
      const commandLine = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (commandLine.some((arg) => /[\\/]bin[\\/]plan-language-server\.js$/.test(arg))) found.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

describe('language server restart (VS Code 1.100.3 workbench)', function () {
  let document;
  let uri;

  before(function () {
    if (process.platform !== 'linux') this.skip();
  });

  afterEach(async function () {
    await revertIfDirty(document);
  });

  it('comes back after the server process is killed, and checks edits again', async function () {
    ({ uri, document } = await openFixture('示例.plan'));
    const [before] = await waitFor('the language server process', () => {
      const found = serverProcesses();
      return found.length === 1 ? found : false;
    }, { detail: () => JSON.stringify(serverProcesses()) });

    process.kill(before, 'SIGKILL');
    const [after] = await waitFor('a new language server process', () => {
      const found = serverProcesses().filter((pid) => pid !== before);
      return found.length === 1 ? found : false;
    }, { timeoutMs: 30000, detail: () => JSON.stringify(serverProcesses()) });
    assert.notStrictEqual(after, before);

    // An edit after the restart is checked by the new server: a task numbered 4. after 2.
    const line = document.lineAt(7);
    assert.ok(line.text.startsWith('2.'), `line 8 is task 2: ${line.text}`);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(7, 0, 7, 2), '4.');
    await applyEditAndAwaitDiagnostics(edit, uri, 'renumbering task 2 as 4.', { timeoutMs: 30000 });
    const diagnostics = await waitForDiagnostics(uri, 'a numbering/sequence diagnostic from the restarted server',
      (all) => all.some((d) => codeOf(d) === 'numbering/sequence' && d.range.start.line === 7), { timeoutMs: 30000 });
    assert.ok(diagnostics.every((d) => d.source), formatDiagnostics(diagnostics));
  });
});
