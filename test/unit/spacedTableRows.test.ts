import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";

const PLAN = "一、主要任务\n（一）开展质量攻关。组织实施攻关项目。\n（二）开展标准提升。实施标准化战略。\n\n附件\n重点任务分工表\n";

function ruleIds(text: string): string[] {
  return analyze(text).findings.map((finding) => finding.rule);
}

describe("a 分工表 set with spaces whose 序号 are a list's markers (model/spacedTableRows.ts)", () => {
  const narrow = `${PLAN}序号 重点任务 责任单位 完成时限\n1. 开展质量攻关 市市场监管局 2025年底前\n2. 推进标准化建设 市工信局 2025年底前\n4. 建设计量测试平台 市科技局 2026年底前\n`;

  it("reads `1. task unit deadline` under a header of single spaces as the table's rows, never as items", () => {
    const plan = buildPlan(narrow);
    expect(plan.allItems.filter((item) => item.attachment !== null)).toEqual([]);
    expect(plan.tables).toHaveLength(1);
    expect(plan.tables[0]!.rows).toBe(3);
    expect(plan.clauses.flatMap((clause) => (clause.tableRow === null ? [] : [clause.tableRow.number]))).toEqual(["1.", "2.", "4."]);
  });

  it("leaves the rows' count to numbering/table-serial: no item's sequence or marker space is reported in them", () => {
    const ids = ruleIds(narrow);
    expect(ids).toContain("numbering/table-serial");
    expect(ids).not.toContain("numbering/sequence");
    expect(ids).not.toContain("numbering/marker-space");
  });

  it("reads a table apart by wide gaps so too", () => {
    const plan = buildPlan(`${PLAN}序号  重点任务  责任单位  完成时限\n1.  开展质量攻关  市市场监管局  2025年底前\n2.  推进标准化建设  市工信局  2025年底前\n`);
    expect(plan.allItems.filter((item) => item.attachment !== null)).toEqual([]);
    expect(plan.tables[0]!.rows).toBe(2);
  });

  it("keeps the table open over its section rows, which stay its headings", () => {
    const plan = buildPlan(`${PLAN}序号 重点任务 责任单位 完成时限\n一、产品质量\n1. 开展质量攻关 市市场监管局 2025年底前\n二、工程质量\n2. 推进标准化建设 市工信局 2025年底前\n`);
    expect(plan.tables[0]!.rows).toBe(2);
    expect(plan.allItems.filter((item) => item.attachment !== null).map((item) => item.marker.text)).toEqual(["一、", "二、"]);
  });

  it("leaves an item that does not part into the header's cells an item, and the table ended at it", () => {
    const plan = buildPlan(`${PLAN}序号 重点任务 责任单位 完成时限\n1. 开展质量攻关 市市场监管局 2025年底前\n2.加强组织领导。各部门要建立工作机制，明确责任分工。\n3.强化督促检查。\n`);
    expect(plan.tables[0]!.rows).toBe(1);
    expect(plan.allItems.filter((item) => item.attachment !== null).map((item) => item.marker.text)).toEqual(["2.", "3."]);
  });

  it("reads a `2.` row a cell short (its empty 配合单位 lost between single spaces) as a row, the table going on under it", () => {
    const text = `${PLAN}序号 重点任务 牵头单位 配合单位\n1. 开展质量攻关 市市场监管局 市工信局\n2. 开展标准提升 市市场监管局\n3. 建设计量测试平台 市科技局 市财政局\n`;
    const plan = buildPlan(text);
    expect(plan.allItems.filter((item) => item.attachment !== null)).toEqual([]);
    expect(plan.tables.map((table) => table.serials.map((serial) => serial.text))).toEqual([["1.", "2.", "3."]]);
    const ids = ruleIds(text);
    // Read as items, the rows' fixes renumbered them (2. → 1.) and ran their cells together.
    expect(ids).not.toContain("numbering/sequence");
    expect(ids).not.toContain("numbering/marker-space");
    expect(ids).not.toContain("punct/han-space");
  });

  it("reads a list numbered with single spaces and no table header above it as items", () => {
    const plan = buildPlan(`${PLAN}1. 开展质量攻关 市市场监管局 2025年底前\n2. 推进标准化建设 市工信局 2025年底前\n`);
    expect(plan.tables).toEqual([]);
    expect(plan.allItems.filter((item) => item.attachment !== null)).toHaveLength(2);
  });
});

