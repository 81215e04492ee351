import { Bookmark, CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document, ExternalHyperlink, Footer, FootnoteReferenceRun, Header, InsertedTextRun, LevelFormat, Packer, PageBreak, PageNumber, Paragraph, SymbolRun, TableOfContents, TextRun } from "docx";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { numberedParagraph, numberingXml, partsDocx, wordLevel, wordParagraph, readPlan as read } from "../support/docx";

const revision = { author: "审核人", date: "2026-03-01T09:00:00Z" };

describe("a Word document under review reads as the page shows it with the revisions accepted", () => {
  it("reads a reviewer's insertions, not deletions, comments, footnote marks or bookmarks; a symbol font's ≥ as ≥", async () => {
    const document = new Document({
      comments: { children: [{ id: 0, author: "审核人", date: new Date("2026-03-01T09:00:00Z"), children: [new Paragraph("单位名称请核实。")] }] },
      footnotes: { 1: { children: [new Paragraph("按国家统计口径。")] } },
      sections: [
        {
          children: [
            new Paragraph("一、主要目标"),
            new Paragraph({
              children: [
                new TextRun("到2027年，产品质量监督抽查合格率"),
                new SymbolRun({ char: "F0B3", symbolfont: "Symbol" }),
                new DeletedTextRun({ text: "95", id: 1, ...revision }),
                new InsertedTextRun({ text: "98", id: 2, ...revision }),
                new TextRun("%"),
                new FootnoteReferenceRun(1),
                new TextRun("。"),
              ],
            }),
            new Paragraph("二、重点任务"),
            new Paragraph({
              children: [
                new Bookmark({ id: "task1", children: [new TextRun("1.推进质量基础设施建设。")] }),
                new CommentRangeStart(0),
                new TextRun("〔责任单位："),
                new DeletedTextRun({ text: "市质监局", id: 3, ...revision }),
                new InsertedTextRun({ text: "市市场监管局", id: 4, ...revision }),
                new TextRun("〕"),
                new CommentRangeEnd(0),
                new TextRun({ children: [new CommentReference(0)] }),
              ],
            }),
            new Paragraph({
              children: [new TextRun("2.提升"), new ExternalHyperlink({ link: "https://www.samr.gov.cn/", children: [new TextRun("计量服务")] }), new TextRun("能力。"), new PageBreak(), new TextRun("附件")],
            }),
          ],
        },
      ],
    });
    const { text, paragraphMap } = read(await Packer.toBuffer(document));
    expect(text).toBe("一、主要目标\n到2027年，产品质量监督抽查合格率≥98%。\n二、重点任务\n1.推进质量基础设施建设。〔责任单位：市市场监管局〕\n2.提升计量服务能力。\n附件\n");
    // The page break sets 附件 on a line of its own, in the paragraph it was typed in.
    expect(paragraphMap).toEqual([1, 2, 3, 4, 5, 5]);
    const { plan } = analyze(text);
    expect(plan.clauses.flatMap((clause) => clause.units.map((unit) => unit.text))).toEqual(["市市场监管局"]);
  });

  it("reads moved text once, where it was moved to, and a deleted paragraph, row or numbering not at all", () => {
    const numbering = numberingXml(
      `<w:abstractNum w:abstractNumId="0">${wordLevel(0, "chineseCounting", "%1、")}${wordLevel(1, "chineseCounting", "（%2）")}</w:abstractNum>`,
      `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
    );
    const deletedMark = `<w:rPr><w:del w:id="9" w:author="审核人"/></w:rPr>`;
    const body = [
      numberedParagraph(1, 0, "总体要求"),
      // A reviewer deleted the whole first subheading: its text and its mark.
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>${deletedMark}</w:pPr><w:del w:id="10" w:author="审核人"><w:r><w:delText>工作原则</w:delText></w:r></w:del></w:p>`,
      numberedParagraph(1, 1, "指导思想"),
      // A sentence moved to the end of its paragraph.
      `<w:p><w:moveFrom w:id="11" w:author="审核人"><w:r><w:t>坚持系统观念。</w:t></w:r></w:moveFrom><w:r><w:t>坚持质量第一。</w:t></w:r><w:moveTo w:id="12" w:author="审核人"><w:r><w:t>坚持系统观念。</w:t></w:r></w:moveTo></w:p>`,
      // A paragraph whose mark a reviewer deleted runs on into the next.
      `<w:p><w:pPr>${deletedMark}</w:pPr><w:r><w:t>强化质量安全监管，</w:t></w:r></w:p>`,
      wordParagraph("守住安全底线。"),
      // A reviewer took this paragraph out of the list: the old numbering is the revision's record only.
      `<w:p><w:pPr><w:pPrChange w:id="13" w:author="审核人"><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:pPrChange></w:pPr><w:r><w:t>（此段不再编号）</w:t></w:r></w:p>`,
      numberedParagraph(1, 0, "重点任务"),
      `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>序号</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>牵头单位</w:t></w:r></w:p></w:tc></w:tr>`,
      `<w:tr><w:trPr><w:del w:id="14" w:author="审核人"/></w:trPr><w:tc><w:p><w:del w:id="15" w:author="审核人"><w:r><w:delText>1</w:delText></w:r></w:del></w:p></w:tc><w:tc><w:p><w:r><w:t>市质监局</w:t></w:r></w:p></w:tc></w:tr>`,
      `<w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>市市场监管局</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`,
    ].join("");
    const { text, paragraphMap } = read(partsDocx(body, { "word/numbering.xml": numbering }));
    expect(text.split("\n")).toEqual(["一、总体要求", "（一）指导思想", "坚持质量第一。坚持系统观念。", "强化质量安全监管，守住安全底线。", "（此段不再编号）", "二、重点任务", "序号\t牵头单位", "1\t市市场监管局", ""]);
    // The deleted paragraph counts as none; the two joined are one.
    expect(paragraphMap).toEqual([1, 2, 3, 4, 5, 6, 7, 9]);
  });
});

