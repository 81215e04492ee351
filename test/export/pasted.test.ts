import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { layoutPlan, type LayoutBlock } from "../../server/src/core/export/layout";
import { outlineEntries, type OutlineEntry } from "../../server/src/core/outline";
import { PositionMapper } from "../../server/src/core/text/positions";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import { attr, children, descendants, exportText, runsOf, textOf, W } from "../support/docxPackage";

/** The printed text of each block, in order: what a reader of the exported document sees. */
function printed(text: string): string[] {
  return layoutPlan(analyze(text).plan).blocks.map(blockText);
}

function blockText(block: LayoutBlock): string {
  switch (block.kind) {
    case "paragraph":
      return block.runs.map((run) => run.text).join("");
    case "title":
      return block.lines.join("");
    case "table":
      return block.rows.map((row) => row.join("|")).join("/");
    case "imprint":
      return [...block.recipients.map((r) => `${r.label}：${r.names}`), block.printing ? `${block.printing.printer} ${block.printing.printed}` : ""].join("/");
    case "issuerMark":
      return block.lines.join("/");
    case "signature":
    case "date":
    case "note":
    case "docNumber":
    case "headField":
    case "subtitle":
    case "addressee":
    case "part":
    case "boxTitle":
    case "attachmentNote":
    case "attachmentLabel":
      return block.text;
  }
}

/** The outline's markers and titles (`plancheck outline`), depth first. */
function outlineMarkers(text: string): string[] {
  const { plan } = analyze(text);
  const walk = (entries: OutlineEntry[]): string[] => entries.flatMap((entry) => [`${entry.marker}${entry.title}`, ...walk(entry.children)]);
  return walk(outlineEntries(plan, new PositionMapper(text)));
}

const TITLE = "示例市质量提升行动方案\n\n";

describe("export of markers as pasted: the final document prints them as the outline shows them", () => {
  it("prints a marker written twice (一、一、, 1.1., （一）（一）, （二）、) once, as numbering/doubled-mark's fix leaves it", () => {
    const text = `${TITLE}一、一、主要目标\n到2025年，质量明显提升。\n二、重点任务\n（一）（一）提升产品质量。开展质量提升行动。\n1.1. 开展产品质量抽查。（责任单位：市市场监管局）\n2. 开展质量攻关。（责任单位：市工信局）\n（二）、加强标准建设。推动标准升级。（责任单位：市工信局）\n`;
    const blocks = printed(text);
    expect(blocks).toContain("一、主要目标");
    expect(blocks).toContain("（一）提升产品质量。开展质量提升行动。");
    expect(blocks).toContain("1.开展产品质量抽查。（责任单位：市市场监管局）");
    expect(blocks).toContain("（二）加强标准建设。推动标准升级。（责任单位：市工信局）");
    for (const entry of outlineMarkers(text)) expect(blocks.some((block) => block.replace(/\s/gu, "").startsWith(entry.replace(/\s/gu, "")))).toBe(true);
  });

  it("prints each item line as the marker fixes leave it, whatever the spaces around the repeat", () => {
    const text = `${TITLE}一、 一、主要目标\n到2025年，质量明显提升。\n二、重点任务\n（一） （一）提升产品质量。开展质量提升行动。\n1.1. 开展产品质量抽查。（责任单位：市市场监管局）\n推进质量攻关。（责任单位：市工信局）\n3. 1. 培育质量标杆。（责任单位：市工信局）\n`;
    const rules = new Set(["numbering/doubled-mark", "numbering/missing-numeral", "numbering/marker-space"]);
    const fixed = fixAll(text, {}, 10, (finding) => rules.has(finding.rule)).text;
    const itemLines = (source: string) => analyze(source).plan.allItems.map((item) => source.slice(item.line.indentEnd, item.line.contentEnd));
    const expected = itemLines(fixed);
    expect(expected).not.toEqual(itemLines(text));
    const blocks = printed(text);
    for (const line of expected) expect(blocks).toContain(line);
  });

  it("prints a task whose marker was lost on paste with the marker the outline shows and its fix writes", () => {
    const text = `${TITLE}一、重点任务\n（一）加强质量基础。完善计量体系。\n1. 建设计量中心。（责任单位：市市场监管局）\n推进检验检测机构整合。（责任单位：市市场监管局）\n3. 完善认证体系。（责任单位：市市场监管局）\n`;
    expect(outlineMarkers(text)).toContain("2.推进检验检测机构整合");
    expect(printed(text)).toContain("2.推进检验检测机构整合。（责任单位：市市场监管局）");
  });

  it("leaves out a drafting comment written right after the words (`。// 待定`), and keeps a URL's slashes", async () => {
    const text = `${TITLE}一、重点任务\n（一）提升产品质量// 待定\n1. 推广先进标准。// 待定\n2. 开展质量攻关。（责任单位：市工信局）//待核\n3. 公开信息，详见http://www.gov.cn/zhengce。\n`;
    const blocks = printed(text);
    expect(blocks).toContain("（一）提升产品质量");
    expect(blocks).toContain("1.推广先进标准。");
    expect(blocks).toContain("2.开展质量攻关。（责任单位：市工信局）");
    expect(blocks).toContain("3.公开信息，详见http://www.gov.cn/zhengce。");
    const docx = await exportText(text);
    expect(docx.text("word/document.xml")).not.toContain("待");
  });

  it("leaves out a drafter's // note inside a responsibility clause, in both forms, and keeps the names and marks around it", () => {
    const text = `${TITLE}一、重点任务\n1. 开展质量攻关。〔责任单位：市发展改革委 // 待确认、市财政局〕\n2. 开展品牌建设。培育品牌（市工信局 // 待定（二稿）、市科技局按职责分工负责）。\n3. 推广先进标准。〔牵头单位：市市场监管局//待定；配合单位：市科技局〕\n`;
    const blocks = printed(text);
    expect(blocks).toContain("1.开展质量攻关。〔责任单位：市发展改革委、市财政局〕");
    expect(blocks).toContain("2.开展品牌建设。培育品牌（市工信局、市科技局按职责分工负责）。");
    expect(blocks).toContain("3.推广先进标准。〔牵头单位：市市场监管局；配合单位：市科技局〕");
  });

  it("sets the marker printed once in the heading's face, in the .docx too", async () => {
    const docx = await exportText(`${TITLE}一、一、主要目标\n到2025年，质量明显提升。\n二、重点任务\n（一）开展行动。（责任单位：市市场监管局）\n`);
    const texts = docx.paragraphs().map((p) => p.text);
    expect(texts).toContain("一、主要目标");
    expect(texts.some((t) => t.includes("一、一、"))).toBe(false);
  });
});