describe("a 分工表's 序号 written `1.` (model/tables.ts SERIAL)", () => {
  it("resumes the table after a section row, as a bare number does", () => {
    const plan = buildPlan(`${PLAN}序号\t重点任务\t责任单位\t完成时限\n一、产品质量\n1.\t开展质量攻关\t市市场监管局\t2025年底前\n二、工程质量\n2.\t推进标准化建设\t市工信局\t2025年底前\n`);
    expect(plan.tables[0]!.rows).toBe(2);
  });
});

describe("a row of a 分工表 apart by wide gaps a cell short (model/tables.ts shortSpacedRow)", () => {
  it("is put back in its columns, its empty 配合单位 lost in the gap, and the table goes on under it", () => {
    const text = `${PLAN}序号  重点任务  牵头单位  配合单位  完成时限\n1  开展质量攻关  市市场监管局  市工信局  2025年底前\n2  推进标准化建设  市工信局  2025年底前\n3  建设计量测试平台  市科技局  市财政局  2026年底前\n`;
    const plan = buildPlan(text);
    expect(plan.tables.map((table) => [table.rows, table.serials.map((serial) => serial.text)])).toEqual([[3, ["1", "2", "3"]]]);
    expect(plan.clauses.find((clause) => clause.tableRow?.number === "2")!.segments.map((segment) => segment.label)).toEqual(["牵头单位"]);
  });

  it("reads a wide-gap row whose marker has one space after it, as a list is typed, as a row: its 序号 and task two cells", () => {
    // WPS's copy of a table set with spaces: `1. ` typed before the task, the other cells apart by wide gaps.
    const text = `${PLAN}序号      重点任务                责任单位          完成时限\n1. 开展质量攻关            市市场监管局      2025年底前\n2. 推进标准化建设          市工业和信息化局  2025年底前\n3.  建设计量测试平台       市科技局          2026年底前\n`;
    const plan = buildPlan(text);
    expect(plan.allItems.filter((item) => item.attachment !== null)).toEqual([]);
    expect(plan.clauses.flatMap((clause) => (clause.tableRow === null ? [] : [[clause.tableRow.number, clause.tableRow.task, clause.units.map((unit) => unit.text).join("、")]]))).toEqual([
      ["1.", "开展质量攻关", "市市场监管局"],
      ["2.", "推进标准化建设", "市工业和信息化局"],
      ["3.", "建设计量测试平台", "市科技局"],
    ]);
    expect(plan.deadlines.map((deadline) => deadline.value)).toEqual(["2025年底前", "2025年底前", "2026年底前"]);
    const ids = ruleIds(text);
    expect(ids).not.toContain("numbering/marker-space");
    expect(ids).not.toContain("numbering/sequence");
  });
});

describe("a wide-gap row whose 序号 runs into its task (model/joinedSerials.ts)", () => {
  const HEADER = "序号        重点任务                    牵头单位            完成时限\n";
  const rowsOf = (text: string) => buildPlan(text).clauses.flatMap((clause) => (clause.tableRow === null ? [] : [[clause.tableRow.number, clause.tableRow.task, clause.units.map((unit) => unit.text).join("、")]]));

  it.each([
    ["1、", "2、", "3、"],
    ["1.", "2.", "3."],
    ["1．", "2．", "3．"],
    ["（一）", "（二）", "（三）"],
  ])("reads `%s建设……    市科技局    2025年底` (a marker with no space before the task, as WPS copies a typed list) as a row with its cells", (first, second, third) => {
    const text = `${PLAN}${HEADER}${first}开展质量攻关              市市场监管局        2025年底前\n${second}推进标准化建设            市工业和信息化局    2025年底前\n${third}建设质量基础设施          市科技局            2025年底\n`;
    const plan = buildPlan(text);
    expect(plan.allItems.filter((item) => item.attachment !== null)).toEqual([]);
    expect(rowsOf(text)).toEqual([
      [first, "开展质量攻关", "市市场监管局"],
      [second, "推进标准化建设", "市工业和信息化局"],
      [third, "建设质量基础设施", "市科技局"],
    ]);
    expect(plan.deadlines.map((deadline) => deadline.value)).toEqual(["2025年底前", "2025年底前", "2025年底"]);
    const ids = ruleIds(text);
    expect(ids).not.toContain("numbering/marker-space");
    expect(ids).not.toContain("numbering/sequence");
    expect(ids).not.toContain("structure/empty-task");
  });

  it("reads such rows under the table's section rows, each section's count on from its own 1", () => {
    const text = `${PLAN}${HEADER}一、提升产品质量\n1、开展质量攻关              市市场监管局        2025年底前\n2、推进标准化建设            市工业和信息化局    2025年底前\n二、提升工程质量\n1、建设计量测试平台          市科技局            2026年底前\n`;
    const plan = buildPlan(text);
    expect(plan.tables.map((table) => table.rows)).toEqual([3]);
    expect(rowsOf(text).map((row) => row[1])).toEqual(["开展质量攻关", "推进标准化建设", "建设计量测试平台"]);
  });

  it("reads a row whose bare 序号 the paste ran into its task (`12加强……`), a cell short, as its number and task", () => {
    const text = `${PLAN}${HEADER}11          开展质量攻关                市市场监管局        2025年底前\n12加强标准化建设                        市工业和信息化局    2025年底前\n13          建设计量测试平台            市科技局            2026年底前\n`;
    expect(rowsOf(text)).toEqual([
      ["11", "开展质量攻关", "市市场监管局"],
      ["12", "加强标准化建设", "市工业和信息化局"],
      ["13", "建设计量测试平台", "市科技局"],
    ]);
    expect(buildPlan(text).tables[0]!.serials.map((serial) => serial.text)).toEqual(["11", "12", "13"]);
  });

  it("leaves a task that opens with a figure of its own whole: a number off the count, a figure after a mark", () => {
    const offCount = `${PLAN}${HEADER}1          开展质量攻关                市市场监管局        2025年底前\n5年内建成计量测试平台                  市科技局            2026年底前\n`;
    expect(rowsOf(offCount).map((row) => row[1])).toEqual(["开展质量攻关", "5年内建成计量测试平台"]);
    const decimal = `${PLAN}${HEADER}1.开展质量攻关              市市场监管局        2025年底前\n2.5G基站建设                市工业和信息化局    2025年底前\n`;
    expect(rowsOf(decimal).map((row) => row[1])).toEqual(["开展质量攻关", "2.5G基站建设"]);
  });
});

