import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonReport, runPlancheck as run } from "../support/cli";
import { SEEDS_DIR } from "../support/seeds";
import { tempFolder, tempPlan } from "../support/tempFiles";

const GANZHOU = join(SEEDS_DIR, "ganzhou-2024.txt");
/** Two tasks and, on a paragraph of its own after them, the clause of both. */
const GROUP = "一、主要任务\n1.建立品牌培育库。开展工作。\n2.加强品牌指导服务。开展服务。\n〔责任单位：市市场监管局、市商务局〕\n";

describe("plancheck units", () => {
  it("emits the Responsibility JSON contract: one row per clause, units in order, no lead the clause does not state", async () => {
    const { code, out } = (await run(["units", "--format", "json", GANZHOU]));
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.version).toBe(1);
    expect(report.rows).toHaveLength(21);
    const first = report.rows[0];
    // The contract's fields first, in its order; the added ones after them.
    expect(Object.keys(first)).toEqual(["file", "path", "heading", "label", "units", "lead", "range", "leads", "supporting", "leadBasis", "sections", "deadline"]);
    expect(first).toMatchObject({
      file: GANZHOU,
      path: ["二、", "（一）", "1."],
      heading: "加快区域质量创新发展",
      label: "责任单位",
      units: ["市市场监管局", "市科技局", "市工信局", "市发展改革委"],
      // Ganzhou names no lead anywhere: the first-listed unit is not one.
      lead: null,
      leads: [],
      supporting: [],
      leadBasis: null,
      // A row of the text: no table's section rows over it.
      sections: [],
      // Ganzhou's tasks write no deadline.
      deadline: null,
    });
    // Task 1 is line 30; its clause starts after the task text.
    expect(first.range.start.line).toBe(29);
    expect(first.range.end.line).toBe(29);
    // One summary per file.
    expect(report.files).toHaveLength(1);
    expect(report.files[0].file).toBe(GANZHOU);
    expect(report.files[0].units[0]).toMatchObject({ unit: "市市场监管局", tasks: 16, leads: 0, supports: 0 });
    expect(report.files[0].groups.map((group: { unit: string }) => group.unit)).toEqual(["市质量强市工作领导小组成员单位"]);
    // Every task names its units; 三、保障措施's items need none (as units/missing-clause has it).
    expect(report.files[0].tasksWithoutClause).toEqual([]);
    expect(report.files[0].notes[0].message).toContain("本文未注明牵头单位");
  });

  it("gives a clause in an article's own text (第三条　…（责任单位：…）) the article for its task", async () => {
    const dir = tempFolder("units");
    const file = join(dir, "a.plan");
    writeFileSync(
      file,
      "示例市质量工作办法\n第一章　总则\n第一条　为推动质量提升，制定本办法。\n第二章　职责\n第二条　市市场监管局负责统筹协调。（责任单位：市市场监管局）\n" +
        "第三条　各部门按照下列要求开展工作：\n（一）加强监督抽查。（责任单位：市市场监管局、市工信局）\n",
    );
    const { code, out } = await run(["units", "--no-config", "--format", "json", file]);
    expect(code).toBe(0);
    const rows = JSON.parse(out).rows;
    expect(rows.map((row: { path: string[]; heading: string; units: string[] }) => [row.path, row.heading, row.units])).toEqual([
      [["第二章", "第二条"], "市市场监管局负责统筹协调", ["市市场监管局"]],
      [["第二章", "第三条", "（一）"], "加强监督抽查", ["市市场监管局", "市工信局"]],
    ]);
    // The article is one of the unit's tasks in the summary, named as the row names it.
    const text = (await run(["units", "--no-config", file])).out;
    expect(text).toContain("| 市市场监管局 | 2 | 第二章 第二条；第二章 第三条 （一） |");
  });

  it("reads the lead and the supporting units a clause states, in every form, and a declared convention", async () => {
    const dir = tempFolder("units");
    const file = join(dir, "a.plan");
    writeFileSync(
      file,
      "一、主要任务\n1.推进标准创新。〔牵头单位：市市场监管局；配合单位：市工信局、市科技局〕\n2.强化共治。（责任部门:市财政局、市税务局等）\n" +
        "3.开展攻关。〔责任单位：市市场监管局牵头，市工信局配合〕\n4.开展培育。〔责任单位：市工信局、市商务局（牵头）〕\n5.开展提升。〔责任单位：市科技局牵头，各相关部门按职责分工负责〕\n" +
        "6.开展对标。〔责任单位：市商务局（牵头）、市农业农村局（牵头）、市文广新旅局〕\n7.开展帮扶。（市发展改革委（牵头）、市工信局、市科技局）\n" +
        "8.开展监管。〔责任单位：市市场监管局牵头，市公安局负责〕\n9.开展宣传。〔牵头单位：市委宣传部；责任单位：市文广新旅局〕\n",
    );
    const rows = JSON.parse((await run(["units", "--format", "json", file])).out).rows;
    expect(rows.map((row: { units: string[]; leads: string[]; supporting: string[]; leadBasis: string }) => [row.units, row.leads, row.supporting, row.leadBasis])).toEqual([
      [["市市场监管局", "市工信局", "市科技局"], ["市市场监管局"], ["市工信局", "市科技局"], "clause"],
      [["市财政局", "市税务局"], [], [], null],
      [["市市场监管局", "市工信局"], ["市市场监管局"], ["市工信局"], "clause"],
      // The others of a list that marks a unit 牵头 support it; two marked lead together; a role
      // stated (负责, 按职责分工负责) or a label of their own is kept.
      [["市工信局", "市商务局"], ["市商务局"], ["市工信局"], "clause"],
      [["市科技局", "各相关部门"], ["市科技局"], [], "clause"],
      [["市商务局", "市农业农村局", "市文广新旅局"], ["市商务局", "市农业农村局"], ["市文广新旅局"], "clause"],
      [["市发展改革委", "市工信局", "市科技局"], ["市发展改革委"], ["市工信局", "市科技局"], "clause"],
      [["市市场监管局", "市公安局"], ["市市场监管局"], [], "clause"],
      [["市委宣传部", "市文广新旅局"], ["市委宣传部"], [], "clause"],
    ]);
    // The CSV's 配合单位 column and the Markdown's per-unit counts read the same.
    const csv = (await run(["units", "--format", "csv", file])).out.split("\r\n");
    expect(csv[4]).toBe(`${file},一、 › 4.,开展培育,责任单位,市工信局、市商务局,市商务局,市工信局,写明,,`);
    expect((await run(["units", file])).out).toContain("| 市工信局 | 4 | 0 | 4 | 1（其中泛指 1） | 一、1.（配合）；一、3.（配合）；一、4.（配合）；一、5.（经由各相关部门，泛指）；一、7.（配合） |");
    // Where the plan declares that the first-listed unit leads, it does, marked as such; a group term never.
    writeFileSync(file, "（各项任务排在第一位的为牵头单位）\n一、主要任务\n1.推进创新。〔责任单位：市科技局、市工信局〕\n2.推进共治。〔责任单位：各区（市）县、市财政局〕\n");
    const declared = JSON.parse((await run(["units", "--format", "json", file])).out).rows;
    expect(declared.map((row: { lead: string | null; leadBasis: string | null }) => [row.lead, row.leadBasis])).toEqual([
      ["市科技局", "convention"],
      [null, null],
    ]);
  });

  it("writes CSV with a header row and quoted fields where needed", async () => {
    const { code, out } = (await run(["units", "--format", "csv", GANZHOU]));
    expect(code).toBe(0);
    // Excel opens UTF-8 CSV as the local code page unless it starts with a BOM.
    expect(out.startsWith("\uFEFF")).toBe(true);
    const lines = out.slice(1).split("\r\n");
    expect(lines[0]).toBe("文件,条目,任务,标签,责任单位,牵头单位,配合单位,牵头依据,完成时限");
    expect(lines[1]).toBe(`${GANZHOU},二、 › （一） › 1.,加快区域质量创新发展,责任单位,市市场监管局、市科技局、市工信局、市发展改革委,,,,`);
    expect(lines).toHaveLength(23);
  });

  it("prints Markdown by default: the rows, then per unit its tasks, and the group terms apart", async () => {
    const { out } = (await run(["units", GANZHOU]));
    expect(out).toContain("> 本文未注明牵头单位");
    expect(out).toContain("| 二、 › （一） › 1. | 加快区域质量创新发展 | 市市场监管局、市科技局、市工信局、市发展改革委 |");
    // 市市场监管局 is listed in 16 of the 21 tasks; which ones, by path.
    expect(out).toMatch(/\| 市市场监管局 \| 16 \| 二、（一）1\.；二、（一）2\.；/);
    expect(out).toContain("### 统称（不计入单位汇总）");
    expect(out).toContain("| 市质量强市工作领导小组成员单位 | 2 | 二、（五）19.；二、（五）21. |");
    // The closing 保障措施 chapter's items (三、（一）强化组织领导 …) are no tasks without a clause.
    expect(out).not.toContain("未写明责任单位的任务");
  });

  it("gives each plan its own summary, each unit once under the plan's writing of it", async () => {
    const dir = tempFolder("units");
    writeFileSync(join(dir, "a.plan"), "一、主要任务\n1.甲。〔责任单位：市发展和改革委员会、市人社局〕\n2.乙。〔责任单位：市发改委、人社局〕\n");
    writeFileSync(join(dir, "b.plan"), "一、主要任务\n1.丙。〔责任单位：市发展改革委〕\n");
    const { out } = await run(["units", join(dir, "a.plan"), join(dir, "b.plan")]);
    expect(out.match(/### 按单位汇总/g)).toHaveLength(2);
    expect(out).toContain("| 市发展和改革委员会（又写作市发改委） | 2 | 一、1.；一、2. |");
    expect(out).toContain("| 市人社局（又写作人社局） | 2 | 一、1.；一、2. |");
    expect(out).toContain("| 市发展改革委 | 1 | 一、1. |");
  });

  it("sets a unit's tasks apart by ；, a chapter's marker with its 、 as written", async () => {
    const file = tempPlan("units", "chapters.plan", "示例方案\n一、加强质量创新。开展攻关。〔责任单位：市科技局、市市场监管局〕\n二、加强品牌建设。培育品牌。〔责任单位：市市场监管局〕\n三、加强标准建设。推动标准化。〔责任单位：市市场监管局〕\n");
    const { out } = await run(["units", file]);
    expect(out).toContain("| 市市场监管局 | 3 | 一、；二、；三、 |");
    expect(out).toContain("| 市科技局 | 1 | 一、 |");
  });

  it("reads a responsibility table pasted as text, and says why a matrix is empty", async () => {
    const dir = tempFolder("units");
    const table = join(dir, "table.plan");
    writeFileSync(table, "一、主要任务\n1.开展质量攻关。组织实施攻关项目。\n2.开展标准提升。实施标准化战略。\n3.开展品牌培育。培育知名品牌。\n\n附件\n重点任务分工表\n序号\t重点任务\t牵头单位\t配合单位\n1\t开展质量攻关\t市市场监管局\t市工信局、市科技局\n2\t开展标准提升\t市工信局\t市市场监管局\n");
    const report = JSON.parse((await run(["units", "--format", "json", table])).out);
    expect(report.rows.map((row: { path: string[]; heading: string; leads: string[]; supporting: string[] }) => [row.path, row.heading, row.leads, row.supporting])).toEqual([
      // Each row restates a task of the text that names no unit: the task's row, under the task.
      [["一、", "1."], "开展质量攻关", ["市市场监管局"], ["市工信局", "市科技局"]],
      [["一、", "2."], "开展标准提升", ["市工信局"], ["市市场监管局"]],
    ]);
    // The tasks the table covers are not without a clause; the one it does not cover is.
    expect(report.files[0].tasksWithoutClause.map((task: { heading: string }) => task.heading)).toEqual(["开展品牌培育"]);
    expect(report.files[0].notes[0].message).toContain("责任分工读自附件“重点任务分工表”");
    const none = join(dir, "none.plan");
    writeFileSync(none, "一、主要任务\n1.开展质量攻关。组织实施攻关项目。\n2.开展标准提升。实施标准化战略。\n");
    const { out } = await run(["units", none]);
    expect(out).toContain("> 未找到责任分工");
    expect(out).toContain("| 一、1. | 开展质量攻关 |");
  });

  it("names the section rows a 分工表's row stands under, in JSON, Markdown and CSV", async () => {
    const dir = tempFolder("units");
    const table = join(dir, "sections.plan");
    // Word's merged cell (a line without tabs), a bracketed section under it, and Excel's (the numeral in 序号, the heading in the next cell).
    writeFileSync(
      table,
      "一、主要任务\n（一）加强质量攻关。具体分工见附件。\n附件\n重点任务分工表\n序号\t重点任务\t牵头单位\t配合单位\n一、增强质量发展创新动能\n1\t实施质量技术攻关行动\t市科技局\t市工信局\n二、提升产品质量\n（一）产品质量\n2\t推进质量追溯\t市农业农村局\t市商务局\n（二）工程质量\n3\t提升工程质量\t市住建局\t市交通运输局\n三\t优化服务\t\t\n4\t提升服务质量\t市商务局\t\n",
    );
    const report = await jsonReport<{ rows: Array<{ path: string[]; sections: string[] }> }>("units", table);
    expect(report.rows.map((row) => [row.path, row.sections])).toEqual([
      [["附件", "1"], ["一、增强质量发展创新动能"]],
      [["附件", "2"], ["二、提升产品质量", "（一）产品质量"]],
      [["附件", "3"], ["二、提升产品质量", "（二）工程质量"]],
      [["附件", "4"], ["三 优化服务"]],
    ]);
    const markdown = (await run(["units", "--no-config", table])).out;
    expect(markdown).toContain("| 附件 › 二、提升产品质量 › （二）工程质量 › 3 | 提升工程质量 |");
    const csv = (await run(["units", "--no-config", "--format", "csv", table])).out;
    expect(csv).toContain("附件 › 一、增强质量发展创新动能 › 1,实施质量技术攻关行动");
  });

  it("starts an attachment's items with their attachment", async () => {
    const dir = tempFolder("units");
    const file = join(dir, "a.plan");
    // Another task than the text's (one in the same words is the text's task: units/tableTasks.ts).
    writeFileSync(file, "一、主要任务\n1.开展质量攻关。〔责任单位：市市场监管局〕\n\n附件1\n重点任务分工\n一、质量创新工程\n1.开展质量对标。〔牵头单位：市市场监管局；配合单位：市工信局〕\n");
    const rows = JSON.parse((await run(["units", "--format", "json", file])).out).rows;
    expect(rows.map((row: { path: string[] }) => row.path)).toEqual([
      ["一、", "1."],
      ["附件1", "一、", "1."],
    ]);
  });

  it("counts a group's clause for every task of the group, and a task once however many of its clauses name a unit", async () => {
    const file = tempPlan("units", "a.plan", `${GROUP}3.推进标准创新。〔牵头单位：市工信局〕开展对标。〔配合单位：市工信局、市科技局〕\n`);
    const { out } = await run(["units", file]);
    // Rows are clause × task: the group's clause gives tasks 1. and 2. a row each, led by no one
    // (市市场监管局 is only listed first).
    expect(out).toContain("| 一、 › 1. | 建立品牌培育库 | 市市场监管局、市商务局 |  |  |");
    expect(out).toContain("| 一、 › 2. | 加强品牌指导服务 | 市市场监管局、市商务局 |  |  |");
    // The summary counts tasks, as the editor's hover does: 市工信局 is in one task, which it leads
    // by one clause and supports by the other.
    expect(out).toContain("| 市市场监管局 | 2 | 0 | 0 | 一、1.；一、2. |");
    expect(out).toContain("| 市商务局 | 2 | 0 | 0 | 一、1.；一、2. |");
    expect(out).toContain("| 市工信局 | 1 | 1 | 0 | 一、3.（牵头） |");
    // The outline shows the group's units on each task of the group.
    const outline = (await run(["outline", file])).out;
    expect(outline).toMatch(/1\.建立品牌培育库 {2}（第2行） {2}〔市市场监管局、市商务局〕/);
    expect(outline).toMatch(/2\.加强品牌指导服务 {2}（第3行） {2}〔市市场监管局、市商务局〕/);
  });

  it("says in the summary, beside the tasks that name a department, those it gets through its group terms, in Markdown, JSON and CSV", async () => {
    const dir = tempFolder("units");
    const file = join(dir, "district.plan");
    writeFileSync(
      file,
      "江宁区质量强区实施方案\n一、主要任务\n1.推进标准创新。〔牵头单位：区市场监管局；配合单位：区直各部门〕\n2.推进品牌建设。〔责任单位：区财政局〕\n" +
        "3.推进质量宣传。〔责任单位：区市场监管局，区有关部门按职责分工负责〕\n4.推进乡镇质量提升。〔责任单位：各街道办事处〕\n",
    );
    const markdown = (await run(["units", file])).out;
    expect(markdown).toContain("| 责任单位 | 任务数 | 牵头 | 配合 | 经由统称 | 任务 |");
    // The named count stays the named tasks; the group's beside it, in document order, with the group's role.
    expect(markdown).toContain("| 区财政局 | 1 | 0 | 0 | 2（其中泛指 1） | 一、1.（配合，经由区直各部门）；一、2.；一、3.（经由区有关部门，泛指） |");
    expect(markdown).toContain("| 区市场监管局 | 2 | 1 | 0 |  | 一、1.（牵头）；一、3. |");
    const json = JSON.parse((await run(["units", "--format", "json", file])).out);
    const finance = json.files[0].units.find((unit: { unit: string }) => unit.unit === "区财政局");
    expect(finance).toMatchObject({ tasks: 1, tasksThroughGroups: 2 });
    expect(finance.groupTaskList.map((task: { path: string[]; role: string; reach: string; via: string }) => [task.path.join(""), task.role, task.reach, task.via])).toEqual([
      ["一、1.", "support", "member", "区直各部门"],
      ["一、3.", "responsible", "concerned", "区有关部门"],
    ]);
    const lines = (await run(["units", "--format", "csv", file])).out.slice(1).split("\r\n");
    expect(lines[0]).toBe("文件,条目,任务,标签,责任单位,牵头单位,配合单位,牵头依据,完成时限,经由统称的单位");
    expect(lines[1]).toBe(`${file},一、 › 1.,推进标准创新,牵头单位,区市场监管局、区直各部门,区市场监管局,区直各部门,写明,,区财政局：区直各部门`);
    expect(lines[4]).toMatch(/,$/);
  });

  it("exits 2 for an unsupported format or no file", async () => {
    expect((await run(["units", "--format", "sarif", GANZHOU])).code).toBe(2);
    expect((await run(["units"])).code).toBe(2);
  });
});

describe("registry files in the CLI", () => {
  it("reads units.registryFiles relative to .plancheck.json, so their names are known", async () => {
    const dir = tempFolder("registry");
    mkdirSync(join(dir, "units"));
    writeFileSync(join(dir, ".plancheck.json"), '{ "units": { "registryFiles": ["units/local.json"] } }');
    writeFileSync(join(dir, "units", "local.json"), '[\n  // 本市特有单位\n  { "name": "市检验检测院", "aliases": ["市检验检测认证院"] },\n]\n');
    writeFileSync(join(dir, "a.plan"), "一、主要任务\n1.建设平台。〔责任单位：市市场监管局、市检验检测认证院〕\n2.培育人才。〔责任单位：赣南质量学院〕\n");
    const report = JSON.parse((await run(["--format", "json", join(dir, "a.plan")])).out);
    const unknown = report.files[0].findings.filter((f: { rule: string }) => f.rule === "units/unknown");
    expect(unknown.map((f: { message: string }) => f.message)).toEqual(["“赣南质量学院”不在责任单位名录中（如为现有单位，可在 .plancheck.json 的 units.registry 中加入）"]);
  });

  it("reads a bracket of the registry file's names at a task's end as the task's clause", async () => {
    const dir = tempFolder("registry");
    writeFileSync(join(dir, ".plancheck.json"), '{ "units": { "registryFiles": ["local.json"] } }');
    writeFileSync(join(dir, "local.json"), '[{ "name": "紫金山实验室" }]\n');
    writeFileSync(join(dir, "a.plan"), "一、主要任务\n1.建设创新平台。开展关键技术攻关。（紫金山实验室、市科技局）\n");
    const report = JSON.parse((await run(["units", "--format", "json", join(dir, "a.plan")])).out);
    expect(report.rows.map((row: { units: string[] }) => row.units)).toEqual([["紫金山实验室", "市科技局"]]);
    const check = JSON.parse((await run(["--format", "json", join(dir, "a.plan")])).out);
    expect(check.files[0].findings.filter((f: { rule: string }) => f.rule === "units/missing-clause")).toEqual([]);
  });

  it("exits 2 and locates the problems of an invalid or missing registry file", async () => {
    const dir = tempFolder("registry");
    writeFileSync(join(dir, ".plancheck.json"), '{ "units": { "registryFiles": ["bad.json", "missing.json"] } }');
    writeFileSync(join(dir, "bad.json"), '[\n  { "name": "市检验检测院", "alias": ["x"] },\n  { "name": 3 }\n]\n');
    writeFileSync(join(dir, "a.plan"), "一、总体要求\n");
    const { code, err } = (await run([join(dir, "a.plan")]));
    expect(code).toBe(2);
    expect(err).toContain("责任单位名录无效");
    expect(err).toMatch(/bad\.json:2:\d+ {2}\[0\]\.alias：未知的配置项：alias/);
    expect(err).toMatch(/bad\.json:3:\d+ {2}\[1\]\.name：类型错误/);
    expect(err).toContain("无法读取责任单位名录文件");
  });
});

describe("plancheck units --unit: one department's task list", () => {
  const ROLES =
    "示例市质量强市建设实施方案\n一、主要任务\n1.建立品牌培育库。开展工作。〔牵头单位：市市场监督管理局；配合单位：市商务局、市科技局〕\n" +
    "2.加强标准化工作。开展服务。〔牵头单位：市科技局；配合单位：市市场监管局〕\n3.推进计量工作。开展计量。〔责任单位：市工信局〕\n";
  /** The plan written to a file of its own, its path. */
  const planFile = (name: string, text: string) => {
    const dir = tempFolder("unit-tasks");
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  const folder = () => planFile("roles.plan", ROLES);

  it("lists the unit's tasks with its role and its partners, under any writing of it", async () => {
    const { code, out } = await run(["units", "--no-config", "--unit", "市市场监管局", folder()]);
    expect(code).toBe(0);
    // The plan writes 市市场监督管理局 in task 1 and 市市场监管局 in task 2: one unit, two tasks.
    expect(out).toContain("2 项（牵头 1 项，配合 1 项）");
    expect(out).toContain("| 一、1. | 建立品牌培育库 | 牵头 | 市商务局、市科技局 |");
    expect(out).toContain("| 一、2. | 加强标准化工作 | 配合 | 市科技局 |");
    expect(out).not.toContain("推进计量工作");
  });

  it("keeps the JSON and CSV shapes, narrowed to the unit's rows, with its task list beside them", async () => {
    const json = JSON.parse((await run(["units", "--no-config", "--format", "json", "--unit", "市科学技术局", folder()])).out);
    expect(json.rows.map((row: { heading: string }) => row.heading)).toEqual(["建立品牌培育库", "加强标准化工作"]);
    expect(json.files[0].units.map((unit: { unit: string }) => unit.unit)).toEqual(["市科技局"]);
    expect(json.files[0].unitTasks).toEqual([
      {
        unit: "市科学技术局",
        found: "市科技局",
        tasks: [
          { path: ["一、", "1."], heading: "建立品牌培育库", role: "support", partners: ["市市场监督管理局", "市商务局"], reach: "named", via: null, deadline: null },
          { path: ["一、", "2."], heading: "加强标准化工作", role: "lead", partners: ["市市场监管局"], reach: "named", via: null, deadline: null },
        ],
      },
    ]);
    const csv = (await run(["units", "--no-config", "--format", "csv", "--unit", "市工信局", folder()])).out;
    expect(csv.trim().split(/\r?\n/)).toHaveLength(2);
  });

  const DISTRICT =
    "嘉定区质量提升行动方案\n一、主要任务\n1.推进镇域质量提升。开展工作。〔牵头单位：区市场监管局；配合单位：各镇人民政府、街道办事处〕\n" +
    "2.建设街道质量服务站。开展服务。〔责任单位：各街道办事处〕\n3.开展质量月活动。开展活动。〔责任单位：区市场监管局，各有关部门按职责分工负责〕\n" +
    "4.建设镇级质量基础设施。开展建设。〔责任单位：区市场监管局、安亭镇人民政府〕\n";
  const district = () => planFile("district.plan", DISTRICT);

  it("lists the tasks of the group terms a unit belongs to, marked with the group, and only those", async () => {
    const { code, out } = await run(["units", "--no-config", "--unit", "外冈镇", district()]);
    // The plan never writes 外冈镇: 各镇人民政府 is its group, the street offices' and the departments' are not.
    expect(code).toBe(0);
    expect(out).toContain("### 外冈镇人民政府：1 项（牵头 0 项，配合 1 项，经由统称 1 项）");
    expect(out).toContain("| 一、1. | 推进镇域质量提升 | 配合 | 各镇人民政府 | 区市场监管局、街道办事处 |");
    expect(out).not.toContain("建设街道质量服务站");
    expect(out).not.toContain("开展质量月活动");
    // A town the plan names has its own task and its group's, in document order.
    const named = (await run(["units", "--no-config", "--unit", "安亭镇", district()])).out;
    expect(named.indexOf("推进镇域质量提升")).toBeLessThan(named.indexOf("建设镇级质量基础设施"));
    expect(named).toContain("| 一、4. | 建设镇级质量基础设施 | 负责 |  | 区市场监管局 |");
  });

  it("gives a department the tasks of 各有关部门 as the bodies concerned, in JSON and CSV alike", async () => {
    const json = JSON.parse((await run(["units", "--no-config", "--format", "json", "--unit", "区财政局", district()])).out);
    expect(json.files[0].unitTasks).toEqual([
      { unit: "区财政局", found: "区财政局", tasks: [{ path: ["一、", "3."], heading: "开展质量月活动", role: "responsible", partners: ["区市场监管局"], reach: "concerned", via: "各有关部门", deadline: null }] },
    ]);
    expect(json.rows.map((row: { heading: string }) => row.heading)).toEqual(["开展质量月活动"]);
    const csv = (await run(["units", "--no-config", "--format", "csv", "--unit", "江桥街道", district()])).out.trim().split(/\r?\n/);
    expect(csv[0]!.endsWith(",经由统称")).toBe(true);
    expect(csv.slice(1).map((line) => line.split(",").at(-1))).toEqual(["各街道办事处", "各街道办事处"]);
  });

  it("finds a body written with its second name in brackets by either name, and its tasks under the second name alone", async () => {
    const plates =
      "示例市知识产权工作方案\n一、主要任务\n1.加强知识产权保护。完善保护体系。〔责任单位：市市场监管局（市知识产权局）、市公安局〕\n" +
      "2.提升标准水平。实施标准化战略。〔责任单位：市市场监管局、市工信局〕\n3.推进专利转化。开展专项行动。〔责任单位：市知识产权局〕\n4.培育品牌。开展宣传。〔责任单位：市商务局〕\n";
    const file = planFile("plates.plan", plates);
    // The plan says the two names are one body's: each name asked finds every task of the body.
    for (const asked of ["市知识产权局", "知识产权局", "市市场监管局", "市市场监管局（市知识产权局）"]) {
      const json = JSON.parse((await run(["units", "--no-config", "--format", "json", "--unit", asked, file])).out);
      expect(json.files[0].unitTasks[0].found).toBe("市市场监管局");
      expect(json.files[0].unitTasks[0].tasks.map((task: { heading: string; partners: string[] }) => [task.heading, task.partners])).toEqual([
        ["加强知识产权保护", ["市公安局"]],
        ["提升标准水平", ["市工信局"]],
        ["推进专利转化", []],
      ]);
    }
    // Counted once in the summary, with both writings.
    const { out } = await run(["units", "--no-config", file]);
    expect(out).toContain("| 市市场监管局（又写作市市场监管局（市知识产权局）、市知识产权局） | 3 |");
    // In a plan that never writes them as one body, the 知识产权局 stays a body of its own.
    const apart = planFile("apart.plan", "一、主要任务\n1.推进专利转化。开展专项行动。〔责任单位：市知识产权局〕\n2.提升标准水平。实施标准化战略。〔责任单位：市市场监管局〕\n");
    const asked = JSON.parse((await run(["units", "--no-config", "--format", "json", "--unit", "市知识产权局", apart])).out);
    expect(asked.files[0].unitTasks[0].tasks.map((task: { heading: string }) => task.heading)).toEqual(["推进专利转化"]);
  });

  it("shows a task's marker in the summary as the plan writes it, a 3、 with its 、", async () => {
    const file = tempPlan("units", "a.plan", "二、主要任务\n（二）推进标准创新\n3、开展对标。〔牵头单位：市工信局；配合单位：市科技局〕\n三、保障措施\n开展宣传。〔责任单位：市工信局〕\n");
    const { out } = await run(["units", file]);
    expect(out).toContain("| 市工信局 | 2 | 1 | 0 | 二、（二）3、（牵头）；三、 |");
  });

  it("exits 2 for a unit no plan gives a task, naming the plans' writings it may mean", async () => {
    const { code, err } = await run(["units", "--no-config", "--unit", "市科枝局", "--unit", "海关", GANZHOU]);
    expect(code).toBe(2);
    expect(err).toContain("没有任何方案给“市科枝局”分配任务（请核对单位名称；方案中有：市科技局）");
    expect(err).toContain("方案中有：赣州海关");
  });
});

describe("plancheck units --format json, deadlines", () => {
  it("gives each row its task's deadline: in the clause, in brackets, or the sentence after the clause", async () => {
    const plan =
      "一、主要任务\n1.加强标准建设。组织标准制修订。〔责任单位：市工信局、市商务局〕2025年底前完成。\n2.加强品牌建设。培育知名品牌。〔责任单位：市商务局〕\n3.加强计量建设。完善计量体系。〔责任单位：市市场监管局；完成时限：2024年底〕\n4.加强检测建设。建设平台。〔责任单位：市科技局〕2025年底前建成检测平台10个。\n";
    const { code, out } = await run(["units", "--no-config", "--format", "json", "--stdin"], plan);
    expect(code).toBe(0);
    expect(JSON.parse(out).rows.map((row: { heading: string; deadline: string | null }) => [row.heading, row.deadline])).toEqual([
      ["加强标准建设", "2025年底前完成"],
      ["加强品牌建设", null],
      ["加强计量建设", "2024年底"],
      ["加强检测建设", null],
    ]);
  });
});
