import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import { buildPlan } from "../../server/src/core/model/buildPlan";

const HEADER = "序号\t重点任务\t牵头单位\t配合单位\t完成时限\n";
const plan = (body: string) => buildPlan(`示例市方案\n一、重点任务\n（一）加强质量攻关。具体分工见附件。\n附件\n重点任务分工表\n${body}`);

describe("a 分工表's section rows (a merged cell pasted as one line without tabs)", () => {
  it("leave the table open: the rows under each section are read, numbered on", () => {
    const read = plan(
      HEADER +
        "一、增强质量发展创新动能\n1\t实施质量技术攻关行动\t市科技局\t市工信局\t2025年底\n" +
        "二、提升产品质量\n（一）产品质量\n2\t推进农产品质量安全追溯\t市农业农村局\t市水力局\t2024年底\n",
    );
    expect(read.tables).toHaveLength(1);
    expect(read.tables[0]).toMatchObject({ rows: 2, serials: [{ text: "1", afterSection: true }, { text: "2", afterSection: true }] });
    // The unit of the row after the sections is checked as any other.
    const findings = analyze(read.text).findings.filter((finding) => finding.rule === "units/unknown");
    expect(findings.map((finding) => read.text.slice(finding.start, finding.end))).toEqual(["市水力局"]);
  });

  it.each([["（一）", "（二）", "（三）"], ["一、", "二、", "三、"], ["1)", "2)", "3)"], ["①", "②", "③"], ["一", "二", "三"]])("resume a table numbered %s, as one numbered 1, 2", (...serials) => {
    for (const gap of ["\t", " ", "  "]) {
      const header = HEADER.replace(/\t/g, gap);
      const row = (serial: string, task: string, lead: string) => [serial, task, lead, "市发展改革委", "2025年底前"].join(gap);
      const read = plan(`${header}${row(serials[0]!, "实施质量技术攻关行动", "市科技局")}\n二、提升产品质量\n${row(serials[1]!, "推进农产品质量安全追溯", "市农业农村局")}\n${row(serials[2]!, "加强品牌建设", "市商务局")}\n`);
      const rows = read.clauses.filter((clause) => clause.tableRow !== null).map((clause) => clause.tableRow!.task);
      // Not yet read as rows under spaces, section row or none: those numbered 1), ① or a bare 一.
      if (["1)", "①", "一"].includes(serials[0]!) && gap !== "\t") continue;
      expect(rows, JSON.stringify(gap)).toEqual(["实施质量技术攻关行动", "推进农产品质量安全追溯", "加强品牌建设"]);
      expect(read.tables[0]!.sectionRows).toHaveLength(1);
    }
  });

  it("in a table apart by spaces too", () => {
    const read = plan("序号  重点任务  牵头单位  配合单位\n一、增强质量发展创新动能\n1  实施质量技术攻关行动  市科技局  市工信局\n2  推进质量追溯  市农业农村局  市商务局\n");
    expect(read.tables[0]).toMatchObject({ rows: 2, serials: [{ text: "1", afterSection: true }, { text: "2", afterSection: false }] });
  });

  it("do not carry the table over into another table of as many columns, into prose or into another attachment", () => {
    // A target table of five columns after a heading: no 序号, so it is no row of the 分工表.
    const targets = plan(HEADER + "1\t实施质量技术攻关行动\t市科技局\t市工信局\t2025年底\n二、主要指标\n指标名称\t单位\t基期\t目标值\t属性\n制造业产品质量合格率\t%\t93\t94\t预期性\n");
    expect(targets.tables[0]).toMatchObject({ rows: 1 });
    expect(targets.clauses.filter((clause) => clause.tableRow)).toHaveLength(1);
    // A sentence ends the table: the line after it is not read as a row even when it lines up.
    const prose = plan(HEADER + "1\t实施质量技术攻关行动\t市科技局\t市工信局\t2025年底\n以上任务按年度推进。\n2\t推进质量追溯\t市农业农村局\t市商务局\t2024年底\n");
    expect(prose.tables[0]).toMatchObject({ rows: 1 });
    const other = plan(HEADER + "1\t实施质量技术攻关行动\t市科技局\t市工信局\t2025年底\n附件2\n2\t推进质量追溯\t市农业农村局\t市商务局\t2024年底\n");
    expect(other.tables[0]).toMatchObject({ rows: 1 });
  });
});

