import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { readSeed, SEED_NAMES } from "../support/seeds";
import { cutByWidth, cutEvery, withPageNumbers } from "../support/pdfCut";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import { builtinParents } from "../../server/src/core/parents/resolve";
import { citedNumbersOfPlan } from "../../server/src/core/xref/citedNumbers";
import { writtenEnd } from "../../server/src/core/model/cutCitations";

/**
 * A citation whose title a PDF's measure cut (model/cutCitations.ts): read across the break
 * where the document is hard-wrapped and the line that leaves the 《 open is at its measure,
 * never where an ordinary line ends inside a title.
 */
const citationsOf = (text: string) =>
  buildPlan(text).citations.map((citation) => {
    const number = citation.docNumber;
    return number === null ? citation.title : `${citation.title}（${number.code}〔${number.year}〕${number.number}号）`;
  });
const parentsOf = (text: string) => analyze(text).parents.map((entry) => `${entry.via} ${entry.parent.title}`);
const rulesOf = (text: string) => analyze(text).findings.map((finding) => finding.rule);

/** A plan's tasks, each a paragraph long enough to fill several lines of any measure below. */
const TASKS = [
  "一、重点任务",
  "（一）夯实质量基础。加强计量基础设施建设，提升计量检测能力，推动计量服务产业发展，加快建设一批计量测试平台，完善质量基础设施体系，推进质量基础设施一站式服务。〔责任单位：市市场监管局〕",
  "（二）推进标准建设。加快推进标准化建设，提升标准供给质量和水平，完善地方标准体系，推动企业标准自我声明公开，培育一批先进团体标准，开展标准化试点示范。〔责任单位：市市场监管局〕",
  "（三）强化品牌培育。实施品牌培育工程，加强品牌宣传推介，提升品牌影响力和美誉度，培育一批区域公用品牌和企业品牌，推动老字号传承创新发展。〔责任单位：市商务局〕",
];

/** A plan with this preamble, every line cut at `measure` characters as a PDF copy is. */
const pasted = (preamble: string, measure: number) => cutEvery(["示例市深化质量强市建设实施方案", preamble, ...TASKS, ""].join("\n"), measure);