describe("export of a plan's 落款 as pasted", () => {
  const closing = "\n示例市人民政府\n2024年4月21日\n（此件公开发布）\n";
  const plan = `${TITLE}一、主要目标\n到2025年，质量明显提升。\n二、重点任务\n（一）提升产品质量。开展质量提升行动。（责任单位：市市场监管局）\n`;

  it("does not print （此页无正文）: the export keeps the 落款 with the text on its page, where the note would be untrue", async () => {
    const blocks = printed(`${plan}\n（此页无正文）\n${closing}`);
    expect(blocks).not.toContain("（此页无正文）");
    // Nothing else is lost: the task, the 落款 and the 附注 are printed as without the note.
    expect(blocks).toEqual(printed(`${plan}${closing}`));
    const docx = await exportText(`${plan}\n(此页无正文)\n${closing}`);
    expect(docx.paragraphs().some((p) => p.text.includes("此页无正文"))).toBe(false);
  });

  it("prints the 附注 after the 成文日期 as a note, not as the last task's text", () => {
    const { blocks } = layoutPlan(analyze(`${plan}${closing}`).plan);
    const kinds = blocks.slice(-3).map((block) => block.kind);
    expect(kinds).toEqual(["signature", "date", "note"]);
  });
});

describe("export of tables as pasted", () => {
  const plan = `${TITLE}一、重点任务\n（一）提升产品质量。开展质量提升行动。（责任单位：市市场监管局）\n\n附件\n\n重点任务分工表\n\n`;
  const tableOf = (text: string) => layoutPlan(analyze(text).plan).blocks.filter((block) => block.kind === "table").map((block) => (block.kind === "table" ? block.rows : []));

  it("sets a 分工表 whose cells a copy set apart with spaces (two or more, or 全角 spaces) as the table it was", async () => {
    const rows = [
      ["序号", "重点任务", "责任单位", "完成时限"],
      ["1", "提升产品质量 开展抽查", "市市场监管局", "2025年底"],
      ["2", "加强标准建设", "市工信局、市科技局", "2025年底"],
    ];
    for (const gap of ["  ", "    ", "\u3000", "\u3000\u3000", " \u3000"]) {
      const text = `${plan}${rows.map((row) => row.join(gap)).join("\n")}\n`;
      expect(tableOf(text), JSON.stringify(gap)).toEqual([rows]);
      // Not one word left out nor printed twice.
      expect(printed(text).filter((block) => block.includes("开展抽查"))).toEqual([rows.map((row) => row.join("|")).join("/")]);
    }
    const docx = await exportText(`${plan}${rows.map((row) => row.join("  ")).join("\n")}\n`);
    expect(docx.paragraphs().some((p) => p.text.startsWith("序号"))).toBe(false);
  });

  it("leaves lines with wide gaps that are no table (prose, a 署名 set apart) as paragraphs, and reads a row a cell short as a row", () => {
    const prose = `${TITLE}一、主要目标\n到2025年，质量  明显提升。\n二、重点任务\n（一）提升产品质量。开展质量提升行动。（责任单位：市市场监管局）\n`;
    expect(tableOf(prose)).toEqual([]);
    // A row one cell short under a 分工表's header is a row whose last cell the copy left empty
    // (model/tables.ts shortSpacedRow): a table, every word in its cell, the lost cell empty.
    const ragged = `${plan}序号  重点任务  责任单位  完成时限\n1  提升产品质量  市市场监管局\n`;
    expect(tableOf(ragged)).toEqual([[["序号", "重点任务", "责任单位", "完成时限"], ["1", "提升产品质量", "市市场监管局", ""]]]);
    expect(printed(ragged)).toContain("序号|重点任务|责任单位|完成时限/1|提升产品质量|市市场监管局|");
  });
});

