import { describe, expect, it } from "vitest";
import { formatNumber } from "../../server/src/node/docx/numbering";
import { numberedParagraph as numbered, numberingXml, partsDocx, stylesXml, wordLevel as level, wordParagraph, readPlan } from "../support/docx";

function lines(body: string, parts: Record<string, string>): string[] {
  return readPlan(partsDocx(body, parts)).text.split("\n").slice(0, -1);
}

const num = (numId: number, abstractId: number, overrides = "") => `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`;
const abstract = (id: number, ...levels: string[]) => `<w:abstractNum w:abstractNumId="${id}">${levels.join("")}</w:abstractNum>`;

describe("Word's list numbering written out as the markers a reader sees", () => {
  it("counts levels, restarts a level under a new parent, continues lists that share one definition, and honours start overrides", () => {
    const numbering = numberingXml(
      abstract(0, level(0, "chineseCounting", "%1、"), level(1, "chineseCounting", "（%2）"), level(2, "decimal", "%3."), level(3, "decimal", "%3.%4")),
      num(1, 0),
      // A second list of the same definition goes on counting; a third restarts at 5.
      num(2, 0),
      num(3, 0, `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride>`),
      // numId 0 takes the numbering away.
    );
    const body = [
      numbered(1, 0, "总体要求"),
      numbered(1, 1, "指导思想"),
      numbered(1, 1, "基本原则"),
      numbered(1, 0, "重点任务"),
      numbered(1, 1, "推动质量变革"),
      numbered(1, 2, "加快创新。"),
      numbered(1, 3, "建设平台。"),
      numbered(1, 3, "培育人才。"),
      numbered(1, 2, "增强能力。"),
      numbered(2, 0, "保障措施"),
      numbered(0, 0, "（未编号）"),
      numbered(3, 0, "附则"),
      numbered(3, 1, "解释"),
    ].join("");
    expect(lines(body, { "word/numbering.xml": numbering })).toEqual([
      "一、总体要求",
      "（一）指导思想",
      "（二）基本原则",
      "二、重点任务",
      "（一）推动质量变革",
      "1.加快创新。",
      "1.1 建设平台。",
      "1.2 培育人才。",
      "2.增强能力。",
      "三、保障措施",
      "（未编号）",
      "五、附则",
      "（一）解释",
    ]);
  });

  it("reads numbering a paragraph takes from its style, through basedOn and the level a style is linked to, and a list defined by a numbering style", () => {
    const numbering = numberingXml(
      abstract(0, level(0, "chineseCountingThousand", "%1、", '<w:pStyle w:val="Heading1"/>'), level(1, "chineseCountingThousand", "（%2）", '<w:pStyle w:val="Heading2"/>')),
      num(1, 0),
      // A list of a numbering style (w:numStyleLink) numbers as the style's list does.
      `<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="PlanList"/></w:abstractNum>`,
      abstract(2, level(0, "decimal", "%1."), level(1, "decimalEnclosedCircle", "%2")),
      num(2, 2),
      num(3, 1),
    );
    const styles = stylesXml(
      `<w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>`,
      `<w:style w:type="paragraph" w:styleId="Heading2"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>`,
      `<w:style w:type="paragraph" w:styleId="MyHeading2"><w:basedOn w:val="Heading2"/></w:style>`,
      `<w:style w:type="numbering" w:styleId="PlanList"><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>`,
    );
    const styled = (style: string, text: string, more = "") => `<w:p><w:pPr><w:pStyle w:val="${style}"/>${more}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const body = [
      styled("Heading1", "总体要求"),
      styled("MyHeading2", "指导思想"),
      // A heading whose numbering was switched off by hand, then one typed by hand after it.
      styled("Heading2", "（此处手工编号）", '<w:numPr><w:numId w:val="0"/></w:numPr>'),
      styled("Heading1", "重点任务"),
      wordParagraph("三、保障措施"),
      numbered(3, 0, "加强组织领导。"),
      numbered(3, 1, "明确分工。"),
    ].join("");
    expect(lines(body, { "word/numbering.xml": numbering, "word/styles.xml": styles })).toEqual([
      "一、总体要求",
      "（一）指导思想",
      "（此处手工编号）",
      "二、重点任务",
      "三、保障措施",
      "1.加强组织领导。",
      "①明确分工。",
    ]);
  });

  it("writes Word's formats, legal numbering, suffixes and restarts as shown, and no bullet glyph", () => {
    const numbering = numberingXml(
      abstract(
        0,
        level(0, "chineseCounting", "第%1章", '<w:suff w:val="space"/>'),
        level(1, "decimal", "%1.%2", "<w:isLgl/>"),
        // Level 3 goes on counting across level 2 (w:lvlRestart 1: only a chapter restarts it).
        level(2, "decimal", "%3.", '<w:lvlRestart w:val="1"/>'),
        level(3, "decimalEnclosedParen", "%4"),
        level(4, "ideographTraditional", "%5、", '<w:suff w:val="nothing"/>'),
        level(5, "decimal", "%6.", '<w:rPr><w:vanish/></w:rPr>'),
      ),
      abstract(1, level(0, "bullet", "\uF06C", '<w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr>'), level(1, "bullet", "——"), level(2, "none", "")),
      // Word 2010's own formats come with a standard one for older readers.
      `<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/><mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="001, 002, 003, ..."/></mc:Choice><mc:Fallback><w:numFmt w:val="decimalZero"/></mc:Fallback></mc:AlternateContent><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>`,
      num(1, 0),
      num(2, 1),
      num(3, 2),
    );
    const body = [
      numbered(1, 0, "总则"),
      numbered(1, 1, "目的"),
      numbered(1, 2, "甲项。"),
      numbered(1, 1, "范围"),
      numbered(1, 2, "乙项。"),
      numbered(1, 3, "细目。"),
      numbered(1, 4, "分项。"),
      numbered(1, 5, "编号隐藏。"),
      numbered(1, 0, "重点任务"),
      numbered(1, 2, "丙项。"),
      numbered(2, 0, "加强监管。"),
      numbered(2, 1, "推进标准化。"),
      numbered(2, 2, "无编号。"),
      numbered(3, 0, "首项。"),
    ].join("");
    expect(lines(body, { "word/numbering.xml": numbering })).toEqual([
      "第一章\u3000总则",
      "1.1 目的",
      "1.甲项。",
      "1.2 范围",
      "2.乙项。",
      "⑴细目。",
      "甲、分项。",
      "编号隐藏。",
      "第二章\u3000重点任务",
      "1.丙项。",
      "加强监管。",
      "——推进标准化。",
      "无编号。",
      "01.首项。",
    ]);
  });

  it("formats Word's number formats as Word draws them", () => {
    expect([1, 10, 11, 20, 21, 99].map((n) => formatNumber(n, "chineseCountingThousand"))).toEqual(["一", "十", "十一", "二十", "二十一", "九十九"]);
    expect([1, 10, 12, 105].map((n) => formatNumber(n, "chineseLegalSimplified"))).toEqual(["壹", "壹拾", "壹拾贰", "壹佰零伍"]);
    expect([1, 10, 11].map((n) => formatNumber(n, "ideographTraditional"))).toEqual(["甲", "癸", "11"]);
    expect([1, 12, 13].map((n) => formatNumber(n, "ideographZodiac"))).toEqual(["子", "亥", "13"]);
    expect([1, 20, 21].map((n) => formatNumber(n, "decimalEnclosedParen"))).toEqual(["⑴", "⒇", "(21)"]);
    expect([2, 21].map((n) => formatNumber(n, "decimalEnclosedCircle"))).toEqual(["②", "21"]);
    expect(formatNumber(3, "decimalEnclosedFullstop")).toBe("⒊");
    expect(formatNumber(1, "ideographEnclosedCircle")).toBe("㊀");
  });

  it("reads a numbering part of 10,000 lists and a list of many overrides without slowing down", () => {
    const definitions = Array.from({ length: 10_000 }, (_, index) => abstract(index, level(0, "decimal", "%1.")) + num(index + 1, index));
    const overrides = Array.from({ length: 50_000 }, (_, index) => `<w:lvlOverride w:ilvl="${index}"><w:startOverride w:val="1"/></w:lvlOverride>`).join("");
    const body = Array.from({ length: 20_000 }, (_, index) => numbered(index % 2 === 0 ? 10_001 : 1 + (index % 10_000), 0, "任务。")).join("");
    const started = performance.now();
    const read = lines(body, { "word/numbering.xml": numberingXml(...definitions, num(10_001, 0, overrides)) });
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(read.slice(0, 4)).toEqual(["1.任务。", "1.任务。", "2.任务。", "1.任务。"]);
  });
});