describe("a spaced row whose 序号 is a list's entry or a bare numeral (`1)`, `①`, `一`)", () => {
  const rowsOf = (text: string) => buildPlan(text).clauses.flatMap((clause) => (clause.tableRow === null ? [] : [[clause.tableRow.number, clause.tableRow.task, clause.units.map((unit) => unit.text).join("、")]]));
  const rowsWith = (gap: string, serials: readonly string[]) =>
    `${PLAN}${["序号", "重点任务", "牵头单位", "完成时限"].join(gap)}\n${serials[0]}${gap}开展质量攻关${gap}市市场监管局${gap}2025年底前\n${serials[1]}${gap}推进标准化建设${gap}市工信局${gap}2025年底前\n${serials[2]}${gap}建设计量测试平台${gap}市科技局${gap}2026年底前\n`;

  it.each([
    ["wide gaps", ["1)", "2)", "3)"], "  "],
    ["wide gaps", ["①", "②", "③"], "  "],
    ["wide gaps", ["一", "二", "三"], "  "],
    ["single spaces", ["1)", "2)", "3)"], " "],
    ["single spaces", ["①", "②", "③"], " "],
    ["single spaces", ["一", "二", "三"], " "],
    ["tabs", ["1)", "2)", "3)"], "\t"],
    ["tabs", ["①", "②", "③"], "\t"],
  ])("reads rows apart by %s numbered %j as the table's rows, their units the unit matrix's, no item of the outline", (_parting, serials, gap) => {
    const text = rowsWith(gap, serials);
    const plan = buildPlan(text);
    expect(plan.allItems.filter((item) => item.attachment !== null)).toEqual([]);
    expect(rowsOf(text)).toEqual([
      [serials[0], "开展质量攻关", "市市场监管局"],
      [serials[1], "推进标准化建设", "市工信局"],
      [serials[2], "建设计量测试平台", "市科技局"],
    ]);
    // A row's 序号 is numbering/table-serial's: its half-width bracket no prose's punctuation.
    expect(ruleIds(text).filter((id) => id.startsWith("punct/") || id.startsWith("numbering/"))).toEqual([]);
  });

  it("puts a `②` row a cell short back in its columns (its empty 配合单位 lost in the gap), and the table goes on", () => {
    const text = `${PLAN}序号  重点任务  牵头单位  配合单位  完成时限\n①  开展质量攻关  市市场监管局  市工信局  2025年底前\n②  推进标准化建设  市工信局  2025年底前\n③  建设计量测试平台  市科技局  市财政局  2026年底前\n`;
    expect(rowsOf(text)).toEqual([
      ["①", "开展质量攻关", "市市场监管局、市工信局"],
      ["②", "推进标准化建设", "市工信局"],
      ["③", "建设计量测试平台", "市科技局、市财政局"],
    ]);
  });

  it("keeps a section row `一、产品质量` a section row among rows numbered `一` `二`", () => {
    const text = `${PLAN}序号 重点任务 牵头单位 完成时限\n一、产品质量\n一 开展质量攻关 市市场监管局 2025年底前\n二 推进标准化建设 市工信局 2025年底前\n`;
    const plan = buildPlan(text);
    expect(plan.tables.map((table) => [table.rows, table.sectionRows.length])).toEqual([[2, 1]]);
    expect(rowsOf(text).map((row) => row[0])).toEqual(["一", "二"]);
  });
});

