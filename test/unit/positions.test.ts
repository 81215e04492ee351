import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { DocumentSymbol } from "vscode-languageserver-protocol";
import { runPlancheck } from "../support/cli";
import { startInProcessServer } from "../support/lspClient";

// CRLF line ends, a BOM, and characters outside the BMP (𠀀 is two UTF-16 code units) before headings.
const LINES = ["---", "标题: 𠀀示例市实施方案", "---", "𠀀𠀀示例市实施方案", "一、总体要求", "（一）𠀀主要目标", "1.𠀀任务。内容〔责任单位：市市场监管局〕"];
const TEXT_IN_EDITOR = LINES.join("\r\n") + "\r\n"; // VS Code drops the BOM when it loads the file
const FILE_BYTES = Buffer.from("\uFEFF" + TEXT_IN_EDITOR, "utf8");

/** Positions as VS Code computes them: split on line ends, count UTF-16 code units. */
function editorPosition(lineText: string): { line: number; character: number } {
  const line = LINES.indexOf(lineText);
  return { line, character: 0 };
}
const lengthInCodeUnits = (s: string) => s.length; // JS strings are UTF-16

describe("positions with CRLF, BOM and astral characters", () => {
  it("the language server gives the ranges VS Code computes", async () => {
    const server = await startInProcessServer();
    const uri = "file:///work/positions.plan";
    server.open(uri, TEXT_IN_EDITOR);
    const symbols = (await server.client.sendRequest("textDocument/documentSymbol", { textDocument: { uri } })) as DocumentSymbol[];
    await server.dispose();
    const section = symbols.find((s) => s.name === "一、总体要求")!;
    expect(section.range.start).toEqual(editorPosition("一、总体要求"));
    const goal = section.children![0]!;
    expect(goal.name).toBe("（一）𠀀主要目标");
    expect(goal.selectionRange).toEqual({
      start: editorPosition("（一）𠀀主要目标"),
      end: { line: 5, character: lengthInCodeUnits("（一）𠀀主要目标") },
    });
    const task = goal.children![0]!;
    expect(task.selectionRange.end).toEqual({ line: 6, character: lengthInCodeUnits("1.𠀀任务") });
    expect(task.range.end).toEqual({ line: 6, character: lengthInCodeUnits(LINES[6]!) });
  });

  it("the CLI reading the file with its BOM gives the same ranges", async () => {
    const dir = mkdtempSync(join(tmpdir(), "plan-positions-"));
    const file = join(dir, "positions.plan");
    writeFileSync(file, FILE_BYTES);
    const { code, out } = await runPlancheck(["outline", "--format", "json", file]);
    expect(code).toBe(0);
    const outline = JSON.parse(out);
    expect(outline.title).toBe("𠀀示例市实施方案");
    const goal = outline.items[0].children[0];
    expect(goal.title).toBe("𠀀主要目标");
    expect(goal.range.start).toEqual({ line: 5, character: 0 });
    const task = goal.children[0];
    expect(task.range).toEqual({ start: { line: 6, character: 0 }, end: { line: 6, character: lengthInCodeUnits(LINES[6]!) } });
  });
});
