import { beforeEach, describe, expect, it, vi } from "vitest";

/**
 * Focus mode against a stand-in for the `vscode` module: the events it listens to are fired by
 * hand, in the order VS Code fires them (a document change, then the selections it moved).
 */
const fake = vi.hoisted(() => {
  type Listener = (event: unknown) => void;
  const listeners = new Map<string, Listener[]>();
  const on = (name: string) => (listener: Listener) => {
    listeners.set(name, [...(listeners.get(name) ?? []), listener]);
    return { dispose() {} };
  };
  class Position {
    constructor(readonly line: number, readonly character: number) {}
    isBefore(other: Position) {
      return this.line < other.line || (this.line === other.line && this.character < other.character);
    }
    isAfter(other: Position) {
      return other.isBefore(this);
    }
  }
  class Range {
    readonly start: Position;
    readonly end: Position;
    constructor(startLine: number, startCharacter: number, endLine: number, endCharacter: number) {
      this.start = new Position(startLine, startCharacter);
      this.end = new Position(endLine, endCharacter);
    }
    get active() {
      return this.end;
    }
  }
  class CodeAction {
    command?: { title: string; command: string; arguments?: unknown[] };
    constructor(readonly title: string) {}
  }
  const window = { activeTextEditor: undefined as unknown, onDidChangeTextEditorSelection: on("selection"), onDidChangeActiveTextEditor: on("active") };
  const vscode = { Range, Position, CodeAction, window, workspace: { onDidChangeTextDocument: on("change") }, Uri: { parse: (value: string) => ({ toString: () => value }) } };
  const fire = (name: string, event: unknown) => (listeners.get(name) ?? []).forEach((listener) => listener(event));
  return { vscode, fire, listeners, Range };
});
vi.mock("vscode", () => fake.vscode);

const { EDIT_APPLIED_COMMAND, FocusMode } = await import("../../client/src/focusMode");

const URI = "file:///plan.plan";
const uri = { toString: () => URI };
const document = { uri, languageId: "policy-plan" };
const cursor = (line: number, character: number) => new fake.Range(line, character, line, character);
const editor = (line: number, character: number) => ({ document, selections: [cursor(line, character)] });
const diagnostic = (line: number, message: string) => ({ range: new fake.Range(line, 0, line, 2), message });

let focus: InstanceType<typeof FocusMode>;
let shown: Array<{ message: string }>;
const publish = (diagnostics: Array<{ message: string }>) => focus.middleware().handleDiagnostics!(uri as never, diagnostics as never, (_uri, visible) => (shown = visible as never));
/** A change of the document, and the cursor where it leaves it. */
const change = (range: InstanceType<typeof fake.Range>, after: { line: number; character: number }, reason?: number) => {
  fake.fire("change", { document, contentChanges: [{ range, text: "x" }], reason });
  fake.fire("selection", { textEditor: { document }, selections: [cursor(after.line, after.character)] });
};

beforeEach(() => {
  fake.listeners.clear();
  fake.vscode.window.activeTextEditor = editor(2, 5);
  focus = new FocusMode(() => true);
  publish([diagnostic(2, "旧")]);
});

describe("focus mode", () => {
  it("holds new diagnostics on the line being typed, and shows them when the cursor leaves it", () => {
    change(cursor(2, 5), { line: 2, character: 6 });
    publish([diagnostic(2, "新")]);
    expect(shown.map((d) => d.message)).toEqual(["旧"]);
    fake.fire("selection", { textEditor: { document }, selections: [cursor(3, 0)] });
    expect(shown.map((d) => d.message)).toEqual(["新"]);
  });

  it("holds nothing for an edit away from the cursor (a formatting, another extension's edit) or for undo", () => {
    change(new fake.Range(2, 20, 2, 21), { line: 2, character: 5 });
    publish([]);
    expect(shown).toEqual([]);
    publish([diagnostic(2, "旧")]);
    change(cursor(2, 5), { line: 2, character: 6 }, 1);
    publish([]);
    expect(shown).toEqual([]);
  });

  it("shows at once that a quick fix applied at the cursor removed its finding", async () => {
    const provided = await focus.middleware().provideCodeActions!(document as never, cursor(2, 5) as never, {} as never, {} as never, async () => [new fake.vscode.CodeAction("改为全角") as never]);
    const command = (provided![0] as unknown as { command: { command: string; arguments: unknown[] } }).command;
    expect(command.command).toBe(EDIT_APPLIED_COMMAND);
    // The fix replaces the finding's span, where the cursor stands: like typing, until its command runs.
    change(new fake.Range(2, 4, 2, 6), { line: 2, character: 5 });
    focus.editApplied(command.arguments[0] as string);
    publish([]);
    expect(shown).toEqual([]);
  });
});
