import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { readSeed, SEED_NAMES } from "../support/seeds";
import { cutByWidth, cutEvery } from "../support/pdfCut";
import { builtinParents } from "../../server/src/core/parents/index";
import { mapTasks } from "../../server/src/core/xref/mapping";

const rulesOf = (text: string) => analyze(text).findings.map((finding) => finding.rule);

describe("a plan copied with a PDF's line breaks", () => {
  it.each(SEED_NAMES)("the seed %s as written is not hard-wrapped", (name) => {
    expect(buildPlan(readSeed(name)).hardWrap).toBeNull();
  });

  it.each(SEED_NAMES)("the seed %s cut every 28 characters is, once; the rules that read a line as a paragraph wait; the fix joins it back", (name) => {
    const seed = readSeed(name).replace(/\r\n/g, "\n");
    const cut = cutEvery(seed, 28);
    const findings = analyze(cut).findings;
    expect(findings.filter((finding) => finding.rule === "structure/hard-wrap")).toHaveLength(1);
    const lineRules = ["punct/sentence-end", "punct/unbalanced", "targets/no-goals", "targets/parent-not-localised"];
    expect(findings.filter((finding) => lineRules.includes(finding.rule))).toEqual([]);
    // Half-width marks: one finding a paragraph, as in the seed, not one a line (a few more where
    // a cut line starts with what reads as a marker, `(二)`, and the paragraph is not seen whole).
    const halfWidth = (text: string) => analyze(text).findings.filter((finding) => finding.rule === "punct/half-width").length;
    expect(halfWidth(cut)).toBeLessThanOrEqual(Math.ceil(halfWidth(seed) * 1.25));
    const fixed = fixAll(cut, {}, 10, (finding) => finding.rule === "structure/hard-wrap").text;
    // Only line breaks (and the spaces that ended a cut line) go.
    expect(fixed.replace(/\s/g, "")).toBe(cut.replace(/\s/g, ""));
    expect(buildPlan(fixed).hardWrap).toBeNull();
  });

  it.each(SEED_NAMES)("the seed %s set by width (56 columns, a 、 hung past the measure) is wrapped in every paragraph", (name) => {
    const seed = readSeed(name).replace(/\r\n/g, "\n");
    const cut = cutByWidth(seed, 56);
    const rules = analyze(cut).findings.map((finding) => finding.rule);
    expect(rules.filter((rule) => rule === "structure/hard-wrap")).toHaveLength(1);
    // No line the measure cut is read as a paragraph of its own: only the seed's own breaks are reported.
    const lineRules = (found: string[]) => found.filter((rule) => ["text/broken-sentence", "units/clause-line-break", "punct/sentence-end", "punct/unbalanced"].includes(rule));
    expect(lineRules(rules)).toEqual(lineRules(analyze(seed).findings.map((finding) => finding.rule)));
  });

  it.each(SEED_NAMES)("the seed %s cut every 28 characters has the parents the seed infers, from the sentence the measure cut", (name) => {
    const seed = readSeed(name).replace(/\r\n/g, "\n");
    const cut = cutEvery(seed, 28);
    const inferred = (text: string) =>
      analyze(text).parents.filter((entry) => entry.via === "inferred").map((entry) => [entry.parent.title, entry.span === null ? null : text.slice(entry.span.start, entry.span.end).replace(/\n/g, "")]);
    expect(inferred(cut)).toEqual(inferred(seed));
  });

  it.each(SEED_NAMES)("the seed %s set by width maps each task to the outline as the seed does, to the same similarity", (name) => {
    const seed = readSeed(name).replace(/\r\n/g, "\n");
    const outline = builtinParents()[0]!;
    // Each task's candidates with their scores (a line the measure ended on a sentence's 。 may
    // end its paragraph: such a break stays, and costs the mapping no word).
    const mapped = (text: string) => mapTasks(buildPlan(text), outline).map((mapping) => [mapping.item.heading.text, mapping.candidates.map((candidate) => `${candidate.entry.label} ${candidate.score.toFixed(4)}`)]);
    expect(mapped(cutByWidth(seed, 56))).toEqual(mapped(seed));
  });

  it.each(SEED_NAMES)("the seed %s cut by width or every N characters has the seed's year ranges to correct, a range the measure cut too", (name) => {
    const seed = readSeed(name).replace(/\r\n/g, "\n");
    const ranges = (text: string) =>
      analyze(text)
        .findings.filter((finding) => finding.rule === "punct/year-range")
        .map((finding) => finding.message);
    for (const [kind, cut] of [["w56", cutByWidth(seed, 56)], ["w58", cutByWidth(seed, 58)], ["e28", cutEvery(seed, 28)], ["e29", cutEvery(seed, 29)]] as const) expect([kind, ranges(cut)]).toEqual([kind, ranges(seed)]);
  });

  it("takes a number's point the measure cut from its decimals (`达到86.` / `5，`) for no full stop", () => {
    const goal = "到2025年，全市经济发展质量效益明显提升，产业质量竞争力持续增强，产品、工程、服务质量水平显著提升，制造业质量竞争力指数达到86.5，食用农产品监测合格率和食品药品监督抽查合格率均达到98%以上，制造业产品质量合格率达到94%以上。";
    // Words put before the goal so that its point ends a line of 28 characters.
    const pad = "全市上下".repeat(7).slice(0, (28 - ((goal.indexOf("86.") + 3) % 28)) % 28);
    const seed = `示例市质量强市建设实施方案\n为贯彻落实《质量强国建设纲要》和《中共江西省委 江西省人民政府关于深化质量强省建设的实施意见》精神，结合我市实际，制定本方案。\n一、总体要求\n（一）主要目标\n${pad}${goal}\n`;
    const cut = cutEvery(seed, 28);
    expect(cut).toContain("86.\n5，");
    expect(rulesOf(cut)).toEqual(["structure/hard-wrap"]);
    // A sentence's point at a wrapped line's end is still one.
    expect(rulesOf(cut.replace("以上。", "以上."))).toEqual(["structure/hard-wrap", "punct/half-width"]);
  });

  it("reads the title and the targets whole before the join (targets across the wraps)", () => {
    const seed = "示例市质量强市建设实施方案\n为贯彻落实《质量强国建设纲要》和《中共江西省委 江西省人民政府关于深化质量强省建设的实施意见》精神，结合我市实际，制定本方案。\n一、总体要求\n（一）主要目标\n到2025年，全市经济发展质量效益明显提升，产业质量竞争力持续增强，产品、工程、服务质量水平显著提升，制造业质量竞争力指数达到86.5，食用农产品监测合格率和食品药品监督抽查合格率均达到98%以上，制造业产品质量合格率达到94%以上，公共服务质量满意度达到81分以上。\n";
    const cut = cutEvery(seed, 28);
    const plan = buildPlan(cut);
    expect(plan.hardWrap).not.toBeNull();
    expect(plan.metadata.title).toBe("示例市质量强市建设实施方案");
    expect(rulesOf(cut)).toEqual(["structure/hard-wrap"]);
  });

  it("keeps a title as wide as the measure apart from the preamble under it: the title is read, and the fix leaves its line", () => {
    // 26 characters over lines cut every 28: the title fills the measure and stops without a 。,
    // as a wrapped line does; the 为贯彻落实… under it opens a sentence of its own.
    const title = "示例市质量基础设施提升行动计划（2024—2026年）";
    const seed = `${title}\n为贯彻落实《质量强国建设纲要》和《湖南省质量强省建设实施方案》，加快构建现代先进的质量基础设施体系，支撑全市经济高质量发展，制定本行动计划。\n一、总体要求\n（一）主要目标\n到2026年，全市质量基础设施布局更加合理，服务效能明显提升，新建社会公用计量标准20项以上，主导或参与制修订国家标准、行业标准15项以上，培育省级以上检验检测中心3个，规模以上工业企业质量管理体系认证覆盖率达到80%以上。\n`;
    const cut = `${title}\n${cutEvery(seed.slice(title.length + 1), 28)}`;
    const plan = buildPlan(cut);
    expect(plan.hardWrap).not.toBeNull();
    expect(plan.metadata.title).toBe(title);
    expect(fixAll(cut).text.startsWith(`${title}\n为贯彻落实`)).toBe(true);
  });

  // A short plan has few wrapped lines: each counts. A line the measure ends after the label of a
  // clause in round brackets (`（责任单位：` / `市商务局）`) goes on below, as one in 〔〕 does; read
  // as ending its sentence, it was one line wider than the measure too many and the plan was
  // read line by line (its targets cut: 食品抽检合格 / 率稳定在98%以上).
  it("counts a line that stops after a clause's label in round brackets as going on", () => {
    const text = [
      "抚州市质量提升行动方案",
      "为贯彻落实《质量强国建设纲要》，全面提升我市产品、工程、服务质量",
      "水平，制定本方案。",
      "一、总体目标",
      "到2026年，全市制造业产品质量合格率达到94.5%以上，食品抽检合格",
      "率稳定在98%以上，新增“赣出精品”品牌10个。",
      "二、重点任务",
      "1.开展质量对标提升。组织重点行业企业对标国际国内先进水平，每年",
      "推动50家企业开展对标达标。（责任单位：市工信局、市市场监管局）",
      "2.推进质量技术攻关。聚焦新材料、生物医药等产业，组织实施一批质",
      "量攻关项目。（责任单位：市科技局、市工信局）",
      "3.提升生活性服务质量。推进家政、养老等服务标准化建设。（责任单位：",
      "市商务局、市民政局）",
      "4.提升生产性服务质量。培育一批检验检测、研发设计服务机构。（责任",
      "单位：市发展改革委、市市场监管局）",
      "三、保障措施",
      "（一）加强组织领导。各地各部门要把质量提升工作摆上重要议程。",
      "",
    ].join("\n");
    const plan = buildPlan(text);
    expect(plan.hardWrap?.lines.map((line) => text.slice(line.start, line.start + 2))).toEqual(["为贯", "到2", "1.", "2.", "3.", "4."]);
    // One finding for the wraps, no line read as a paragraph that lost its 。, and the target the
    // measure cut is read whole (the outline's other goals this short plan leaves out remain).
    const findings = analyze(text).findings;
    expect(findings.filter((finding) => finding.rule !== "targets/parent-not-localised").map((finding) => finding.rule)).toEqual(["structure/hard-wrap"]);
    expect(findings.some((finding) => finding.message.includes("食品抽检合格率"))).toBe(false);
    // One line wider than the measure (set in another, or never wrapped) does not make a short
    // plan's lines paragraphs: 5 % of its seventeen lines is less than one.
    expect(buildPlan(text.replace("摆上重要议程。", "摆上重要议程，加强统筹协调，形成工作合力。")).hardWrap).not.toBeNull();
    // After a closed bracket a colon ends the line (a heading that introduces its list).
    expect(buildPlan(text.replace("（一）加强组织领导。", "（一）加强组织领导：\n")).hardWrap).not.toBeNull();
  });

  it("is read with a 分工表 pasted after the text, its rows wider than the page: a table is set in its columns", () => {
    const tasks = Array.from({ length: 4 }, (_, i) => `（${"一二三四"[i]}）实施第${i + 1}项质量提升行动。聚焦特色产业开展质量比对和质量攻关，推动一批企业建立先进质量管理体系，培育一批质量标杆企业。（县工业和信息化局牵头，县市场监管局配合）`);
    const seed = `东川县质量提升行动方案\n一、重点任务\n${tasks.join("\n")}\n`;
    const rows = Array.from({ length: 4 }, (_, i) => `${i + 1}\t实施产业质量提升行动第${i + 1}项重点工作\t市工业和信息化局\t市市场监管局、市农业农村局、市商务局\t2026年底前`);
    const cut = `${cutEvery(seed, 28)}\n附件\n\n重点任务分工表\n\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n${rows.join("\n")}\n`;
    const plan = buildPlan(cut);
    expect(plan.hardWrap).not.toBeNull();
    expect(plan.tables).toHaveLength(1);
    expect(rulesOf(cut).filter((rule) => rule === "structure/hard-wrap")).toHaveLength(1);
  });

  // Rows of one length, as a PDF converter sets a 分工表's cells one space apart: no measure's lines.
  const narrowRows = ["1 开展质量攻关行动推进产业链 市工业和信息化局 市科技局 2025年底前", "2 推进标准化建设完善标准体系 市市场监管局 市发展改革委 2025年底前", "3 加强品牌建设培育知名品牌企 市市场监管局 市商务局等 2026年底前", "4 完善质量基础设施提升检测能 市市场监管局 市财政局等 2026年底前", "5 推进质量安全监管强化风险防 市市场监管局 市公安局等 2025年底前", "6 实施质量人才工程培养技术骨 市人力资源社会保障局 市教育局 2027年"];
  const narrowTable = `序号 重点任务 牵头单位 配合单位 完成时限\n${narrowRows.join("\n")}\n`;

  it("is not read into a short plan's 分工表 whose cells are one space apart, its rows of one length", () => {
    const text = `某市质量提升行动方案\n\n一、主要任务\n（一）加强质量基础设施建设。完善计量、标准、认证认可、检验检测体系。（责任单位：市市场监管局）\n\n附件\n\n重点任务分工表\n\n${narrowTable}`;
    expect(buildPlan(text).hardWrap).toBeNull();
    expect(rulesOf(text)).not.toContain("structure/hard-wrap");
  });

  it.each([
    ["single spaces", (row: string) => row],
    ["wide gaps", (row: string) => row.replace(/ /g, "    ")],
    ["tabs", (row: string) => row.replace(/ /g, "\t")],
    ["one cell a line", (row: string) => row.replace(/ /g, "\n")],
  ])("never joins a line of a 分工表 set with %s after a wrapped text: the fix keeps every row a line", (_, setAs) => {
    const seed = readSeed(SEED_NAMES[0]!).replace(/\r\n/g, "\n");
    // Its tasks cut to nine characters: its rows as wide as the text's lines (56 columns).
    const table = narrowTable.split("\n").map((row) => setAs(row.replace(/^(\d )(.{9}).{4}/u, "$1$2"))).join("\n");
    const cut = `${cutEvery(seed, 28)}\n附件\n\n重点任务分工表\n\n${table}`;
    const plan = buildPlan(cut);
    expect(plan.hardWrap).not.toBeNull();
    const tableStart = cut.lastIndexOf("序号");
    expect(plan.hardWrap!.lines.filter((line) => line.contentEnd >= tableStart - 1)).toEqual([]);
    const fixed = fixAll(cut, {}, 10, (finding) => finding.rule === "structure/hard-wrap").text;
    expect(fixed.endsWith(`\n${table}`)).toBe(true);
  });

  it("is not read into a plan whose headings are of one length, or into a table pasted one cell a line", () => {
    const headings = Array.from({ length: 8 }, (_, i) => `（${"一二三四五六七八"[i]}）推动质量发展创新动能持续提升\n加强质量基础设施建设，推进计量、标准、认证认可、检验检测协同发展，提升质量基础设施服务效能，支撑产业高质量发展。`).join("\n");
    expect(buildPlan(`示例市质量强市建设实施方案\n一、主要任务\n${headings}\n`).hardWrap).toBeNull();
    const cells = Array.from({ length: 10 }, (_, i) => `${i + 1}\n制造业产品质量合格率提升工程专项行动\n市市场监管局、市工信局、市发展改革委\n2025年`).join("\n");
    expect(buildPlan(`示例市质量强市建设实施方案\n一、主要任务\n1.开展工作。\n附件\n序号\n任务\n责任单位\n时限\n${cells}\n`).hardWrap).toBeNull();
  });
});

