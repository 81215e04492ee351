import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import type { PlanDocument } from "../../server/src/core/model/types";

/**
 * A 分工表 row a PDF's page cut (model/pageCutRows.ts): its last cells stand after the page's
 * footer and the header printed again, on a line that cannot be a row of its own. Read as one
 * row, the cut name whole; the table goes on past it. In tables whose cells are apart by tabs,
 * by wide gaps and by single spaces alike.
 */
const HEAD = "示例市方案\n一、重点任务\n（一）加强质量攻关。具体分工见附件。\n附件\n重点任务分工表\n";
const HEADER = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"];
const FIRST = [
  ["1", "实施质量技术攻关行动", "市科技局", "市工信局", "2025年底"],
  ["2", "开展产业链质量提升行动", "市工信局", "市发展改革委", "2026年底"],
];
const AFTER = [
  ["4", "培育区域品牌", "市市场监管局", "市商务局", "持续推进"],
  ["5", "推进农产品质量安全追溯", "市农业农村局", "市市场监管局", "2027年底"],
];
// A single-space header printed again on each page is read as the pages' running head (model/reading.ts)
// and the table is lost with it: that table is written here with its footer only.
const SHAPES: Array<[string, string]> = [
  ["cells apart by tabs", "\t"],
  ["cells apart by wide gaps", "  "],
  ["cells apart by single spaces", " "],
];
const EDGE = "\n— 4 —\n\n";

/** The table with row 3 written as `cut` (its cells on the first page), the page's edge, the header again (not a single-space one), `rest` and the rows after. */
function cutPlan(gap: string, cut: string[], rest: string[], edge = EDGE): string {
  const line = (row: string[]) => `${row.join(gap)}\n`;
  const again = gap === " " ? [] : [HEADER];
  return HEAD + [HEADER, ...FIRST, cut].map(line).join("") + edge + [...again, rest, ...AFTER].map(line).join("");
}

const rowUnits = (plan: PlanDocument, number: string) =>
  plan.clauses.filter((clause) => clause.tableRow?.number === number).flatMap((clause) => clause.units.map((unit) => unit.text));

describe("a 分工表 row a page cut", () => {
  it.each(SHAPES)("%s: a name cut by the page is one name, the row one row, the table goes on", (_name, gap) => {
    const text = cutPlan(gap, ["3", "推进质量基础设施建设", "市市场监管局", "市商务局、各县（市、区）"], ["人民政府", "持续推进"]);
    const plan = analyze(text).plan;
    expect(plan.tables).toHaveLength(1);
    const table = plan.tables[0]!;
    expect(table.serials.map((serial) => serial.text)).toEqual(["1", "2", "3", "4", "5"]);
    expect(table.unread).toEqual([]);
    expect(rowUnits(plan, "3")).toEqual(["市市场监管局", "市商务局", "各县（市、区）人民政府"]);
    expect(rowUnits(plan, "5")).toEqual(["市农业农村局", "市市场监管局"]);
    // The cut name's span runs from its first piece to its last: no word lost.
    const name = plan.clauses.flatMap((clause) => clause.units).find((unit) => unit.text === "各县（市、区）人民政府")!;
    expect(text.slice(name.start, name.start + 7)).toBe("各县（市、区）");
    expect(text.slice(name.end - 4, name.end)).toBe("人民政府");
    expect(plan.deadlines.map((deadline) => deadline.value)).toContain("持续推进");
    // The page's number is still reported; the rows after it are read, a 序号 skipped among them found.
    const skipped = text.replace(`5${gap}推进农产品`, `6${gap}推进农产品`);
    const findings = analyze(skipped).findings.map((finding) => finding.rule);
    expect(findings).toContain("structure/page-number");
    expect(findings).toContain("numbering/table-serial");
  });

  it.each(SHAPES)("%s: a row whose last cell the page put on the next page", (_name, gap) => {
    const text = cutPlan(gap, ["3", "推进质量基础设施建设", "市市场监管局", "市商务局"], ["2025年底"]);
    const plan = analyze(text).plan;
    expect(plan.tables[0]!.serials.map((serial) => serial.text)).toEqual(["1", "2", "3", "4", "5"]);
    expect(rowUnits(plan, "3")).toEqual(["市市场监管局", "市商务局"]);
    // The row runs on to its 完成时限 on the next page, the table's deadline.
    const row = plan.clauses.find((clause) => clause.tableRow?.number === "3")!.tableRow!;
    expect(text.slice(row.end - 6, row.end)).toBe("2025年底");
    const due = text.indexOf("2025年底", text.indexOf("— 4 —"));
    expect(plan.deadlines.filter((deadline) => deadline.start === due).map((deadline) => deadline.value)).toEqual(["2025年底"]);
  });

  it.each(SHAPES)("%s: a fix of a name the page cut never edits the page's lines", (_name, gap) => {
    // 市质监局, the retired name, cut as 市质 / 监局: reported, its rename withdrawn over the page's edge.
    const text = cutPlan(gap, ["3", "推进质量基础设施建设", "市市场监管局", "市商务局、市质"], ["监局", "持续推进"]);
    const { plan, findings } = analyze(text);
    expect(plan.clauses.flatMap((clause) => clause.units.map((unit) => unit.text))).toContain("市质监局");
    const page = text.indexOf("— 4 —");
    const named = findings.filter((finding) => finding.rule.startsWith("units/") && finding.start < page && finding.end > page);
    expect(named.length).toBeGreaterThan(0);
    for (const finding of named) for (const fix of [finding.fix, ...(finding.suggestions ?? [])]) expect(fix?.edits.some((edit) => edit.start < page && edit.end > page) ?? false).toBe(false);
    // Fixed as a whole, no word of the row is lost: the page's number is structure/page-number's to delete.
    const fixed = fixAll(text).text;
    for (const word of ["市质", "监局", "持续推进", "市商务局"]) expect(fixed).toContain(word);
  });

  it.each(SHAPES)("%s: never joins two real rows, nor a line no page cut off", (_name, gap) => {
    // The next page opens on a row of its own (its 序号): the short row stays as it was read.
    const numbered = analyze(cutPlan(gap, ["3", "推进质量基础设施建设", "市市场监管局", "市商务局"], ["6", "提升服务质量", "市商务局"])).plan;
    expect(rowUnits(numbered, "3")).toEqual(["市市场监管局", "市商务局"]);
    expect(numbered.clauses.some((clause) => clause.units.some((unit) => unit.text === "市商务局提升服务质量"))).toBe(false);
    // A row whose 完成时限 is written (its empty 配合单位 the cell it lacks) has no remainder to take.
    const whole = analyze(cutPlan(gap, ["3", "推进质量基础设施建设", "市市场监管局", "2025年底"], ["人民政府", "持续推进"])).plan;
    expect(whole.clauses.some((clause) => clause.units.some((unit) => unit.text.endsWith("人民政府")))).toBe(false);
    // No page's edge between: the line is no remainder of a page's cut.
    const noPage = analyze(cutPlan(gap, ["3", "推进质量基础设施建设", "市市场监管局", "市商务局、各县（市、区）"], ["人民政府", "持续推进"], "")).plan;
    expect(noPage.clauses.some((clause) => clause.units.some((unit) => unit.text === "各县（市、区）人民政府"))).toBe(false);
  });
});
