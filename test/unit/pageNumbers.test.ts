import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { isPageNumber } from "../../server/src/core/model/pageFurniture";

/** How the model reads the one line after a task: its kind, and its text kind if it is text. */
function readingOf(line: string): string {
  const plan = buildPlan(`一、主要任务\n1.开展工作。\n${line}\n`);
  const read = plan.lines[2]!;
  return read.kind === "text" ? `text:${read.textKind}` : read.kind;
}

describe("page numbers a PDF copy leaves in the text", () => {
  it.each(["— 3 —", "—3—", "- 4 -", "－ 12 －", "– 5 –", "第 5 页 共 8 页", "第5页/共8页", "第5页，共8页", "第 3 页", "共8页 第5页", "Page 3 of 8"])("%s is a page number", (line) => {
    expect(isPageNumber(line)).toBe(true);
    expect(readingOf(line)).toBe("text:pageNumber");
  });

  it.each(["3", "—", "第3页的内容", "第三页", "— 3 — 5 —", "共建共享", "——推进标准化建设。", "Pages"])("%s is not", (line) => {
    expect(isPageNumber(line)).toBe(false);
  });
});

describe("a dash with nothing but a number after it is no list entry", () => {
  it.each(["—", "——", "--", "— 3", "—88.5"])("%s is read as text", (line) => {
    expect(readingOf(line)).toBe("text:plain");
  });

  it.each(["——推进标准化建设。", "—推进标准化建设。", "——2025年，质量水平提升。"])("%s is still a list entry", (line) => {
    expect(readingOf(line)).toBe("list");
  });

  it("a table cell `—` gets no marker-style finding, and no fix turns it into `——`", () => {
    const text = "一、主要任务\n1.开展工作。〔责任单位：市工信局〕\n附件\n序号\n指标名称\n目标\n1\n制造业质量竞争力指数\n—\n88\n";
    expect(analyze(text).findings.map((finding) => finding.rule)).not.toContain("numbering/marker-style");
  });

  it("no other rule reports a page line's own text (han-space, marker-style, sentence-end)", () => {
    const text = "一、主要任务\n1.甲任务。开展工作。〔责任单位：市工信局〕\n\n第 3 页 共 8 页\n\n— 4 —\n2.乙任务。开展工作。〔责任单位：市工信局〕\n";
    expect(analyze(text).findings.map((finding) => finding.rule)).toEqual(["structure/page-number", "structure/page-number"]);
  });
});