describe("joining a wrapped line", () => {
  const fixWraps = (text: string) => fixAll(text, {}, 10, (finding) => finding.rule === "structure/hard-wrap").text;
  const GOALS = ["到2025年，全市经济发展质量效益明显提升，产业质量竞争", "力持续增强，产品、工程、服务质量水平显著提升，质量基础设", "施更加现代高效，质量治理体系更加完善，制造业产品质量合格", "率达到94%以上，公共服务质量满意度达到81分以上。"];
  const plan = (preamble: readonly string[], goals: readonly string[]) => ["示例市质量强市建设实施方案", ...preamble, "一、总体要求", "（一）主要目标", ...goals, ""].join("\n");
  const joined = (lines: readonly string[]) => lines.map((line) => line.trimEnd()).join("");

  it("keeps the space of the text the PDF broke the line at: between two issuers in a title", () => {
    // The measure ends at the space between 省委 and 四川: the copy keeps it at the line's end.
    const preamble = ["为深入贯彻落实《质量强国建设纲要》和《中共四川省委 ", "四川省人民政府关于加快建设质量强省的实施意见》，全面提升", "全市质量总体水平，推动经济社会高质量发展，结合实际，制定本", "方案。"];
    const cut = plan(preamble, GOALS);
    expect(buildPlan(cut).hardWrap?.lines).toHaveLength(6);
    expect(fixWraps(cut)).toBe(plan([preamble.join("")], [joined(GOALS)]));
  });

  it("gives back the space a break between two Latin words took, letters or a standard's number, never inside a number", () => {
    const preamble = ["为深入贯彻落实《质量强国建设纲要》，推动企业通过ISO", "9001质量管理体系认证，推广应用Quality Management", "System等先进质量管理方法，全面推进卓越绩效模式，推行GB/T", "19580卓越绩效评价准则落地，建设检验能力达到ISO/IEC 170", "25要求的实验室，结合实际，制定本方案。"];
    const cut = plan(preamble, GOALS);
    expect(buildPlan(cut).hardWrap).not.toBeNull();
    expect(fixWraps(cut)).toContain("为深入贯彻落实《质量强国建设纲要》，推动企业通过ISO 9001质量管理体系认证，推广应用Quality Management System等先进质量管理方法，全面推进卓越绩效模式，推行GB/T 19580卓越绩效评价准则落地，建设检验能力达到ISO/IEC 17025要求的实验室，结合实际，制定本方案。");
  });

  it("reads full-width letters and digits as the half-width ones at a break (ＩＳＯ / ９００１, ISO / ９００１)", () => {
    // A WPS copy writes the figures full-width, or the letters too: the same words, the same space
    // given back. Full-width, 28 characters fill the page's 56 columns.
    const preamble = ["为深入贯彻落实《质量强国建设纲要》，推动企业通过了ISO", "9001管理体系认证，推广先进质量管理方法，落实GB/T", "19580卓越绩效评价准则，能达到ISO/IEC 170", "25实验室，推广应用Quality Management", "System等先进质量管理方法，结合实际，制定本方案。"];
    const joinedBack = "为深入贯彻落实《质量强国建设纲要》，推动企业通过了ISO 9001管理体系认证，推广先进质量管理方法，落实GB/T 19580卓越绩效评价准则，能达到ISO/IEC 17025实验室，推广应用Quality Management System等先进质量管理方法，结合实际，制定本方案。";
    const widen = (pattern: RegExp) => (line: string) => line.replace(pattern, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
    const goals = cutEvery(widen(/[0-9%]/g)(joined(GOALS)).repeat(3), 28).split("\n");
    for (const [wide, breakSpace] of [[widen(/[0-9]/g), " "], [widen(/[A-Za-z0-9]/g), "\u3000"]] as const) {
      const cut = plan(preamble.map(wide), goals);
      expect(buildPlan(cut).hardWrap).not.toBeNull();
      // Between two full-width characters the space the break took is the full-width text's
      // own, U+3000 (ＩＳＯ　９００１); with a half-width side (ISO / ９００１) the half-width one.
      // The breaks' spaces (ISO / 9001, GB/T / 19580, Management / System); those inside a line stay as written.
      const expected = wide(joinedBack).replace(/(?<=[OTt]) (?=9001|19580|System)|(?<=[ＯＴｔ]) (?=９００１|１９５８０|Ｓｙｓｔｅｍ)/g, breakSpace);
      expect(fixWraps(cut)).toContain(expected);
    }
  });

  it("gives back a full-width term's space in its width, which text/full-width-alnum then writes half-width with it", () => {
    const preamble = ["为深入贯彻落实《质量强国建设纲要》，推动企业通过ＩＳＯ", "９００１质量体系认证，推广先进质量管理方法，对标ＧＢ／Ｔ", "１９５８０卓越绩效评价准则，结合实际，制定本方案。"];
    const cut = plan(preamble, GOALS);
    expect(buildPlan(cut).hardWrap).not.toBeNull();
    const joinedText = fixWraps(cut);
    expect(joinedText).toContain("ＩＳＯ\u3000９００１质量体系认证");
    expect(joinedText).toContain("ＧＢ／Ｔ\u3000１９５８０卓越绩效");
    // The width rule's fix of the joined text leaves no full-width character of the terms behind.
    const widths = (text: string) => fixAll(text, {}, 10, (finding) => finding.rule === "text/full-width-alnum").text;
    const fixed = widths(joinedText);
    expect(fixed).toContain("ISO 9001质量体系认证");
    expect(fixed).toContain("GB／T 19580卓越绩效");
    expect(widths(fixWraps(fixed))).toBe(fixed);
    // One fix-all of both rules, which fixes the letters and joins the break in one pass, ends the same.
    expect(fixAll(cut, {}, 10, (finding) => finding.rule === "structure/hard-wrap" || finding.rule === "text/full-width-alnum").text).toBe(fixed);
  });

  it("drops the spaces a copy leaves at every break", () => {
    const preamble = ["为深入贯彻落实《质量强国建设纲要》和《中共四川省委 四川省", "人民政府关于加快建设质量强省的实施意见》，全面提升全市质", "量总体水平，推动经济社会高质量发展，结合实际，制定本方案。"];
    const spaced = (lines: readonly string[]) => lines.map((line, i) => (i + 1 < lines.length ? `${line} ` : line));
    const cut = plan(spaced(preamble), spaced(GOALS));
    expect(buildPlan(cut).hardWrap?.lines).toHaveLength(5);
    expect(fixWraps(cut)).toBe(plan([joined(preamble)], [joined(GOALS)]));
  });
});
