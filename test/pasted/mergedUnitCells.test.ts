import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { registryFor } from "../../server/src/core/units/registry";
import { unitReport } from "../../server/src/core/units/report";
import { unitTaskList } from "../../server/src/core/units/unitTasks";

/**
 * A 分工表 whose unit cell Word, WPS or a web page merged over several rows (one department
 * leading a run of tasks): the copy writes the merged cell's names on its first row only, the
 * rows under it one cell short (Word's and a web page's copy here: `2<TAB>建设计量测试平台<TAB>2025年底前`,
 * `2  建设计量测试平台  2025年底前`) or with the cell empty (WPS's: `2<TAB>建设计量测试平台<TAB><TAB><TAB>2025年底前`).
 * Each row reads the units of the nearest row above that wrote them, as a reader of the printed
 * table reads a merged cell (model/mergedUnitRows.ts): in the matrix, one unit's task list,
 * units/missing-clause and units/table-mismatch — and no rule judges a borrowed name again.
 */
const FOLDER = join(__dirname, "..", "fixtures", "pasted");
const fixture = (name: string) => readFileSync(join(FOLDER, `merged-units-${name}.plan`), "utf8");
const registry = registryFor(undefined, undefined);

function tableRows(text: string) {
  const { plan } = analyze(text);
  return unitReport(plan, registry).rows.filter((row) => row.path[0] === "附件").map((row) => `${row.path[1]} ${row.heading}：${row.units.join("、")}${row.lead ? `（牵头 ${row.lead}）` : ""} ${row.deadline ?? ""}`);
}

const findingsOf = (text: string) => analyze(text).findings.map((finding) => `${text.slice(0, finding.start).split("\n").length}: ${finding.rule}`);

describe("a 分工表 whose unit cell a copy merged over rows", () => {
  it("reads Word's rows one cell short with the units of the row above", () => {
    const text = fixture("word");
    expect(analyze(text).plan.tables).toMatchObject([{ rows: 5, unread: [] }]);
    // Rows 1 and 4 restate tasks of the text (merged into their rows); 2, 3 and 5 are the merged cell's.
    expect(tableRows(text)).toEqual([]);
    const rows = unitReport(analyze(text).plan, registry).rows.map((row) => `${row.path.join("")} ${row.units.join("、")} ${row.deadline ?? ""}`);
    expect(rows).toEqual([
      "一、（一）1. 市工信局、市市场监管局 2025年底前",
      "一、（一）2. 市工信局、市市场监管局 2025年底前",
      "一、（一）3. 市科技局、市工信局、市市场监管局 2026年",
      "一、（二）4. 市发展改革委、市商务局 2025年",
      "一、（二）5. 市发展改革委、市商务局 2025年",
    ]);
  });

  it("reads a web page's rows, cells apart by spaces, one cell short the same way", () => {
    expect(analyze(fixture("web")).plan.tables).toMatchObject([{ rows: 5, unread: [] }]);
    expect(unitReport(analyze(fixture("web")).plan, registry).rows).toEqual(unitReport(analyze(fixture("word")).plan, registry).rows.map((row) => ({ ...row, span: expect.anything() })));
  });

  it("reads WPS's empty 牵头单位 cells through the row above, its own 配合单位 kept, an empty 配合单位 left empty", () => {
    const { plan } = analyze(fixture("wps"));
    expect(plan.tables).toMatchObject([{ rows: 5, unread: [] }]);
    const rows = unitReport(plan, registry).rows.map((row) => `${row.path.join("")} 牵头 ${row.leads.join("、")} 配合 ${row.supporting.join("、")}`);
    expect(rows).toEqual([
      "一、（一）1. 牵头 市工信局 配合 市市场监管局",
      "一、（一）2. 牵头 市工信局 配合 ",
      "一、（一）3. 牵头 市工信局 配合 市科技局",
      "一、（二）4. 牵头 市发展改革委 配合 市商务局",
      "一、（二）5. 牵头 市发展改革委 配合 ",
    ]);
  });

  it("lists the merged rows in one department's task list", () => {
    for (const name of ["word", "wps", "web"]) {
      const { plan } = analyze(fixture(name));
      const list = unitTaskList(plan, unitReport(plan, registry), registry, "市工信局");
      expect(list.tasks.map((task) => task.path.join(""))).toEqual(["一、（一）1.", "一、（一）2.", "一、（一）3."]);
    }
  });

  it("asks no task the table gives units of a clause, and compares a merged row with the text", () => {
    for (const name of ["word", "wps", "web"]) {
      const findings = findingsOf(fixture(name));
      expect(findings.filter((finding) => finding.includes("units/missing-clause"))).toEqual([]);
      expect(findings.filter((finding) => finding.includes("units/table-mismatch"))).toEqual(["18: units/table-mismatch", "19: units/table-mismatch"]);
    }
  });

  it("judges a name of the merged cell once, in its own cell", () => {
    for (const name of ["word", "wps", "web"]) {
      const text = fixture(name).replace(/(\n1(?:\t| {2})开展质量攻关(?:\t| {2})市工信局)/, "$1、市质监局");
      const unknown = analyze(text).findings.filter((finding) => finding.rule.startsWith("units/") && finding.rule !== "units/table-mismatch" && finding.rule !== "units/missing-clause");
      expect(unknown.length).toBe(1);
      expect(text.slice(unknown[0]!.start, unknown[0]!.end)).toContain("市质监局");
    }
  });
});

describe("a unit cell left blank, not merged", () => {
  const HEAD = "示例市质量强市建设实施方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、重点任务\n1.开展质量攻关。〔责任单位：市工信局〕\n附件\n重点任务分工表\n";
  const units = (rows: string[]) => analyze(HEAD + rows.join("\n") + "\n").plan.tables.flatMap((table) => table.merged.map((clause) => `${clause.tableRow!.number} ${clause.units.map((unit) => unit.text).join("、")}`));

  it("borrows nothing for a row whose 完成时限 is blank too: a row still being drafted", () => {
    expect(units(["序号\t重点任务\t责任单位\t完成时限", "1\t开展质量攻关\t市市场监管局\t2025年", "2\t建设计量测试平台\t\t"])).toEqual([]);
  });

  it("borrows nothing across a section row: a cell merged across the row ends one merged down", () => {
    expect(units(["序号\t重点任务\t责任单位\t完成时限", "一、产业质量", "1\t开展质量攻关\t市市场监管局\t2025年", "二、服务质量", "2\t建设计量测试平台\t\t2025年"])).toEqual([]);
  });

  it("borrows nothing past a row whose units were not read", () => {
    expect(units(["序号\t重点任务\t责任单位\t完成时限", "1\t开展质量攻关\t市市场监管局\t2025年", "2\t建设计量测试平台\t\t", "3\t推进标准化建设\t\t2025年"])).toEqual([]);
  });

  it("borrows an empty 配合单位 cell only where the row is without it", () => {
    const header = "序号\t重点任务\t牵头单位\t配合单位\t完成时限";
    expect(units([header, "1\t开展质量攻关\t市市场监管局\t市科技局\t2025年", "2\t建设计量测试平台\t市工信局\t\t2025年"])).toEqual([]);
    expect(units([header, "1\t开展质量攻关\t市市场监管局\t市科技局\t2025年", "2\t建设计量测试平台\t2025年"])).toEqual(["2 市市场监管局、市科技局"]);
  });
});