describe("a citation a PDF's measure cut", () => {
  it("in the preamble is read whole: the plan has its parent, and no title is left open", () => {
    // 30 characters: the measure ends at 〉.
    const text = pasted("为深入贯彻落实《中共中央 国务院关于印发〈质量强国建设纲要〉的通知》精神，结合我市实际，制定本方案。", 30);
    expect(text).toContain("〈质量强国建设纲要〉\n的通知》");
    const plan = buildPlan(text);
    expect(plan.hardWrap).not.toBeNull();
    expect(plan.citations.map((citation) => citation.title)).toEqual(["中共中央 国务院关于印发〈质量强国建设纲要〉的通知"]);
    const [citation] = plan.citations;
    expect(text.slice(citation!.start, citation!.end)).toBe("《中共中央 国务院关于印发〈质量强国建设纲要〉\n的通知》");
    expect(citation!.nested.map((nested) => text.slice(nested.start, nested.end))).toEqual(["〈质量强国建设纲要〉"]);
    expect(parentsOf(text)).toEqual(["citation 质量强国建设纲要"]);
    expect(rulesOf(text)).not.toContain("punct/unbalanced");
  });

  it("with its 文号 cut off below, or cut itself, keeps the 文号", () => {
    const preamble = "为贯彻落实《中共中央 国务院关于印发〈质量强国建设纲要〉的通知》（中发〔2022〕17号）精神，结合我市实际，制定本方案。";
    // 32 characters: the title closes the line, its 文号 opens the next; 42: the number itself is cut.
    const below = pasted(preamble, 32);
    const inNumber = pasted(preamble, 42);
    // 43: its 号 opens the next line, which xref/doc-number reads as the 文号's.
    const beforeHao = pasted(preamble, 43);
    expect(below).toContain("的通知》\n（中发");
    expect(inNumber).toContain("〕1\n7号");
    expect(beforeHao).toContain("〕17\n号）");
    // 44: the 文号 is whole, its closing bracket opens the next line.
    const beforeClose = pasted(preamble, 44);
    expect(beforeClose).toContain("〕17号\n）精神");
    for (const text of [below, inNumber, beforeHao, beforeClose]) {
      expect(rulesOf(text)).not.toContain("xref/doc-number");
      expect(buildPlan(text).hardWrap).not.toBeNull();
      expect(citationsOf(text)).toEqual(["中共中央 国务院关于印发〈质量强国建设纲要〉的通知（中发〔2022〕17号）"]);
      expect(buildPlan(text).docNumbers).toHaveLength(1);
    }
  });

  it("with its 文号 in full-width digits (a WPS copy) cut inside its number, keeps the 文号", () => {
    const preamble = "为贯彻落实《中共中央 国务院关于印发〈质量强国建设纲要〉的通知》（中发〔２０２２〕１７号）精神，结合我市实际，制定本方案。";
    for (const [measure, cut] of [[42, "〕１\n７号"], [43, "〕１７\n号）"]] as const) {
      const text = pasted(preamble, measure);
      expect(text).toContain(cut);
      expect(rulesOf(text)).not.toContain("xref/doc-number");
      expect(buildPlan(text).docNumbers).toHaveLength(1);
      expect(citationsOf(text)).toEqual(["中共中央 国务院关于印发〈质量强国建设纲要〉的通知（中发〔2022〕17号）"]);
    }
  });

  it("with its 文号's year cut by a page's edge (`〔20` / `— 3 —` / `22〕17号`), keeps the 文号, and the fix joins it whole", () => {
    const preamble = "为贯彻落实《中共中央 国务院关于印发〈质量强国建设纲要〉的通知》（中发〔2022〕17号）精神，结合我市实际，制定本方案。";
    // 38 characters: the measure ends inside the year; the page's number stands between the halves.
    const cut = pasted(preamble, 38);
    expect(cut).toContain("〔20\n22〕17号");
    for (const page of ["\n\n— 3 —\n\n", "\n— 3 —\n", "\n\n— 3 —\n\n示例市人民政府办公室行政规范性文件\n\n"]) {
      const text = cut.replace("〔20\n22〕", `〔20${page}22〕`);
      expect(citationsOf(text)).toEqual(["中共中央 国务院关于印发〈质量强国建设纲要〉的通知（中发〔2022〕17号）"]);
      expect(buildPlan(text).docNumbers).toHaveLength(1);
      expect(rulesOf(text)).not.toContain("xref/doc-number");
      expect(fixAll(text).text).toContain(preamble);
    }
  });

  it("cut by a page's number, is read whole, its title placed as written", () => {
    const text = pasted("为深入贯彻落实《中共中央 国务院关于印发〈质量强国建设纲要〉的通知》精神，结合我市实际，制定本方案。", 30).replace("〉\n的通知》", "〉\n\n— 1 —\n\n的通知》");
    expect(citationsOf(text)).toEqual(["中共中央 国务院关于印发〈质量强国建设纲要〉的通知"]);
    expect(parentsOf(text)).toEqual(["citation 质量强国建设纲要"]);
    expect(rulesOf(text)).not.toContain("punct/unbalanced");
    const [citation] = buildPlan(text).citations;
    expect(text.slice(citation!.start, citation!.end)).toBe("《中共中央 国务院关于印发〈质量强国建设纲要〉\n\n— 1 —\n\n的通知》");
    expect(writtenEnd(text, citation!.titleStart, citation!.title)).toBe(citation!.end - 1);
  });

  it.each(SEED_NAMES)("in the seed %s, cut by width or every N characters, is the seed's citation, and the parents are the seed's", (name) => {
    const seed = readSeed(name).replace(/\r\n/g, "\n");
    const [citations, parents] = [citationsOf(seed), parentsOf(seed)];
    for (const cut of [cutByWidth(seed, 52), cutByWidth(seed, 56), cutByWidth(seed, 60), cutEvery(seed, 26), cutEvery(seed, 28), cutEvery(seed, 30)]) {
      expect(citationsOf(cut)).toEqual(citations);
      expect(parentsOf(cut)).toEqual(parents);
    }
  });

  it("is never read across an ordinary line's end: a title left open there stays a finding", () => {
    const open = ["示例市深化质量强市建设实施方案", "为贯彻落实《质量强国建设", "纲要》精神，制定本方案。"];
    const leftOpen = (text: string) => analyze(text).findings.filter((finding) => finding.start < text.indexOf("\n纲要》") + 4).map((finding) => finding.rule);
    // A plan of paragraphs: no measure, the line is a paragraph of its own.
    const paragraphs = [...open, ...TASKS, ""].join("\n");
    expect(buildPlan(paragraphs).hardWrap).toBeNull();
    expect(citationsOf(paragraphs)).toEqual([]);
    expect(leftOpen(paragraphs)).toContain("text/broken-sentence");
    // A wrapped plan whose short line (far from its measure) ends inside a title.
    const wrapped = [...open, cutEvery(TASKS.join("\n"), 28), ""].join("\n");
    expect(buildPlan(wrapped).hardWrap).not.toBeNull();
    expect(citationsOf(wrapped)).toEqual([]);
    expect(leftOpen(wrapped)).toContain("text/broken-sentence");
  });
});

