import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8 } from "fflate";
import type { Element } from "@xmldom/xmldom";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { BODY_CHAR, BODY_PT, wordWidth } from "../../server/src/core/export/gongwen";
import { layoutPlan } from "../../server/src/core/export/layout";
import { centredColumns } from "../../server/src/core/export/tableColumns";
import { titleLines } from "../../server/src/core/export/titleLines";
import { attr, descendants, DocxPackage, exportText, runsOf, textOf } from "../support/docxPackage";
import { readSeed, SEED_NAMES } from "../support/seeds";

const EXAMPLE = readFileSync(join(__dirname, "..", "..", "examples", "示例市深化质量强市建设实施方案.plan"), "utf8");
const GANZHOU = readSeed("ganzhou-2024");
/** The character spacing a paragraph's first run is set with (twips; 0 when it has none). */
const runSpacing = (paragraph: Element): number => Number(attr(descendants(descendants(paragraph, "rPr")[0]!, "spacing")[0], "val") ?? 0);
/** Twips per millimetre: Word measures page geometry in 1/20 pt. */
const MM = 1440 / 25.4;

describe("docx export: page (GB/T 9704—2012 §5)", () => {
  it("is A4 with the standard's margins and a 156 × 225 mm type area", async () => {
    const docx = await exportText(GANZHOU);
    const section = descendants(docx.xml("word/document.xml"), "sectPr")[0]!;
    const size = descendants(section, "pgSz")[0];
    const margin = descendants(section, "pgMar")[0];
    expect(Number(attr(size, "w"))).toBe(Math.round(210 * MM));
    expect(Number(attr(size, "h"))).toBe(Math.round(297 * MM));
    expect(Number(attr(margin, "top"))).toBe(Math.round(37 * MM)); // 天头
    expect(Number(attr(margin, "left"))).toBe(Math.round(28 * MM)); // 订口
    const typeWidth = Number(attr(size, "w")) - Number(attr(margin, "left")) - Number(attr(margin, "right"));
    const typeHeight = Number(attr(size, "h")) - Number(attr(margin, "top")) - Number(attr(margin, "bottom"));
    expect(Math.abs(typeWidth - 156 * MM)).toBeLessThan(2);
    expect(Math.abs(typeHeight - 225 * MM)).toBeLessThan(2);
  });

  // What a reviewer reads in Word's page setup and the file's properties, from the XML itself: every
  // section (the 版记's too, where there is one) A4 with the four margins of GB/T 9704 (天头 37 mm, 订口 28 mm, the rest the 156 × 225 mm
  // type area leaves), a grid of 22 lines of 28 characters that agrees with the body's exact line
  // spacing and the runs' tightening, the plan's title and issuer as the document's title and author.
  it("reads as GB/T 9704's page in the document's own settings: A4, margins, 22 × 28 grid, title and issuer", async () => {
    const docx = await exportText(GANZHOU);
    const plan = analyze(GANZHOU).plan;
    const sections = descendants(docx.xml("word/document.xml"), "sectPr");
    const defaults = descendants(docx.xml("word/styles.xml"), "docDefaults")[0]!;
    const bodyPitch = Number(attr(descendants(defaults, "spacing").find((s) => attr(s, "line")), "line"));
    const bodySize = Number(attr(descendants(defaults, "sz")[0], "val")) * 10; // twips
    expect(sections.length).toBeGreaterThan(0);
    for (const section of sections) {
      const size = descendants(section, "pgSz")[0];
      expect([Number(attr(size, "w")), Number(attr(size, "h"))]).toEqual([Math.round(210 * MM), Math.round(297 * MM)]);
      const margin = descendants(section, "pgMar")[0];
      expect(["top", "bottom", "left", "right"].map((side) => Number(attr(margin, side)))).toEqual([37, 35, 28, 26].map((millimetres) => Math.round(millimetres * MM)));
      const grid = descendants(section, "docGrid")[0];
      const linePitch = Number(attr(grid, "linePitch"));
      const characterPitch = bodySize + (Number(attr(grid, "charSpace")) * 20) / 4096;
      const typeHeight = Math.round(297 * MM) - Number(attr(margin, "top")) - Number(attr(margin, "bottom"));
      const typeWidth = Math.round(210 * MM) - Number(attr(margin, "left")) - Number(attr(margin, "right"));
      expect(linePitch).toBe(bodyPitch);
      expect([Math.floor(typeHeight / linePitch), Math.floor(typeWidth / characterPitch)]).toEqual([22, 28]);
    }
    const core = docx.text("docProps/core.xml");
    expect(plan.metadata.title).toBe("赣州市深化质量强市建设实施方案");
    expect(core).toContain(`<dc:title>${plan.metadata.title}</dc:title>`);
    expect(core).toContain(`<dc:creator>${plan.metadata.issuer}</dc:creator>`);
  });

  it("sets 22 lines of 28 characters of 3号 (16 pt) 仿宋, first lines indented two characters", async () => {
    const docx = await exportText(GANZHOU);
    const styles = docx.xml("word/styles.xml");
    const defaults = descendants(styles, "docDefaults")[0]!;
    const spacing = descendants(defaults, "spacing").find((s) => attr(s, "line"));
    const pitch = Number(attr(spacing, "line"));
    expect(attr(spacing, "lineRule")).toBe("exact");
    const margin = descendants(docx.xml("word/document.xml"), "pgMar")[0];
    const typeHeight = Math.round(297 * MM) - Number(attr(margin, "top")) - Number(attr(margin, "bottom"));
    expect(22 * pitch).toBeLessThanOrEqual(typeHeight);
    expect(23 * pitch).toBeGreaterThan(typeHeight);
    // 28 characters of 16 pt plus the character spacing fill the 156 mm line, 29 do not.
    const size = Number(attr(descendants(defaults, "sz")[0], "val")) / 2;
    expect(size).toBe(16);
    // Each run of the body carries the tightening (the defaults do not: see the next test).
    const bodyRun = descendants(docx.paragraph("（一）指导思想"), "rPr")[0]!;
    const characterSpacing = Number(attr(descendants(bodyRun, "spacing")[0], "val"));
    const typeWidth = Math.round(210 * MM) - Number(attr(margin, "left")) - Number(attr(margin, "right"));
    expect(28 * (size * 20 + characterSpacing)).toBeLessThanOrEqual(typeWidth);
    expect(29 * (size * 20 + characterSpacing)).toBeGreaterThan(typeWidth);
    expect(attr(descendants(defaults, "rFonts")[0], "eastAsia")).toBe("仿宋_GB2312");
    expect(attr(descendants(defaults, "ind")[0], "firstLineChars")).toBe("200");
  });

  it("sets the title, the page numbers and tables without the body's tightening", async () => {
    const docx = await exportText(readFileSync(join(__dirname, "..", "fixtures", "clean", "yearly-action.plan"), "utf8"));
    // A run can only override a spacing it inherits with one of its own, and the docx library
    // writes none of 0: were the tightening in the defaults, every run would inherit it.
    const defaults = descendants(docx.xml("word/styles.xml"), "rPrDefault")[0]!;
    expect(descendants(defaults, "spacing")).toHaveLength(0);
    for (const style of descendants(docx.xml("word/styles.xml"), "style")) expect(descendants(descendants(style, "rPr")[0] ?? style, "spacing").filter((s) => attr(s, "val")), attr(style, "styleId") ?? "").toHaveLength(0);
    const spacingOf = (run: Element) => descendants(run, "spacing").map((s) => attr(s, "val"));
    const title = docx.paragraph("绍兴市2024年质量提升行动计划");
    for (const run of descendants(title, "r")) expect(spacingOf(run)).toEqual([]);
    const table = descendants(docx.xml("word/document.xml"), "tbl")[0]!;
    for (const run of descendants(table, "r")) expect(spacingOf(run)).toEqual([]);
    const footers = Object.keys(docx.entries).filter((name) => /^word\/footer\d+\.xml$/.test(name));
    for (const name of footers) for (const run of descendants(docx.xml(name), "r")) expect(spacingOf(run)).toEqual([]);
    // The body's runs have it.
    expect(spacingOf(descendants(docx.paragraph("一、行动目标"), "r")[0]!)).toEqual([expect.stringMatching(/^-\d+$/)]);
  });

  it("numbers pages — 1 — in 4号 宋体, odd pages right and even pages left", async () => {
    const docx = await exportText(GANZHOU);
    expect(docx.text("word/settings.xml")).toContain("<w:evenAndOddHeaders/>");
    const references = descendants(docx.xml("word/document.xml"), "footerReference");
    expect(references.map((r) => attr(r, "type")).sort()).toEqual(["default", "even"]);
    const rels = docx.text("word/_rels/document.xml.rels");
    for (const reference of references) {
      const id = reference.getAttribute("r:id")!;
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1]!;
      const footer = docx.xml(`word/${target}`);
      const paragraph = descendants(footer, "p")[0]!;
      expect(attr(descendants(paragraph, "jc")[0], "val")).toBe(attr(reference, "type") === "even" ? "left" : "right");
      expect(descendants(paragraph, "instrText").map((i) => i.textContent?.trim())).toEqual(["PAGE"]);
      expect(descendants(paragraph, "fldChar").map((f) => attr(f, "fldCharType"))).toEqual(["begin", "separate", "end"]);
      expect(textOf(paragraph)).toBe("—  —"); // the field's result is Word's to fill in
      const run = runsOf(paragraph)[0]!;
      expect(run).toMatchObject({ eastAsia: "宋体", size: "28" });
    }
  });
});

