import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { isPageNumber } from "../../server/src/core/model/pageFurniture";

/** How the model reads the one line after a task: its kind, and its text kind if it is text. */
function readingOf(line: string): string {
  const plan = buildPlan(`一、主要任务\n1.开展工作。\n${line}\n`);
  const read = plan.lines[2]!;
  return read.kind === "text" ? `text:${read.textKind}` : read.kind;
}

describe("page numbers a PDF copy leaves in the text", () => {
  it.each(["— 3 —", "—3—", "- 4 -", "－ 12 －", "– 5 –", "第 5 页 共 8 页", "第5页/共8页", "第5页，共8页", "第 3 页", "共8页 第5页", "Page 3 of 8", "·12·", "・ 3 ・"])("%s is a page number", (line) => {
    expect(isPageNumber(line)).toBe(true);
    expect(readingOf(line)).toBe("text:pageNumber");
  });

  it.each(["3", "—", "第3页的内容", "第三页", "— 3 — 5 —", "共建共享", "——推进标准化建设。", "Pages", "·推进标准化建设", "·3"])("%s is not", (line) => {
    expect(isPageNumber(line)).toBe(false);
  });
});

describe("a dash with nothing but a number after it is no list entry", () => {
  it.each(["—", "——", "--", "— 3", "—88.5"])("%s is read as text", (line) => {
    expect(readingOf(line)).toBe("text:plain");
  });

  it.each(["——推进标准化建设。", "—推进标准化建设。", "——2025年，质量水平提升。"])("%s is still a list entry", (line) => {
    expect(readingOf(line)).toBe("list");
  });

  it("a table cell `—` gets no marker-style finding, and no fix turns it into `——`", () => {
    const text = "一、主要任务\n1.开展工作。〔责任单位：市工信局〕\n附件\n序号\n指标名称\n目标\n1\n制造业质量竞争力指数\n—\n88\n";
    expect(analyze(text).findings.map((finding) => finding.rule)).not.toContain("numbering/marker-style");
  });

  it("no other rule reports a page line's own text (han-space, marker-style, sentence-end)", () => {
    const text = "一、主要任务\n1.甲任务。开展工作。〔责任单位：市工信局〕\n\n第 3 页 共 8 页\n\n— 4 —\n2.乙任务。开展工作。〔责任单位：市工信局〕\n";
    expect(analyze(text).findings.map((finding) => finding.rule)).toEqual(["structure/page-number", "structure/page-number"]);
  });
});