describe("export of an 印发通知's 落款 as pasted", () => {
  it("does not print （此页无正文） above the notice's 落款 either", () => {
    const notice = "示例市人民政府办公室关于印发示例市质量提升行动方案的通知\n各县（市、区）人民政府，市政府各部门：\n现将《示例市质量提升行动方案》印发给你们，请认真贯彻执行。\n\n";
    const closing = "示例市人民政府办公室\n2024年4月21日\n（此件公开发布）\n\n";
    const plan = `${TITLE}一、主要目标\n到2025年，质量明显提升。\n二、重点任务\n（一）提升产品质量。开展质量提升行动。（责任单位：市市场监管局）\n`;
    const blocks = printed(`${notice}（此页无正文）\n\n${closing}${plan}`);
    expect(blocks).toEqual(printed(`${notice}${closing}${plan}`));
    // A line that says so in a sentence, or one not right above a 落款, is the text's.
    expect(printed(`${notice}（此页无正文）\n现予印发。\n${closing}${plan}`)).toContain("（此页无正文）");
  });
});

describe("export of the 落款's parts in the order GB/T 9704 sets them, whatever order the copy has", () => {
  const body = `${TITLE}一、重点任务\n（一）提升产品质量。开展质量提升行动。（责任单位：市市场监管局）\n\n`;
  const kinds = (text: string) => layoutPlan(analyze(text).plan).blocks.map((block) => block.kind).filter((kind) => kind !== "paragraph" && kind !== "title");
  const attachment = "附件1\n\n重点任务分工表\n\n序号\t重点任务\t责任单位\n1\t提升产品质量\t市市场监管局\n";

  it("prints the 附件说明 below the body, above the 署名 (§7.3.4), where a copy put it under the 落款", () => {
    const text = `${body}示例市人民政府\n2024年4月21日\n（此件公开发布）\n\n附件：1. 重点任务分工表\n2. 主要指标表\n\n${attachment}`;
    expect(kinds(text)).toEqual(["attachmentNote", "attachmentNote", "signature", "date", "note", "attachmentLabel", "table"]);
    expect(printed(text).sort()).toEqual(printed(`${body}附件：1. 重点任务分工表\n2. 主要指标表\n\n示例市人民政府\n2024年4月21日\n（此件公开发布）\n\n${attachment}`).sort());
  });

  it("prints the 附注 on the line after the 成文日期 (§7.3.6), where a copy put it above the 署名", () => {
    expect(kinds(`${body}（此件公开发布）\n示例市人民政府\n2024年4月21日\n`)).toEqual(["signature", "date", "note"]);
  });
});

describe("export of an attachment whose title is on its label's line", () => {
  const body = `${TITLE}一、重点任务\n（一）提升产品质量。开展质量提升行动。（责任单位：市市场监管局）\n\n附件：示例市质量标杆培育工作方案\n\n示例市人民政府\n2024年4月21日\n\n`;
  const kinds = (text: string) => layoutPlan(analyze(text).plan).blocks.map((block) => `${block.kind}:${blockText(block)}`);

  it("starts the attachment on its page after the 落款 when its text opens with a paragraph, not only an item or a table", () => {
    const text = `${body}附件1：示例市质量标杆培育工作方案\n\n为培育一批质量标杆企业，制定本方案。\n一、培育对象\n（一）制造业企业。重点培育规模以上企业。\n`;
    expect(kinds(text)).toEqual([
      "title:示例市质量提升行动方案",
      "paragraph:一、重点任务",
      "paragraph:（一）提升产品质量。开展质量提升行动。（责任单位：市市场监管局）",
      "attachmentNote:附件：示例市质量标杆培育工作方案",
      "signature:示例市人民政府",
      "date:2024年4月21日",
      "attachmentLabel:附件1",
      "title:示例市质量标杆培育工作方案",
      "paragraph:为培育一批质量标杆企业，制定本方案。",
      "paragraph:一、培育对象",
      "paragraph:（一）制造业企业。重点培育规模以上企业。",
    ]);
  });

  it("keeps a list of attachments written 附件1：… 附件2：… under the 落款 as the 附件说明, set above the 署名", () => {
    const text = `${TITLE}一、重点任务\n（一）提升产品质量。开展质量提升行动。（责任单位：市市场监管局）\n\n示例市人民政府\n2024年4月21日\n\n附件1：重点任务分工表\n附件2：主要指标表\n`;
    expect(kinds(text).slice(-4)).toEqual(["attachmentNote:附件1：重点任务分工表", "attachmentNote:附件2：主要指标表", "signature:示例市人民政府", "date:2024年4月21日"]);
  });
});

