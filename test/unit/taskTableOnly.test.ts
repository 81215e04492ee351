import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { outlineEntries } from "../../server/src/core/outline";
import { PositionMapper } from "../../server/src/core/text/positions";
import { documentSymbols } from "../../server/src/lsp/features/symbols";

/**
 * A document that is only a 任务分工表 (sent on its own, as a plan's attachment often is): its
 * title, its header, and its rows grouped under section rows. Excel copies a section row — a
 * cell merged across the row — with the row's empty cells after it; Word as the heading alone.
 * Either way the section rows are the document's outline (one entry each, as items of their
 * level) and its title is the line above the header, never the header.
 */
const HEADER = "序号\t重点任务\t牵头单位\t配合单位\t完成时限\n";
const ROWS = [
  "1\t实施质量技术攻关行动\t市科技局\t市工信局\t2025年底\n2\t开展产业链质量提升行动\t市工信局\t市发展改革委\t持续推进\n",
  "3\t推进农产品质量安全追溯\t市农业农村局\t市市场监管局\t2024年底\n3\t加强工程质量监管\t市住建局\t市交通运输局\t2025年底\n",
];
const SECTIONS = ["一、增强质量发展创新动能", "二、提升产品和工程质量"];

function tableOnly(sectionRow: (heading: string) => string): string {
  return `重点任务分工表\n${HEADER}${SECTIONS.map((heading, index) => sectionRow(heading) + ROWS[index]).join("")}`;
}

describe("a document that is only a 分工表", () => {
  it.each([
    ["copied by Word (the heading alone)", (heading: string) => `${heading}\n`],
    ["copied by Excel (the merged cell with the row's tabs)", (heading: string) => `${heading}\t\t\t\t\n`],
  ])("%s: its section rows are its outline, its title the line above the header", (_name, sectionRow) => {
    const text = tableOnly(sectionRow);
    const plan = buildPlan(text);
    expect(plan.title?.text).toBe("重点任务分工表");
    const mapper = new PositionMapper(text);
    expect(outlineEntries(plan, mapper).map((entry) => [entry.kind, entry.level, entry.marker, entry.number, entry.title])).toEqual([
      ["item", 1, "一、", 1, "增强质量发展创新动能"],
      ["item", 1, "二、", 2, "提升产品和工程质量"],
    ]);
    expect(documentSymbols(plan, mapper).map((symbol) => symbol.name)).toEqual(["重点任务分工表", "一、增强质量发展创新动能", "二、提升产品和工程质量"]);
    // Every row read, in one table; a section row is no row and no 序号.
    expect(plan.tables).toHaveLength(1);
    expect(plan.tables[0]!.rows).toBe(4);
    expect(plan.tables[0]!.serials.map((serial) => [serial.text, serial.afterSection])).toEqual([
      ["1", true],
      ["2", false],
      ["3", true],
      ["3", false],
    ]);
    const findings = analyze(text).findings.map((finding) => `${finding.rule} ${text.slice(finding.start, finding.end)}`);
    expect(findings).toEqual(["numbering/table-serial 3"]);
  });

  it("keeps a row with a unit or a 序号 beside empty cells a row", () => {
    const text = `重点任务分工表\n${HEADER}1\t实施质量技术攻关行动\t市科技局\t市工信局\t2025年底\n2\t\t市工信局\t\t\n`;
    const plan = buildPlan(text);
    expect(plan.tables[0]!.rows).toBe(2);
    expect(plan.tables[0]!.serials.map((serial) => serial.text)).toEqual(["1", "2"]);
  });
});