describe("running heads a PDF prints on every page", () => {
  const HEAD = "示例市人民政府办公室行政规范性文件";
  const findingsOf = (text: string) =>
    analyze(text).findings.map((finding) => ({ rule: finding.rule, line: text.slice(0, finding.start).split("\n").length, message: finding.message, fixed: finding.fix !== undefined }));
  const kindsOf = (text: string, content: string) => buildPlan(text).lines.filter((line) => text.slice(line.indentEnd, line.contentEnd) === content).map((line) => (line.kind === "text" ? line.textKind : line.kind));

  it("a head after each page number is page furniture: one finding with its number, deleted with it, the sentence it cut joined", () => {
    const text = [
      "示例市质量强市建设实施方案",
      "一、总体要求",
      "（一）主要目标",
      "到2025年，制造业产品质量合格率达到95%以上，农产品质量安全例行监",
      "",
      "— 1 —",
      "",
      HEAD,
      "测合格率稳定在98%以上。",
      "二、重点任务",
      "1.加强监管。开展整治。（市市场监管局负责）",
      "",
      "— 2 —",
      "",
      HEAD,
      "2.加强品牌。开展培育。（市市场监管局负责）",
      "",
    ].join("\n");
    expect(kindsOf(text, HEAD)).toEqual(["pageNumber", "pageNumber"]);
    expect(findingsOf(text).filter((finding) => finding.rule.startsWith("structure/") || finding.rule.startsWith("text/"))).toEqual([
      { rule: "structure/page-number", line: 6, message: `“— 1 —”是复制时带入的页码（连同页眉“${HEAD}”），句子在“全例行监”与“测合格率”之间被它断开（段落未以句末标点结束），应删除页码并合并为同一段落`, fixed: true },
      { rule: "structure/page-number", line: 13, message: `“— 2 —”是复制时带入的页码（连同页眉“${HEAD}”），不属于方案内容`, fixed: true },
    ]);
    const fixed = fixAll(text, {}, 10, (finding) => finding.rule === "structure/page-number").text;
    expect(fixed).toBe(text.replace(`监\n\n— 1 —\n\n${HEAD}\n`, "监").replace(`— 2 —\n\n${HEAD}\n`, ""));
    expect(fixAll(fixed, {}, 10, (finding) => finding.rule === "structure/page-number").text).toBe(fixed);
  });

  it("an issuer's mark alone between the halves of a sentence is one too, without a page number; the broken sentence is its finding", () => {
    const text = "一、主要任务\n1.强化产业基础。加快突破一批关键\n\n示例市人民政府办公室文件\n\n核心技术。（市工信局负责）\n2.推动集群升级。培育先进制造业集群。（市发改委负责）\n";
    expect(kindsOf(text, "示例市人民政府办公室文件")).toEqual(["pageNumber"]);
    expect(findingsOf(text)).toEqual([
      { rule: "structure/page-number", line: 4, message: "“示例市人民政府办公室文件”是复制时带入的页眉，句子在“一批关键”与“核心技术”之间被它断开（段落未以句末标点结束），应删除页眉并合并为同一段落", fixed: true },
    ]);
    expect(fixAll(text).text).toBe(text.replace("关键\n\n示例市人民政府办公室文件\n\n核心", "关键核心"));
  });

  it("an issuer's mark inside a sentence with no blank line round it (a copy made line by line) is one too", () => {
    const text = "一、主要任务\n1.强化产业基础。加快突破一批关键\n示例市人民政府办公室文件\n核心技术。（市工信局负责）\n2.推动集群升级。培育先进制造业集群。（市发改委负责）\n";
    expect(kindsOf(text, "示例市人民政府办公室文件")).toEqual(["pageNumber"]);
    expect(findingsOf(text)).toEqual([
      { rule: "structure/page-number", line: 3, message: "“示例市人民政府办公室文件”是复制时带入的页眉，句子在“一批关键”与“核心技术”之间被它断开（段落未以句末标点结束），应删除页眉并合并为同一段落", fixed: true },
    ]);
    expect(fixAll(text).text).toBe(text.replace("关键\n示例市人民政府办公室文件\n核心", "关键核心"));
    // A short line of the plan's own between two lines of a paragraph, said once: text.
    const own = "一、主要任务\n1.强化产业基础。加快突破一批关键\n质量强市示范工程\n核心技术。（市工信局负责）\n";
    expect(kindsOf(own, "质量强市示范工程")).toEqual(["plain"]);
  });

  it("a head between two paragraphs, where the page ended with its sentence, is one where it says so elsewhere", () => {
    const title = "示例市质量强市建设实施方案";
    const text = `${title}\n一、主要任务\n1.保障食品安全。强化生产经营过程质量安全控制。\n示例市人民政府文件\n深化药品安全监管。（市市场监管局负责）\n${title}\n2.推动集群升级。培育先进制造业集群。（市发改委负责）\n`;
    expect(kindsOf(text, "示例市人民政府文件")).toEqual(["pageNumber"]);
    expect(kindsOf(text, title)).toEqual(["plain", "pageNumber"]);
    const fixed = fixAll(text, {}, 10, (finding) => finding.rule === "structure/page-number").text;
    expect(fixed).toBe(text.replace("示例市人民政府文件\n", "").replace(`）\n${title}\n`, "）\n"));
    // A short line of the plan's own between two paragraphs, said nowhere else: a subheading.
    const own = `${title}\n一、主要任务\n1.保障食品安全。强化过程控制。\n质量强市示范工程\n深化药品安全监管。（市市场监管局负责）\n`;
    expect(kindsOf(own, "质量强市示范工程")).toEqual(["plain"]);
  });

  it("is never a unit of a clause pasted one unit a line, though every clause repeats it: its 、 says the list goes on", () => {
    const text = "一、主要任务\n1.开展甲工作。〔责任单位：\n市市场监管局、\n市财政局、\n市商务局〕\n2.开展乙工作。〔责任单位：\n市市场监管局、\n市财政局、\n市农业农村局〕\n";
    expect(kindsOf(text, "市财政局、")).toEqual(["plain", "plain"]);
    expect(analyze(text).findings.map((finding) => finding.rule)).not.toContain("structure/page-number");
    expect(fixAll(text).text).toBe(text.replace(/：\n|、\n/g, (joint) => joint[0]!));
  });

  it("is never the plan's title: a page that ends in the preamble", () => {
    const text = `示例市质量强市建设实施方案\n为贯彻落实《质量强国建设纲要》，结合我市实际，制定\n\n— 1 —\n\n${HEAD}\n本方案。\n一、总体要求\n（一）主要目标\n到2025年，制造业产品质量合格率达到95%以上。\n`;
    const plan = buildPlan(text);
    expect(plan.title?.text).toBe("示例市质量强市建设实施方案");
    expect(kindsOf(text, HEAD)).toEqual(["pageNumber"]);
  });

  it("the plan's title repeated by a page number is one; a short line of the text by a page number once is not", () => {
    const title = "示例市质量强市建设实施方案";
    const repeated = `${title}\n一、总体要求\n（一）基本原则\n坚持质量第一。\n\n— 1 —\n\n${title}\n（二）主要目标\n到2025年，制造业产品质量合格率达到95%以上。\n`;
    expect(kindsOf(repeated, title)).toEqual(["plain", "pageNumber"]);
    expect(buildPlan(repeated).title?.text).toBe(title);
    const text = `${title}\n一、总体要求\n（一）基本原则\n坚持质量第一\n\n— 1 —\n\n坚持创新驱动\n（二）主要目标\n到2025年，制造业产品质量合格率达到95%以上。\n`;
    expect(kindsOf(text, "坚持质量第一")).toEqual(["plain"]);
    expect(kindsOf(text, "坚持创新驱动")).toEqual(["plain"]);
    // Alone between blank lines, not cutting a sentence and not an issuer's mark: a paragraph.
    const alone = `${title}\n一、总体要求\n（一）基本原则\n坚持质量第一。\n\n质量强市示范工程\n\n（二）主要目标\n到2025年，制造业产品质量合格率达到95%以上。\n`;
    expect(kindsOf(alone, "质量强市示范工程")).toEqual(["plain"]);
  });
});