describe("export of the 版头 an OA system's copy brings (GB/T 9704 §7.2)", () => {
  const notice =
    "关于印发示例市质量强市建设实施方案的通知\n各区县人民政府，市直各单位：\n现将《示例市质量强市建设实施方案》印发给你们，请认真贯彻执行。\n示例市人民政府\n2024年3月1日\n示例市质量强市建设实施方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n到2025年，质量明显提升。\n二、重点任务\n（一）提升产品质量。开展质量提升行动。（责任单位：市市场监管局）\n";

  it("sets the 份号, 密级, 紧急程度, 发文机关标志 and 发文字号 where the standard sets them, none as body text or in the title", () => {
    for (const [head, number] of [
      ["000123\n秘密★1年\n特急\n示例市人民政府文件\n示府发〔2024〕12号\n", "示府发〔2024〕12号"],
      ["000123\n特  急\n××市人民政府文件\n××府发〔2024〕12号\n", "××府发〔2024〕12号"],
    ] as const) {
      const { blocks } = layoutPlan(analyze(head + notice).plan);
      const top = blocks.slice(0, blocks.findIndex((block) => block.kind === "title") + 1);
      expect(top.map((block) => block.kind)).toEqual([...(head.includes("秘密") ? ["headField", "headField", "headField"] : ["headField", "headField"]), "issuerMark", "docNumber", "title"]);
      expect(blocks.find((block) => block.kind === "docNumber")).toEqual({ kind: "docNumber", text: number });
      expect(top[top.length - 1]).toMatchObject({ lines: ["关于印发示例市质量强市建设实施方案的通知"] });
      expect(blocks.filter((block) => block.kind === "paragraph").map(blockText)).not.toContain("000123");
    }
  });

  it("prints the 发文机关标志 red over a red rule under the 发文字号, the 密级 and 紧急程度 flush left", async () => {
    const docx = await exportText(`000123\n特急\n示例市人民政府文件\n示府发〔2024〕12号\n${notice}`);
    const mark = docx.paragraphs().find((p) => p.text === "示例市人民政府文件")!;
    expect(mark).toBeDefined();
    expect(descendants(mark.element, "color").map((color) => attr(color, "val"))).toContain("FF0000");
    const number = docx.paragraphs().find((p) => p.text === "示府发〔2024〕12号")!;
    const rule = descendants(number.element, "bottom")[0];
    expect(attr(rule, "color")).toBe("FF0000");
    const texts = docx.paragraphs().map((p) => p.text);
    expect(texts.indexOf("特急")).toBeLessThan(texts.indexOf("示例市人民政府文件"));
  });

  it("sets the 发文机关标志's top 35 mm below the type area's and the 发文字号 two blank lines under it (§7.2.4, §7.2.5)", async () => {
    const MM = 1440 / 25.4;
    for (const [head, fields] of [
      ["", 0],
      ["000123\n", 1],
      ["000123\n秘密★1年\n特急\n", 3],
    ] as const) {
      const docx = await exportText(`${head}示例市人民政府文件\n示府发〔2024〕12号\n${notice}`);
      const pitch = Number(attr(descendants(descendants(docx.xml("word/styles.xml"), "docDefaults")[0]!, "spacing").find((s) => attr(s, "line")), "line"));
      const mark = docx.paragraphs().find((p) => p.text === "示例市人民政府文件")!;
      const spacing = descendants(mark.element, "spacing").find((s) => attr(s, "after"));
      // The lines above it (each one pitch, exact) and the space before it reach 35 mm.
      expect(Math.abs(fields * pitch + Number(attr(spacing, "before") ?? 0) - 35 * MM)).toBeLessThan(2);
      // The mark's line, then two blank lines, then the 字号.
      expect(Number(attr(spacing, "after"))).toBe(2 * pitch);
    }
  });

  it("reads a joint document's 发文机关标志, its issuers' names stacked above the one ending in 文件, as one mark", () => {
    const { blocks } = layoutPlan(analyze(`000045\n\n中共示例市委办公室\n示例市人民政府办公室文件\n\n示办字〔2024〕7号\n${notice}`).plan);
    expect(blocks.slice(0, 3)).toEqual([
      { kind: "headField", field: "copyNumber", text: "000045" },
      { kind: "issuerMark", lines: ["中共示例市委办公室", "示例市人民政府办公室文件"] },
      { kind: "docNumber", text: "示办字〔2024〕7号" },
    ]);
  });

  it("prints a joint 发文机关标志 as GB/T 9704 sets it: the names stacked and spread to one width, 文件 to their right, centred on them (§7.2.4)", async () => {
    const MM = 1440 / 25.4;
    const docx = await exportText(`000045\n中共示例市委办公室\n示例市人民政府办公室文件\n示办字〔2024〕7号\n${notice}`);
    const body = docx.xml("word/document.xml").getElementsByTagNameNS(W, "body")[0]!;
    const table = children(body, "tbl")[0]!;
    const cells = descendants(table, "tc");
    expect(cells).toHaveLength(2);
    const [names, mark] = cells.map((cell) => children(cell, "p"));
    expect(names!.map(textOf)).toEqual(["中共示例市委办公室", "示例市人民政府办公室"]);
    expect(names!.map((p) => attr(descendants(p, "jc")[0], "val"))).toEqual(["distribute", "distribute"]);
    expect(mark!.map(textOf)).toEqual(["文件"]);
    expect(attr(descendants(cells[1]!, "vAlign")[0], "val")).toBe("center");
    for (const p of [...names!, ...mark!]) expect(descendants(p, "color").map((color) => attr(color, "val"))).toEqual(["FF0000"]);
    // No rules: the mark is not a table on the page.
    for (const side of ["top", "bottom", "left", "right", "insideH", "insideV"]) expect(attr(descendants(descendants(table, "tblBorders")[0]!, side)[0], "val")).toBe("none");
    // Above it the space that sets its top 35 mm below the type area's (the 份号's line counted
    // in), under it two blank lines, then the 字号; none of it a paragraph of text.
    const pitch = Number(attr(descendants(descendants(docx.xml("word/styles.xml"), "docDefaults")[0]!, "spacing").find((s) => attr(s, "line")), "line"));
    const around = children(body, "p").map((p) => ({ text: textOf(p), height: Number(attr(descendants(p, "spacing")[0], "line") ?? 0) }));
    const at = (text: string) => around.findIndex((p) => p.text === text);
    const before = around.slice(at("000045") + 1, at("示办字〔2024〕7号"));
    expect(before.map((p) => p.text)).toEqual(["", ""]);
    expect(Math.abs(pitch + before[0]!.height - 35 * MM)).toBeLessThan(2);
    expect(before[1]!.height).toBe(2 * pitch);
    // One issuer's mark stays a paragraph.
    expect(children((await exportText(`示例市人民政府文件\n示府发〔2024〕12号\n${notice}`)).xml("word/document.xml").getElementsByTagNameNS(W, "body")[0]!, "tbl")).toHaveLength(0);
  });

  it("sets a plan issued under its own 版头 on the 版头's page: no page break before its title", () => {
    const text = "示例市市场监督管理局文件\n示市监〔2024〕12号\n示例市质量强市建设实施方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n到2025年，质量明显提升。\n";
    const { blocks } = layoutPlan(analyze(text).plan);
    expect(blocks.slice(0, 3)).toEqual([
      { kind: "issuerMark", lines: ["示例市市场监督管理局文件"] },
      { kind: "docNumber", text: "示市监〔2024〕12号" },
      { kind: "title", lines: ["示例市质量强市建设实施方案"], pageBreakBefore: false },
    ]);
  });

  it("sets an upward document's 签发人 beside its 发文字号, from its line or the line under it (§7.2.4)", async () => {
    const report = "示例市市场监督管理局关于报送质量强市建设实施方案的报告\n市人民政府：\n为贯彻落实《质量强国建设纲要》，现将实施方案报告如下。\n一、总体要求\n到2025年，质量明显提升。\n";
    for (const head of ["示例市市场监督管理局文件\n\n示市监〔2024〕12号　　　　　　签发人：张三\n\n", "示例市市场监督管理局文件\n示市监〔2024〕12号\n签发人：张三\n"]) {
      const { plan } = analyze(head + report);
      expect(plan.metadata.docNumber).toBe("示市监〔2024〕12号");
      expect(plan.title?.text).toBe("示例市市场监督管理局关于报送质量强市建设实施方案的报告");
      const { blocks } = layoutPlan(plan);
      expect(blocks.slice(0, 3)).toMatchObject([{ kind: "issuerMark" }, { kind: "docNumber", text: "示市监〔2024〕12号", signer: "张三" }, { kind: "title", pageBreakBefore: false }]);
      expect(blocks.filter((block) => block.kind === "paragraph").map(blockText).join("")).not.toContain("签发人");
    }
    const docx = await exportText(`示例市市场监督管理局文件\n示市监〔2024〕12号　　签发人：张三\n${report}`);
    const number = docx.paragraphs().find((p) => p.text.startsWith("示市监〔2024〕12号"))!;
    expect(number.text).toBe("示市监〔2024〕12号\t签发人：张三");
    expect(attr(descendants(number.element, "tab")[0], "val")).toBe("right");
    expect(attr(descendants(number.element, "bottom")[0], "color")).toBe("FF0000");
    // A 签发人 in the text, not in the 版头, is the text's.
    expect(layoutPlan(analyze(`${report}签发人：张三\n`).plan).blocks.some((block) => block.kind === "docNumber")).toBe(false);
  });

  it("leaves a 份号-like line inside the text, or a title that merely ends in 文件, as it was", () => {
    const text = "示例市质量强市建设实施方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n000123\n一、总体要求\n到2025年，质量明显提升。\n";
    const { blocks } = layoutPlan(analyze(text).plan);
    expect(blocks.some((block) => block.kind === "headField" || block.kind === "issuerMark")).toBe(false);
  });
});