describe("a title a PDF's measure cut in a task's text", () => {
  const preamble = "为深入贯彻落实《质量强国建设纲要》精神，结合我市实际，制定本方案。";
  /** The plan with `task` first, cut at the first measure (18 … 40 characters) whose break falls inside `title`, after its first two characters. */
  const cutInside = (task: string, title: string) => {
    const text = ["示例市深化质量强市建设实施方案", preamble, "一、重点任务", task, ...TASKS.slice(1), ""].join("\n");
    for (let measure = 18; measure <= 40; measure++) {
      const cut = cutEvery(text, measure);
      const written = cut.slice(cut.indexOf(title.slice(0, 2), cut.indexOf(task.slice(0, 6))));
      const end = written.indexOf(title.slice(-2)) + 2;
      if (written.slice(0, end).includes("\n") && written.slice(0, end).replace("\n", "") === title && !written.startsWith(`${title.slice(0, 2)}\n`)) return cut;
    }
    throw new Error(`no measure cuts ${title}`);
  };
  const findingsOf = (text: string, rule: string) =>
    analyze(text)
      .findings.filter((finding) => finding.rule === rule)
      .map((finding) => ({ text: text.slice(finding.start, finding.end), message: finding.message }));

  it("a wrong title is reported over the whole title as written, and its fix writes the right one", () => {
    const text = cutInside("（一）深化质量提升。认真落实《质量强国建设规划纲要》要求，实施质量提升行动，加快建设质量强市，推进质量基础设施一站式服务。〔责任单位：市发展改革委〕", "《质量强国建设规划纲要》");
    const found = findingsOf(text, "xref/title");
    expect(found).toHaveLength(1);
    expect(found[0]!.text.replace("\n", "")).toBe("质量强国建设规划纲要");
    expect(found[0]!.message).toContain("应为《质量强国建设纲要》");
    const fixed = fixAll(text).text;
    expect(fixed).toContain("认真落实《质量强国建设纲要》要求");
    expect(fixAll(fixed).text).toBe(fixed);
  });

  it("a year in brackets after it is checked against the document's", () => {
    const text = cutInside("（一）推进标准建设。对照《赣州市深化质量强市建设实施方案》（2023年）要求，加快推进标准化建设，提升标准供给质量和水平。〔责任单位：市市场监管局〕", "《赣州市深化质量强市建设实施方案》");
    expect(findingsOf(text, "xref/title")).toEqual([{ text: "2023", message: expect.stringContaining("是2024年的文件") }]);
  });

  it("a nested title in the wrong brackets is found where it is written", () => {
    const text = cutInside("（一）深化质量提升。贯彻落实《中共中央 国务院关于印发<质量强国建设纲要>的通知》要求，实施质量提升行动，推进质量基础设施一站式服务。〔责任单位：市发展改革委〕", "<质量强国建设纲要>的通知》");
    expect(findingsOf(text, "xref/nested-title").map((finding) => finding.text.replace("\n", ""))).toEqual(["<质量强国建设纲要>"]);
  });

  it("the parent's item numbers after it are read", () => {
    const text = cutInside("（一）深化质量提升。落实《质量强国建设纲要》第（五）条，实施质量提升行动，加快建设质量强市，推进质量基础设施一站式服务。〔责任单位：市发展改革委〕", "《质量强国建设纲要》");
    const numbers = citedNumbersOfPlan(builtinParents()[0]!, buildPlan(text)).map((number) => number.text);
    expect(numbers).toEqual(["第（五）条"]);
  });
});