describe("structure/page-number names a page's line as it was printed", () => {
  it("without a drafter's // comment after it: the number stays a number, not a running head", () => {
    const text = "示例市质量强市建设实施方案\n一、总体要求\n（一）加强质量基础设施建设，提升\n\n— 3 — // 第3页\n\n计量检测能力。\n";
    const messages = analyze(text).findings.filter((finding) => finding.rule === "structure/page-number").map((finding) => finding.message);
    expect(messages).toEqual(["“— 3 —”是复制时带入的页码，不属于方案内容"]);
  });
});

describe("a page that ends on a clause's label, its names on the next page", () => {
  it.each(["（责任部门：", "(责任部门:"])("`……项目。%s` / page number / names: one paragraph, its clause whole, the page number's fix joins it", (label) => {
    const close = label.startsWith("(") ? ")" : "）";
    const text = `示例市质量强市建设实施方案\n一、主要目标\n到2025年，制造业产品质量合格率达到94%以上。\n二、主要任务\n1.强化科技支撑。实施省级以上重点研发计划项目和科技成果转化项目。${label}\n-4-\n市市场监管局、市工信局、市科技局等${close}\n2.推进标准建设。加快推进标准化建设。${label}市市场监管局${close}\n`;
    const { plan, findings } = analyze(text);
    expect(plan.clauses.map((clause) => clause.units.map((unit) => unit.text).join("、"))).toEqual(["市市场监管局、市工信局、市科技局", "市市场监管局"]);
    const rules = findings.map((finding) => finding.rule);
    expect(rules).not.toContain("punct/sentence-end");
    expect(rules).not.toContain("punct/unbalanced");
    expect(findings.find((finding) => finding.rule === "structure/page-number")?.message).toContain("被它断开");
    // Joined (the half-width brackets made full-width by units/clause-style's fix).
    expect(fixAll(text).text).toMatch(/项目。[（(]责任部门[：:]市市场监管局、市工信局、市科技局等[）)]\n2\./);
  });
});