describe("export of a 公开方式 line, which says what a 附注 says (GB/T 9704 §7.3.6)", () => {
  const plan = `${TITLE}一、主要目标\n到2025年，质量明显提升。\n二、重点任务\n（一）提升产品质量。开展质量提升行动。（责任单位：市市场监管局）\n`;
  const imprint = "抄送：市委各部门。\n示例市人民政府办公室　　2024年4月22日印发\n";

  it("prints it as the 附注 after the body of a plan without a 落款", () => {
    const blocks = printed(`${plan}\n公开方式：主动公开\n`);
    expect(blocks[blocks.length - 1]).toBe("（公开方式：主动公开）");
  });

  it("sets a 版记 a copy put under the notice on the last page, once, and never as the notice's text", () => {
    const notice = "关于印发示例市质量强市建设实施方案的通知\n各区县人民政府，市直各单位：\n现将《示例市质量强市建设实施方案》印发给你们，请认真贯彻执行。\n示例市人民政府\n2024年3月1日\n（此件公开发布）\n";
    const imprint = "抄送：市委办公室，市人大常委会办公室。\n示例市人民政府办公室　　　　2024年3月2日印发\n";
    const plan = "示例市质量强市建设实施方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n到2025年，质量明显提升。\n";
    const { blocks } = layoutPlan(analyze(notice + imprint + plan).plan);
    expect(blocks[blocks.length - 1]).toEqual({ kind: "imprint", recipients: [{ label: "抄送", names: "市委办公室，市人大常委会办公室。" }], printing: { printer: "示例市人民政府办公室", printed: "2024年3月2日印发" } });
    const texts = blocks.slice(0, -1).map(blockText);
    expect(texts.filter((line) => line.includes("抄送") || line.endsWith("印发"))).toEqual([]);
    expect(texts.slice(texts.indexOf("（此件公开发布）"), texts.indexOf("（此件公开发布）") + 2)).toEqual(["（此件公开发布）", "示例市质量强市建设实施方案"]);
  });

  it("prints it on the line after the 成文日期, whatever the 版记 around it, and before an attachment's page", () => {
    const closing = "\n示例市人民政府\n2024年4月21日\n";
    const attachment = "附件\n重点任务分工表\n序号\t任务\t责任单位\n1\t提升产品质量\t市市场监管局\n";
    const { blocks } = layoutPlan(analyze(`${plan}${closing}${attachment}\n公开方式：依申请公开\n${imprint}`).plan);
    const kinds = blocks.map((block) => block.kind);
    expect(kinds.slice(kinds.indexOf("date"), kinds.indexOf("date") + 3)).toEqual(["date", "note", "attachmentLabel"]);
    expect(blocks[kinds.indexOf("note")]).toEqual({ kind: "note", text: "（公开方式：依申请公开）" });
  });

  it("prints it once where the text has its 附注 already: the 附注 says it", () => {
    const blocks = printed(`${plan}\n示例市人民政府\n2024年4月21日\n（此件公开发布）\n公开方式：主动公开\n${imprint}`);
    expect(blocks.filter((block) => block.includes("公开"))).toEqual(["（此件公开发布）"]);
  });
});

