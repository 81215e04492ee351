import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { layoutPlan, type LayoutBlock } from "../../server/src/core/export/layout";
import { attr, children, descendants, exportText, runsOf, textOf } from "../support/docxPackage";

/**
 * A 分工表 is exported as the one table the model reads: its section rows (一、增强质量发展创新动能,
 * a cell merged across the row) rows across it, not paragraphs that cut it into pieces; a table
 * whose cells are apart by single spaces (model/narrowCells.ts) as a table, not as paragraphs.
 */

type TableBlock = Extract<LayoutBlock, { kind: "table" }>;

const tables = (text: string): TableBlock[] => layoutPlan(analyze(text).plan).blocks.filter((block): block is TableBlock => block.kind === "table");
const paragraphs = (text: string): string[] =>
  layoutPlan(analyze(text).plan)
    .blocks.filter((block) => block.kind === "paragraph")
    .map((block) => (block.kind === "paragraph" ? block.runs.map((run) => run.text).join("") : ""));

const HEADER = "序号\t重点任务\t牵头单位\t配合单位\t完成时限";
const PLAN = ["示例市质量强市建设实施方案", "", "一、总体要求", "到2025年，质量总体水平显著提升。", "二、保障措施", "加强组织领导。", "", "附件", "", "重点任务分工表", ""];

describe("a 分工表 with section rows is exported as one table", () => {
  it("prints section rows Word copied without tabs as rows across the table, the header once on top", () => {
    const text = [...PLAN, HEADER, "一、提升产品质量", "1\t开展质量攻关\t市工信局\t市科技局\t2025年底", "2\t推进标准建设\t市市场监管局\t市工信局\t2025年底", "二、强化质量基础", "3\t建设计量中心\t市市场监管局\t市财政局\t2024年底", ""].join("\n");
    const found = tables(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.rows.map((row) => row[0])).toEqual(["序号", "一、提升产品质量", "1", "2", "二、强化质量基础", "3"]);
    expect(found[0]!.sectionRows).toEqual([1, 4]);
    expect(paragraphs(text)).not.toContain("二、强化质量基础");
  });

  it("keeps a section row a PDF's page edge stands under in the table", () => {
    const text = [...PLAN, HEADER, "1\t开展质量攻关\t市工信局\t市科技局\t2025年底", "二、强化质量基础", "— 3 —", "2\t建设计量中心\t市市场监管局\t市财政局\t2024年底", ""].join("\n");
    expect(analyze(text).plan.tables[0]!.rows).toBe(2);
    const found = tables(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.rows.map((row) => row[0])).toEqual(["序号", "1", "二、强化质量基础", "2"]);
  });

  it("prints a section row Excel copied with the row's tabs as one cell of its words", () => {
    const text = [...PLAN, HEADER, "一、提升产品质量\t\t\t\t", "1\t开展质量攻关\t市工信局\t市科技局\t2025年底", "二、强化质量基础\t\t\t\t", "2\t建设计量中心\t市市场监管局\t市财政局\t2024年底", ""].join("\n");
    const [table] = tables(text);
    expect(table!.sectionRows).toEqual([1, 3]);
    expect(table!.rows[3]![0]).toBe("二、强化质量基础");
  });

  it("leaves a heading after the table's last row a paragraph: no row of the table comes under it", () => {
    const text = [...PLAN, HEADER, "一、提升产品质量", "1\t开展质量攻关\t市工信局\t市科技局\t2025年底", "2\t推进标准建设\t市市场监管局\t市工信局\t2025年底", "", "各地要结合实际抓好落实。", ""].join("\n");
    const [table] = tables(text);
    expect(table!.rows).toHaveLength(4);
    expect(paragraphs(text)).toContain("各地要结合实际抓好落实。");
  });

  it("exports a plan written wholly as a task table as one table, its header repeated and its section rows across", async () => {
    const text = readFileSync(join(__dirname, "..", "fixtures", "plans-new", "city-work-points-table.plan"), "utf8");
    const found = tables(text);
    expect(found).toHaveLength(1);
    const [table] = found;
    expect(table!.rows[0]).toEqual(["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"]);
    const sections = table!.sectionRows!.map((row) => table!.rows[row]![0]);
    expect(sections).toEqual(["一、主要目标", "二、增强质量发展创新动能", "三、提高产业质量竞争力", "四、加快产品、工程、服务质量提档升级", "五、提升企业质量和品牌发展能力", "六、推进质量基础设施和质量治理现代化", "七、强化组织保障"]);
    expect(paragraphs(text).some((paragraph) => paragraph.startsWith("序号"))).toBe(false);
    const docx = await exportText(text);
    const tbls = descendants(docx.xml("word/document.xml"), "tbl");
    expect(tbls).toHaveLength(1);
    const rows = children(tbls[0]!, "tr");
    expect(descendants(rows[0]!, "tblHeader")).toHaveLength(1);
    const section = rows.find((row) => textOf(row) === "二、增强质量发展创新动能")!;
    const cells = children(section, "tc");
    expect(cells).toHaveLength(1);
    expect(attr(descendants(cells[0]!, "gridSpan")[0], "val")).toBe("6");
    expect(attr(descendants(cells[0]!, "jc")[0], "val")).toBe("left");
    expect(descendants(cells[0]!, "keepNext")).toHaveLength(1);
  });
});

