import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import type { Finding } from "../../server/src/core/rules/types";

/**
 * xref/unknown-section offers two readings of a cited number whose title is another item's: the
 * number made the title's, or the title made the number's. A reading is offered only where the
 * text it makes draws no xref/unrelated-section, its sibling's verdict on the same reference.
 */
const TABLE_PLAN = readFileSync(join(__dirname, "..", "fixtures", "plans-new", "province-outline-division-table.plan"), "utf8");

function applied(text: string, edits: readonly { start: number; end: number; newText: string }[]): string {
  return [...edits].sort((a, b) => b.start - a.start).reduce((out, edit) => out.slice(0, edit.start) + edit.newText + out.slice(edit.end), text);
}

function unrelatedAt(text: string, line: number): string[] {
  const lines = text.split("\n");
  const start = lines.slice(0, line).join("\n").length;
  return analyze(text)
    .findings.filter((finding) => finding.rule === "xref/unrelated-section" && finding.start >= start && finding.start <= start + lines[line]!.length + 1)
    .map((finding) => finding.message);
}

function mismatchOf(text: string, title: string): Finding {
  return analyze(text).findings.find((finding) => finding.rule === "xref/unknown-section" && text.slice(finding.start, finding.end).includes(title))!;
}

describe("a cited number's title that is another item's (xref/unknown-section)", () => {
  it("offers no retitling of a 分工表 row whose task takes the number's item up in no word: only the number made the title's", () => {
    const finding = mismatchOf(TABLE_PLAN, "争创国内国际知名品牌");
    expect(finding.suggestions!.map((suggestion) => suggestion.description)).toEqual(["编号改为“（二十一）”"]);
    const line = TABLE_PLAN.slice(0, finding.start).split("\n").length - 1;
    for (const suggestion of finding.suggestions!) expect(unrelatedAt(applied(TABLE_PLAN, suggestion.edits), line)).toEqual([]);
  });

  it("offers both readings where the task's words hold the title the rewrite writes, and neither draws xref/unrelated-section", () => {
    const text = [
      "---",
      "上位文件: 质量强国建设纲要",
      "---",
      "示例市质量强市建设实施方案",
      "一、主要任务",
      "1.争创知名品牌。落实《质量强国建设纲要》第（二十）条“争创国内国际知名品牌”，完善品牌培育发展机制，培育一批知名品牌。〔责任单位：市市场监管局〕",
      "",
    ].join("\n");
    const finding = mismatchOf(text, "争创国内国际知名品牌");
    expect(finding.suggestions!.map((suggestion) => suggestion.description)).toEqual(["编号改为“（二十一）”", "标题改为“提升全面质量管理水平”"]);
    for (const suggestion of finding.suggestions!) expect(unrelatedAt(applied(text, suggestion.edits), 5)).toEqual([]);
  });
});