describe("export of a web page's download link on the 附件说明's line, and its related documents under it", () => {
  it("prints the attachment's name without the link's extension, and no related document as the plan's text", () => {
    const blocks = printed(`${TITLE}一、主要目标\n到2025年，质量明显提升。\n附件：示例市重点任务分解表.docx\n相关文件：\n示例市人民政府关于印发示例市质量强市建设实施方案的通知\n【打印】【关闭】\n`);
    expect(blocks.slice(-2)).toEqual(["到2025年，质量明显提升。", "附件：示例市重点任务分解表"]);
  });
});

describe("export of a 版记 whose 印发 line a narrow page broke in two", () => {
  const plan = `${TITLE}一、主要目标\n到2025年，质量明显提升。\n`;

  it("sets the 印发机关 on its own line and the 印发日期 under it as the one 印发 row, never as body text", () => {
    const { blocks } = layoutPlan(analyze(`${plan}\n抄送：市委办公室，市人大常委会办公室。\n示例市人民政府办公室\n2024年3月12日印发\n`).plan);
    expect(blocks[blocks.length - 1]).toEqual({
      kind: "imprint",
      recipients: [{ label: "抄送", names: "市委办公室，市人大常委会办公室。" }],
      printing: { printer: "示例市人民政府办公室", printed: "2024年3月12日印发" },
    });
    expect(blocks.slice(0, -1).map(blockText).filter((text) => text.includes("抄送") || text.includes("办公室"))).toEqual([]);
  });

  it("prints a 印发 line that names no 印发机关 with its date, never leaving it out", () => {
    const blocks = printed(`${plan}\n2024年3月12日印发\n`);
    expect(blocks[blocks.length - 1]).toBe(" 2024年3月12日印发");
  });
});

