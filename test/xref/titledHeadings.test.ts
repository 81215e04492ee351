import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { coverageOf } from "../../server/src/core/xref/coverage";

/**
 * A heading over tasks that writes an item's title whole (（一）增强质量发展创新动能 over 1. 加强质量技术创新
 * …) groups its tasks under that item, as a citation of its number would: the item counts, by the
 * heading, as a quotation of its title (xref/titledHeadings.ts).
 */
function coveredBy(text: string, label: string): Array<[string, string | null]> {
  const { plan, parents, knownParents } = analyze(text);
  const coverage = coverageOf(plan, parents[0]!.parent, parents, knownParents);
  const entry = coverage.items.find((each) => each.entry.label === label)!;
  return entry.by.map((by) => [by.item.heading.text, by.basis]);
}

const plan = (body: string) => `示例市质量强市建设实施方案\n为贯彻落实《质量强国建设纲要》，结合我市实际，制定本方案。\n一、重点任务\n${body}`;

const TASKS = "1.加强技术攻关。围绕重点产业开展联合攻关。（责任单位：市科技局）\n2.推动数字化转型。引导企业运用大数据开展在线监测。（责任单位：市工信局）\n";

describe("a heading over tasks that writes an item's title", () => {
  it("counts Fuzhou's （一）增强质量发展创新动能 for （三） (city-notice-pdf.plan)", () => {
    const text = readFileSync(join(__dirname, "..", "fixtures", "plans-new", "city-notice-pdf.plan"), "utf8");
    expect(coveredBy(text, "（三）")).toEqual([["增强质量发展创新动能", "quoted"]]);
  });

  it("counts the item by the heading, once, and not by a heading that writes no title whole", () => {
    expect(coveredBy(plan(`（一）增强质量发展创新动能\n${TASKS}`), "（三）")).toEqual([["增强质量发展创新动能", "quoted"]]);
    expect(coveredBy(plan(`（一）增强发展动能\n${TASKS}`), "（三）")).toEqual([]);
  });

  it("reads no part's title as an item's: 增强产业质量竞争力 names four items, none in particular", () => {
    const text = plan(`（一）增强产业质量竞争力\n${TASKS}`);
    for (const label of ["（六）", "（七）", "（八）", "（九）"]) {
      expect(coveredBy(text, label).filter(([heading]) => heading === "增强产业质量竞争力")).toEqual([]);
    }
  });
});