describe("docx export: text and faces", () => {
  it("centres the title in 2号小标宋, broken where the source breaks it", async () => {
    const docx = await exportText(GANZHOU);
    const notice = docx.paragraph("赣州市人民政府关于印发");
    expect(attr(descendants(notice, "jc")[0], "val")).toBe("center");
    expect(descendants(notice, "br")).toHaveLength(1);
    expect(textOf(notice)).toBe("赣州市人民政府关于印发赣州市深化质量强市建设实施方案的通知");
    const title = docx.paragraphs().find((p) => p.text === "赣州市深化质量强市建设实施方案")!.element;
    expect(attr(descendants(title, "jc")[0], "val")).toBe("center");
    expect(descendants(title, "pageBreakBefore")).toHaveLength(1); // the plan follows its notice on a new page
    expect(runsOf(title)[0]).toMatchObject({ eastAsia: "方正小标宋简体", size: "44" });
  });

  it("breaks a title longer than a line of 2号 (20 characters) between words, lines as even as it can (§7.3.1)", () => {
    const titles = (text: string) => layoutPlan(analyze(text).plan).blocks.flatMap((b) => (b.kind === "title" ? [b.lines] : []));
    const body = "\n一、主要任务\n（一）提升质量。开展行动。\n";
    // After 关于印发: issuer and 事由, then what is issued and the 文种.
    expect(titles(`示例市人民政府办公室关于印发示例市质量提升行动方案的通知\n各县（市、区）人民政府：\n现将方案印发给你们。\n\n示例市质量提升行动方案${body}`)[0]).toEqual([
      "示例市人民政府办公室关于印发",
      "示例市质量提升行动方案的通知",
    ]);
    // After a cited title's 》; after 的 before the 文种 (the year in brackets stays with it).
    expect(titles(`抚州市关于贯彻落实《质量强国建设纲要》深化质量强市建设的实施方案${body}`)[0]).toEqual(["抚州市关于贯彻落实《质量强国建设纲要》", "深化质量强市建设的实施方案"]);
    // Before the verb that starts a phrase, lines as even as that allows (the year stays whole).
    expect(titles(`关于深入推进质量强市建设推动高质量发展的实施方案（2023年）${body}`)[0]).toEqual(["关于深入推进质量强市建设", "推动高质量发展的实施方案（2023年）"]);
    // 的通知 stays with what it issues; no line ends on an opening bracket (关于 inside a cited title).
    expect(titles(`示例省人民政府办公厅关于印发示例省深化质量强省建设实施方案的通知\n各市人民政府：\n现将方案印发给你们。\n\n示例省深化质量强省建设实施方案${body}`)[0]).toEqual([
      "示例省人民政府办公厅关于印发",
      "示例省深化质量强省建设实施方案的通知",
    ]);
    const cited = titles(`示例市贯彻落实《关于深化质量强省建设的实施意见》的行动计划${body}`)[0]!;
    expect(cited).toHaveLength(2);
    for (const line of cited) expect(line).not.toMatch(/^[》）、]|[《（]$/);
    // A title that fits is one line.
    expect(titles(`示例市质量提升行动方案${body}`)[0]).toEqual(["示例市质量提升行动方案"]);
  });

  it("keeps room on a title's line for wider digits and Latin letters than half a character, not for Chinese ones", () => {
    const em = 22 * 20;
    const typeWidth = Math.round(156 * MM);
    /** A line's width with a tenth of a character more for each half-width character (the stand-in faces' digits). */
    const withRoom = (line: string) => wordWidth(line, 22, 0) + [...line].filter((c) => c.charCodeAt(0) > 0x20 && c.charCodeAt(0) < 0x7f).length * em * 0.1;
    const cases = [
      // The Chengdu seed: …（2023-2027年） was 19.75 characters of 20, and LibreOffice's stand-in
      // for 方正小标宋 set 年） on a third line.
      "关于深入推进质量强市建设推动高质量发展的实施方案（2023-2027年）",
      "示例市推进ISO9001质量管理体系认证工作实施方案",
      "示例县2024—2026年质量提升行动实施方案（2024版）",
      // One line of exactly 20 by half cells and Word's autospace, too full for its nine digits and letters.
      "示例市开展GB/T19001质量提升行动工作方案",
    ];
    for (const title of cases) {
      const lines = titleLines(title);
      expect(lines.join(""), title).toBe(title);
      for (const line of lines) expect(withRoom(line), lines.join(" | ")).toBeLessThanOrEqual(typeWidth);
    }
    expect(titleLines(cases[0]!)).toEqual(["关于深入推进质量强市建设推动高质量发展的", "实施方案（2023-2027年）"]);
    // Chinese characters and full-width marks are a cell in every face: twenty of them are one line.
    expect(titleLines("示例市深化质量强市建设推动高质量发展的实施方案".slice(0, 20))).toHaveLength(1);
    expect(titleLines("示例市深化质量强市建设的（试行）实施方案")).toHaveLength(1);
    // Every seed's title too.
    for (const name of SEED_NAMES) {
      for (const block of layoutPlan(analyze(readSeed(name)).plan).blocks) {
        if (block.kind === "title") for (const line of block.lines) expect(withRoom(line), `${name}: ${line}`).toBeLessThanOrEqual(typeWidth);
      }
    }
  });

  it("breaks a title whose cited title is longer than a line inside it, between words (the Fuzhou seed)", () => {
    const { plan } = analyze(readSeed("fuzhou-2023-draft"));
    const [notice, own] = layoutPlan(plan).blocks.flatMap((b) => (b.kind === "title" ? [b.lines] : []));
    // Was left whole: no break outside the cited title fits, and one inside it was never tried.
    expect(notice).toEqual(["关于对《关于贯彻落实<质量强国建设纲要>", "深化质量强市建设的实施方案", "征求意见稿》公开征求意见的通知"]);
    expect(own).toEqual(["抚州市关于贯彻落实《质量强国建设纲要》", "深化质量强市建设的实施方案"]);
    const full = "关于对《关于贯彻落实〈质量强国建设纲要〉深化质量强市建设的实施方案征求意见稿》公开征求意见的通知";
    expect(titleLines(full)).toEqual(["关于对《关于贯彻落实〈质量强国建设纲要〉", "深化质量强市建设的实施方案", "征求意见稿》公开征求意见的通知"]);
  });

  it("keeps the genre's terms that the dictionary splits whole on a title's line (质量基础设施, 一站式, 检验检测, 三年行动计划)", () => {
    const cases: Record<string, string[]> = {
      // Was 质量基础 | 设施一站式…: ICU reads 基础设施 as two words, a break as good as any other.
      "宁州市推动制造业质量品牌建设和质量基础设施一站式服务提质增效三年行动计划（2025—2027年）": ["宁州市推动制造业质量品牌建设", "和质量基础设施一站式服务提质增效", "三年行动计划（2025—2027年）"],
      "关于加快推进质量基础设施一站式服务体系建设的实施方案": ["关于加快推进质量基础设施", "一站式服务体系建设的实施方案"],
      "乙县深化检验检测认证认可机构改革推动知识产权保护高质量发展三年行动方案": ["乙县深化检验检测认证认可机构改革", "推动知识产权保护高质量发展三年行动方案"],
    };
    for (const [title, lines] of Object.entries(cases)) expect(titleLines(title), title).toEqual(lines);
  });

  it("breaks long titles between words, never before a 的, after a 和 or into a lone character, as evenly as that allows", () => {
    const cases: Record<string, string[]> = {
      // The textbook's 上下等长: before the preposition that starts the second half.
      中共中央关于接收宋庆龄同志为中国共产党正式党员的决定: ["中共中央关于接收宋庆龄同志", "为中国共产党正式党员的决定"],
      // Issuers separated by a space, then the 事由 before its second verb.
      "中共示例市委 示例市人民政府关于深入推进质量强市建设推动经济社会高质量发展的实施意见": ["中共示例市委 示例市人民政府", "关于深入推进质量强市建设", "推动经济社会高质量发展的实施意见"],
      // 进一步 stays with its verb, 加强和改进 together: the issuer on a line of its own instead.
      示例市人民政府办公室关于进一步加强和改进产品质量安全监管工作推动制造业高质量发展的若干措施: ["示例市人民政府办公室", "关于进一步加强和改进产品质量安全监管工作", "推动制造业高质量发展的若干措施"],
      // Joint issuers one to a line rather than one split at the 和 inside its name.
      示例市市场监督管理局示例市发展和改革委员会示例市工业和信息化局关于联合开展质量提升行动的通知: ["示例市市场监督管理局", "示例市发展和改革委员会", "示例市工业和信息化局", "关于联合开展质量提升行动的通知"],
      // A year starts a phrase; a verb chain (贯彻实施) stays whole, its object may go on the next line.
      江西省人民政府办公厅关于印发江西省贯彻实施质量发展纲要2016年行动计划的通知: ["江西省人民政府办公厅关于印发", "江西省贯彻实施质量发展纲要", "2016年行动计划的通知"],
      国务院关于提请审议中华人民共和国产品质量法修正案草案的议案: ["国务院关于提请审议", "中华人民共和国产品质量法修正案草案的议案"],
      // An attachment's table named after the plan: the plan's name whole, its table's name after it.
      赣州市质量强市建设三年行动计划重点任务分工表: ["赣州市质量强市建设三年行动计划", "重点任务分工表"],
      // No place the grammar gives: between the words of the dictionary, never inside one.
      质量强国建设纲要质量强国建设纲要质量强国建设纲要质量强国建设纲要: ["质量强国建设纲要质量强国建设纲要", "质量强国建设纲要质量强国建设纲要"],
    };
    for (const [title, lines] of Object.entries(cases)) expect(titleLines(title), title).toEqual(lines);
    // Whatever the title: lines that keep its text, fit the type area as Word sets 2号 (22 pt),
    // and start and end where a line may.
    const em = 22 * 20;
    const typeWidth = Math.round(156 * MM);
    const seedTitles = SEED_NAMES.flatMap((name) => layoutPlan(analyze(readSeed(name)).plan).blocks.flatMap((b) => (b.kind === "title" ? [b.lines] : [])));
    for (const lines of [...Object.keys(cases).map((title) => titleLines(title)), ...seedTitles]) {
      for (const line of lines) {
        const half = [...line].filter((c) => c.charCodeAt(0) < 0x7f).length;
        expect(([...line].length - half) * em + half * (em / 2), line).toBeLessThanOrEqual(typeWidth);
        expect(line, lines.join(" | ")).not.toMatch(/^[的》〉）)、，。]|[《〈（(和与及]$/);
        expect([...line].length, lines.join(" | ")).toBeGreaterThan(2);
      }
    }
  });

  it("breaks a very long heading-like line in time: each line of the programme measured once, a line's worth of starts per end", () => {
    // Nothing like a title, but a pasted page can put one on a line the layout takes for one.
    const line = "关于深入推进质量强市建设推动高质量发展的实施方案".repeat(40);
    const started = performance.now();
    const lines = titleLines(line);
    expect(lines.join("")).toBe(line);
    // About 0.4 s here; every start for every end took minutes.
    expect(performance.now() - started).toBeLessThan(4000);
  });

  it("sets level 1 in 黑体, level 2 in 楷体, levels 3–4 in 仿宋, all 3号, inline headings in one paragraph", async () => {
    const docx = await exportText(GANZHOU);
    expect(runsOf(docx.paragraph("一、总体要求"))).toEqual([{ text: "一、总体要求", eastAsia: "黑体", ascii: "黑体", size: null, bold: false }]);
    expect(runsOf(docx.paragraph("（一）指导思想"))[0]).toMatchObject({ eastAsia: "楷体_GB2312", bold: false });
    const inline = runsOf(docx.paragraph("1.加快区域质量创新发展。"));
    expect(inline[0]).toMatchObject({ text: "1.加快区域质量创新发展。", eastAsia: "仿宋_GB2312" });
    expect(inline[1]!.text).toMatch(/^开展国家质量创新先导区创建工作/);
    const run2 = runsOf(docx.paragraph("（一）强化组织领导。"));
    expect(run2.map((r) => r.eastAsia)).toEqual(["楷体_GB2312", "仿宋_GB2312"]);
    // No run overrides the 3号 size of the document defaults.
    for (const p of docx.paragraphs().filter((p) => /^[一二三]、|^（[一二三四五]）|^\d+\./.test(p.text))) {
      expect(runsOf(p.element).every((r) => r.size === null)).toBe(true);
    }
  });

  it("prints an item's words right after its marker: no space or tab a paste left between them (GB/T 9704 §7.3.3)", async () => {
    const plan = [
      "示例市质量提升行动方案",
      "",
      "一、　总体要求",
      "（一） 指导思想",
      "1.\t加快区域质量创新发展。开展质量创新先导区创建。",
      "10.\t推进质量基础设施建设。建设计量测试中心。",
      "11. 2025年完成1.5亿元投资。",
      "",
    ].join("\n");
    const texts = layoutPlan(analyze(plan).plan).blocks.flatMap((b) => (b.kind === "paragraph" ? [b.runs.map((r) => r.text).join("")] : []));
    expect(texts).toContain("一、总体要求");
    expect(texts).toContain("（一）指导思想");
    expect(texts).toContain("1.加快区域质量创新发展。开展质量创新先导区创建。");
    // `10.` as `1.`: its words right after it, no tab to jump to Word's next tab stop.
    expect(texts).toContain("10.推进质量基础设施建设。建设计量测试中心。");
    // A figure after the space keeps it: joined, `11.2025` would read as a decimal.
    expect(texts).toContain("11. 2025年完成1.5亿元投资。");
  });

  it("keeps every responsibility clause's text intact and in its brackets", async () => {
    const docx = await exportText(GANZHOU);
    const { plan } = analyze(GANZHOU);
    const text = docx.paragraphs().map((p) => p.text).join("\n");
    expect(plan.clauses.length).toBeGreaterThan(20);
    for (const clause of plan.clauses) expect(text).toContain(GANZHOU.slice(clause.start, clause.end));
    expect(text).toContain("〔责任单位：市市场监管局、市科技局、市工信局、市发展改革委〕");
  });

  it("lays out the 印发通知: 发文字号 centred, 主送机关 flush left, 成文日期 four characters in, 附注 indented", async () => {
    const docx = await exportText(GANZHOU);
    expect(attr(descendants(docx.paragraph("赣市府字〔2024〕41号"), "jc")[0], "val")).toBe("center");
    const addressee = docx.paragraph("各县（市、区）人民政府");
    expect(attr(descendants(addressee, "ind")[0], "firstLine")).toBe("0");
    const date = docx.paragraph("2024年4月21日");
    expect(attr(descendants(date, "jc")[0], "val")).toBe("right");
    expect(attr(descendants(date, "ind")[0], "right")).toBe(String(4 * 320));
    expect(descendants(docx.paragraph("（此件主动公开）"), "ind")).toHaveLength(0); // the default two-character indent
  });

  it("sets a notice's title whose 文种 is letter-spaced (`通  知`) on its own line as the title", () => {
    const text = "甲市人民政府\n关于印发甲市质量强市建设实施方案的\n通  知\n甲政发〔2023〕29号\n各区人民政府，市政府各部门：\n现将《甲市质量强市建设实施方案》印发给你们，请认真贯彻执行。\n甲市人民政府\n2023年6月22日\n\n甲市质量强市建设实施方案\n为推进质量强市建设，制定本方案。\n一、总体要求\n坚持质量第一。\n";
    const blocks = layoutPlan(analyze(text).plan).blocks;
    expect(blocks.find((block) => block.kind === "title")).toEqual({ kind: "title", lines: ["甲市人民政府", "关于印发甲市质量强市建设实施方案的", "通  知"], pageBreakBefore: false });
    expect(blocks.filter((block) => block.kind === "paragraph").map((block) => block.kind === "paragraph" && block.runs.map((run) => run.text).join(""))).not.toContain("甲市人民政府");
  });

  it("prints a 发文字号 the web copy put under the notice's title above it, as GB/T 9704 sets it (§7.2.5)", () => {
    const text = "甲市人民政府关于印发甲市质量强市建设实施方案的通知\n甲政发〔2023〕29号\n各区人民政府，市政府各部门：\n现将《甲市质量强市建设实施方案》印发给你们，请认真贯彻执行。\n甲市人民政府\n2023年6月22日\n\n甲市质量强市建设实施方案\n为推进质量强市建设，制定本方案。\n一、总体要求\n坚持质量第一。\n";
    const blocks = layoutPlan(analyze(text).plan).blocks;
    expect(blocks.slice(0, 3).map((block) => block.kind)).toEqual(["docNumber", "title", "addressee"]);
    expect(blocks[0]).toEqual({ kind: "docNumber", text: "甲政发〔2023〕29号" });
  });

  it("sets a 主送机关 under the plan's own title flush left, not as the preamble's first paragraph", () => {
    const blocks = (text: string) => layoutPlan(analyze(text).plan).blocks;
    const plan = "甲县深化质量强县建设实施方案\n\n各乡（镇）人民政府，县直各有关单位：\n\n为推进质量强县建设，制定本方案。\n一、总体要求\n坚持质量第一。\n";
    expect(blocks(plan)[1]).toEqual({ kind: "addressee", text: "各乡（镇）人民政府，县直各有关单位：" });
    expect(blocks(plan)[2]).toMatchObject({ kind: "paragraph", runs: [{ text: "为推进质量强县建设，制定本方案。" }] });
    // A preamble that ends on a colon names no recipients: it stays the paragraph it is.
    const lead = "甲县深化质量强县建设实施方案\n为推进质量强县建设，结合我县实际，提出如下实施方案：\n一、总体要求\n坚持质量第一。\n";
    expect(blocks(lead)[1]).toMatchObject({ kind: "paragraph" });
  });

  it("starts an attachment written with its title on the label's line (`附件1：…`) on its own page, label and title apart", () => {
    const text = [
      "甲市质量提升行动方案",
      "一、重点任务",
      "（一）提升产品质量。开展质量攻关。〔责任单位：市工信局〕",
      "",
      "附件：1.甲市质量提升行动重点任务分工表",
      "2.甲市质量提升重点项目",
      "",
      "附件1：甲市质量提升行动重点任务分工表",
      "序号\t重点任务\t牵头单位\t完成时限",
      "1\t提升产品质量\t市工信局\t2027年底",
      "",
      "附件2：甲市质量提升重点项目",
      "一、计量测试中心",
      "",
    ].join("\n");
    const blocks = layoutPlan(analyze(text).plan).blocks;
    const kinds = blocks.map((block) => block.kind);
    expect(kinds.slice(-8)).toEqual(["attachmentNote", "attachmentNote", "attachmentLabel", "title", "table", "attachmentLabel", "title", "paragraph"]);
    expect(blocks.filter((block) => block.kind === "attachmentLabel")).toEqual([
      { kind: "attachmentLabel", text: "附件1", pageBreakBefore: true },
      { kind: "attachmentLabel", text: "附件2", pageBreakBefore: true },
    ]);
    expect(blocks.filter((block) => block.kind === "title").slice(1)).toEqual([
      { kind: "title", lines: ["甲市质量提升行动重点任务分工表"], pageBreakBefore: false },
      { kind: "title", lines: ["甲市质量提升重点项目"], pageBreakBefore: false },
    ]);
    // A label alone on its line is printed as the one over its title is: `附件` and its number,
    // no colon, no space (§7.3.7) — whether the model reads it as an attachment or as the plan's own.
    const alone = text.replace("附件1：甲市质量提升行动重点任务分工表", "附件 1：\n甲市质量提升行动重点任务分工表").replace("附件2：甲市质量提升重点项目", "附件2：\n甲市质量提升重点项目");
    expect(layoutPlan(analyze(alone).plan).blocks.filter((block) => block.kind === "attachmentLabel").map((block) => block.kind === "attachmentLabel" && block.text)).toEqual(["附件1", "附件2"]);
    const ownLabel = "附件1：\n甲市质量提升行动方案\n一、重点任务\n（一）提升产品质量。开展质量攻关。\n";
    expect(layoutPlan(analyze(ownLabel).plan).blocks[0]).toEqual({ kind: "attachmentLabel", text: "附件1", pageBreakBefore: false });
    // A 附件说明 that lists each attachment on a line of its own stays the 附件说明.
    const note = "甲市质量提升行动方案\n一、重点任务\n（一）提升产品质量。开展质量攻关。\n附件1：甲市质量提升行动重点任务分工表\n附件2：甲市质量提升重点项目\n甲市人民政府\n2025年3月12日\n";
    expect(layoutPlan(analyze(note).plan).blocks.filter((block) => block.kind === "attachmentNote")).toHaveLength(2);
    // A name a copy wrapped onto a line of its own goes on in its entry's paragraph, which Word wraps under the name.
    const wrapped = "甲市质量提升行动方案\n一、重点任务\n1.提升产品质量。\n2.开展质量攻关。\n附件：1.甲市质量提升行动重点任务分工\n        方案（2025—2027年）\n      2.重点项目表\n附件1\n分工方案\n一、任务\n附件2\n重点项目表\n一、项目\n";
    const { plan, findings } = analyze(wrapped);
    expect(findings.filter((finding) => finding.rule.startsWith("numbering/"))).toEqual([]);
    expect(layoutPlan(plan).blocks.filter((block) => block.kind === "attachmentNote")).toEqual([
      { kind: "attachmentNote", text: "附件：1.甲市质量提升行动重点任务分工方案（2025—2027年）" },
      { kind: "attachmentNote", text: "2.重点项目表" },
    ]);
  });

  it("prints a 附件说明 a web page listed as download links as the standard sets it: the first name on the label's line, no file extension or size", () => {
    const page = [
      "某某市质量提升行动方案",
      "一、重点任务",
      "1.提升产品质量。开展质量攻关。",
      "2.强化考核评价。纳入年度绩效考核。",
      "附件：",
      "1.某某市质量提升重点任务分工表.docx",
      "2.某某市质量提升主要指标.pdf（356KB）",
      "扫一扫在手机打开当前页",
      "【打印本页】【关闭窗口】",
      "",
    ].join("\n");
    const { plan, findings } = analyze(page);
    // The checker reads the extensions as the page's (structure/trailing-text), the names as the note's.
    expect(findings.filter((finding) => finding.message.includes("文件扩展名"))).toHaveLength(2);
    expect(layoutPlan(plan).blocks.filter((block) => block.kind === "attachmentNote")).toEqual([
      { kind: "attachmentNote", text: "附件：1.某某市质量提升重点任务分工表" },
      { kind: "attachmentNote", text: "2.某某市质量提升主要指标" },
    ]);
    // A name that merely ends like a file is kept whole where no page listed it as a download.
    const typed = "某某市质量提升行动方案\n一、重点任务\n1.提升产品质量。开展质量攻关。\n附件：1.某某市质量提升重点任务分工表\n      2.某某市质量提升主要指标\n";
    expect(layoutPlan(analyze(typed).plan).blocks.filter((block) => block.kind === "attachmentNote").map((block) => block.kind === "attachmentNote" && block.text)).toEqual([
      "附件：1.某某市质量提升重点任务分工表",
      "2.某某市质量提升主要指标",
    ]);
    // Under a bare label, entries that carry their own labels (附件1：…) stay lines of their own.
    const labelled = "某某市质量提升行动方案\n一、重点任务\n1.提升产品质量。开展质量攻关。\n附件：\n附件1：某某市质量提升重点任务分工表\n附件2：某某市质量提升主要指标\n";
    expect(layoutPlan(analyze(labelled).plan).blocks.filter((block) => block.kind === "attachmentNote").map((block) => block.kind === "attachmentNote" && block.text)).toEqual([
      "附件：",
      "附件1：某某市质量提升重点任务分工表",
      "附件2：某某市质量提升主要指标",
    ]);
  });

  it("centres the 发文机关署名 over the 成文日期 as Word sets them: half-width digits, autospace, the grid's spacing", async () => {
    const notice = "中共示例市委办公厅\n示例市人民政府办公厅\n2023年12月18日\n\n示例市实施方案\n一、总体要求\n（一）指导思想。坚持质量第一。\n";
    const docx = await exportText(notice);
    const spacing = runSpacing(docx.paragraph("2023年12月18日"));
    expect(runSpacing(docx.paragraph("中共示例市委办公厅"))).toBe(spacing);
    expect(spacing).toBeLessThan(0); // the body is tightened to 28 characters a line
    const em = 16 * 20;
    // 2023年12月18日 as Word lays it out: eight half-width digits and three characters, each
    // with the body's character spacing, and the quarter-em space Word adds (autoSpaceDN, left
    // on) at each of the five places where digits meet a character.
    const dateWidth = 8 * (em / 2) + 3 * em + 11 * spacing + 5 * (em / 4);
    const nameWidth = (characters: number) => characters * (em + spacing);
    const right = (prefix: string) => Number(attr(descendants(docx.paragraph(prefix), "ind")[0], "right"));
    expect(right("2023年12月18日")).toBe(4 * BODY_CHAR);
    // The middle of each name over the middle of the date (to the twip Word rounds to).
    const dateMiddle = right("2023年12月18日") + dateWidth / 2;
    expect(Math.abs(right("中共示例市委办公厅") + nameWidth(9) / 2 - dateMiddle)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(right("示例市人民政府办公厅") + nameWidth(10) / 2 - dateMiddle)).toBeLessThanOrEqual(0.5);
  });

  it("centres a 署名 with digits or Latin letters in it by the same measure", async () => {
    const docx = await exportText("示例市G20工作办公室\n2024年5月8日\n\n示例市实施方案\n一、总体要求\n（一）指导思想。坚持质量第一。\n");
    const spacing = runSpacing(docx.paragraph("2024年5月8日"));
    const em = 16 * 20;
    const right = (prefix: string) => Number(attr(descendants(docx.paragraph(prefix), "ind")[0], "right"));
    // 2024年5月8日: six digits, three characters, five autospaces; 示例市G20工作办公室: three
    // half-width, eight characters, two autospaces (市|G, 0|工).
    const dateMiddle = right("2024年5月8日") + (6 * (em / 2) + 3 * em + 9 * spacing + 5 * (em / 4)) / 2;
    const nameMiddle = right("示例市G20工作") + (3 * (em / 2) + 8 * em + 11 * spacing + 2 * (em / 4)) / 2;
    expect(Math.abs(nameMiddle - dateMiddle)).toBeLessThanOrEqual(0.5);
  });

  it("sets a draft's 落款 in the unsealed form (§7.3.5.2): 署名 two characters in, the date's first character two right of the 署名's", async () => {
    const body = "示例市实施方案\n一、总体要求\n（一）指导思想。坚持质量第一。\n";
    const em = 16 * 20;
    // The paragraph whose text is `text` (a 署名 is also how a notice's title begins).
    const indents = (docx: DocxPackage, text: string) => {
      const paragraph = docx.paragraphs().find((p) => p.text === text)!.element;
      return { right: Number(attr(descendants(paragraph, "ind")[0], "right")), before: Number(attr(descendants(paragraph, "spacing")[0], "before") ?? 0) };
    };
    // A 署名 longer than its date: the 署名 two characters in, the date under it two characters right.
    const long = `---\n发文机关: 示例市市场监督管理局办公室\n成文日期: 2024-05-08\n状态: 征求意见稿\n---\n${body}`;
    const docx = await exportText(long);
    const spacing = runSpacing(docx.paragraph("2024年5月8日"));
    const dateWidth = 6 * (em / 2) + 3 * em + 9 * spacing + 5 * (em / 4);
    const nameWidth = 13 * (em + spacing);
    const name = indents(docx, "示例市市场监督管理局办公室");
    const date = indents(docx, "2024年5月8日");
    expect(name.right).toBe(2 * BODY_CHAR);
    const nameStart = name.right + nameWidth;
    expect(Math.abs(date.right + dateWidth - (nameStart - 2 * BODY_CHAR))).toBeLessThanOrEqual(1);
    // One blank line under the text, not the seal's room.
    const pitch = Number(attr(descendants(descendants(docx.xml("word/styles.xml"), "docDefaults")[0]!, "spacing").find((s) => attr(s, "line")), "line"));
    expect(name.before).toBe(pitch);
    // A date longer than the 署名: the date two characters in, the 署名 moved left to keep the step.
    const short = await exportText(`---\n发文机关: 示例市政府\n成文日期: 2024-12-18\n---\n${body}`, { draftMark: "header" });
    const shortDate = indents(short, "2024年12月18日");
    const shortName = indents(short, "示例市政府");
    expect(shortDate.right).toBe(2 * BODY_CHAR);
    const shortSpacing = runSpacing(short.paragraph("2024年12月18日"));
    const shortDateWidth = 8 * (em / 2) + 3 * em + 11 * shortSpacing + 5 * (em / 4);
    expect(Math.abs(shortName.right + 5 * (em + shortSpacing) - (shortDate.right + shortDateWidth + 2 * BODY_CHAR))).toBeLessThanOrEqual(1);
    // A plan to be issued keeps the sealed form: the date four characters in, the 署名 over it.
    const sealed = await exportText(`---\n发文机关: 示例市政府\n成文日期: 2024-12-18\n---\n${body}`);
    expect(indents(sealed, "2024年12月18日").right).toBe(4 * BODY_CHAR);
    expect(indents(sealed, "示例市政府").before).toBe(2 * pitch);
    // The notice a draft is sent out with for comments is an issued document: its 落款 keeps the
    // sealed form, the draft's own none; an export marked as a draft sets every 落款 unsealed.
    const notice = `示例市市场监督管理局关于征求意见的通知\n请于11月10日前提出意见。\n示例市市场监督管理局\n2023年11月2日\n\n示例市实施方案\n（征求意见稿）\n一、总体要求\n（一）指导思想。坚持质量第一。\n示例市人民政府\n2023年12月1日\n`;
    const draft = await exportText(notice);
    expect(indents(draft, "2023年11月2日").right).toBe(4 * BODY_CHAR);
    expect(indents(draft, "示例市市场监督管理局").before).toBe(2 * pitch);
    expect(indents(draft, "2023年12月1日").right).toBe(2 * BODY_CHAR);
    expect(indents(draft, "示例市人民政府").before).toBe(pitch);
    const marked = await exportText(notice, { draftMark: "watermark" });
    expect(indents(marked, "示例市市场监督管理局").right).toBe(2 * BODY_CHAR);
    expect(indents(marked, "示例市市场监督管理局").before).toBe(pitch);
  });

  it("keeps the 发文机关署名 on the page of its 成文日期, and both with the text above them", async () => {
    const notice = "示例市市场监督管理局关于征求意见的通知\n请于11月10日前提出意见。\n附件：示例市实施方案（征求意见稿）\n示例市市场监督管理局\n2023年11月2日\n（此件主动公开）\n\n示例市实施方案\n一、总体要求\n（一）指导思想。坚持质量第一。\n";
    const docx = await exportText(notice);
    const keepNext = (prefix: string) => descendants(docx.paragraph(prefix), "keepNext").length > 0;
    const signature = docx.paragraphs().find((p) => p.text === "示例市市场监督管理局")!;
    expect(descendants(signature.element, "keepNext")).toHaveLength(1);
    expect(keepNext("附件：示例市实施方案")).toBe(true);
    expect(keepNext("2023年11月2日")).toBe(true);
    expect(keepNext("（此件主动公开）")).toBe(false);
    // The text's last paragraph stays with its 附件说明, the rest of the text breaks where it falls.
    expect(keepNext("请于11月10日前")).toBe(true);
    expect(keepNext("示例市市场监督管理局关于")).toBe(false);
    expect(keepNext("（一）指导思想")).toBe(false);
    // The 主送机关 is never left alone at a page's foot: it stays with the text it heads.
    const addressed = await exportText(notice.replace("\n请于", "\n各县（市、区）市场监管局：\n请于"));
    expect(descendants(addressed.paragraph("各县（市、区）市场监管局："), "keepNext")).toHaveLength(1);
  });

  it("keeps an item that is only its heading on the page of what follows it, not alone at a page's foot", async () => {
    const plan = [
      "乙县质量提升行动方案",
      "一、总体要求",
      "到2027年，全县质量总体水平显著提升。",
      "二、重点任务",
      "（一）提升产品质量",
      "1.加强农产品监管",
      "（1）开展例行监测。〔责任单位：县农业农村局〕",
      "（二）提升服务质量。开展公共服务质量满意度测评。",
      "三、保障措施",
      "",
      "附件：服务站点名单",
      "",
      "附件",
      "",
      "服务站点名单",
      "",
      "1.甲镇服务站",
      "2.乙镇服务站",
      "",
    ].join("\n");
    const docx = await exportText(plan);
    const keepNext = (prefix: string) => descendants(docx.paragraph(prefix), "keepNext").length > 0;
    // Headings of each level with their text on the lines below.
    for (const heading of ["一、总体要求", "二、重点任务", "（一）提升产品质量", "1.加强农产品监管"]) expect(keepNext(heading), heading).toBe(true);
    // An item with its text on its line, the text, a list of names and a heading with nothing
    // under it break where they fall.
    for (const text of ["（1）开展例行监测", "到2027年", "（二）提升服务质量", "1.甲镇服务站"]) expect(keepNext(text), text).toBe(false);
  });

  it("sets a part's heading (第一章 …) as a heading above 一、: centred 3号 黑体, no indent, kept with what follows", async () => {
    const plan = [
      "示例市质量强市建设规划",
      "",
      "第一章 总体要求",
      "一、指导思想",
      "坚持质量第一。",
      "第二章　重点任务",
      "一、推动产业质量提升",
      "1.加快质量创新。〔责任单位：市市场监管局〕",
      "",
    ].join("\n");
    const docx = await exportText(plan);
    for (const text of ["第一章 总体要求", "第二章　重点任务"]) {
      const heading = docx.paragraph(text);
      expect(textOf(heading)).toBe(text);
      expect(attr(descendants(heading, "jc")[0], "val")).toBe("center");
      const indent = descendants(heading, "ind")[0];
      expect([attr(indent, "firstLine"), attr(indent, "firstLineChars")]).toEqual(["0", "0"]);
      // 黑体 at the body's 3号: no run sets a size of its own over the defaults' 16 pt.
      expect(runsOf(heading)).toEqual([{ text, eastAsia: "黑体", ascii: "黑体", size: null, bold: false }]);
      expect(descendants(heading, "keepNext")).toHaveLength(1);
      // Word's navigation pane shows each part with its items under it.
      expect(attr(descendants(heading, "outlineLvl")[0], "val")).toBe("0");
    }
    expect(attr(descendants(docx.paragraph("一、指导思想"), "outlineLvl")[0], "val")).toBe("1");
    expect(attr(descendants(docx.paragraph("1.加快质量创新"), "outlineLvl")[0], "val")).toBe("3");
    // A plan without parts keeps 一、 at Word's first outline level.
    expect(attr(descendants((await exportText(GANZHOU)).paragraph("一、总体要求"), "outlineLvl")[0], "val")).toBe("0");
  });

  it("tells a 节 from its 章 as 一、 is told from （一）: the 章 in 黑体 with a blank line above, the 节 in 楷体 under it", async () => {
    const plan = [
      "示例县质量强县建设规划",
      "",
      "第一章 总体要求",
      "第一节 指导思想",
      "坚持质量第一。",
      "第二节 主要目标",
      "到2025年，质量水平明显提升。",
      "第二章 重点任务",
      "第一节 推动产业质量提升",
      "一、加快质量创新",
      "推动企业质量创新。〔责任单位：县市场监管局〕",
      "",
    ].join("\n");
    const docx = await exportText(plan);
    const before = (text: string) => attr(descendants(docx.paragraph(text), "spacing")[0], "before");
    for (const text of ["第一章 总体要求", "第二章 重点任务"]) {
      expect(runsOf(docx.paragraph(text))[0]).toMatchObject({ eastAsia: "黑体", size: null });
      expect(attr(descendants(docx.paragraph(text), "outlineLvl")[0], "val")).toBe("0");
    }
    for (const text of ["第一节 指导思想", "第二节 主要目标", "第一节 推动产业质量提升"]) {
      const heading = docx.paragraph(text);
      expect(runsOf(heading)[0]).toMatchObject({ eastAsia: "楷体_GB2312", size: null });
      expect(attr(descendants(heading, "jc")[0], "val")).toBe("center");
      expect(attr(descendants(heading, "outlineLvl")[0], "val")).toBe("1");
      expect(Number(before(text) ?? 0)).toBe(0);
      expect(descendants(heading, "keepNext")).toHaveLength(1);
    }
    // A chapter after text opens with one grid line above it; the first, under the title, with none more.
    const pitch = Number(attr(descendants(docx.xml("word/styles.xml"), "spacing").find((s) => attr(s, "line")), "line"));
    expect(pitch).toBeGreaterThan(0);
    expect(Number(before("第二章 重点任务"))).toBe(pitch);
    expect(Number(before("第一章 总体要求") ?? 0)).toBe(0);
    // The items one outline level below the deepest part.
    expect(attr(descendants(docx.paragraph("一、加快质量创新"), "outlineLvl")[0], "val")).toBe("2");
  });

  it("sets a 专栏 box apart in a frame, its title centred in 黑体, its list out of the outline of tasks", async () => {
    const docx = await exportText(readFileSync(join(__dirname, "..", "fixtures", "boxes", "yearly-zhuanlan.plan"), "utf8"));
    const framed = (prefix: string) => descendants(docx.paragraph(prefix), "pBdr").length > 0;
    const outline = (prefix: string) => attr(descendants(docx.paragraph(prefix), "outlineLvl")[0], "val");
    const title = docx.paragraph("专栏1");
    expect(attr(descendants(title, "jc")[0], "val")).toBe("center");
    expect(runsOf(title)[0]).toMatchObject({ eastAsia: "黑体" });
    expect(framed("专栏1")).toBe(true);
    expect(descendants(title, "keepNext")).toHaveLength(1);
    // The box's projects 1.–3. are the box's list, framed with it, not tasks in Word's outline.
    expect(framed("1.新能源汽车产业链质量攻关项目")).toBe(true);
    expect(outline("1.新能源汽车产业链质量攻关项目")).toBeNull();
    expect(framed("——新建装配式建筑")).toBe(true);
    // The tasks around the boxes are not.
    expect(framed("2.提升产业集群质量引领力")).toBe(false);
    expect(framed("3.推动绿色低碳发展")).toBe(false);
    expect(outline("3.推动绿色低碳发展")).toBe("2");
    expect(framed("6.提升服务质量水平")).toBe(false);
  });

  it("keeps a 专栏 box's frame, its rule and padding, inside the type area", async () => {
    const docx = await exportText(readFileSync(join(__dirname, "..", "fixtures", "boxes", "yearly-zhuanlan.plan"), "utf8"));
    const framed = docx.paragraphs().filter((p) => descendants(p.element, "pBdr").length > 0);
    expect(framed.length).toBeGreaterThan(3);
    for (const { element, text } of framed) {
      const indent = descendants(element, "ind")[0];
      for (const side of ["left", "right"] as const) {
        // Word draws a side border outside the text's indent: its padding (w:space, points) and
        // its rule (w:sz, eighths of a point) must fit in the indent, or they stand in the margin.
        const border = descendants(descendants(element, "pBdr")[0]!, side)[0];
        const outside = Number(attr(border, "space")) * 20 + (Number(attr(border, "sz")) * 20) / 8;
        expect(outside, `${side} of ${text}`).toBeGreaterThan(0);
        expect(Number(attr(indent, side) ?? 0), `${side} of ${text}`).toBeGreaterThanOrEqual(outside);
      }
    }
    // The box's paragraphs one frame: the same sides; its text's first line still two characters in.
    expect(new Set(framed.map((p) => `${attr(descendants(p.element, "ind")[0], "left")}/${attr(descendants(p.element, "ind")[0], "right")}`)).size).toBe(1);
    expect(attr(descendants(docx.paragraph("——新建装配式建筑"), "ind")[0], "firstLineChars")).toBe("200");
    expect(attr(descendants(docx.paragraph("专栏1"), "ind")[0], "firstLine")).toBe("0");
  });

  it("sets a 专栏 box apart by half a line above and below its frame, and keeps a short box on one page whole", async () => {
    const docx = await exportText(readFileSync(join(__dirname, "..", "fixtures", "boxes", "yearly-zhuanlan.plan"), "utf8"));
    const pitch = Number(attr(descendants(docx.xml("word/styles.xml"), "spacing").find((s) => attr(s, "line")), "line"));
    const spacing = (prefix: string, side: "before" | "after") => Number(attr(descendants(docx.paragraph(prefix), "spacing")[0], side) ?? 0);
    const kept = (prefix: string) => descendants(docx.paragraph(prefix), "keepNext").length > 0;
    expect(spacing("专栏1", "before")).toBe(Math.round(pitch / 2));
    expect(spacing("专栏2", "before")).toBe(Math.round(pitch / 2));
    // The frame ends under each box's last line: the space is there, not under its other lines.
    expect(spacing("3.现代农机产品质量提升项目", "after")).toBe(Math.round(pitch / 2));
    expect(spacing("——大中型工程项目一次验收合格率", "after")).toBe(Math.round(pitch / 2));
    expect(spacing("1.新能源汽车产业链质量攻关项目", "after")).toBe(0);
    // Box 1 (nine lines) is kept whole: each line with the next, the last with what follows only as any paragraph is.
    expect(kept("1.新能源汽车产业链质量攻关项目")).toBe(true);
    expect(kept("2.机器人产业计量测试服务项目")).toBe(true);
    expect(kept("3.现代农机产品质量提升项目")).toBe(false);
    // A box longer than half a page breaks where the page ends, its title still with its first line.
    const item = "开展重点产业链质量攻关，推动关键零部件质量提升，建立质量技术创新联合体，提升产业链整体质量水平。";
    const long = await exportText(`示例市实施方案\n一、重点任务\n1.强化产业基础。实施质量攻关。\n专栏1  重点项目\n${[1, 2, 3, 4, 5, 6].map((n) => `${n}.项目${n}：${item}`).join("\n")}\n2.提升产业集群。开展质量诊断。\n`);
    expect(descendants(long.paragraph("专栏1"), "keepNext")).toHaveLength(1);
    expect(descendants(long.paragraph("1.项目1"), "keepNext")).toHaveLength(0);
    expect(descendants(long.paragraph("4.项目4"), "keepNext")).toHaveLength(0);
  });

  it("prints a 专栏 box that holds only a table as that table, the box's title its first row across the columns", async () => {
    const plan = "示例市实施方案\n一、主要目标\n到2025年，质量强市建设取得明显成效。\n专栏1 主要指标\n序号\t指标\t2025年目标\n1\t制造业产品质量合格率\t94%\n2\t食品抽检合格率\t98%\n二、重点任务\n1.强化产业基础。实施质量攻关。\n专栏2  重点项目\n1.质量攻关项目：组织企业开展联合攻关。\n";
    const docx = await exportText(plan);
    const body = docx.xml("word/document.xml");
    const table = descendants(body, "tbl")[0]!;
    const rows = descendants(table, "tr");
    expect(rows).toHaveLength(4);
    const caption = rows[0]!;
    expect(textOf(caption)).toBe("专栏1 主要指标");
    expect(attr(descendants(caption, "gridSpan")[0], "val")).toBe("3");
    expect(runsOf(descendants(caption, "p")[0]!)[0]).toMatchObject({ eastAsia: "黑体" });
    // Repeated with the header row on each page the table runs over.
    expect(descendants(rows[0]!, "tblHeader")).toHaveLength(1);
    expect(descendants(rows[1]!, "tblHeader")).toHaveLength(1);
    // Not also printed as a framed title over it; the box of paragraphs keeps its frame.
    expect(docx.paragraphs().filter((p) => p.text.startsWith("专栏1"))).toHaveLength(0);
    expect(descendants(docx.paragraph("专栏2"), "pBdr")).toHaveLength(1);
    // Set apart by half a line above and below, as a box of paragraphs is: empty lines of that height, the one above kept with the table.
    const pitch = Number(attr(descendants(docx.xml("word/styles.xml"), "spacing").find((s) => attr(s, "line")), "line"));
    const gap = (node: unknown) => {
      const element = node as Element;
      const spacing = descendants(element, "spacing")[0];
      return { name: element.localName, text: textOf(element), line: attr(spacing, "line"), rule: attr(spacing, "lineRule"), kept: descendants(element, "keepNext").length > 0 };
    };
    expect(gap(table.previousSibling)).toEqual({ name: "p", text: "", line: String(Math.round(pitch / 2)), rule: "exact", kept: true });
    expect(gap(table.nextSibling)).toMatchObject({ name: "p", text: "", line: String(Math.round(pitch / 2)), rule: "exact" });
  });

  it("draws a table among a 专栏 box's paragraphs inside the box's frame, the frame going on under it", async () => {
    const plan =
      "示例市实施方案\n一、重点任务\n1.强化产业基础。实施质量攻关。\n专栏1  重点项目\n组织实施以下质量攻关项目：\n序号\t项目\t牵头单位\n1\t新能源汽车质量攻关\t市工信局\n2\t机器人计量测试\t市市场监管局\n注：项目清单每年更新一次。\n2.提升产业集群。开展质量诊断。\n";
    const docx = await exportText(plan);
    const pitch = Number(attr(descendants(docx.xml("word/styles.xml"), "spacing").find((s) => attr(s, "line")), "line"));
    const after = (prefix: string) => Number(attr(descendants(docx.paragraph(prefix), "spacing")[0], "after") ?? 0);
    const framed = (prefix: string) => descendants(docx.paragraph(prefix), "pBdr").length > 0;
    // The frame closes onto the table, not half a line above it; the space under the box goes under its last line.
    expect(framed("组织实施以下")).toBe(true);
    expect(after("组织实施以下")).toBe(0);
    expect(framed("注：项目清单")).toBe(true);
    expect(after("注：项目清单")).toBe(Math.round(pitch / 2));
    // The table's outer sides are the frame's rule; its inside rules stay the table's own.
    const borders = descendants(descendants(docx.xml("word/document.xml"), "tblBorders")[0]!, "left")[0];
    const frameRule = descendants(descendants(docx.paragraph("专栏1"), "pBdr")[0]!, "left")[0];
    expect(attr(borders, "sz")).toBe(attr(frameRule, "sz"));
    // A short box is kept on one page: its lines with the table, the table with the note.
    expect(descendants(docx.paragraph("组织实施以下"), "keepNext")).toHaveLength(1);
    expect(framed("2.提升产业集群")).toBe(false);
  });

  it("leaves out front matter, // comments, annotations and web-page debris", async () => {
    const docx = await exportText(EXAMPLE);
    const text = docx.paragraphs().map((p) => p.text).join("\n");
    expect(text).not.toContain("上位文件");
    expect(text).not.toContain("待市发改委确认牵头单位");
    expect(text).not.toContain("对应纲要");
    expect(text).not.toContain("相关推荐");
    expect(text).toContain("1.加快区域质量创新发展。开展国家质量创新先导区创建工作，建立政产学研用深度融合的质量创新机制。〔责任单位：市市场监管局、市科技局〕");
    expect(docx.entries["word/comments.xml"] ? textOf(docx.xml("word/comments.xml").documentElement!) : "").toBe("");
  });

  it("leaves out web-page debris before the plan, and sets a title with its period line as one title", async () => {
    const pasted = readFileSync(join(__dirname, "..", "fixtures", "pasted", "prelude-breadcrumb-table.plan"), "utf8");
    const { plan } = analyze(pasted);
    const layout = layoutPlan(plan);
    expect(layout.blocks[0]).toEqual({ kind: "title", lines: ["示例市质量基础设施提升三年行动方案", "（2023—2025年）"], pageBreakBefore: false });
    const text = (await exportText(pasted)).paragraphs().map((p) => p.text).join("\n");
    for (const debris of ["当前位置", "索引号", "发文机关", "发布时间", "字体", "分享到"]) expect(text).not.toContain(debris);
    expect(text).toContain("为加快构建现代先进的质量基础设施体系");
  });

  it("joins what a PDF copy's line and page breaks cut, as the fixes join it: paragraphs, the 主送机关, titles", async () => {
    const pasted = readFileSync(join(__dirname, "..", "fixtures", "pasted", "pdf-paste.plan"), "utf8");
    const blocks = layoutPlan(analyze(pasted).plan).blocks;
    const titles = blocks.flatMap((b) => (b.kind === "title" ? [b.lines] : []));
    // Broken between words, not where the PDF's measure ended (…建设三 / 年行动方案, …202 / 6年）).
    expect(titles).toEqual([
      ["宜宾市人民政府办公室关于印发", "宜宾市推进质量强市建设三年行动方案", "（2024—2026年）的通知"],
      ["宜宾市推进质量强市建设三年行动方案", "（2024—2026年）"],
    ]);
    expect(blocks.filter((b) => b.kind === "addressee")).toEqual([{ kind: "addressee", text: "各区县人民政府，临港经开区、三江新区管委会，市政府各部门，有关单位：" }]);
    const paragraphs = blocks.flatMap((b) => (b.kind === "paragraph" ? [b.runs.map((r) => r.text).join("")] : []));
    // One paragraph a task, its clause at its end; the paragraph a page's end cut, whole.
    expect(paragraphs.find((p) => p.includes("实施产业基础质量提升工程。"))).toBe(
      "l.实施产业基础质量提升工程。围绕动力电池、晶硅光伏、数字经济等产业，组织实施产业基础质量攻关项目，推动企业开展质量对标提升，加快突破一批关键核心技术。（市经济和信息化局、市科技局、市市场监管局按职责分工负责）",
    );
    expect(paragraphs.find((p) => p.includes("例行监"))).toContain("农产品质量安全例行监测合格率和食品抽检合格率均稳定在");
    expect(paragraphs.some((p) => /^(测合格率|、数字经济|息化局|。$)/.test(p))).toBe(false);
    // Not a word lost: every line of the copy but its page furniture is in the document's text.
    const printed = blocks.map((b) => ("lines" in b ? b.lines.join("") : "runs" in b ? b.runs.map((r) => r.text).join("") : "text" in b ? b.text : "")).join("");
    for (const line of pasted.split("\n").map((l) => l.trim())) {
      if (line === "" || /^— \d+ —$/.test(line) || line === "宜宾市人民政府办公室行政规范性文件") continue;
      expect(printed, line).toContain(line);
    }
    const docx = await exportText(pasted);
    expect(docx.paragraphs().filter((p) => p.text.startsWith("以习近平新时代中国特色社会主义思想为指导"))).toHaveLength(1);
  });

  it("sets a table pasted as text (cells apart by tabs) as a Word table across the type area", async () => {
    const source = readFileSync(join(__dirname, "..", "fixtures", "clean", "yearly-action.plan"), "utf8");
    const docx = await exportText(source);
    // Was a paragraph a row, the cells apart by tabs at Word's default stops.
    expect(docx.paragraphs().some((p) => p.text.includes("\t") || p.text.startsWith("序号"))).toBe(false);
    const table = descendants(docx.xml("word/document.xml"), "tbl")[0]!;
    const rows = descendants(table, "tr").map((row) => descendants(row, "tc").map((cell) => textOf(cell)));
    const pasted = source.split("\n").filter((line) => line.includes("\t"));
    expect(rows).toEqual(pasted.map((line) => line.split("\t").map((cell) => cell.trim())));
    expect(rows[0]).toEqual(["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]);
    // As wide as the type area, the header repeated on each page and set in 黑体, the text in 4号.
    const margin = descendants(docx.xml("word/document.xml"), "pgMar")[0];
    const typeWidth = Math.round(210 * MM) - Number(attr(margin, "left")) - Number(attr(margin, "right"));
    const grid = descendants(table, "gridCol").map((col) => Number(attr(col, "w")));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(typeWidth);
    expect(Math.min(...grid)).toBeGreaterThanOrEqual(2 * 14 * 20); // 序号 keeps two characters
    // Short columns keep their longest cell on one line, with the cell's margins (half a
    // character each side): 市市场监管局 six characters; 2024年12月 six digits, two characters and
    // the three quarter-em spaces Word adds between them. The long ones wrap instead.
    const em = 14 * 20;
    expect(grid[2]).toBeGreaterThanOrEqual(6 * em + em);
    expect(grid[4]).toBeGreaterThanOrEqual(6 * (em / 2) + 2 * em + 3 * (em / 4) + em);
    expect(descendants(descendants(table, "tr")[0]!, "tblHeader")).toHaveLength(1);
    expect(runsOf(descendants(table, "tr")[0]!)[0]).toMatchObject({ eastAsia: "黑体", size: "28" });
    expect(runsOf(descendants(table, "tr")[1]!)[1]).toMatchObject({ eastAsia: "仿宋_GB2312", size: "28" });
    // A row with cells missing or over: filled, or the rest kept in the last cell (no word lost).
    const ragged = await exportText("测试市实施方案\n一、主要任务\n1.推进标准化。\n序号\t任务\t牵头单位\n1\t推进标准化\n2\t推进认证\t市场监管局\t科技局\n");
    const cells = descendants(descendants(ragged.xml("word/document.xml"), "tbl")[0]!, "tr").map((row) => descendants(row, "tc").map((cell) => textOf(cell)));
    expect(cells).toEqual([["序号", "任务", "牵头单位"], ["1", "推进标准化", ""], ["2", "推进认证", "市场监管局 科技局"]]);
  });

  it("gives a table's widest column the most room: a column kept on one line is never wider than the columns that wrap", async () => {
    // 责任单位 (13 characters) fits beside 序号 and 完成时限 with four characters to spare for the
    // tasks; kept whole, it would leave the 27-character tasks five characters a line.
    const plan = [
      "示例市2024年工作要点",
      "一、重点任务",
      "1.推进质量攻关。",
      "序号\t重点任务\t责任单位\t完成时限",
      "1\t开展重点产品质量攻关，组织企业实施质量改进项目20项以上\t市工信局、市市场监管局\t2024年12月底",
      "2\t推进食品安全示范城市创建\t市市场监管局、市农业农村局\t2024年10月底",
      "3\t实施工程质量提升行动，开展住宅工程质量常见问题专项治理\t市住建局\t2024年12月底",
      "",
    ].join("\n");
    const docx = await exportText(plan);
    const grid = descendants(descendants(docx.xml("word/document.xml"), "tbl")[0]!, "gridCol").map((col) => Number(attr(col, "w")));
    const [number, tasks, units, deadline] = grid as [number, number, number, number];
    expect(tasks).toBe(Math.max(...grid));
    expect(units).toBeLessThan(tasks);
    // The short columns still keep their cells on one line: 序号, and 2024年12月底 (six digits,
    // three characters, three quarter-em spaces, half a character each side).
    const em = 14 * 20;
    expect(number).toBeGreaterThanOrEqual(2 * em + em);
    expect(deadline).toBeGreaterThanOrEqual(6 * (em / 2) + 3 * em + 3 * (em / 4) + em);
  });

  it("centres a table's columns of figures and short labels (序号, 完成时限, 属性), by what their cells hold; text stays flush left", async () => {
    const plan = [
      "示例县质量提升行动方案",
      "一、主要任务",
      "1.推动企业质量创新。",
      "序号\t工作内容\t责任单位\t时间安排\t类别\t备注",
      "1\t推动企业质量创新\t县市场监管局\t2025年12月底前\t预期性\t",
      "2\t完善标准体系建设，推动团体标准和企业标准协同发展\t县市场监管局、县科技局\t长期坚持\t约束性\t按季度报送进展情况",
      "10\t加强品牌建设\t县商务局\t2024—2026年\t预期性\t",
      "",
    ].join("\n");
    const docx = await exportText(plan);
    const rows = descendants(descendants(docx.xml("word/document.xml"), "tbl")[0]!, "tr");
    const alignments = rows.map((row) => descendants(row, "tc").map((cell) => attr(descendants(cell, "jc")[0], "val")));
    expect(alignments[0]).toEqual(Array(6).fill("center")); // the header, as before
    // 序号, 时间安排 (dates and 长期坚持), 类别 (three-character labels) centred; the task, the
    // units and a 备注 of text flush left, whatever the header calls them.
    for (const row of alignments.slice(1)) expect(row).toEqual(["center", "left", "left", "center", "center", "left"]);
    // The rule over the cells, apart from any header: a column with one cell of text is text.
    expect(centredColumns([["a", "b", "c"], ["（一）", "2025年", "是"], ["（二）", "质量提升", "否"], ["（三）", "≥95%", ""]])).toEqual([true, false, true]);
    expect(centredColumns([["指标", "2025年目标"], ["产品质量合格率", "≥95%"], ["单位GDP能耗下降", "按省下达"]])).toEqual([false, false]);
    expect(centredColumns([["序号", "备注"], ["1", ""], ["2", ""]])).toEqual([true, false]);
  });

  it("sets a table a PDF copy pasted one cell a line as the Word table it was, a wrapped row's text kept", async () => {
    const source = [
      "测试市实施方案",
      "一、主要任务",
      "1.推进标准化。〔责任单位：市市场监管局〕",
      "附件",
      "重点任务分工表",
      ...["序号", "重点任务", "牵头单位", "完成时限"],
      ...["1", "推进标准化", "市市场监管局", "2025年底"],
      ...["2", "推进认证认可，", "服务企业", "市市场监管局", "2025年底"],
      "",
    ].join("\n");
    const docx = await exportText(source);
    const rows = descendants(descendants(docx.xml("word/document.xml"), "tbl")[0]!, "tr").map((row) => descendants(row, "tc").map((cell) => textOf(cell)));
    expect(rows).toEqual([
      ["序号", "重点任务", "牵头单位", "完成时限"],
      ["1", "推进标准化", "市市场监管局", "2025年底"],
      // The last row, a task the PDF wrapped onto two lines: with no row after it to end it, it
      // is taken at the header's length, and its last line stays a paragraph under the table.
      ["2", "推进认证认可，", "服务企业", "市市场监管局"],
    ]);
    expect(docx.paragraphs().some((p) => p.text === "序号" || p.text === "推进标准化")).toBe(false);
    expect(docx.paragraphs().some((p) => p.text === "2025年底")).toBe(true);
    // A wrapped row before another keeps all its lines: the extra in its last cell.
    const wrapped = await exportText(`${source}3\n推进计量\n市市场监管局\n2026年底\n`);
    const cells = descendants(descendants(wrapped.xml("word/document.xml"), "tbl")[0]!, "tr").map((row) => descendants(row, "tc").map((cell) => textOf(cell)));
    expect(cells.slice(2)).toEqual([["2", "推进认证认可，", "服务企业", "市市场监管局 2025年底"], ["3", "推进计量", "市市场监管局", "2026年底"]]);
  });

  it("keeps the paragraph before a table (its caption: 表1　主要指标) on the page of the table's first row", async () => {
    const docx = await exportText("甲市实施方案\n一、主要目标\n到2027年，全市质量整体水平进一步提升。主要指标见下表。\n表1　主要指标\n指标名称\t单位\t2027年目标\n食品抽检合格率\t%\t≥98\n二、重点任务\n（一）提升产业质量。开展质量攻关。\n");
    expect(descendants(docx.paragraph("表1　主要指标"), "keepNext")).toHaveLength(1);
    expect(descendants(docx.paragraph("到2027年"), "keepNext")).toHaveLength(0);
  });

  it("prints a title written only in front matter, before the preamble", () => {
    const { plan } = analyze("---\n标题: 甲市质量强市实施方案\n---\n为推进质量强市建设，制定本方案。\n一、总体要求\n（一）指导思想\n坚持质量第一。\n");
    expect(plan.title).toBeNull();
    const blocks = layoutPlan(plan).blocks;
    expect(blocks[0]).toEqual({ kind: "title", lines: ["甲市质量强市实施方案"], pageBreakBefore: false });
    expect(blocks[1]).toMatchObject({ kind: "paragraph" });
  });

  it("keeps annotations as Word comments (批注) when asked", async () => {
    const docx = await exportText(EXAMPLE, { annotations: "comments" });
    expect(textOf(docx.xml("word/comments.xml").documentElement!)).toBe("对应纲要：（三）");
    const paragraph = docx.paragraph("1.加快区域质量创新发展。");
    expect(descendants(paragraph, "commentRangeStart")).toHaveLength(1);
    expect(descendants(paragraph, "commentReference")).toHaveLength(1);
    expect(textOf(paragraph)).not.toContain("对应纲要");
  });

  it("writes the 版记 from front matter at the foot of the type area, the attachment label in 黑体", async () => {
    const plan = [
      "---",
      "发文机关: 测试市人民政府",
      "成文日期: 2024-05-20",
      "抄送: 市委各部门，市人大常委会办公室",
      "印发机关: 测试市人民政府办公室",
      "印发日期: 2024年5月22日",
      "---",
      "测试市实施方案",
      "为做好工作，制定本方案。",
      "一、总体要求",
      "（一）指导思想。坚持问题导向。",
      "附件：任务分工表",
      "附件1",
      "任务分工表",
      "——任务一。",
    ].join("\n");
    expect(analyze(plan).findings.filter((f) => f.rule === "structure/front-matter")).toEqual([]);
    const docx = await exportText(plan);
    const table = descendants(docx.xml("word/document.xml"), "tbl")[0]!;
    expect(descendants(table, "tblpPr")).toHaveLength(1);
    expect(descendants(table, "tr").map((row) => textOf(row))).toEqual(["抄送：市委各部门，市人大常委会办公室。", "测试市人民政府办公室2024年5月22日印发"]);
    // 附件说明 one blank line below the body, its first line indented as body text (its name hangs: see below).
    const note = docx.paragraph("附件：任务分工表");
    expect(attr(descendants(note, "spacing")[0], "before")).toBe(attr(descendants(docx.xml("word/styles.xml"), "spacing").find((s) => attr(s, "line")), "line"));
    const ind = descendants(note, "ind")[0];
    expect(Number(attr(ind, "left")) - Number(attr(ind, "hanging"))).toBe(2 * BODY_CHAR);
    const label = docx.paragraph("附件1");
    expect(descendants(label, "pageBreakBefore")).toHaveLength(1);
    expect(runsOf(label)[0]).toMatchObject({ eastAsia: "黑体" });
    expect(attr(descendants(docx.paragraph("任务分工表"), "jc")[0], "val")).toBe("center");
  });

  it("hangs a wrapped attachment name under its first character, each later number under the first (GB/T 9704 §7.3.4)", async () => {
    // The Fuzhou seed's 附件说明 is a name longer than a line, after a half-width colon.
    const fuzhou = await exportText(readSeed("fuzhou-2023-draft"));
    const note = fuzhou.paragraph("附件:关于贯彻落实");
    const spacing = runSpacing(note);
    const width = (text: string) => wordWidth(text, BODY_PT, spacing);
    expect(width(textOf(note))).toBeGreaterThan(26 * BODY_CHAR);
    const indent = (paragraph: Element) => {
      const ind = descendants(paragraph, "ind")[0];
      return { left: Number(attr(ind, "left")), hanging: Number(attr(ind, "hanging")), firstLineChars: attr(ind, "firstLineChars") };
    };
    // The first line where the body's first lines start, two characters in; the lines after it
    // where the name starts. The body's firstLineChars (inherited from the styles) is set to 0:
    // a paragraph's own attributes override the style's one by one (ECMA-376 §17.3.1.12), and a
    // firstLineChars left in force would set the first line in by two characters again.
    expect(indent(note)).toEqual({ left: 2 * BODY_CHAR + Math.round(width("附件:")), hanging: Math.round(width("附件:")), firstLineChars: "0" });
    const docx = await exportText("测试市实施方案\n为做好工作，制定本方案。\n一、总体要求\n（一）指导思想。坚持问题导向。\n\n附件：1.任务分工表\n      2.责任清单\n");
    const spacing2 = runSpacing(docx.paragraph("附件：1.任务分工表"));
    const width2 = (text: string) => Math.round(wordWidth(text, BODY_PT, spacing2));
    const first = indent(docx.paragraph("附件：1.任务分工表"));
    const second = indent(docx.paragraph("2.责任清单"));
    expect(first).toEqual({ left: 2 * BODY_CHAR + width2("附件：1."), hanging: width2("附件：1."), firstLineChars: "0" });
    // 2. under 1., its name under the first name.
    expect(second.left - second.hanging).toBe(2 * BODY_CHAR + width2("附件："));
    expect(second).toMatchObject({ left: first.left, firstLineChars: "0" });
  });

  it("sets a table's numbered notes in 4号, each under the first, after 注：, a note's wrapped line under its words, with the table's last row", async () => {
    const indent = (paragraph: Element) => {
      const ind = descendants(paragraph, "ind")[0];
      return { left: Number(attr(ind, "left")), hanging: Number(attr(ind, "hanging")), firstLineChars: attr(ind, "firstLineChars") };
    };
    const table = "序号\t任务\t责任单位\n1\t开展质量攻关\t市工信局\n2\t推进标准建设\t市市场监管局\n";
    const head = "测试市质量工作要点\n一、重点任务\n";
    const docx = await exportText(`${head}${table}注：1.各责任单位于每季度末将工作进展报送市质量强市工作领导小组办公室。\n2.牵头单位负责统筹协调。\n二、工作要求\n各单位要抓好落实。\n`);
    // Notes in 4号 (14 pt), the table's size, their marks kept; measured at that size.
    const NOTE_PT = 14;
    expect(runsOf(docx.paragraph("注：1.")).map((run) => run.size)).toEqual([String(2 * NOTE_PT)]);
    expect(runsOf(docx.paragraph("2.牵头单位")).map((run) => run.size)).toEqual([String(2 * NOTE_PT)]);
    expect(runsOf(docx.paragraph("各单位要抓好落实")).map((run) => run.size)).toEqual([null]);
    const width = (text: string) => Math.round(wordWidth(text, NOTE_PT, runSpacing(docx.paragraph("注："))));
    const first = indent(docx.paragraph("注：1."));
    const second = indent(docx.paragraph("2.牵头单位"));
    // 注： where the body's first lines start; the note's later lines under its words.
    expect(first).toEqual({ left: 2 * BODY_CHAR + width("注：1."), hanging: width("注：1."), firstLineChars: "0" });
    // 2. under 1., after 注：.
    expect(second).toEqual({ left: 2 * BODY_CHAR + width("注：") + width("2."), hanging: width("2."), firstLineChars: "0" });
    // The body after the notes keeps the styles' first-line indent.
    expect(descendants(docx.paragraph("各单位要抓好落实"), "ind")).toHaveLength(0);
    // A note numbered before a year (`2.2023年…`, a decimal to the grammar) is one of the run, hung as the others.
    const yearLed = await exportText(`${head}${table}注：1.2023年为基数年。\n2.2025年为目标年。\n`);
    const width3 = (text: string) => Math.round(wordWidth(text, NOTE_PT, runSpacing(yearLed.paragraph("注："))));
    expect(runsOf(yearLed.paragraph("2.2025年")).map((run) => run.size)).toEqual([String(2 * NOTE_PT)]);
    expect(indent(yearLed.paragraph("注：1.2023"))).toEqual({ left: 2 * BODY_CHAR + width3("注：1."), hanging: width3("注：1."), firstLineChars: "0" });
    expect(indent(yearLed.paragraph("2.2025年"))).toEqual({ left: 2 * BODY_CHAR + width3("注：") + width3("2."), hanging: width3("2."), firstLineChars: "0" });
    // A label alone on its line, the notes numbered ① on the lines under it, a space after each number.
    const circled = await exportText(`${head}${table}注：\n① 以2024年为基数。\n② 按年度统计。\n`);
    const width2 = (text: string) => Math.round(wordWidth(text, NOTE_PT, runSpacing(circled.paragraph("注："))));
    expect(indent(circled.paragraph("② 按年度"))).toEqual({ left: 2 * BODY_CHAR + width2("注：") + width2("② "), hanging: width2("② "), firstLineChars: "0" });
    // A note with no number is a paragraph as the body's, in the notes' size.
    const plain = await exportText(`${head}${table}注：本表数据截至2024年底。\n`);
    expect(descendants(plain.paragraph("注：本表"), "ind")).toHaveLength(0);
    expect(runsOf(plain.paragraph("注：本表")).map((run) => run.size)).toEqual([String(2 * NOTE_PT)]);
    // The table's last row goes over a page's edge with its notes, never the notes alone.
    const rowKeeps = (pack: DocxPackage) => descendants(descendants(pack.xml("word/document.xml"), "tbl")[0]!, "tr").map((row) => descendants(row, "keepNext").length > 0);
    expect(rowKeeps(docx)).toEqual([false, false, true]);
    expect(rowKeeps(plain)).toEqual([false, false, true]);
    expect(rowKeeps(await exportText(`${head}${table}二、工作要求\n各单位要抓好落实。\n`))).toEqual([false, false, false]);
    // In a 专栏 box the notes keep the box's indents: a frame is drawn at its paragraphs' indents.
    const boxed = await exportText(`${head}1.强化产业基础。实施质量攻关。\n专栏1  重点项目\n1.质量攻关项目：组织企业开展联合攻关。\n注：① 项目清单每年更新一次。\n② 资金按有关规定执行。\n2.提升产业集群。开展质量诊断。\n`);
    const boxIndent = (prefix: string) => attr(descendants(boxed.paragraph(prefix), "ind")[0], "left");
    expect(descendants(boxed.paragraph("注："), "pBdr")).toHaveLength(1);
    expect(boxIndent("注：")).toBe(boxIndent("1.质量攻关"));
    expect(boxIndent("② 资金")).toBe(boxIndent("1.质量攻关"));
  });

  it("sets footnotes (① ……, their marks in the text above) in 4号, each mark hanging before its words", async () => {
    const plan = [
      "测试市质量工作要点",
      "一、主要目标",
      "到2025年，制造业质量竞争力指数①达到86，食品抽检合格率②稳定在98%以上。",
      "① 指国家统计局发布的制造业质量竞争力指数，以2022年为基期，按年度测算并由市统计局会同有关部门发布。",
      "② 含食用农产品。",
      "二、工作要求",
      "各单位要抓好落实。",
      "",
    ].join("\n");
    const NOTE_PT = 14;
    const docx = await exportText(plan);
    const width = (text: string) => Math.round(wordWidth(text, NOTE_PT, runSpacing(docx.paragraph("① 指"))));
    const indent = (prefix: string) => {
      const ind = descendants(docx.paragraph(prefix), "ind")[0];
      return { left: Number(attr(ind, "left")), hanging: Number(attr(ind, "hanging")), firstLineChars: attr(ind, "firstLineChars") };
    };
    // The mark where the body's first lines start, a wrapped line under the note's words.
    expect(indent("① 指")).toEqual({ left: 2 * BODY_CHAR + width("① "), hanging: width("① "), firstLineChars: "0" });
    expect(indent("② 含")).toEqual({ left: 2 * BODY_CHAR + width("② "), hanging: width("② "), firstLineChars: "0" });
    for (const prefix of ["① 指", "② 含"]) expect(runsOf(docx.paragraph(prefix)).map((run) => run.size)).toEqual([String(2 * NOTE_PT)]);
    // The text the notes explain, with its marks, stays in the body's size.
    expect(runsOf(docx.paragraph("到2025年")).every((run) => run.size === null)).toBe(true);
  });

  it("prints footnotes a copy gathered under the 附件说明 above it, with the text they explain (§7.3.4)", () => {
    const plan = [
      "---",
      "发文机关: 测试市人民政府",
      "成文日期: 2024-05-20",
      "---",
      "测试市质量工作要点",
      "一、主要目标",
      "到2025年，制造业质量竞争力指数①达到86，食品抽检合格率②稳定在98%以上。",
      "附件：测试市质量工作任务分工表",
      "① 指国家统计局发布的制造业质量竞争力指数。",
      "② 含食用农产品。",
      "",
    ].join("\n");
    const kinds = layoutPlan(analyze(plan).plan).blocks.map((block) => (block.kind === "paragraph" ? `paragraph ${block.runs[0]!.text.slice(0, 4)}` : "text" in block ? `${block.kind} ${block.text}` : block.kind));
    expect(kinds.slice(2)).toEqual([
      "paragraph 到202",
      "paragraph ① 指国",
      "paragraph ② 含食",
      "attachmentNote 附件：测试市质量工作任务分工表",
      "signature 测试市人民政府",
      "date 2024年5月20日",
      "imprint",
    ]);
  });

  it("prints front matter's 文号 under the 版头 and its 发文机关 and 成文日期 at the end of the body (§7.2.5, §7.3.5)", async () => {
    const plan = ["---", "文号: 测市府发〔2024〕7号", "发文机关: 中共测试市委、测试市人民政府", "成文日期: 2024-05-20", "---", "测试市实施方案", "为做好工作，制定本方案。", "一、总体要求", "（一）指导思想。坚持问题导向。", "附件：任务分工表", "附件1", "任务分工表", "——任务一。"].join("\n");
    const kinds = layoutPlan(analyze(plan).plan).blocks.map((block) => ("text" in block ? `${block.kind} ${block.text}` : block.kind));
    expect(kinds).toEqual([
      "docNumber 测市府发〔2024〕7号",
      "title",
      "paragraph",
      "paragraph",
      "paragraph",
      "attachmentNote 附件：任务分工表",
      "signature 中共测试市委",
      "signature 测试市人民政府",
      "date 2024年5月20日",
      "attachmentLabel 附件1",
      "title",
      "paragraph",
      "imprint",
    ]);
    const docx = await exportText(plan);
    expect(attr(descendants(docx.paragraph("测市府发〔2024〕7号"), "jc")[0], "val")).toBe("center");
    expect(attr(descendants(docx.paragraph("2024年5月20日"), "jc")[0], "val")).toBe("right");
  });

  it("keeps the text's own 文号, 署名 and 成文日期 rather than adding front matter's", () => {
    const plan = `---\n文号: 赣市府字〔2024〕41号\n发文机关: 赣州市人民政府\n成文日期: 2024-04-21\n---\n${GANZHOU}`;
    const blocks = layoutPlan(analyze(plan).plan).blocks;
    expect(blocks.filter((block) => block.kind === "docNumber")).toHaveLength(1);
    expect(blocks.filter((block) => block.kind === "date")).toHaveLength(1);
    expect(blocks.filter((block) => block.kind === "signature")).toHaveLength(0);
  });

  it("sets the text's own 版记 as the 版记, not as body paragraphs: rules, 4号, 抄送 hanging under its first name (§7.4)", async () => {
    const copyTo = "市委各部门，市人大常委会办公室，市政协办公室，市中级法院，市检察院，测试军分区，市工商联。";
    const plan = [
      "测试市实施方案",
      "为做好工作，制定本方案。",
      "一、总体要求",
      "（一）指导思想。坚持问题导向。",
      "",
      `抄送：${copyTo}`,
      "测试市人民政府办公室　　　　　　2024年4月22日印发",
    ].join("\n");
    const blocks = layoutPlan(analyze(plan).plan).blocks;
    expect(blocks[blocks.length - 1]).toEqual({
      kind: "imprint",
      recipients: [{ label: "抄送", names: copyTo }],
      printing: { printer: "测试市人民政府办公室", printed: "2024年4月22日印发" },
    });
    const docx = await exportText(plan);
    const document = docx.xml("word/document.xml");
    // No body paragraph holds the 版记's words; the table holds them.
    expect(descendants(document, "p").filter((p) => p.parentNode?.nodeName !== "w:tc" && textOf(p).includes("抄送"))).toEqual([]);
    const table = descendants(document, "tbl")[0]!;
    const rows = descendants(table, "tr");
    expect(rows.map((row) => textOf(row))).toEqual([`抄送：${copyTo}`, "测试市人民政府办公室2024年4月22日印发"]);
    // First and last rules 0.35 mm, the one between 0.25 mm (in eighths of a point).
    const borders = descendants(table, "tblBorders")[0]!;
    const size = (name: string) => Number(attr(descendants(borders, name)[0], "sz"));
    expect(size("top")).toBe(8);
    expect(size("bottom")).toBe(8);
    expect(size("insideH")).toBe(6);
    // 4号 (14 pt): 28 half-points.
    expect(runsOf(descendants(rows[0]!, "p")[0]!)[0]).toMatchObject({ size: "28", eastAsia: expect.stringContaining("仿宋") });
    // The long 抄送 wraps under its first name: hanging by 抄送：, and its row two lines high.
    const paragraph = descendants(rows[0]!, "p")[0]!;
    const ind = descendants(paragraph, "ind")[0];
    expect(Number(attr(ind, "hanging"))).toBeGreaterThan(0);
    expect(attr(ind, "left")).toBe(attr(ind, "hanging"));
    // No firstLine beside it, which a reader may take over the hanging indent (LibreOffice does):
    // 抄送 one character in, as the cell's margin sets it, not one and the hanging indent.
    expect([attr(ind, "firstLine"), attr(ind, "firstLineChars")]).toEqual([null, "0"]);
    const heights = rows.map((row) => Number(attr(descendants(row, "trHeight")[0], "val")));
    expect(heights[0]).toBe(2 * heights[1]!);
    // 印发机关 left, 印发日期 right, on one row.
    const cells = descendants(rows[1]!, "tc");
    expect(cells.map((cell) => attr(descendants(cell, "jc")[0], "val"))).toEqual(["left", "right"]);
  });

  it("puts the 版记 on an even page, the back of the last sheet (§7.4): a section of its own that starts on one", async () => {
    const plan = ["测试市实施方案", "一、总体要求", "（一）指导思想。坚持问题导向。", "", "抄送：市委各部门。", "测试市人民政府办公室　　2024年4月22日印发"].join("\n");
    const document = (await exportText(plan)).xml("word/document.xml");
    const sections = descendants(document, "sectPr");
    expect(sections).toHaveLength(2);
    // The text's section numbers its pages from 1; the 版记's starts on the next even page and
    // numbers on, its page number at the outer edge as the text's are.
    expect(attr(descendants(sections[0]!, "pgNumType")[0], "start")).toBe("1");
    expect(descendants(sections[0]!, "type")).toHaveLength(0);
    expect(attr(descendants(sections[1]!, "type")[0], "val")).toBe("evenPage");
    expect(attr(descendants(sections[1]!, "pgNumType")[0], "start")).toBeNull();
    // The text's footers, which a section that names none takes from the one before it.
    expect(descendants(sections[0]!, "footerReference").map((reference) => attr(reference, "type"))).toEqual(["default", "even"]);
    expect(descendants(sections[1]!, "footerReference")).toHaveLength(0);
    // The 版记's table is in the second section: after the paragraph that closes the first.
    const body = [...descendants(document, "body")[0]!.childNodes].filter((node) => node.nodeType === 1) as Element[];
    const closing = body.findIndex((node) => descendants(node, "sectPr").length > 0);
    expect(textOf(body[closing]!)).toContain("坚持问题导向");
    expect(body.findIndex((node) => node.nodeName === "w:tbl")).toBeGreaterThan(closing);
    // A plan without a 版记 is one section.
    expect(descendants((await exportText(GANZHOU)).xml("word/document.xml"), "sectPr")).toHaveLength(1);
  });

  it("has no 版记 without front matter to take it from", async () => {
    const docx = await exportText(GANZHOU);
    expect(descendants(docx.xml("word/document.xml"), "tbl")).toHaveLength(0);
  });
});

describe("docx export: options", () => {
  it("bolds 楷体 and 仿宋 headings, sets digits in Times New Roman, takes other fonts and paper", async () => {
    const docx = await exportText(GANZHOU, { boldHeadings: true, latinDigits: true, paper: "Letter", fonts: { body: "方正仿宋_GBK, 仿宋" } });
    expect(runsOf(docx.paragraph("（一）指导思想"))[0]).toMatchObject({ bold: true, ascii: "Times New Roman" });
    expect(runsOf(docx.paragraph("1.加快区域质量创新发展。"))[0]).toMatchObject({ bold: true, eastAsia: "方正仿宋_GBK" });
    expect(runsOf(docx.paragraph("一、总体要求"))[0]).toMatchObject({ bold: false, eastAsia: "黑体" });
    const size = descendants(docx.xml("word/document.xml"), "pgSz")[0];
    expect([attr(size, "w"), attr(size, "h")]).toEqual(["12240", "15840"]);
    const fontTable = docx.text("word/fontTable.xml");
    expect(fontTable).toContain('<w:font w:name="方正仿宋_GBK"><w:altName w:val="仿宋"/>');
  });

  it("writes each font's fallback chain into the font table", async () => {
    const fontTable = (await exportText(GANZHOU)).text("word/fontTable.xml");
    expect(fontTable).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(fontTable).toContain('<w:font w:name="仿宋"><w:altName w:val="FangSong"/>');
    expect(fontTable).toContain('<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/>');
  });

  it("marks a draft in the header or as a watermark", async () => {
    const header = await exportText(EXAMPLE, { draftMark: "header" });
    const headers = Object.keys(header.entries).filter((name) => /^word\/header\d+\.xml$/.test(name));
    expect(headers.length).toBe(2);
    for (const name of headers) expect(textOf(header.xml(name).documentElement!)).toBe("征求意见稿");
    const watermark = await exportText(EXAMPLE, { draftMark: "watermark" });
    expect(watermark.text("word/header1.xml")).toContain('string="征求意见稿"');
    const plain = await exportText(EXAMPLE);
    expect(Object.keys(plain.entries).some((name) => name.startsWith("word/header"))).toBe(false);
  });
});

describe("docx export: determinism", () => {
  it("gives the same bytes for the same plan and options, whatever the clock says", async () => {
    const { vi } = await import("vitest");
    const settings = { draftMark: "watermark", annotations: "comments" } as const;
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(new Date(2031, 5, 7, 10, 11, 12));
      const first = await exportText(EXAMPLE, settings);
      vi.setSystemTime(new Date(2036, 1, 2, 3, 4, 5));
      const second = await exportText(EXAMPLE, settings);
      expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
      const core = first.text("docProps/core.xml");
      expect(core).toContain("2024-05-20T00:00:00Z"); // the plan's own 成文日期
      expect(core).not.toContain("2031");
    } finally {
      vi.useRealTimers();
    }
  });

  it("writes no date at all for a plan without one", async () => {
    const core = (await exportText("测试方案\n一、总体要求\n")).text("docProps/core.xml");
    expect(core).not.toContain("dcterms:created");
  });

  it("is a package Word opens: content types first, every part it names present", async () => {
    const docx = await exportText(GANZHOU);
    expect(Object.keys(docx.entries)[0]).toBe("[Content_Types].xml");
    const overrides = [...docx.text("[Content_Types].xml").matchAll(/PartName="\/([^"]+)"/g)].map((m) => m[1]!);
    for (const part of overrides) expect(docx.entries[part], part).toBeDefined();
    expect(new DocxPackage(docx.bytes).paragraphs().length).toBeGreaterThan(40);
  });

  it("holds no character XML 1.0 forbids, whatever the plan holds: each part parses", async () => {
    // C0 controls (the docx library drops most), U+FFFE and U+FFFF (it did not: Word refused the file).
    const text = "---\n标题: 甲市\x01质量强市实施方案\uFFFE\n发文机关: 甲市\x0b人民政府\n---\n一、主要任务\n1.推进标准\x01创新\uFFFE。〔责任单位：市工信局\uFFFF、市科技局〕〔对应纲要：（三）\uFFFF〕\n";
    const docx = await exportText(text, { annotations: "comments", fonts: { body: "仿宋\x01" } });
    for (const [name, data] of Object.entries(docx.entries)) {
      if (!/\.(xml|rels)$/.test(name)) continue;
      const parser = new SaxesParser();
      parser.on("error", (error) => {
        throw new Error(`${name}: ${error.message}`);
      });
      parser.write(strFromU8(data)).close();
    }
    expect(textOf(docx.paragraph("1.推进标准"))).toBe("1.推进标准创新。〔责任单位：市工信局、市科技局〕");
    expect(docx.text("docProps/core.xml")).toContain("<dc:title>甲市质量强市实施方案</dc:title>");
    expect(docx.text("docProps/core.xml")).toContain("<dc:creator>甲市人民政府</dc:creator>");
  });

  it("prints no U+FFFD for a surrogate without its pair (an editor's buffer may hold one), and keeps the pairs", async () => {
    const text = "---\n标题: 甲市\uD800质量强市实施方案\n发文机关: 甲市\uDC00人民政府\n---\n一、主要任务\n1.推进标准\uDFFF创新\uD842\uDFB7。〔责任单位：市工信局\uDBFF、市科技局〕\n";
    const docx = await exportText(text);
    for (const [name, data] of Object.entries(docx.entries)) if (/\.(xml|rels)$/.test(name)) expect(strFromU8(data), name).not.toContain("\uFFFD");
    // 𠮷 (U+20BB7), a pair, is a character and is printed.
    expect(textOf(docx.paragraph("1.推进标准"))).toBe("1.推进标准创新\u{20BB7}。〔责任单位：市工信局、市科技局〕");
    expect(docx.text("docProps/core.xml")).toContain("<dc:creator>甲市人民政府</dc:creator>");
  });
});