describe("a plan as a drafting team's Word file has it reads as the plan", () => {
  it("gives the outline and clauses of its text, past a running header, page numbers, a table of contents, revisions and a hidden note", async () => {
    const source = [
      "示例县质量强县建设实施方案",
      "为深入贯彻落实《质量强国建设纲要》，制定本方案。",
      "一、总体要求",
      "（一）主要目标。到2027年，产品质量监督抽查合格率≥98%。",
      "二、重点任务",
      "（一）夯实质量基础",
      "1.完善计量体系。〔责任单位：县市场监管局、县科技局〕",
      "2.推进标准化建设。〔责任单位：县市场监管局〕",
      "三、保障措施",
      "（一）加强组织领导。〔责任单位：县政府办〕",
      "",
    ].join("\n");
    const numbered = (level: number, text: string, children: (TextRun | InsertedTextRun | DeletedTextRun | SymbolRun)[] = [new TextRun(text)]) => new Paragraph({ children, numbering: { reference: "plan", level } });
    const document = new Document({
      features: { updateFields: true },
      numbering: {
        config: [
          {
            reference: "plan",
            levels: [
              { level: 0, format: LevelFormat.CHINESE_COUNTING, text: "%1、" },
              { level: 1, format: LevelFormat.CHINESE_COUNTING, text: "（%2）" },
              { level: 2, format: LevelFormat.DECIMAL, text: "%3." },
            ],
          },
        ],
      },
      sections: [
        {
          headers: { default: new Header({ children: [new Paragraph("示例县人民政府办公室文件")] }) },
          footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"] })] })] }) },
          children: [
            new Paragraph("示例县质量强县建设实施方案"),
            new TableOfContents("目录", { hyperlink: true, headingStyleRange: "1-2" }),
            new Paragraph("为深入贯彻落实《质量强国建设纲要》，制定本方案。"),
            numbered(0, "总体要求"),
            numbered(1, "", [new TextRun("主要目标。到2027年，产品质量监督抽查合格率"), new SymbolRun({ char: "F0B3", symbolfont: "Symbol" }), new TextRun("98%。")]),
            numbered(0, "重点任务"),
            numbered(1, "夯实质量基础"),
            numbered(2, "", [new TextRun("完善计量体系。〔责任单位：县市场监管局、"), new DeletedTextRun({ text: "县质监局、", id: 1, ...revision }), new InsertedTextRun({ text: "县科技局", id: 2, ...revision }), new TextRun("〕")]),
            numbered(2, "推进标准化建设。〔责任单位：县市场监管局〕"),
            new Paragraph({ children: [new TextRun({ text: "（起草说明：第三部分待办公室确认）", vanish: true })] }),
            numbered(0, "保障措施"),
            numbered(1, "加强组织领导。〔责任单位：县政府办〕"),
          ],
        },
      ],
    });
    const { text } = read(await Packer.toBuffer(document));
    const outline = (plan: string) => analyze(plan).plan.allItems.map((item) => `${item.marker.text}${item.heading.text}`);
    const clauses = (plan: string) => analyze(plan).plan.clauses.map((clause) => clause.units.map((unit) => unit.text).join("、"));
    expect(outline(text)).toEqual(outline(source));
    expect(outline(source)).toHaveLength(8);
    expect(clauses(text)).toEqual(clauses(source));
    // No page furniture: the header and the footer's page number are not in the text.
    expect(text).not.toMatch(/人民政府办公室文件|— \d* —|起草说明/);
  });
});