describe("a 分工表's section rows that keep the table's columns, a section's numeral in 序号", () => {
  it("suspend the table: the numeral is no 序号, the heading no task, and the rows under it may count from 1 again", () => {
    const read = plan(
      HEADER +
        "一\t增强质量发展动能\t\t\t\n1\t实施质量技术攻关行动\t市科技局\t市工信局\t2025年底\n2\t推进质量追溯\t市农业农村局\t市商务局\t2024年底\n" +
        "二、\t提升产品质量\t\t\t\n1\t加强食品安全监管\t市市场监管局\t市卫生健康委\t2025年底\n",
    );
    expect(read.tables[0]).toMatchObject({ rows: 3, serials: [{ text: "1", afterSection: true }, { text: "2", afterSection: false }, { text: "1", afterSection: true }] });
    expect(read.clauses.filter((clause) => clause.tableRow)).toHaveLength(3);
    expect(analyze(read.text).findings.filter((finding) => finding.rule === "numbering/table-serial")).toEqual([]);
  });

  it("stay rows where the row names a unit, or its words are a sentence", () => {
    const withUnit = plan(HEADER + "1\t实施质量技术攻关行动\t市科技局\t市工信局\t2025年底\n二\t提升产品质量\t市市场监管局\t\t\n");
    expect(withUnit.tables[0]).toMatchObject({ rows: 2 });
    const sentence = plan(HEADER + "1\t实施质量技术攻关行动\t市科技局\t市工信局\t2025年底\n二\t提升产品质量，加强监管。\t\t\t\n3\t推进质量追溯\t市农业农村局\t市商务局\t2024年底\n");
    expect(sentence.tables[0]!.serials.map((serial) => serial.text)).toEqual(["1", "二", "3"]);
  });
});

describe("a section row of a 分工表 with no 序号 column", () => {
  const HEAD = "重点任务\t牵头单位\t配合单位\n";
  const tasks = (read: ReturnType<typeof plan>) => read.clauses.filter((clause) => clause.tableRow).map((clause) => read.text.slice(clause.start, clause.end).split("\t")[0]);

  it("resumes the table at the next row that writes its task and names a known unit", () => {
    const sectioned = plan(HEAD + "一、产业质量\t\t\n开展标准提升\t市市场监管局\t\n推进品牌建设\t市商务局\t市市场监管局\n");
    expect(sectioned.tables[0]).toMatchObject({ rows: 2 });
    expect(tasks(sectioned)).toEqual(["开展标准提升", "推进品牌建设"]);
    // A row whose units were all left blank reads as a merged section row: the rows after it are still the table's.
    const blank = plan(HEAD + "开展质量攻关\t\t\n开展标准提升\t市市场监管局\t\n");
    expect(blank.tables[0]).toMatchObject({ rows: 1 });
    expect(tasks(blank)).toEqual(["开展标准提升"]);
  });

  it("resumes no table at a row that names no unit, nor at another table's lines", () => {
    const words = plan(HEAD + "一、产业质量\t\t\n开展标准提升\t有关单位按职责分工\t\n");
    expect(words.tables[0]).toMatchObject({ rows: 0 });
    const targets = plan(HEAD + "开展标准提升\t市市场监管局\t\n二、主要指标\t\t\n指标名称\t单位\t目标值\n制造业产品质量合格率\t%\t94\n");
    expect(targets.tables[0]).toMatchObject({ rows: 1 });
  });
});

describe("a 分工表 row with only its 序号 written (（二）<TAB><TAB><TAB><TAB>, a row left to fill)", () => {
  const text = `示例市方案\n一、重点任务\n（一）加强质量攻关。具体分工见附件。\n附件\n重点任务分工表\n${HEADER}（一）\t实施质量技术攻关行动\t市科技局\t市工信局\t2025年底\n（二）\t\t\t\t\n（三）\t推进质量追溯\t市农业农村局\t市商务局\t2025年底\n`;

  it("is a row of the table, never an item of the outline", () => {
    const read = buildPlan(text);
    const row = read.lines.find((line) => text.slice(line.indentEnd, line.contentEnd).startsWith("（二）"))!;
    expect(row.kind === "text" && row.textKind).toBe("tableRow");
    expect(read.items.some((item) => text.startsWith("（二）", item.start))).toBe(false);
  });

  it("draws no numbering/sequence finding, and --fix leaves its number as the table has it", () => {
    expect(analyze(text).findings.map((finding) => finding.rule)).not.toContain("numbering/sequence");
    expect(fixAll(text).text).toContain("\n（二）\t\t\t\t\n（三）\t");
  });

  it("a heading with nothing but empty cells after it is still the heading it reads as", () => {
    const heading = `示例市方案\n一、重点任务\n（一）加强质量攻关。\n二、增强质量发展创新动能\t\t\t\n（一）推进标准化。\n`;
    expect(buildPlan(heading).lines[3]!.kind).toBe("item");
  });
});
