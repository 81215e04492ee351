import { Bookmark, CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document, ExternalHyperlink, FootnoteReferenceRun, InsertedTextRun, Packer, PageBreak, Paragraph, SymbolRun, TextRun } from "docx";
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