describe("export of a preamble a soft return cut in mid-sentence", () => {
  it("prints the preamble as the one paragraph it is, under the plan's own title", () => {
    for (const [first, second] of [
      ["为深入贯彻落实《质量强国建设纲要》，全面提升我市质量总体水平，推动经济社会高质量", "发展，结合我市实际，制定本方案。"],
      ["为贯彻落实《质量强国建设纲要》", "精神，结合我市实际，制定本方案。"],
      ["为深入贯彻落实党中央、国务院关于建设质量强国的决策部署", "推动我市质量工作再上新台阶，结合我市实际，制定本方案。"],
    ]) {
      const text = `示例市质量强市建设实施方案\n\n${first}\n${second}\n一、总体要求\n到2025年，质量明显提升。\n`;
      expect(analyze(text).plan.title?.text).toBe("示例市质量强市建设实施方案");
      expect(printed(text).slice(0, 2)).toEqual(["示例市质量强市建设实施方案", first + second]);
    }
  });
});

describe("a web page's bar on the title's own line", () => {
  it("is no word of the title: the model's title, the outline and the export leave it out", () => {
    const text = "南平市质量提升行动实施方案 【字体：大 中 小】 【打印】 【关闭】\n为推动我市质量提升，制定本方案。\n一、工作目标\n到2025年，质量明显提升。\n";
    const { plan } = analyze(text);
    expect(plan.title?.text).toBe("南平市质量提升行动实施方案");
    expect(text.slice(plan.title!.start, plan.title!.end)).toBe("南平市质量提升行动实施方案");
    expect(printed(text)[0]).toBe("南平市质量提升行动实施方案");
    // A title with no space or bracket before a bar's word keeps it.
    expect(analyze(text.replace(/ 【字体.*】/u, "打印")).plan.title?.text).toBe("南平市质量提升行动实施方案打印");
  });
});

describe("export of a table row Excel pasted over lines for a cell's line break", () => {
  it("sets the row as one, the cell without its quotes and with its line break", () => {
    const text = `${TITLE}一、主要目标\n到2025年，质量明显提升。\n\n附件\n\n重点项目表\n\n序号\t项目名称\t责任单位\t完成时限\n1\t"国家稀土功能材料\n质检中心建设"\t市市场监管局\t2025年12月\n2\t计量测试中心建设\t"市市场监管局\n市发改委"\t2024年底\n`;
    const table = layoutPlan(analyze(text).plan).blocks.find((block) => block.kind === "table");
    expect(table).toMatchObject({ rows: [["序号", "项目名称", "责任单位", "完成时限"], ["1", "国家稀土功能材料\n质检中心建设", "市市场监管局", "2025年12月"], ["2", "计量测试中心建设", "市市场监管局\n市发改委", "2024年底"]] });
  });
});

describe("export of a table row Excel pasted with a quote doubled in a cell", () => {
  it("sets the cell without the copy's quotes, each doubled quote one; a writer's quoted cell as written", () => {
    const text = `${TITLE}一、主要目标\n到2025年，质量明显提升。\n\n附件\n\n重点项目表\n\n序号\t项目名称\t责任单位\n1\t"开展""品字标""认证"\t市市场监管局\n2\t"实施""质量月""\n活动"\t市商务局\n3\t"质量月"\t市市场监管局\n`;
    const table = layoutPlan(analyze(text).plan).blocks.find((block) => block.kind === "table");
    expect(table).toMatchObject({ rows: [["序号", "项目名称", "责任单位"], ["1", '开展"品字标"认证', "市市场监管局"], ["2", '实施"质量月"\n活动', "市商务局"], ["3", '"质量月"', "市市场监管局"]] });
  });
});

