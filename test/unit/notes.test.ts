import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { fixAll } from "../../server/src/core/fixes/applyFixes";

const fixAllText = (source: string) => fixAll(source).text;

const HEAD = ["示例市质量强市建设实施方案", "为贯彻落实《质量强国建设纲要》，结合我市实际，制定本方案。", "一、总体要求", "（一）主要目标"];
const TAIL = ["三、保障措施", "（一）加强组织领导。建立工作协调机制。〔责任单位：市市场监管局〕"];
const plan = (...lines: string[]) => [...HEAD, ...lines, ...TAIL].join("\n") + "\n";

const outline = (source: string) => buildPlan(source).allItems.map((item) => source.slice(item.line.indentEnd, item.line.contentEnd).slice(0, 8));
const numbering = (source: string) => analyze(source).findings.filter((finding) => finding.rule.startsWith("numbering/") || finding.rule.startsWith("structure/")).map((finding) => `${finding.rule} ${finding.message}`);
const kindOf = (source: string, start: string) => {
  const line = buildPlan(source).lines.find((candidate) => source.startsWith(start, candidate.indentEnd))!;
  return line.kind === "text" ? line.textKind : line.kind;
};

describe("notes pasted with the text (model/notes.ts)", () => {
  it("reads a note that says what its mark stands for as one, its reference inside the sentence (合格率①达到95%)", () => {
    const source = plan("到2025年，全市制造业产品质量合格率①达到95%以上，质量竞争力指数②达到86。", "① 指规模以上工业企业产品监督抽查合格率。", "②是指制造业质量竞争力指数。", "二、重点任务", "（一）实施质量提升行动。开展攻关。〔责任单位：市工信局〕");
    expect(kindOf(source, "① 指")).toBe("note");
    expect(kindOf(source, "②是指")).toBe("note");
    expect(numbering(source)).toEqual([]);
    // An entry that sets a task is no note, under a lone reference (合格率①达到) or after an
    // enumeration's ① (of which 指导 and 指标 define nothing): a list entry still.
    const tasks = plan("到2025年，全市制造业产品质量合格率①达到95%以上。", "①加强企业质量对标。");
    expect(kindOf(tasks, "①加强")).toBe("list");
    const enumeration = plan("到2025年，重点抓好①质量对标、②标准引领。", "①指导企业开展质量对标。", "②指标体系逐步完善。");
    expect(kindOf(enumeration, "①指导")).toBe("list");
    expect(kindOf(enumeration, "②指标")).toBe("list");
  });

  it("reads a footnote under the paragraph whose reference it explains as a note, not a list entry", () => {
    const source = plan(
      "到2025年，全市制造业产品质量合格率达到95%以上①，质量强市建设取得明显成效。",
      "二、重点任务",
      "（一）实施质量提升行动。开展重点产品质量攻关②。〔责任单位：市工信局〕",
      "① 指规模以上工业企业产品监督抽查合格率。",
      "② 重点产品指列入省重点产业链的产品。",
    );
    expect(outline(source)).toEqual(["一、总体要求", "（一）主要目标", "二、重点任务", "（一）实施质量提", "三、保障措施", "（一）加强组织领"]);
    expect(kindOf(source, "① 指")).toBe("note");
    expect(kindOf(source, "② 重点")).toBe("note");
    const task = buildPlan(source).allItems[3]!;
    expect(task.bodyLines).toHaveLength(2);
    expect(numbering(source)).toEqual([]);
  });

  it("reads a footnote whose reference ends a pasted table's cell as a note", () => {
    const source = plan("到2025年，主要指标如下：", "指标\t2025年目标", "制造业产品质量合格率①\t95%", "① 指规模以上工业企业产品监督抽查合格率。", "二、重点任务", "（一）实施质量提升行动。〔责任单位：市工信局〕");
    expect(kindOf(source, "① 指")).toBe("note");
    expect(outline(source)).toEqual(["一、总体要求", "（一）主要目标", "二、重点任务", "（一）实施质量提", "三、保障措施", "（一）加强组织领"]);
  });

  it("reads the numbered lines of a 注： as notes: 注：① then ②, 注： alone then 1. 2.", () => {
    const source = plan(
      "到2025年，主要指标如下表。",
      "注：① 产品质量合格率指监督抽查合格率。",
      "② 满意度为第三方测评结果。",
      "二、重点任务",
      "（一）实施质量提升行动。开展重点产品质量攻关。〔责任单位：市工信局〕",
      "注：",
      "1.重点产品指列入省重点产业链的产品。",
      "2.攻关项目由市工信局另行发布。",
    );
    expect(outline(source)).toEqual(["一、总体要求", "（一）主要目标", "二、重点任务", "（一）实施质量提", "三、保障措施", "（一）加强组织领"]);
    expect(kindOf(source, "② 满意")).toBe("note");
    expect(kindOf(source, "1.重点")).toBe("note");
    expect(numbering(source)).toEqual([]);
  });

  it("reads a note numbered before a year (2.2023年为基数年。), which the grammar takes for a decimal, in its note's run", () => {
    const source = plan("到2025年，主要指标如下表。", "注：1.指标数据来源于市统计局。", "2.2023年为基数年。", "3.2025年为目标年。", "二、重点任务", "注：1.2024年数据为初步统计数。", "2.目标值为预期性指标。");
    for (const start of ["2.2023", "3.2025", "2.目标"]) expect(kindOf(source, start)).toBe("note");
    // A decimal that goes on from a note's number is no note: `2.5倍` is prose.
    expect(kindOf(plan("注：1.指标数据来源于市统计局。", "2.5倍于全省平均水平。"), "2.5倍")).toBe("plain");
    expect(numbering(source)).toEqual([]);
  });

  it("reads a reference inside a sentence as one where the notes stand at a printed page's foot", () => {
    const source = plan(
      "到2025年，制造业质量竞争力指数①达到86以上，质量强市建设取得明显成效。",
      "① 制造业质量竞争力指数由国家市场监管总局发布。",
      "— 2 —",
      "二、重点任务",
      "（一）实施质量提升行动。开展重点产品质量攻关。〔责任单位：市工信局〕",
    );
    expect(kindOf(source, "① 制造业")).toBe("note");
    expect(numbering(source)).toEqual(["structure/page-number “— 2 —”是复制时带入的页码，不属于方案内容"]);
    // Not at a page's foot, a lone reference's note is a note all the same: the page's number
    // deleted changes no reading.
    expect(kindOf(source.replace("— 2 —\n", ""), "① 制造业")).toBe("note");
    // An enumeration's ① (its ② after a separator) is no reference there: its entry stays one.
    const enumeration = source.replace("指数①达到86以上，", "指数①达到86以上、②质量强市建设取得明显成效。").replace("— 2 —\n", "");
    expect(kindOf(enumeration, "① 制造业")).toBe("list");
  });

  it("reads a footnote the same after structure/page-number's fix writes it under its paragraph", () => {
    // The page cut the sentence; its footnote (no 指, its reference inside the sentence) stands
    // between the halves and the page's number. The fix joins the halves and writes the note after them.
    const source = plan(
      "到2025年，全市制造业质量竞争力指数①达到86以上，质量强市建设",
      "① 以2020年为基数",
      "",
      "— 2 —",
      "",
      "取得明显成效。",
      "二、重点任务",
      "（一）实施质量提升行动。开展重点产品质量攻关。〔责任单位：市工信局〕",
    );
    expect(kindOf(source, "① 以")).toBe("note");
    expect(numbering(source)).toEqual([expect.stringMatching(/^structure\/page-number .*合并为同一段落/)]);
    const fixed = fixAllText(source);
    expect(fixed).toContain("质量强市建设取得明显成效。\n① 以2020年为基数\n二、");
    expect(kindOf(fixed, "① 以")).toBe("note");
    expect(numbering(fixed)).toEqual([]);
    expect(outline(fixed)).toEqual(outline(source));
  });

  it("keeps a list a list: an enumeration's ① is no reference, and a list after a note is no note", () => {
    const source = plan(
      "到2025年，重点抓好三项工作：①质量提升；②标准引领；③品牌建设。",
      "① 开展质量提升行动。",
      "② 实施标准引领工程。",
      "二、重点任务",
      "（一）实施质量提升行动。开展重点产品质量攻关②。〔责任单位：市工信局〕",
      "② 重点产品指列入省重点产业链的产品。",
      "（二）加强品牌建设。培育区域品牌。〔责任单位：市市场监管局〕",
      "① 培育一批“赣字号”品牌。",
      "② 开展品牌价值评价。",
    );
    expect(kindOf(source, "① 开展")).toBe("list");
    expect(kindOf(source, "② 实施")).toBe("list");
    expect(kindOf(source, "② 重点")).toBe("note");
    expect(kindOf(source, "① 培育")).toBe("list");
    expect(kindOf(source, "② 开展品牌")).toBe("list");
  });
});
