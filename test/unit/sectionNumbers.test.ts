import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { outlineEntries } from "../../server/src/core/outline";
import { PositionMapper } from "../../server/src/core/text/positions";

/**
 * A WeChat 公众号 article numbers the parts of the plan it reprints `01` `02` `03`, alone on a line
 * over the heading or as `01 总体要求`: the plan's level-one parts (outline, numbering, the units
 * matrix's paths), never broken numbering; other two-digit lines (a year's, a 序号 cell's, a
 * page's number) are no parts.
 */
const TITLE = "赣州市质量提升行动方案\n\n为推动我市质量工作迈上新台阶，制定本方案。\n\n";
const SECTIONS = [
  "01\n\n总体要求\n\n到2025年，全市制造业产品质量合格率达到94%以上。\n",
  "02 重点任务\n\n（一）开展质量提升行动。聚焦重点产业，实施质量攻关。〔责任单位：市市场监管局、市工信局〕\n\n（二）强化标准引领。主导或参与制定国家标准。〔责任单位：市市场监管局〕\n",
  "03 保障措施\n\n（一）加强组织领导。建立质量强市建设工作机制。〔责任单位：市市场监管局〕\n",
];

const outlineOf = (text: string) => {
  const { plan } = analyze(text);
  const walk = (entries: ReturnType<typeof outlineEntries>, depth: number): string[] =>
    entries.flatMap((entry) => [`${"  ".repeat(depth)}${entry.marker}|${entry.title}`, ...walk(entry.children, depth + 1)]);
  return walk(outlineEntries(plan, new PositionMapper(text)), 0);
};

describe("a WeChat article's 01 02 03 sections", () => {
  it("are the plan's parts: the outline, the title and each part's own count of items", () => {
    const text = TITLE + SECTIONS.join("\n");
    const { plan, findings } = analyze(text);
    expect(plan.title?.text).toBe("赣州市质量提升行动方案");
    expect(plan.parts.map((part) => [part.marker, part.value, part.title])).toEqual([
      ["01", 1, "总体要求"],
      ["02", 2, "重点任务"],
      ["03", 3, "保障措施"],
    ]);
    expect(outlineOf(text)).toEqual(["01|总体要求", "02|重点任务", "  （一）|开展质量提升行动", "  （二）|强化标准引领", "03|保障措施", "  （一）|加强组织领导"]);
    // Each part counts its items from （一）: no broken numbering.
    expect(findings.filter((finding) => finding.rule.startsWith("numbering/"))).toEqual([]);
    expect(plan.allItems.map((item) => item.part?.marker)).toEqual(["02", "02", "03"]);
  });

  it("are no parts in a run that does not count from 01, or under a table's 序号 column", () => {
    const text = TITLE + SECTIONS.map((section) => section.replace(/^0(\d)/, "$1")).join("\n");
    expect(analyze(text).plan.parts).toEqual([]);
    const cells = `${TITLE}一、重点任务\n1.开展质量提升行动。〔责任单位：市市场监管局〕\n序号\n01\n开展质量提升行动\n市市场监管局\n02\n强化标准引领\n市市场监管局\n`;
    expect(analyze(cells).plan.parts).toEqual([]);
  });

  it("are no parts where one line alone has the shape, nor where the words after the number say a sentence", () => {
    expect(analyze(`${TITLE}01\n\n一、总体要求\n到2025年，全市制造业产品质量合格率达到94%以上。\n`).plan.parts).toEqual([]);
    const figures = `${TITLE}一、主要目标\n01 家企业，完成认证。\n02 项标准，年内发布。\n`;
    expect(analyze(figures).plan.parts).toEqual([]);
    // A table's rows numbered 01, 02, their cells apart by tabs.
    const rows = `${TITLE}01\t开展质量提升行动\t市市场监管局\n02\t强化标准引领\t市市场监管局\n一、总体要求\n到2025年，全市制造业产品质量合格率达到94%以上。\n`;
    expect(analyze(rows).plan.parts).toEqual([]);
  });
});
