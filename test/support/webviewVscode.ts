/**
 * A stand-in for the `vscode` module as the client's table views use it (commands/tableView.ts):
 * l10n, and a window whose webview panels are kept, so that a test reads the HTML a command wrote.
 * A test mocks `vscode` with it: `vi.mock("vscode", async () => (await import("../support/webviewVscode")).webviewVscode)`.
 */
export interface FakePanel {
  webview: { html: string; cspSource: string; onDidReceiveMessage: () => { dispose(): void } };
}

/** Every panel the commands created, the last one last. */
export const panels: FakePanel[] = [];

const format = (text: string, ...args: string[]) => text.replace(/\{(\d+)\}/g, (_, i: string) => args[Number(i)] ?? "");

export const webviewVscode = {
  l10n: { t: format },
  ViewColumn: { One: 1, Beside: -2 },
  window: {
    /** Set by a test whose command reads the active editor. */
    activeTextEditor: undefined as unknown,
    showInformationMessage: () => undefined,
    createWebviewPanel: (): FakePanel => {
      const panel = { webview: { html: "", cspSource: "vscode-resource:", onDidReceiveMessage: () => ({ dispose() {} }) } };
      panels.push(panel);
      return panel;
    },
  },
};