describe("a half-width mark a PDF's measure left at a line's edge", () => {
  it("is read with the line it goes on from: a clause's `)` alone on its line is reported and fixed", () => {
    // A draft typed with half-width marks, its clauses so written throughout (units/clause-style's style).
    const tasks = TASKS.map((task) => task.replace("〔责任单位：", "(责任单位:").replace("〕", ")"));
    const plan = ["示例市深化质量强市建设实施方案", "为深入贯彻落实《质量强国建设纲要》精神，结合我市实际，制定本方案。", ...tasks, ""].join("\n");
    // The first measure that leaves the last task's `)` alone on its line.
    const measure = [...Array(21).keys()].map((k) => k + 20).find((width) => [...tasks[3]!].length % width === 1)!;
    const copy = cutEvery(plan, measure);
    expect(copy).toContain("市商务局\n)\n");
    expect(buildPlan(copy).hardWrap).not.toBeNull();
    const marks = (text: string) =>
      analyze(text)
        .findings.filter((finding) => finding.rule === "punct/half-width")
        .flatMap((finding) => finding.fix!.edits.map((edit) => edit.newText));
    expect(marks(copy)).toEqual(marks(plan));
    expect(marks(copy)).toEqual(["（", "：", "）", "（", "：", "）", "（", "：", "）"]);
    // The fixes write it full-width wherever structure/hard-wrap's join puts it.
    expect(fixAll(copy).text).toMatch(/市商务局\n?）\n/);
  });
});

