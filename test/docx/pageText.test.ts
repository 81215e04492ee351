import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { partsDocx, stylesXml, wordCell, wordParagraph, wordTable, readPlan as read } from "../support/docx";

const run = (text: string, properties = "") => `<w:r>${properties ? `<w:rPr>${properties}</w:rPr>` : ""}<w:t xml:space="preserve">${text}</w:t></w:r>`;

/** A text box as Word and WPS write it: a DrawingML shape, and the same box in VML for older readers. */
function textBox(...paragraphs: string[]): string {
  const content = `<w:txbxContent>${paragraphs.join("")}</w:txbxContent>`;
  return `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor xmlns:wp="wp"><a:graphic xmlns:a="a"><a:graphicData><wps:wsp xmlns:wps="wps"><wps:txbx>${content}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape xmlns:v="v"><v:textbox>${content}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
}

describe("a Word document reads as the text its pages show", () => {
  it("leaves out hidden text, by the run or by its style, and joins a run-in heading set apart by a style separator", () => {
    const styles = stylesXml(
      `<w:style w:type="character" w:styleId="Hidden"><w:rPr><w:vanish/></w:rPr></w:style>`,
      `<w:style w:type="character" w:styleId="HiddenToo"><w:basedOn w:val="Hidden"/></w:style>`,
      `<w:style w:type="paragraph" w:styleId="Note"><w:rPr><w:vanish/></w:rPr></w:style>`,
    );
    const body = [
      `<w:p>${run("（一）指导思想。")}${run("（起草说明：本段参照省方案）", "<w:vanish/>")}${run("以高质量发展为主题。")}</w:p>`,
      `<w:p>${run("（二）基本原则。")}${run("此句隐藏", '<w:rStyle w:val="HiddenToo"/>')}${run("此句可见", '<w:rStyle w:val="HiddenToo"/><w:vanish w:val="0"/>')}</w:p>`,
      `<w:p><w:pPr><w:pStyle w:val="Note"/></w:pPr>${run("整段隐藏的起草说明")}</w:p>`,
      // A paragraph of that style whose mark is made visible stays, an empty line.
      `<w:p><w:pPr><w:pStyle w:val="Note"/><w:rPr><w:vanish w:val="false"/></w:rPr></w:pPr>${run("隐藏的文字")}</w:p>`,
      // Word's style separator: the heading's paragraph mark is hidden, the heading and its text one line.
      `<w:p><w:pPr><w:rPr><w:vanish/><w:specVanish/></w:rPr></w:pPr>${run("（三）主要目标。")}</w:p>`,
      wordParagraph("到2027年，质量整体水平进一步提升。"),
      wordParagraph("（四）保障措施。"),
    ].join("");
    const { text, paragraphMap } = read(partsDocx(body, { "word/styles.xml": styles }));
    // The paragraph of a hidden style is hidden whole, its mark too: the next one takes its place.
    expect(text.split("\n")).toEqual(["（一）指导思想。以高质量发展为主题。", "（二）基本原则。此句可见", "", "（三）主要目标。到2027年，质量整体水平进一步提升。", "（四）保障措施。", ""]);
    expect(paragraphMap).toEqual([1, 2, 3, 4, 5]);
  });

  it("reads a text box once, as lines after the paragraph it is anchored in, numbered after it", () => {
    const body = [
      wordParagraph("一、总体要求"),
      `<w:p>${run("坚持质量第一，")}${textBox(wordParagraph("专栏1 质量提升重点"), wordParagraph("1.现代纺织。"))}${run("效益优先。")}</w:p>`,
      // A table in a text box is a table of the text: its rows' cells apart by tabs.
      `<w:p>${textBox(wordTable([[wordCell([wordParagraph("指标")]), wordCell([wordParagraph("目标值")])], [wordCell([wordParagraph("合格率")]), wordCell([wordParagraph("98%")])]]))}</w:p>`,
      // Section breaks, empty paragraphs and indentation typed with spaces are kept as the page has them.
      `<w:p><w:pPr><w:sectPr/></w:pPr></w:p>`,
      wordParagraph("   "),
      wordParagraph("\u3000\u3000二、重点任务"),
    ].join("");
    const { text, paragraphMap } = read(partsDocx(body));
    expect(text.split("\n")).toEqual(["一、总体要求", "坚持质量第一，效益优先。", "专栏1 质量提升重点", "1.现代纺织。", "", "指标\t目标值", "合格率\t98%", "", "   ", "\u3000\u3000二、重点任务", ""]);
    expect(paragraphMap).toEqual([1, 2, 3, 4, 5, 6, 8, 10, 11, 12]);
  });

  it("reads a field's result, not its instruction; a content control's content, not its placeholder; ruby's base; Word's symbols and breaks", () => {
    const field = (instruction: string, result: string) =>
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${instruction} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const body = [
      `<w:p>${run("按照本方案")}${field("REF _Ref12 \\r \\h", "（三）")}${run("执行，见第")}<w:fldSimple w:instr=" PAGEREF _Ref12 \\h ">${run("5")}</w:fldSimple>${run("页。")}</w:p>`,
      `<w:p>${run("牵头单位：")}<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>${run("单击或点击此处输入文字。")}</w:sdtContent></w:sdt></w:p>`,
      `<w:sdt><w:sdtPr><w:alias w:val="责任单位"/></w:sdtPr><w:sdtContent>${wordParagraph("〔责任单位：市市场监管局〕")}</w:sdtContent></w:sdt>`,
      `<w:p><w:r><w:ruby><w:rubyPr/><w:rt>${run("zhì")}</w:rt><w:rubyBase>${run("质")}</w:rubyBase></w:ruby></w:r>${run("量")}</w:p>`,
      `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr><w:r><w:t>达标</w:t><w:sym w:font="Wingdings" w:char="F0FC"/><w:t>未达标</w:t><w:sym w:font="Wingdings" w:char="F0A0"/><w:t>α</w:t><w:sym w:font="Symbol" w:char="F061"/><w:t>一</w:t><w:tab/><w:t>二</w:t><w:softHyphen/><w:t>三</w:t><w:noBreakHyphen/><w:t>四</w:t><w:br/><w:t>五</w:t><w:br w:type="column"/><w:t>六</w:t></w:r></w:p>`,
      // Symbols in a symbol font's run, as Word (U+F0xx) and older writers (the byte) store them; East Asian text in it stays.
      `<w:p>${run("\uF0D8", '<w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/>')}${run("l加强监管", '<w:rFonts w:ascii="Wingdings" w:eastAsia="仿宋_GB2312"/>')}${run("合格率\uF0B3", '<w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/>')}${run("98%", "<w:eastAsianLayout w:id=\"1\" w:combine=\"1\"/>")}</w:p>`,
      // Word's smart tags, proofing marks and bookmarks around runs add nothing.
      `<w:p><w:proofErr w:type="spellStart"/><w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="place">${run("南昌市")}</w:smartTag><w:proofErr w:type="spellEnd"/><w:bookmarkStart w:id="0" w:name="_Toc1"/>${run("市场监管局")}<w:bookmarkEnd w:id="0"/></w:p>`,
      // A page break before a paragraph's text, or after it, is no line of its own.
      `<w:p><w:r><w:br w:type="page"/><w:t>附件1</w:t><w:br w:type="page"/></w:r></w:p>`,
    ].join("");
    const { text, paragraphMap } = read(partsDocx(body));
    expect(text.split("\n")).toEqual(["按照本方案（三）执行，见第5页。", "牵头单位：", "〔责任单位：市市场监管局〕", "质量", "达标✔未达标\uF0A0αα一\t二三-四", "五", "六", "➢●加强监管合格率≥98%", "南昌市市场监管局", "附件1", ""]);
    expect(paragraphMap).toEqual([1, 2, 3, 4, 5, 5, 5, 6, 7, 8]);
  });

  it("keeps a Wingdings 2, Wingdings 3 or Webdings glyph it cannot map as Word stores it (U+F0xx), which the checker reports; a check-box list keeps its boxes", () => {
    const wingdings2 = '<w:rFonts w:ascii="Wingdings 2" w:hAnsi="Wingdings 2"/>';
    const body = [
      // As Insert → Symbol writes a box (w:sym), and as a run set in the font (older writers: the byte; Word: U+F0xx).
      `<w:p><w:r><w:sym w:font="Wingdings 2" w:char="F052"/></w:r>${run("建立质量监测体系。")}</w:p>`,
      `<w:p>${run("\u00a3", wingdings2)}${run("完善质量激励机制。")}</w:p>`,
      `<w:p>${run("\uF0A3 ", wingdings2)}${run("推进标准化建设。")}</w:p>`,
      `<w:p><w:r><w:sym w:font="Webdings" w:char="F061"/></w:r><w:r><w:sym w:font="Wingdings 3" w:char="F0A2"/></w:r>${run("强化品牌培育。")}</w:p>`,
    ].join("");
    const { text } = read(partsDocx(body));
    expect(text.split("\n")).toEqual(["\uF052建立质量监测体系。", "\uF0A3完善质量激励机制。", "\uF0A3 推进标准化建设。", "\uF061\uF0A2强化品牌培育。", ""]);
    const plan = ["示例市质量强市建设实施方案", "一、主要任务", ...text.split("\n").slice(0, 4)].join("\n");
    const findings = analyze(plan).findings.filter((finding) => finding.rule === "text/symbol-font-char");
    expect(findings.map((finding) => finding.message.slice(0, finding.message.indexOf("："))))
      .toEqual(["无法识别的符号字体字符<U+F052>", "无法识别的符号字体字符<U+F0A3>", "无法识别的符号字体字符<U+F0A3>", "无法识别的符号字体字符<U+F061><U+F0A2>"]);
  });

  it("reads Word's 带圈字符 (an EQ field) as the enclosed character, and hides what nested fields put in an instruction", () => {
    const complex = (...parts: string[]) => `<w:r><w:fldChar w:fldCharType="begin"/></w:r>${parts.join("")}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const instruction = (text: string, properties = "") => `<w:r>${properties ? `<w:rPr>${properties}</w:rPr>` : ""}<w:instrText xml:space="preserve">${text}</w:instrText></w:r>`;
    // As Word writes Format → Enclose Characters: the enclosure in a run of its own size, raised or not.
    const enclosed = (content: string, enclosure = "○") =>
      complex(instruction("eq \\o\\ac("), instruction(enclosure, '<w:position w:val="-4"/><w:sz w:val="48"/>'), instruction(`,${content})`));
    const body = [
      `<w:p>${run("主要措施：")}${enclosed("1")}${run("建立质量档案；")}${enclosed("11")}${run("完善追溯体系；")}${enclosed("36")}${run("开展抽查。")}</w:p>`,
      // "Enlarge symbol" raises the content (\s\up); a square has no enclosed form in Unicode, nor ○ round a word: the content is read.
      `<w:p>${complex(instruction("eq \\o\\ac(○,\\s\\up 1(2))"))}${enclosed("注", "□")}${enclosed("重点")}${run("见")}${complex(instruction(" EQ \\f(1,2) "))}${run("。")}</w:p>`,
      // An EQ field as w:fldSimple; another field with no result shows nothing of its instruction.
      `<w:p><w:fldSimple w:instr="eq \\o\\ac(○,三)"/>${run("任务")}<w:fldSimple w:instr=" PAGE "/>${complex(instruction(" DATE "))}</w:p>`,
      // A nested field's result inside an instruction is part of it, not of the page; the outer field's result is.
      `<w:p>${run("责任单位：")}${complex(instruction(" IF "), complex(instruction(" MERGEFIELD 单位 "), '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', run("«单位»")), instruction(' = "" "" "x" '), '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', run("市市场监管局"))}</w:p>`,
      // A begin with no separate or end (a damaged file) hides nothing past its paragraph.
      `<w:p>${run("（一）")}<w:r><w:fldChar w:fldCharType="begin"/></w:r>${instruction(" REF _Ref1 ")}</w:p>`,
      wordParagraph("（二）加强质量基础设施建设。"),
    ].join("");
    const { text } = read(partsDocx(body));
    expect(text.split("\n")).toEqual(["主要措施：①建立质量档案；⑪完善追溯体系；㊱开展抽查。", "②注重点见1/2。", "㊂任务", "责任单位：市市场监管局", "（一）", "（二）加强质量基础设施建设。", ""]);
  });

  it("reads a plan laid out in a table of one column, a cell of many paragraphs, in time linear to its size", () => {
    const paragraphs = Array.from({ length: 30_000 }, (_, index) => wordParagraph(`${index + 1}.推进第${index + 1}项质量提升任务。`));
    const started = performance.now();
    const { text, paragraphMap } = read(partsDocx(wordTable([[wordCell([wordParagraph("示例市质量提升实施方案"), ...paragraphs])]])));
    expect(performance.now() - started).toBeLessThan(10_000);
    const lines = text.split("\n");
    expect(lines).toHaveLength(30_002);
    expect(lines[30_000]).toBe("30000.推进第30000项质量提升任务。");
    expect(paragraphMap[30_000]).toBe(30_001);
  });
});
