import * as vscode from "vscode";
import type { Middleware } from "vscode-languageclient/node";

/** The command every code action runs after its edit: the edit was applied, not typed. */
export const EDIT_APPLIED_COMMAND = "policyPlan.focusMode.editApplied";

/**
 * Focus mode: while a drafter types on a line (with a Chinese IME the line is half-finished
 * most of the time), new diagnostics on that line are held back and the line keeps the ones it
 * had; when the cursor leaves the line, the held diagnostics are shown.
 *
 * Only the person typing holds a line. An edit that is not typing — a quick fix or refactoring
 * applied, a document formatted, undo and redo, another extension's edit — shows its result at
 * once: a finding just fixed must not stay on screen until the cursor moves. A change is typing
 * when it is made in the active editor at one of its cursors or selections as they were before
 * it (typing, deleting, an IME's composition, a completion accepted); every code action the
 * server offers runs EDIT_APPLIED_COMMAND after its edit (VS Code runs an action's command after
 * its edit), which shows the document's latest diagnostics, since a fix applied where the cursor
 * stands looks like typing.
 */
export class FocusMode implements vscode.Disposable {
  private readonly latest = new Map<string, vscode.Diagnostic[]>();
  private readonly shown = new Map<string, vscode.Diagnostic[]>();
  private typingLine: { uri: string; line: number } | null = null;
  /** Each editor's selections as last reported: a document change arrives before the selections it moves. */
  private readonly selections = new Map<string, readonly vscode.Selection[]>();
  private readonly disposables: vscode.Disposable[] = [];
  private publish: ((uri: vscode.Uri, diagnostics: vscode.Diagnostic[]) => void) | null = null;

  constructor(private readonly enabled: () => boolean) {
    const active = vscode.window.activeTextEditor;
    if (active) this.selections.set(active.document.uri.toString(), active.selections);
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document.languageId !== "policy-plan" || event.contentChanges.length === 0) return;
        const uri = event.document.uri.toString();
        if (!this.isTyping(uri, event)) return;
        const change = event.contentChanges[event.contentChanges.length - 1]!;
        this.typingLine = { uri, line: change.range.start.line };
      }),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        this.selections.set(event.textEditor.document.uri.toString(), event.selections);
        const typing = this.typingLine;
        if (!typing || event.textEditor.document.uri.toString() !== typing.uri) return;
        if (event.selections.every((selection) => selection.active.line !== typing.line)) this.release();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor) this.selections.set(editor.document.uri.toString(), editor.selections);
      }),
    );
  }

  /**
   * Whether a change is the person typing: not undo or redo, in the active editor, and each of
   * its edits at a cursor or selection of that editor as it was before the change.
   */
  private isTyping(uri: string, event: vscode.TextDocumentChangeEvent): boolean {
    if (event.reason !== undefined) return false;
    if (vscode.window.activeTextEditor?.document.uri.toString() !== uri) return false;
    const selections = this.selections.get(uri);
    if (!selections || selections.length === 0) return false;
    return event.contentChanges.every((change) => selections.some((selection) => touches(change.range, selection)));
  }

  middleware(): Middleware {
    return {
      handleDiagnostics: (uri, diagnostics, next) => {
        this.publish = next;
        const key = uri.toString();
        this.latest.set(key, diagnostics);
        const held = this.enabled() && this.typingLine?.uri === key ? this.typingLine.line : null;
        if (held === null) {
          this.shown.set(key, diagnostics);
          next(uri, diagnostics);
          return;
        }
        const onOtherLines = diagnostics.filter((d) => d.range.start.line !== held);
        const keptOnLine = (this.shown.get(key) ?? []).filter((d) => d.range.start.line === held);
        const visible = [...onOtherLines, ...keptOnLine];
        this.shown.set(key, visible);
        next(uri, visible);
      },
      // Every action the server offers says, after its edit, that the edit was applied.
      provideCodeActions: async (document, range, context, token, next) => {
        const actions = await next(document, range, context, token);
        return actions?.map((action) => (action instanceof vscode.CodeAction ? withAppliedCommand(action, document.uri) : action));
      },
    };
  }

  /** A code action's edit was applied to `uri`: what it changed is no typing, its diagnostics are shown as they come. */
  editApplied(uri: string): void {
    if (this.typingLine?.uri === uri) this.release();
  }

  /** Shows the held diagnostics: the cursor left the line, or focus mode was switched off. */
  release(): void {
    const typing = this.typingLine;
    this.typingLine = null;
    if (!typing || !this.publish) return;
    const latest = this.latest.get(typing.uri);
    if (!latest) return;
    this.shown.set(typing.uri, latest);
    this.publish(vscode.Uri.parse(typing.uri), latest);
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}

/**
 * The action, running EDIT_APPLIED_COMMAND after its edit — and then its own command, if it has
 * one. The command travels with an action resolved later (`codeAction/resolve` keeps it).
 */
function withAppliedCommand(action: vscode.CodeAction, uri: vscode.Uri): vscode.CodeAction {
  if (action.command?.command === EDIT_APPLIED_COMMAND) return action;
  action.command = { title: action.title, command: EDIT_APPLIED_COMMAND, arguments: [uri.toString(), ...(action.command ? [action.command] : [])] };
  return action;
}

/** Whether an edited range meets a selection (a cursor is an empty selection): at it, inside it, or around it. */
function touches(range: vscode.Range, selection: vscode.Range): boolean {
  return !(range.end.isBefore(selection.start) || range.start.isAfter(selection.end));
}
