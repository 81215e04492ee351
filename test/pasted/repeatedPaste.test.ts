import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import { layoutPlan } from "../../server/src/core/export/layout";

/**
 * A plan pasted twice: the whole text (notice and all) copied again after itself, or one section
 * pasted a second time right after the first. The copy is set apart (model/repeatedPaste.ts):
 * the outline, the numbering and the units read the plan once, the export prints it once, and
 * the one fix deletes the copy, giving back the plan as written.
 */
const PLAN = [
  "示例市人民政府办公室关于印发示例市质量提升行动方案的通知",
  "",
  "各县（市、区）人民政府，市政府各部门：",
  "《示例市质量提升行动方案》已经市政府同意，现印发给你们，请认真贯彻执行。",
  "",
  "示例市人民政府办公室",
  "2024年3月5日",
  "",
  "示例市质量提升行动方案",
  "",
  "为推动质量提升，制定本方案。",
  "",
  "一、总体要求",
  "（一）工作目标。到2025年，全市制造业产品质量合格率达到94%以上。",
  "二、重点任务",
  "（二）提升产品质量。实施质量提升行动，开展质量比对和会诊。（责任单位：市市场监管局、市工业和信息化局）",
  "（三）提升工程质量。严格落实工程质量终身责任制。（责任单位：市住房城乡建设局）",
  "三、保障措施",
  "（四）加强组织领导。建立质量工作协调机制。（责任单位：市市场监管局）",
  "",
].join("\n");

const SECTION_START = PLAN.indexOf("二、重点任务");
const SECTION_END = PLAN.indexOf("三、保障措施");

const pastes = {
  "the whole text": `${PLAN}\n${PLAN}`,
  "one section": PLAN.slice(0, SECTION_END) + PLAN.slice(SECTION_START, SECTION_END) + PLAN.slice(SECTION_END),
};

const outlineOf = (text: string) => analyze(text).plan.allItems.map((item) => `${item.level}${text.slice(item.line.indentEnd, item.line.headingEnd)}`);

describe.each(Object.entries(pastes))("%s pasted twice", (_, text) => {
  const { plan, findings } = analyze(text);

  it("is reported once, as a repeated paste, and by nothing else", () => {
    expect(findings.filter((f) => f.severity !== "info" && f.severity !== "hint").map((f) => f.rule)).toEqual(["structure/repeated-paste"]);
  });

  it("is read as the plan once: outline, clauses", () => {
    expect(outlineOf(text)).toEqual(outlineOf(PLAN));
    expect(plan.clauses.length).toBe(analyze(PLAN).plan.clauses.length);
  });

  it("is exported once", () => {
    const paragraphs = layoutPlan(plan).blocks.filter((block) => block.kind === "paragraph").length;
    expect(paragraphs).toBe(layoutPlan(analyze(PLAN).plan).blocks.filter((block) => block.kind === "paragraph").length);
  });

  it("is fixed by deleting the copy, and only it", () => {
    const fixed = fixAll(text).text;
    expect(fixed).toBe(PLAN);
    expect(fixAll(fixed).text).toBe(fixed);
  });
});

describe("what is not a paste", () => {
  it("one line over and over is a run, not a block pasted twice", () => {
    const text = `一、保障措施\n${"（一）开展工作，推进落实。\n".repeat(6)}`;
    expect(analyze(text).plan.repeatedPastes).toEqual([]);
  });

  it("the same lines apart, with other lines between, are no paste", () => {
    const task = "（一）加强组织领导。建立工作协调机制。\n（二）强化督查考核。\n";
    expect(analyze(`一、市级\n${task}二、县级\n${task}`).plan.repeatedPastes).toEqual([]);
  });
});
