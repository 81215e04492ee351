// Bounded polling helpers for the e2e suite: every wait has a deadline and
// says what it was waiting for when it runs out. No fixed sleeps.
'use strict';

const fs = require('fs');
const path = require('path');
const vscode = require('vscode');

/** The fixtures as checked in; the workbench opens a copy of this folder. */
const PRISTINE_FIXTURES = path.resolve(__dirname, '..', 'fixtures', 'workspace');

const DEFAULT_TIMEOUT_MS = 20000;
const DEFAULT_INTERVAL_MS = 100;

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Calls `probe` until it returns a truthy value (which is returned) or the
 * deadline passes. `probe` may be async; a throw counts as "not yet" and the
 * last error (or `detail()`, when given) is reported on timeout.
 */
async function waitFor(what, probe, { timeoutMs = DEFAULT_TIMEOUT_MS, intervalMs = DEFAULT_INTERVAL_MS, detail } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
      last = value;
    } catch (err) {
      last = err;
    }
    if (Date.now() >= deadline) {
      const seen = detail ? detail() : last instanceof Error ? last.stack || last.message : JSON.stringify(last);
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last seen:\n${seen}`);
    }
    await delay(intervalMs);
  }
}

/** A diagnostic's code as a string (it may be a string, a number or { value, target }). */
function codeOf(diagnostic) {
  const code = diagnostic.code;
  if (code && typeof code === 'object') return String(code.value);
  return code === undefined ? undefined : String(code);
}

/** One line per diagnostic: `line:col source/code message`. */
function formatDiagnostics(diagnostics) {
  if (diagnostics.length === 0) return '(no diagnostics)';
  return diagnostics.map((d) =>
    `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.source}/${codeOf(d)} ${d.message}`).join('\n');
}

/** Waits until the diagnostics of `uri` satisfy `predicate`, and returns them. */
function waitForDiagnostics(uri, what, predicate, options) {
  let diagnostics = [];
  return waitFor(what, () => {
    diagnostics = vscode.languages.getDiagnostics(uri);
    return predicate(diagnostics) ? diagnostics : false;
  }, { detail: () => formatDiagnostics(diagnostics), ...options });
}

/** Runs a `vscode.execute…Provider` command until its result is non-empty. */
function waitForProvider(command, uri, what, options) {
  let result;
  return waitFor(what, async () => {
    result = await vscode.commands.executeCommand(command, uri);
    return Array.isArray(result) && result.length > 0 ? result : false;
  }, { detail: () => `${command} returned ${JSON.stringify(result)}`, ...options });
}

/**
 * The quick fixes VS Code offers at `range`, each with its edit. The server computes an edit
 * only when the action is picked (`codeAction/resolve`: the light bulb asks on every cursor
 * move, and a quick fix is checked against losing a clause when picked); the command resolves
 * as many actions as `itemResolveCount` says, as the editor does for the one picked.
 */
function quickFixesAt(uri, range) {
  return vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value, QUICK_FIXES_RESOLVED);
}

/** More than any place in the fixtures offers. */
const QUICK_FIXES_RESOLVED = 50;

/**
 * Applies `edit` and waits until new diagnostics for `uri` arrive, so that a
 * following waitForDiagnostics sees the server's answer to this edit and not
 * the diagnostics of the text before it.
 */
async function applyEditAndAwaitDiagnostics(edit, uri, what, options) {
  let published = false;
  const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
    if (event.uris.some((u) => u.toString() === uri.toString())) published = true;
  });
  try {
    if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`${what}: the edit did not apply`);
    await waitFor(`diagnostics published after ${what}`, () => published, options);
  } finally {
    subscription.dispose();
  }
}

/** The 0-based line number of the first line of `document` that starts with `prefix`. */
function lineStartingWith(document, prefix) {
  for (let i = 0; i < document.lineCount; i++) {
    if (document.lineAt(i).text.startsWith(prefix)) return i;
  }
  throw new Error(`no line starting with ${JSON.stringify(prefix)} in ${document.uri.fsPath}`);
}

/**
 * Opens a fixture of the workspace in an editor, with the fixture's own text, and waits for
 * the server's first analysis. The file in the workspace copy is first set back to the
 * pristine fixture and the buffer reverted to it: an earlier test's edit that a "close all
 * editors" saved, or that arrived after its revert on a loaded machine, must not leak into
 * this one.
 */
async function openFixture(name) {
  const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, name);
  const pristine = fs.readFileSync(path.join(PRISTINE_FIXTURES, name), 'utf8');
  // Written through the workbench's file service, not behind its back: an open model that an
  // earlier test's edit left saved learns of the new text at once, where a write it only hears
  // of from the file watcher (late on a loaded machine) leaves the revert below reloading the
  // old text it still believes is on disk.
  if (fs.readFileSync(uri.fsPath, 'utf8') !== pristine) await vscode.workspace.fs.writeFile(uri, Buffer.from(pristine, 'utf8'));
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  await waitFor(`${name} to hold the fixture's text`, async () => {
    if (document.getText() === pristine && !document.isDirty) return true;
    if (!document.isDirty) await vscode.workspace.fs.writeFile(uri, Buffer.from(pristine, 'utf8'));
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    return document.getText() === pristine && !document.isDirty;
  }, { intervalMs: 250, detail: () => `${document.isDirty ? '(unsaved) ' : ''}${document.getText()}` });
  await waitForDiagnostics(uri, `the first analysis of ${name}`, () => true);
  return { uri, document };
}

/** Drops a test's unsaved edits, so the fixtures on disk and the next test stay untouched. */
async function revertIfDirty(document) {
  if (!document || !document.isDirty) return;
  // The revert command acts on the active editor: show the document and revert until clean.
  await waitFor(`${document.uri.fsPath} to be reverted`, async () => {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    return !document.isDirty;
  }, { intervalMs: 250 });
}

module.exports = {
  openFixture, revertIfDirty,
  waitFor, waitForDiagnostics, waitForProvider, quickFixesAt, applyEditAndAwaitDiagnostics, codeOf, formatDiagnostics, lineStartingWith,
};
