import { afterEach, describe, expect, it } from "vitest";
import type { CodeAction, Diagnostic, TextEdit } from "vscode-languageserver-protocol";
import { TextDocument } from "vscode-languageserver-textdocument";
import { analyze } from "../../server/src/core/analyze";
import { disableNextLineEdit } from "../../server/src/core/rules/suppressions";
import { startInProcessServer, type InProcessServer } from "../support/lspClient";

let server: InProcessServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

const PLAN = "一、主要任务\n（一）推动质量变革\n  1.加快区域质量创新发展。〔责任单位：市工信局、市工信局〕\n";

function disable(text: string, rule: string): string {
  const finding = analyze(text).findings.find((f) => f.rule === rule)!;
  const edit = disableNextLineEdit(analyze(text).plan, finding);
  return edit ? text.slice(0, edit.start) + edit.newText + text.slice(edit.end) : text;
}

describe("disable for this line", () => {
  it("inserts a directive above the line (its indentation and line ending), which silences the finding", () => {
    const once = disable(PLAN, "units/duplicate");
    expect(once).toBe("一、主要任务\n（一）推动质量变革\n  // plancheck-disable-next-line units/duplicate\n  1.加快区域质量创新发展。〔责任单位：市工信局、市工信局〕\n");
    expect(analyze(once).findings.map((f) => f.rule)).not.toContain("units/duplicate");
    const crlf = disable(PLAN.replace(/\n/g, "\r\n"), "units/duplicate");
    expect(crlf).toContain("  // plancheck-disable-next-line units/duplicate\r\n  1.");
  });

  it("merges into the directive already above the line, and does nothing when it names the rule", () => {
    const text = "一、主要任务\n（一）推动质量变革\n// plancheck-disable-next-line units/unknown\n1.加快区域质量创新发展。〔责任单位：市工信局、市工信局〕\n";
    const merged = disable(text, "units/duplicate");
    expect(merged).toBe("一、主要任务\n（一）推动质量变革\n// plancheck-disable-next-line units/unknown, units/duplicate\n1.加快区域质量创新发展。〔责任单位：市工信局、市工信局〕\n");
    expect(analyze(merged).findings.map((f) => f.rule)).not.toContain("units/duplicate");
    const finding = { start: merged.indexOf("1.加快"), rule: "units/duplicate" };
    expect(disableNextLineEdit(analyze(merged).plan, finding)).toBeNull();
  });

  it("is not offered inside the front matter, where no directive can stand", () => {
    const text = "---\n标题: 示例方案\n未知键: 值\n---\n一、主要任务\n";
    const finding = analyze(text).findings.find((f) => f.rule === "structure/front-matter")!;
    expect(finding).toBeDefined();
    expect(disableNextLineEdit(analyze(text).plan, finding)).toBeNull();
  });

  it("is offered in the editor as a quick fix, never preferred", async () => {
    server = await startInProcessServer();
    const uri = "file:///work/disable.plan";
    server.open(uri, PLAN);
    const diagnostics = await server.diagnostics(uri, (d) => d.length > 0);
    const duplicate = diagnostics.find((d) => d.code === "units/duplicate") as Diagnostic;
    const actions = (await server.client.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: duplicate.range, context: { diagnostics: [duplicate] } })) as CodeAction[];
    const action = actions.find((a) => a.title === "在此行禁用 units/duplicate")!;
    expect(action.isPreferred).toBeUndefined();
    const edited = TextDocument.applyEdits(TextDocument.create(uri, "policy-plan", 0, PLAN), action.edit!.changes![uri] as TextEdit[]);
    expect(edited).toBe(disable(PLAN, "units/duplicate"));
  });
});
