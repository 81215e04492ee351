import * as vscode from "vscode";
import type { Middleware } from "vscode-languageclient/node";

/**
 * Focus mode: while a drafter types on a line (with a Chinese IME the line is half-finished
 * most of the time), new diagnostics on that line are held back and the line keeps the ones it
 * had; when the cursor leaves the line, the held diagnostics are shown.
 */
export class FocusMode implements vscode.Disposable {
  private readonly latest = new Map<string, vscode.Diagnostic[]>();
  private readonly shown = new Map<string, vscode.Diagnostic[]>();
  private typingLine: { uri: string; line: number } | null = null;
  private readonly disposables: vscode.Disposable[] = [];
  private publish: ((uri: vscode.Uri, diagnostics: vscode.Diagnostic[]) => void) | null = null;

  constructor(private readonly enabled: () => boolean) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document.languageId !== "policy-plan" || event.contentChanges.length === 0) return;
        const change = event.contentChanges[event.contentChanges.length - 1]!;
        this.typingLine = { uri: event.document.uri.toString(), line: change.range.start.line };
      }),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        const typing = this.typingLine;
        if (!typing || event.textEditor.document.uri.toString() !== typing.uri) return;
        if (event.selections.every((selection) => selection.active.line !== typing.line)) this.release();
      }),
    );
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
    };
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
