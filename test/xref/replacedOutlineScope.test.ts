import { readFileSync } from "node:fs";
import { PositionMapper } from "../../server/src/core/text/positions";
import { join } from "node:path";
import { expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { builtinParents, parentFromPlanText } from "../../server/src/core/parents/index";
import { coverageOf } from "../../server/src/core/xref/coverage";
import { formatCoverageMarkdown } from "../../server/src/cli/format/coverage";

/**
 * The sector table (sectors/outline-scope.json) is the built-in outline's. A user who brings the
 * outline's complete text as a file of its title replaces the built-in (parents/resolve.ts
 * knownParents): the same document, so a 建筑工程 plan is measured against the same items when its
 * items are the built-in's; where they are numbered or titled otherwise, which items are the
 * sector's is not known, and the report says the plan is measured against every item, and why.
 * A parent of the user's own (another title) has no table: said too.
 */
const CONSTRUCTION = readFileSync(join(__dirname, "sector-plans", "construction.plan"), "utf8");

function coverageWith(parentText: string, entry: string) {
  const parent = parentFromPlanText(parentText, entry);
  const analysis = analyze(CONSTRUCTION, { config: { parents: [entry] }, parents: [{ entry, parent, sourceText: parentText }] });
  expect(analysis.parents[0]!.parent).toBe(parent);
  return coverageOf(analysis.plan, parent, analysis.parents, analysis.knownParents);
}

const builtinText = () => builtinParents()[0]!.text;

it("scopes a sector plan by the table when the outline's replacement has the built-in's items", () => {
  const builtin = analyze(CONSTRUCTION, {});
  const expected = coverageOf(builtin.plan, builtin.parents[0]!.parent, builtin.parents, builtin.knownParents);
  const coverage = coverageWith(builtinText(), "质量强国建设纲要.plan");
  expect(coverage.sectors).toEqual(["建设工程"]);
  expect(coverage.unscoped).toBeNull();
  expect(coverage.items.map((i) => i.entry.label)).toEqual(expected.items.map((i) => i.entry.label));
  expect(coverage.total).toBe(8);
});

it("measures a sector plan against every item, and says why, when the replacement titles an item otherwise", () => {
  const text = builtinText().replace("（二十二）优化质量基础设施管理", "（二十二）完善质量基础设施管理体制");
  const coverage = coverageWith(text, "质量强国建设纲要.plan");
  expect(coverage.sectors).toBeNull();
  expect(coverage.unscoped).toEqual({ reason: "items-differ", items: ["（二十二）"], sectors: ["建设工程"] });
  expect(coverage.total).toBe(26);
  expect(formatCoverageMarkdown("construction.plan", coverage, new PositionMapper(CONSTRUCTION))).toContain("其条目（二十二）的编号或标题与内置纲要不同，无法确定哪些条目属本领域：所有条目照常计入覆盖率。");
});

it("says a parent of the user's own has no sector table", () => {
  const text = "某省质量强省建设实施方案\n一、主要任务\n（一）提升工程质量。\n（二）提升服务质量。\n";
  const coverage = coverageWith(text, "某省方案.plan");
  expect(coverage.unscoped).toEqual({ reason: "no-table", sectors: ["建设工程"] });
  expect(coverage.total).toBe(2);
});

/**
 * The words local plans use for an item (xref/local-keywords.json) are kept by the built-in's id
 * too: a replacement's items that are the built-in's get them, so 卓越绩效 still counts for （二十）
 * and 区域公用品牌 for （二十一）; they were lost with the built-in's id.
 */
it("reads the local words of the built-in's items in the outline's replacement", () => {
  const plan = "某某市质量强市建设实施方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、重点任务\n1.推广卓越绩效。引导企业导入卓越绩效、精益生产等先进管理模式。\n2.打造区域公用品牌。培育“示例好物”区域公用品牌。\n";
  const credited = (parentText: string) => {
    const parent = parentFromPlanText(parentText, "质量强国建设纲要.plan");
    const analysis = analyze(plan, { config: { parents: ["质量强国建设纲要.plan"] }, parents: [{ entry: "质量强国建设纲要.plan", parent, sourceText: parentText }] });
    return coverageOf(analysis.plan, parent, analysis.parents, analysis.knownParents).items.filter((i) => i.covered).map((i) => i.entry.label);
  };
  expect(credited(builtinText())).toEqual(["（二十）", "（二十一）"]);
});