describe("a spaced row a cell short right under a section row (model/tables.ts resumesShort)", () => {
  it.each([
    ["wide gaps", "  "],
    ["single spaces", " "],
  ])("resumes the table (cells apart by %s): its empty 配合单位 lost in the gap, every row after it read", (_parting, gap) => {
    const row = (cells: readonly string[]) => cells.join(gap);
    const text = `${PLAN}${row(["序号", "重点任务", "牵头单位", "配合单位", "完成时限"])}\n一、产品质量\n${row(["1", "开展质量攻关", "市市场监管局", "2025年底前"])}\n${row(["2", "推进标准化建设", "市工信局", "市科技局", "2025年底前"])}\n二、工程质量\n${row(["3", "建设计量测试平台", "市科技局", "2026年底前"])}\n`;
    const plan = buildPlan(text);
    expect(plan.tables.map((table) => [table.rows, table.sectionRows.length])).toEqual([[3, 2]]);
    expect(plan.clauses.flatMap((clause) => (clause.tableRow === null ? [] : [[clause.tableRow.task, clause.units.map((unit) => unit.text).join("、")]]))).toEqual([
      ["开展质量攻关", "市市场监管局"],
      ["推进标准化建设", "市工信局、市科技局"],
      ["建设计量测试平台", "市科技局"],
    ]);
  });
});

describe("a wide-gap section row of a 序号 and a heading (`一  推动产业质量提升`, model/sectionRows.ts isNumeralOverHeading)", () => {
  const text = `${PLAN}序号  重点任务  牵头单位  配合单位\n一  推动产业质量提升\n1  强化标准引领  市市场监管局  市工信局\n2  提升服务质量  市发展改革委  市商务局\n二  强化保障措施\n1  加强组织领导  市市场监管局\n`;

  it("is the table's section row, its empty cells lost in the gap: the rows under it are read, none is lost", () => {
    const plan = buildPlan(text);
    expect(plan.tables.map((table) => [table.rows, table.sectionRows.length])).toEqual([[3, 2]]);
    expect(plan.clauses.flatMap((clause) => (clause.tableRow === null ? [] : [[clause.tableRow.sections.join("/"), clause.tableRow.task]]))).toEqual([
      ["一 推动产业质量提升", "强化标准引领"],
      ["一 推动产业质量提升", "提升服务质量"],
      ["二 强化保障措施", "加强组织领导"],
    ]);
  });

  it("is no chapter whose 、 was typed as a space: no item, no numbering finding", () => {
    expect(buildPlan(text).allItems.filter((item) => item.attachment !== null)).toEqual([]);
    expect(ruleIds(text).filter((id) => id.startsWith("numbering/"))).toEqual([]);
  });
});

describe("a marked spaced row two cells short (its unit cells merged over rows, written once)", () => {
  it.each([["1."], ["1)"], ["①"]])("is read as the same row numbered in digits is (序号 %s), the table going on under it", (first) => {
    const serials = first === "1." ? ["1.", "2.", "3.", "4."] : first === "1)" ? ["1)", "2)", "3)", "4)"] : ["①", "②", "③", "④"];
    const rows = (marks: readonly string[]) =>
      `${PLAN}序号  重点任务  牵头单位  配合单位  完成时限\n${marks[0]}  开展质量攻关  市工信局  市市场监管局  2025年底前\n${marks[1]}  建设计量测试平台  2025年底前\n${marks[2]}  提升公共服务质量效率  市科技局  2026年\n${marks[3]}  优化营商环境  市发展改革委  市商务局  2025年\n`;
    const reading = (text: string) => {
      const plan = buildPlan(text);
      return { items: plan.allItems.filter((item) => item.attachment !== null).length, tables: plan.tables.map((table) => [table.rows, table.unread.length, table.merged.length, table.serials.length]), clauses: plan.clauses.flatMap((clause) => (clause.tableRow === null ? [] : [[clause.tableRow.task, clause.units.map((unit) => unit.text).join("、")]])) };
    };
    expect(reading(rows(serials))).toEqual(reading(rows(["1", "2", "3", "4"])));
    expect(reading(rows(serials)).tables).toEqual([[4, 0, 2, 4]]);
  });
});