describe("export of a table pasted with tabs whose row starts with empty cells", () => {
  it("keeps a merged cell's place: the row's leading tabs are empty cells, not its indentation", () => {
    const text = `${TITLE}一、主要目标\n到2025年，质量明显提升。\n\n附件\n\n重点项目表\n\n序号\t项目名称\t建设内容\t责任单位\t完成时限\n1\t计量测试中心\t建设产业计量测试中心\t市市场监管局\t2025年\n\t\t购置计量设备\t\t2024年\n2\t品牌培育\t培育区域品牌\t市商务局\t2026年\n`;
    const table = layoutPlan(analyze(text).plan).blocks.find((block) => block.kind === "table");
    expect(table).toMatchObject({ rows: [["序号", "项目名称", "建设内容", "责任单位", "完成时限"], ["1", "计量测试中心", "建设产业计量测试中心", "市市场监管局", "2025年"], ["", "", "购置计量设备", "", "2024年"], ["2", "品牌培育", "培育区域品牌", "市商务局", "2026年"]] });
  });
});

describe("a table of contents pasted from Word before the plan", () => {
  const text = [
    "示例市深化质量强市建设实施方案",
    "目  录",
    "一、总体要求……………………1",
    "二、主要任务……………………3",
    "（一）提升产品质量…………………3",
    "为贯彻落实《质量强国建设纲要》，结合我市实际，制定本方案。",
    "一、总体要求",
    "二、主要任务",
    "（一）提升产品质量",
    "1.开展质量提升行动。组织开展对标达标。〔责任单位：市市场监管局〕",
    "",
  ].join("\n");

  it("is no part of the outline: each heading once, numbering unbroken, the title the plan's", () => {
    expect(outlineMarkers(text)).toEqual(["一、总体要求", "二、主要任务", "（一）提升产品质量", "1.开展质量提升行动"]);
    const analysis = analyze(text);
    expect(analysis.plan.title?.text).toBe("示例市深化质量强市建设实施方案");
    expect(analysis.findings.filter((finding) => finding.rule.startsWith("numbering/"))).toEqual([]);
    expect(analysis.findings.map((finding) => finding.rule)).toContain("structure/table-of-contents");
  });

  it("is not printed: the export has the plan's headings once and no page numbers of Word's", () => {
    const blocks = printed(text);
    expect(blocks.filter((block) => block.includes("总体要求"))).toEqual(["一、总体要求"]);
    expect(blocks.some((block) => block.includes("……") || block.includes("目  录"))).toBe(false);
  });
});

describe("export of the attachments the model knows, and only those", () => {
  const body = `${TITLE}一、重点任务\n（一）提升产品质量。开展质量提升行动。（责任单位：市市场监管局）\n\n附件：1.重点任务清单\n2.质量指标表\n\n示例市人民政府\n2024年4月21日\n\n`;

  it("starts each attachment the model reads on its own page: its label flush left in 黑体, its title centred", async () => {
    const text = `${body}附件1 // 待补充牵头单位\n重点任务清单\n一、质量基础\n附件 2：质量指标表\n一、指标\n`;
    const { plan } = analyze(text);
    expect(plan.attachments.map((attachment) => attachment.label?.text)).toEqual(["附件1", "附件 2"]);
    const blocks = layoutPlan(plan).blocks.map((block) => `${block.kind}:${blockText(block)}`);
    expect(blocks.slice(-6)).toEqual(["attachmentLabel:附件1", "title:重点任务清单", "paragraph:一、质量基础", "attachmentLabel:附件2", "title:质量指标表", "paragraph:一、指标"]);
    const docx = await exportText(text);
    for (const written of ["附件1", "附件2"]) {
      const label = docx.paragraph(written);
      expect(descendants(label, "pageBreakBefore")).toHaveLength(1);
      expect(descendants(label, "jc").map((jc) => attr(jc, "val"))).not.toContain("center");
      expect(runsOf(label)[0]).toMatchObject({ eastAsia: "黑体" });
    }
    expect(docx.text("word/document.xml")).not.toContain("待补充");
  });

  it("prints a draft's own label above its title (the plan as its notice's 附件1) as a label, the title on its page", () => {
    const { blocks } = layoutPlan(analyze(`附件1\n${TITLE}一、重点任务\n（一）提升产品质量。开展质量提升行动。\n`).plan);
    expect(blocks.slice(0, 2)).toEqual([
      { kind: "attachmentLabel", text: "附件1", pageBreakBefore: false },
      { kind: "title", lines: [TITLE.trim()], pageBreakBefore: false },
    ]);
  });

  it("does not split a plan where a line only looks like an attachment's head: the 附件说明's lines, one a line", () => {
    const listed = `${TITLE}一、重点任务\n（一）提升产品质量。开展质量提升行动。（责任单位：市市场监管局）\n附件1：重点任务清单\n附件2：质量指标表\n示例市人民政府\n2024年4月21日\n`;
    expect(analyze(listed).plan.attachments).toEqual([]);
    const kinds = layoutPlan(analyze(listed).plan).blocks.map((block) => block.kind);
    expect(kinds).not.toContain("attachmentLabel");
    expect(kinds.filter((kind) => kind === "attachmentNote")).toHaveLength(2);
  });
});
