import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import type { ResponsibilityClause } from "../../server/src/core/model/types";
import { unitMatrixRows } from "../../server/src/core/units/matrix";
import { blankRowLabel } from "../../server/src/core/units/blankRows";
import { unitReport } from "../../server/src/core/units/report";
import { registryFor } from "../../server/src/core/units/registry";

const PLAN = "一、主要任务\n1.开展质量攻关。组织实施攻关项目。\n2.开展标准提升。实施标准化战略。\n\n附件\n重点任务分工表\n";

describe("a responsibility table pasted as text", () => {
  it("reads each row into a clause: the unit cells are its segments, labelled and given their role by their column", () => {
    const plan = buildPlan(`${PLAN}序号\t重点任务\t责任单位\t完成时限\n1\t开展质量攻关\t市工信局、市市场监管局（牵头）\t2025年\n2\t开展标准提升\t市市场监管局等\t2024年\n`);
    expect(plan.tables).toHaveLength(1);
    expect(plan.tables[0]!.attachment?.label?.text).toBe("附件");
    const [first, second] = plan.clauses;
    expect(first!.segments.map((segment) => [segment.label, segment.role, segment.units.map((unit) => unit.text), segment.labelSpan])).toEqual([
      // A cell that marks one unit 牵头 has the others supporting (model/markedLead.ts).
      ["责任单位", "support", ["市工信局"], null],
      ["", "lead", ["市市场监管局"], null],
    ]);
    expect(first!.tableRow).toMatchObject({ number: "1", task: "开展质量攻关" });
    // The names have the document's offsets; a trailing 等 is not part of the last one.
    expect(plan.text.slice(second!.units[0]!.start, second!.units[0]!.end)).toBe("市市场监管局");
    expect(second!.segments[0]!.etc).not.toBeNull();
  });

  it("counts rows whose cells do not line up with the header as unread, and ends at the first line without a tab", () => {
    const text = `${PLAN}序号\t重点任务\t牵头单位\t配合单位\n1\t开展质量攻关\t市市场监管局\t市工信局\n\t市科技局\n2\t开展标准提升\t市工信局\t市市场监管局\n说明：以上为分工。\n3\t另一表\t市公安局\t市法院\n`;
    const plan = buildPlan(text);
    expect(plan.clauses.map((clause) => clause.tableRow?.number)).toEqual(["1", "2"]);
    expect(plan.tables[0]!.unread.map((span) => text.slice(span.start, span.end))).toEqual(["\t市科技局"]);
    const notes = unitReport(plan, registryFor(undefined, undefined)).notes.map((note) => note.message);
    expect(notes.find((note) => note.includes("对不上"))).toContain("有 1 行的单元格与表头对不上");
  });

  it("has its names checked as every clause's are, and its rows listed in the matrix under the task they restate", () => {
    const text = `${PLAN}序号\t重点任务\t牵头单位\t配合单位\n1\t开展质量攻关\t市市场监管局\t市创新促进局\n`;
    const { plan, findings } = analyze(text);
    expect(findings.filter((finding) => finding.rule === "units/unknown").map((finding) => text.slice(finding.start, finding.end))).toEqual(["市创新促进局"]);
    expect(unitMatrixRows(plan, (name) => name).map((row) => [row.path, row.heading, row.leads, row.supporting, row.leadBasis])).toEqual([[["一、", "1."], "开展质量攻关", ["市市场监管局"], ["市创新促进局"], "clause"]]);
  });

  it("reads a row whose last cells are empty (配合单位 left blank, as Word tables have them)", () => {
    const plan = buildPlan(`${PLAN}序号\t重点任务\t牵头单位\t配合单位\n1\t开展质量攻关\t市工信局\t市科技局\n2\t开展标准提升\t市市场监管局\t\n`);
    expect(plan.tables[0]!.unread).toEqual([]);
    expect(plan.clauses.map((clause) => clause.units.map((unit) => unit.text))).toEqual([["市工信局", "市科技局"], ["市市场监管局"]]);
  });

  it("reads a row a merged cell shifted left (a web page's or WPS's table writes the merged cell once) in the columns its cells fit", () => {
    const header = "序号\t重点任务\t具体措施\t牵头单位\t配合单位\t完成时限\n";
    const rows = [
      "1\t提升产业质量\t实施质量攻关行动\t市工信局\t市科技局\t2025年底",
      "2\t开展对标达标提升行动\t市市场监管局\t市工信局、市商务局\t2024年底",
      "3\t培育质量标杆企业\t市工信局\t市财政局\t长期坚持",
      "4\t夯实质量基础\t建设计量测试平台\t市市场监管局\t市科技局\t2025年6月底前",
      "5\t推进标准化试点\t市市场监管局\t市农业农村局\t2025年底",
    ];
    const text = `${PLAN}${header}${rows.join("\n")}\n`;
    const { plan, findings } = analyze(text);
    expect(plan.tables[0]!.unread).toEqual([]);
    expect(plan.clauses.map((clause) => [clause.tableRow?.number, clause.tableRow?.task, clause.segments.map((segment) => [segment.role, segment.units.map((unit) => unit.text)])])).toEqual([
      ["1", "提升产业质量", [["lead", ["市工信局"]], ["support", ["市科技局"]]]],
      // The merged 重点任务 is the one its first row wrote.
      ["2", "提升产业质量", [["lead", ["市市场监管局"]], ["support", ["市工信局", "市商务局"]]]],
      ["3", "提升产业质量", [["lead", ["市工信局"]], ["support", ["市财政局"]]]],
      ["4", "夯实质量基础", [["lead", ["市市场监管局"]], ["support", ["市科技局"]]]],
      ["5", "夯实质量基础", [["lead", ["市市场监管局"]], ["support", ["市农业农村局"]]]],
    ]);
    // No 完成时限 is read as a unit's name.
    expect(findings.filter((finding) => finding.rule === "units/unknown")).toEqual([]);
  });

  it("leaves a shifted row unread where its merged cell was a unit column's", () => {
    const text = `${PLAN}序号\t重点任务\t牵头单位\t配合单位\t完成时限\n1\t开展质量攻关\t市工信局\t市科技局\t2025年底\n市财政局\t2024年底\n`;
    const plan = buildPlan(text);
    expect(plan.clauses.map((clause) => clause.tableRow?.number)).toEqual(["1"]);
    expect(plan.tables[0]!.unread).toHaveLength(1);
  });

  it("reads a row one unit cell short that writes names as the printed row reads: its names under the first unit column (QA 45c)", () => {
    // Numbered, it is no row whose empty last cells lost their tabs: its 完成时限 is no 配合单位's name.
    const numbered = `${PLAN}序号\t重点任务\t牵头单位\t配合单位\t完成时限\n1\t开展质量攻关\t市工信局\t市科技局\t2025年底\n2\t推进标准建设\t市财政局\t2024年底\n`;
    const { plan: read, findings } = analyze(numbered);
    expect(read.clauses.map((clause) => clause.tableRow?.number)).toEqual(["1", "2"]);
    expect(read.tables[0]!.unread).toEqual([]);
    const second = read.clauses[1]!;
    // The lead's, the 配合单位 empty: never the row above's 市科技局.
    expect(second.segments.map((segment) => [segment.label, segment.role, segment.units.map((unit) => unit.text)])).toEqual([["牵头单位", "lead", ["市财政局"]]]);
    expect(read.tables[0]!.merged).toEqual([]);
    expect(findings.filter((finding) => finding.rule === "units/unknown")).toEqual([]);
    // Two cells short of two unit columns' names and more: which columns, the cells do not say.
    const shorter = buildPlan(`${PLAN}序号\t重点任务\t牵头单位\t配合单位\t完成时限\n1\t开展质量攻关\t市工信局\t市科技局\t2025年底\n2\t市财政局\t2024年底\n`);
    expect(shorter.tables[0]!.unread).toHaveLength(1);
  });

  it("reads a row one unit cell short under a merged lead cell with its names as the 配合单位's, the lead the merged cell's", () => {
    // Row 2 leaves its lead cell empty (Word kept the merged cell's tab): the lead cell is merged
    // over rows 1–2, and rows 3–4, one cell short (a web page's rowspan lost), are under it too.
    const header = "序号\t重点任务\t牵头单位\t配合单位\t完成时限\n1\t开展质量攻关\t市市场监管局\t市工信局\t2025年底\n2\t推进标准建设\t\t市科技局\t2025年底\n";
    const plan = buildPlan(`${PLAN}${header}3\t开展品牌培育\t市商务局\t2024年底\n4\t建设检测平台\t市财政局\t2024年底\n`);
    const reading = (clause: ResponsibilityClause) => clause.segments.map((segment) => [segment.role, segment.units.map((unit) => unit.text).join("、")]);
    expect(plan.tables[0]!.unread).toEqual([]);
    expect(plan.tables[0]!.merged.map((clause) => [clause.tableRow!.number, ...reading(clause)])).toEqual([
      ["2", ["lead", "市市场监管局"], ["support", "市科技局"]],
      ["3", ["lead", "市市场监管局"], ["support", "市商务局"]],
      ["4", ["lead", "市市场监管局"], ["support", "市财政局"]],
    ]);
    // The names in the table's own cells are each judged once, in the column that writes them.
    expect(plan.clauses.map((clause) => [clause.tableRow!.number, ...reading(clause)])).toEqual([
      ["1", ["lead", "市市场监管局"], ["support", "市工信局"]],
      ["2", ["support", "市科技局"]],
      ["3", ["support", "市商务局"]],
      ["4", ["support", "市财政局"]],
    ]);
    // The lead written again in the short row is the row's own lead: the merge ended.
    const again = buildPlan(`${PLAN}${header}3\t开展品牌培育\t市市场监管局\t2024年底\n`);
    expect(again.clauses.map((clause) => [clause.tableRow!.number, ...reading(clause)])[2]).toEqual(["3", ["lead", "市市场监管局"]]);
    expect(again.tables[0]!.merged).toHaveLength(1);
    // With no merged lead above, the short row's names stay its lead's (as the printed row reads).
    const alone = buildPlan(`${PLAN}序号\t重点任务\t牵头单位\t配合单位\t完成时限\n1\t开展质量攻关\t市市场监管局\t市工信局\t2025年底\n3\t开展品牌培育\t市商务局\t2024年底\n`);
    expect(alone.clauses.map(reading)[1]).toEqual([["lead", "市商务局"]]);
  });

  it("keeps a row whose unit cells are all empty, with no merged cell above, as a blank row the unit report lists (QA 45c)", () => {
    const text = `${PLAN}序号\t重点任务\t牵头单位\t配合单位\t完成时限\n1\t开展质量攻关\t\t\t2025年底前\n2\t开展标准提升\t市市场监管局\t\t2025年\n3\t开展品牌培育\t\t\t2025年\n`;
    const plan = buildPlan(text);
    // Row 3 is under row 2's merged 牵头单位: read through it, no blank.
    expect(plan.tables[0]!.blank.map((row) => [row.number, row.task, text.slice(row.start, row.end)])).toEqual([["1", "开展质量攻关", "1\t开展质量攻关\t\t\t2025年底前"]]);
    expect(plan.tables[0]!.merged).toHaveLength(1);
    const notes = unitReport(plan, registryFor(undefined, undefined)).notes.filter((note) => note.message.startsWith("未填单位"));
    expect(notes).toEqual([{ message: "未填单位：附件“重点任务分工表”第1项“开展质量攻关”的单位单元格都是空的，未计入任何单位", span: plan.tables[0]!.blank[0] }]);
  });

  it("names a blank row in one wording in the unit report and in units/blank's finding: its 序号, else 一行, and its task", () => {
    expect(blankRowLabel({ number: "3", task: "开展品牌培育" })).toBe("第3项“开展品牌培育”");
    expect(blankRowLabel({ number: "", task: "" })).toBe("一行");
    // No 序号 column: the row is 一行, its task quoted, in the note and the finding alike.
    const text = `${PLAN}重点任务\t牵头单位\t配合单位\t完成时限\n开展质量攻关\t\t\t2025年底前\n开展标准提升\t市市场监管局\t\t2025年\n`;
    const { plan, findings } = analyze(text);
    const note = unitReport(plan, registryFor(undefined, undefined)).notes.find((n) => n.message.startsWith("未填单位"))!;
    const finding = findings.find((f) => f.rule === "units/blank" && f.start === plan.tables[0]!.blank[0]!.start)!;
    expect(note.message).toContain("一行“开展质量攻关”的");
    expect(finding.message).toContain("一行“开展质量攻关”的");
  });

  it("reads no 分工表 in a table that shares a count out among places (区县 | 责任单位 | 数量): its rows are places, not tasks", () => {
    const quota = buildPlan(`${PLAN}县（市、区）\t责任单位\t建设任务（个）\n章贡区\t章贡区人民政府\t3\n南康区\t南康区人民政府\t2\n`);
    expect(quota.tables).toEqual([]);
    expect(unitMatrixRows(quota, (name) => name).filter((row) => row.heading === "")).toEqual([]);
    // Its cells one a line under 序号, as a cell-line table is pasted: the same.
    const lines = buildPlan(`${PLAN}序号\n区县\n数量\n责任单位\n1\n章贡区\n3\n章贡区人民政府\n2\n南康区\n2\n南康区人民政府\n`);
    expect(lines.tables).toEqual([]);
    // A 分工表 with a column of places and one of tasks is one: its rows are tasks done in those places.
    const tasks = buildPlan(`${PLAN}序号\t重点任务\t县（市、区）\t责任单位\n1\t开展质量攻关\t章贡区\t章贡区人民政府\n`);
    expect(tasks.clauses.map((clause) => clause.tableRow?.task)).toEqual(["开展质量攻关"]);
  });

  it("reads a 重点项目表's 项目名称 as the row's task, before the 建设内容 that describes it", () => {
    const plan = buildPlan(`${PLAN}序号\t项目名称\t建设内容\t责任单位\t完成时限\n1\t计量测试中心\t建设产业计量测试中心\t市市场监管局\t2025年\n`);
    expect(plan.clauses.map((clause) => clause.tableRow?.task)).toEqual(["计量测试中心"]);
    const alone = buildPlan(`${PLAN}序号\t项目名称\t责任单位\n1\t品牌培育\t市商务局\n`);
    expect(alone.clauses.map((clause) => clause.tableRow?.task)).toEqual(["品牌培育"]);
    // A column about the project that does not name it is no task column.
    const other = buildPlan(`${PLAN}序号\t项目类型\t责任单位\n1\t新建\t市商务局\n`);
    expect(other.clauses.map((clause) => clause.tableRow?.task)).toEqual([""]);
  });

  it("reads a row whose cell Excel quoted for its line break as one row over its lines", () => {
    const text = `${PLAN}序号\t项目名称\t责任单位\t完成时限\n1\t"国家稀土功能材料\n质检中心建设"\t市市场监管局\t2025年12月\n2\t计量测试中心建设\t"市市场监管局\n市发改委"\t2024年底\n3\t品牌培育\t市商务局\t2026年\n`;
    const plan = buildPlan(text);
    expect(plan.quotedCells.map((cell) => [text[cell.open], text[cell.close]])).toEqual([['"', '"'], ['"', '"']]);
    expect(plan.tables[0]!.unread).toEqual([]);
    expect(plan.clauses.map((clause) => [clause.tableRow?.number, clause.tableRow?.task, clause.units.map((unit) => unit.text)])).toEqual([
      ["1", "国家稀土功能材料质检中心建设", ["市市场监管局"]],
      ["2", "计量测试中心建设", ["市市场监管局", "市发改委"]],
      ["3", "品牌培育", ["市商务局"]],
    ]);
    expect(plan.clauses[1]!.segments.map((segment) => segment.role)).toEqual(["responsible", "responsible"]);
    // Every line of those rows is a row's, none an item or prose.
    expect(plan.lines.filter((line) => line.kind === "text" && line.textKind === "tableRow")).toHaveLength(6);
    // The quotes are the copy's: no half-width or unbalanced quotation mark to report.
    expect(analyze(text).findings.filter((finding) => finding.rule.startsWith("punct/"))).toEqual([]);
  });

  it("reads a header cell and a row's cells quoted one after another, each closing line opening the next", () => {
    const text = `${PLAN}序号\t重点任务\t"牵头\n单位"\t配合单位\t完成时限\n1\t"开展质量攻关\n培育质量标杆"\t市工信局\t"市市场监管局\n市科技局"\t2025年底\n2\t开展标准提升\t市市场监管局\t市财政局\t2024年\n`;
    const { plan, findings } = analyze(text);
    expect(plan.quotedCells).toHaveLength(3);
    expect(plan.tables[0]!.columns).toEqual(["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]);
    expect(plan.tables[0]!.unread).toEqual([]);
    expect(plan.clauses.map((clause) => [clause.tableRow?.task, clause.segments.flatMap((segment) => segment.units.map((unit) => `${segment.role}:${unit.text}`))])).toEqual([
      ["开展质量攻关培育质量标杆", ["lead:市工信局", "support:市市场监管局", "support:市科技局"]],
      ["开展标准提升", ["lead:市市场监管局", "support:市财政局"]],
    ]);
    expect(findings.filter((finding) => finding.rule.startsWith("punct/"))).toEqual([]);
  });

  it("reads a cell Excel quoted for a quote in it, doubled inside, on one line or over lines", () => {
    const text = `${PLAN}序号\t重点任务\t牵头单位\t配合单位\n1\t"开展""品字标""认证"\t市市场监管局\t市工信局\n2\t"实施""质量月""
活动"\t市市场监管局\t"市商务局
市文旅局"\n3\t品牌培育\t市商务局\t市财政局\n`;
    const { plan, findings } = analyze(text);
    expect(plan.quotedCells.map((cell) => text.slice(cell.open, cell.close + 1))).toEqual(['"开展""品字标""认证"', '"实施""质量月""\n活动"', '"市商务局\n市文旅局"']);
    expect(plan.tables[0]!.unread).toEqual([]);
    expect(plan.clauses.map((clause) => [clause.tableRow?.task, clause.units.map((unit) => unit.text)])).toEqual([
      ['开展"品字标"认证', ["市市场监管局", "市工信局"]],
      ['实施"质量月"活动', ["市市场监管局", "市商务局", "市文旅局"]],
      ["品牌培育", ["市商务局", "市财政局"]],
    ]);
    // Every quote is the copy's, the doubled ones too: no half-width or unbalanced mark to report.
    expect(findings.filter((finding) => finding.rule.startsWith("punct/"))).toEqual([]);
  });

  it("takes a cell quoted whole with no doubled quote, or a quote not at a cell's edge, for the writer's", () => {
    const text = `${PLAN}序号\t重点任务\t责任单位\n1\t"质量月"\t市市场监管局\n2\t开展"品字标""认证"\t市市场监管局\n3\t"开展""品字标"认证\t市市场监管局\n`;
    expect(buildPlan(text).quotedCells).toEqual([]);
  });

  it("takes no quotation in prose for a quoted cell", () => {
    const text = `${PLAN}序号\t重点任务\t责任单位\n1\t"质量月"活动\t市市场监管局\n说明：开展"质量\n提升"行动。\n`;
    expect(buildPlan(text).quotedCells).toEqual([]);
  });

  it("is no row where a line is Word's numbering tab and one paragraph with a tab at its end, as WPS copies it", () => {
    const text = "一、主要任务\n（一）主要目标\n1.\t经济发展质量效益持续增强。制造业比重保持稳定。\t\n2.\t质量总体水平持续提升。产品质量稳步提升。\n3.\t开展质量攻关\t市工信局\n";
    const plan = buildPlan(text);
    expect(plan.allItems.map((item) => `${item.marker.text}${item.heading.text}`)).toEqual(["一、主要任务", "（一）主要目标", "1.经济发展质量效益持续增强", "2.质量总体水平持续提升"]);
    // Two cells of words after the marker are a row's, as before.
    expect(plan.lines.filter((line) => line.kind === "text" && line.textKind === "tableRow").map((line) => text.slice(line.indentEnd, line.contentEnd))).toEqual(["3.\t开展质量攻关\t市工信局"]);
  });

  it("is not a table without a unit column", () => {
    expect(buildPlan(`${PLAN}序号\t指标\t目标值\n1\t合格率\t95%\n`).clauses).toEqual([]);
  });
});