describe("a seed a PDF copied: cut every 24, 27 or 31 characters, a page's number every 22 lines, or every 28 characters", () => {
  /** What the copy adds to a finding's text (its breaks, the page's lines) taken out. */
  const written = (text: string) => text.replace(/\n\s*— \d+ —\s*\n/g, "").replace(/\s+/g, "");
  /** Where each offset of `text` stands in its words: how many characters before it the copy did not add (white space, a page's number). */
  const wordOffsets = (text: string) => {
    const added = new Uint8Array(text.length);
    for (const page of text.matchAll(/\n\s*— \d+ —\s*\n/g)) added.fill(1, page.index, page.index + page[0].length);
    const at = new Int32Array(text.length + 1);
    for (let i = 0, words = 0; i < text.length; i++) {
      at[i] = words;
      if (added[i] === 0 && !/\s/.test(text[i]!)) words++;
    }
    return at;
  };
  /**
   * The plan's readings and findings the copy must leave as they are: the copy's own defects
   * (structure/hard-wrap, structure/page-number) aside. punct/half-width's one finding per
   * paragraph the copy's lines split: its marks are compared instead, each the mark its fix
   * writes at its place in the words.
   */
  const readingOf = (text: string) => {
    const plan = buildPlan(text);
    const findings = analyze(text).findings;
    const words = wordOffsets(text);
    return {
      outline: plan.allItems.map((item) => `${item.level} ${item.marker.text}${item.heading.text}`),
      units: plan.clauses.map((clause) => clause.units.map((unit) => unit.text).join("、")),
      citations: citationsOf(text),
      findings: findings
        .filter((finding) => !["structure/hard-wrap", "structure/page-number", "punct/half-width"].includes(finding.rule))
        .map((finding) => `${finding.rule} ${written(text.slice(finding.start, finding.end))}`)
        .sort(),
      halfWidth: findings
        .filter((finding) => finding.rule === "punct/half-width")
        .flatMap((finding) => finding.fix!.edits.map((edit) => `${words[edit.start + text.slice(edit.start, edit.end).search(/\S/)]} ${edit.newText}`)),
    };
  };

  it.each(SEED_NAMES)("%s: the outline, the units, the citations, the findings and the half-width marks are the clean seed's", (name) => {
    const seed = readSeed(name).replace(/\r\n/g, "\n");
    const clean = readingOf(seed);
    // 28, without pages: a clause's `)` alone on its line (fuzhou) is read with the line above.
    for (const copy of [...[24, 27, 31].map((measure) => withPageNumbers(cutEvery(seed, measure), 22)), cutEvery(seed, 28)]) {
      expect(buildPlan(copy).hardWrap).not.toBeNull();
      expect(readingOf(copy)).toEqual(clean);
    }
  });

  /**
   * The seed's quotes as copies write them: typed half-width (`"质量第一"`), closed by a
   * half-width one (`“质量第一"`), or one left open. A quote pairs with its partner on the next
   * line as in the paragraph joined: punct/half-width writes the same “ or ” for each, and
   * punct/unbalanced reports the same quote left open.
   */
  const quoteCopies = (seed: string) => {
    const open = seed.indexOf("”");
    return {
      halfWidth: seed.replace(/[“”]/g, '"'),
      closedHalfWidth: seed.replace(/”/g, '"'),
      leftOpen: seed.slice(0, open) + seed.slice(open + 1),
    };
  };

  it.each(SEED_NAMES)("%s: its quotes, typed half-width or left open, are read as in the clean seed once cut at 28", (name) => {
    const seed = readSeed(name).replace(/\r\n/g, "\n");
    expect(seed).toContain("“");
    for (const [variant, quoted] of Object.entries(quoteCopies(seed))) {
      const clean = readingOf(quoted);
      expect(clean.findings.some((finding) => finding.startsWith("punct/unbalanced")), variant).toBe(variant === "leftOpen");
      if (variant !== "leftOpen") expect(clean.halfWidth.length, variant).toBeGreaterThan(0);
      const copy = cutEvery(quoted, 28);
      expect(buildPlan(copy).hardWrap).not.toBeNull();
      expect(readingOf(copy), variant).toEqual(clean);
    }
  });
});

describe("a citation cut by a web viewer's copy that ends every line with a space", () => {
  it("is read without the spaces before its breaks, which the join takes out: no stray space in the title, the parent found", () => {
    // 28 characters, then a space at every line's end, as a PDF viewer's text layer copies it.
    const text = pasted("为全面贯彻落实党中央、国务院《质量强国建设纲要》和《中共江西省委 江西省人民政府关于深化质量强省建设的实施意见》精神，制定本方案。", 28).replace(/\n/g, " \n");
    expect(text).toContain("《中共 \n江西省委");
    expect(citationsOf(text)).toContain("中共江西省委 江西省人民政府关于深化质量强省建设的实施意见");
    expect(rulesOf(text).filter((rule) => rule.startsWith("xref/"))).toEqual([]);
    expect(parentsOf(text).some((parent) => parent.includes("质量强国建设纲要"))).toBe(true);
    const fixed = fixAll(text).text;
    expect(fixed).toContain("《中共江西省委 江西省人民政府关于深化质量强省建设的实施意见》");
    expect(fixAll(fixed).text).toBe(fixed);
  });
});