describe("a 分工表's section rows in their level's face, as the text sets its headings (GB/T 9704 §7.3.3)", () => {
  const SECTIONED = [...PLAN, HEADER, "一、提升产品质量", "（一）工业产品", "1\t开展质量攻关\t市工信局\t市科技局\t2025年底", "（二）消费品", "2\t推进标准建设\t市市场监管局\t市工信局\t2025年底", "二、强化质量基础", "3\t建设计量中心\t市市场监管局\t市财政局\t2024年底", ""];

  it("faces 一、 in 黑体 and （一） in 楷体 in the layout", () => {
    const [table] = tables(SECTIONED.join("\n"));
    expect(table!.sectionRows!.map((row, at) => [table!.rows[row]![0], table!.sectionFaces![at]])).toEqual([
      ["一、提升产品质量", "heading1"],
      ["（一）工业产品", "heading2"],
      ["（二）消费品", "heading2"],
      ["二、强化质量基础", "heading1"],
    ]);
  });

  it("writes （一）'s row in 楷体_GB2312 and 一、's in 黑体 in document.xml, whether the row is tabbed or not", async () => {
    for (const text of [SECTIONED.join("\n"), SECTIONED.map((line) => (/^[一二（]/.test(line) ? `${line}\t\t\t\t` : line)).join("\n")]) {
      const docx = await exportText(text);
      const rows = children(descendants(docx.xml("word/document.xml"), "tbl")[0]!, "tr");
      const faceOf = (words: string) => runsOf(rows.find((row) => textOf(row) === words)!)[0]!.eastAsia;
      expect([faceOf("一、提升产品质量"), faceOf("（一）工业产品"), faceOf("（二）消费品"), faceOf("二、强化质量基础")]).toEqual(["黑体", "楷体_GB2312", "楷体_GB2312", "黑体"]);
      // The header stays 黑体, a row's cells the body's 仿宋.
      expect(runsOf(rows[0]!)[0]!.eastAsia).toBe("黑体");
      expect(runsOf(rows.find((row) => textOf(row).startsWith("1"))!)[1]!.eastAsia).toBe("仿宋_GB2312");
    }
  });
});

describe("a 分工表 whose cells are apart by single spaces is exported as a table", () => {
  const NARROW = [...PLAN, "序号 重点任务 责任单位 完成时限", "1 推进标准化建设 县市场监管局 2025年底前", "2 加强计量能力 县工信局、县科技局 2024年底前", ""];

  it("parts its rows as the model parts them", async () => {
    const text = NARROW.join("\n");
    expect(analyze(text).plan.tables.map((table) => table.rows)).toEqual([2]);
    expect(tables(text).map((table) => table.rows)).toEqual([
      [
        ["序号", "重点任务", "责任单位", "完成时限"],
        ["1", "推进标准化建设", "县市场监管局", "2025年底前"],
        ["2", "加强计量能力", "县工信局、县科技局", "2024年底前"],
      ],
    ]);
    const docx = await exportText(text);
    const rows = descendants(docx.xml("word/document.xml"), "tr");
    expect(rows.map((row) => children(row, "tc").map(textOf))).toContainEqual(["2", "加强计量能力", "县工信局、县科技局", "2024年底前"]);
  });

  it("keeps its section rows in it, and a line that does not split as a row out of it", () => {
    const text = [...NARROW.slice(0, -2), "二、强化质量基础", "2 加强计量能力 县工信局、县科技局 2024年底前", "各县要结合实际 抓好落实，确保各项任务按期完成。", ""].join("\n");
    const [table] = tables(text);
    expect(table!.rows.map((row) => row[0])).toEqual(["序号", "1", "二、强化质量基础", "2"]);
    expect(table!.sectionRows).toEqual([2]);
    expect(paragraphs(text)).toContain("各县要结合实际 抓好落实，确保各项任务按期完成。");
  });

  it("leaves prose with single spaces, under no header that names its columns, as paragraphs", () => {
    const text = [...PLAN, "序号 重点 任务 多 年", "1 推进标准化建设 县市场监管局 2025年底前", ""].join("\n");
    expect(tables(text)).toEqual([]);
  });
});
