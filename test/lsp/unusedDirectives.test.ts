import { afterEach, describe, expect, it } from "vitest";
import { type CodeAction, type Diagnostic, DiagnosticSeverity, DiagnosticTag, type TextEdit } from "vscode-languageserver-protocol";
import { TextDocument } from "vscode-languageserver-textdocument";
import { runPlancheck } from "../support/cli";
import { startInProcessServer, type InProcessServer } from "../support/lspClient";

let server: InProcessServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

const PLAN = [
  "一、总体要求",
  "（一）指导思想",
  "// plancheck-disable-next-line numbering/sequence",
  "（三）工作目标",
  "// plancheck-disable-next-line numbering/sequence",
  "（四）基本原则",
  "// plancheck-disable-next-line units/duplicate, numbering/sequence",
  "（六）保障措施",
  "// plancheck-disable-next-line -- 说明",
  "（七）组织实施",
  "",
].join("\n");

const RULE = "config/unused-directive";

async function unusedHints(uri: string): Promise<Diagnostic[]> {
  server = await startInProcessServer();
  server.open(uri, PLAN);
  const diagnostics = await server.diagnostics(uri, (d) => d.some((x) => x.code === RULE));
  return diagnostics.filter((d) => d.code === RULE);
}

describe("unused disable directives in the editor", () => {
  it("are faded hints, and the CLI with --report-unused-disable-directives reports exactly them", async () => {
    const uri = "file:///work/unused.plan";
    const hints = await unusedHints(uri);
    expect(hints.map((d) => [d.range.start.line, d.range.start.character])).toEqual([
      [4, 31],
      [6, 31],
      [8, 3],
    ]);
    for (const hint of hints) {
      expect(hint.severity).toBe(DiagnosticSeverity.Hint);
      expect(hint.tags).toEqual([DiagnosticTag.Unnecessary]);
    }
    const cli = await runPlancheck(["--stdin", "--no-config", "--report-unused-disable-directives", "--format", "json"], PLAN);
    const findings = (JSON.parse(cli.out) as { files: Array<{ findings: Array<{ rule: string; severity: string; message: string; range: Diagnostic["range"] }> }> }).files[0]!.findings.filter((f) => f.rule === RULE);
    expect(findings.map((f) => ({ range: f.range, message: f.message }))).toEqual(hints.map((d) => ({ range: d.range, message: d.message })));
    expect(findings.every((f) => f.severity === "warning")).toBe(true);
    // Without the flag the command line stays silent about them, as ESLint does.
    const quiet = await runPlancheck(["--stdin", "--no-config", "--format", "json"], PLAN);
    expect(quiet.out).not.toContain(RULE);
  });

  it("offer a quick fix that removes the directive, or only the unused rule id, and never a disable action", async () => {
    const uri = "file:///work/unused-fix.plan";
    const hints = await unusedHints(uri);
    const apply = async (hint: Diagnostic) => {
      const actions = (await server!.client.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: hint.range, context: { diagnostics: [hint] } })) as CodeAction[];
      expect(actions.some((a) => a.title.startsWith("在此行禁用"))).toBe(false);
      const action = actions.find((a) => a.diagnostics?.[0]?.code === RULE)!;
      return { title: action.title, text: TextDocument.applyEdits(TextDocument.create(uri, "policy-plan", 1, PLAN), action.edit!.changes![uri] as TextEdit[]) };
    };
    const whole = await apply(hints[0]!);
    expect(whole.title).toBe("删除未使用的指令");
    expect(whole.text).toBe(PLAN.replace("// plancheck-disable-next-line numbering/sequence\n（四）", "（四）"));
    const id = await apply(hints[1]!);
    expect(id.title).toBe("从指令中删除未使用的规则 units/duplicate");
    expect(id.text).toContain("// plancheck-disable-next-line numbering/sequence\n（六）");
    const withReason = await apply(hints[2]!);
    expect(withReason.title).toBe("删除未使用的指令（连同其后的说明）");
    expect(withReason.text).not.toContain("说明");
  });
});
