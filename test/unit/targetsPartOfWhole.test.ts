import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { extractTargets } from "../../server/src/core/targets/extract";
import { targetTableRows } from "../../server/src/core/targets/table";

/**
 * A part a plan names after 其中 or 含 (`新增省级以上质量标杆企业20家，其中国家级5家`) is linked to
 * its whole: never a second figure of it (targets/inconsistent), never compared with the parent's
 * figure for the whole (compare.ts), and weighed against it (targets/part-exceeds-whole).
 */
const cityPlan = (goals: string, tasks = "开展质量提升行动。") =>
  `示例市质量强市建设实施方案\n示例市人民政府\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n（一）主要目标\n到2025年，${goals}\n二、主要任务\n（一）提升质量。${tasks}（责任单位：市市场监管局）\n`;

const wholesOf = (text: string) => extractTargets(analyze(text).plan).targets.map((target) => [target.indicator, target.kind, target.whole?.indicator ?? null]);
const rulesOf = (text: string, rule: string) => analyze(text).findings.filter((finding) => finding.rule === rule).map((finding) => finding.message);

describe("a part linked to its whole", () => {
  it("links a part named by its level, by a kind of the whole's work, by its own noun, and every part of a list", () => {
    expect(wholesOf(cityPlan("新增省级以上质量标杆企业20家，其中国家级5家。完成食品抽检2万批次，其中监督抽检1.2万批次。制修订标准50项，其中国家标准10项、行业标准20项。"))).toEqual([
      ["省级以上质量标杆企业", "count", null],
      ["国家级质量标杆企业", "count", "省级以上质量标杆企业"],
      ["食品抽检", "count", null],
      ["食品监督抽检", "count", "食品抽检"],
      ["制修订标准", "count", null],
      ["国家标准", "count", "制修订标准"],
      ["行业标准", "count", "制修订标准"],
    ]);
  });

  it("reads a part of a level with no verb of its own as a level, and a clause with no 其中 as no part", () => {
    expect(wholesOf(cityPlan("标准化试点示范项目达到40个，其中国家级5个以上。培育质量品牌30个，建成检验检测中心10个。"))).toEqual([
      ["标准化试点示范项目", "level", null],
      ["国家级标准化试点示范项目", "level", "标准化试点示范项目"],
      ["质量品牌", "count", null],
      ["检验检测中心", "count", null],
    ]);
  });

  it("never compares a part with the parent's figure for its whole, however loosely its name reads as the whole's", () => {
    const text = cityPlan("食品抽检合格率达到98.5%，其中县域食品抽检合格率97%。制造业产品质量合格率达到95%，其中规模以上工业企业产品质量合格率93%。");
    const { plan, parents } = analyze(text);
    expect(targetTableRows(plan, parents, undefined).map((row) => [row.indicator, row.verdict, row.reason])).toEqual([
      ["食品抽检合格率", "stricter", expect.any(String)],
      ["县域食品抽检合格率", "no-parent", "本方案的“县域食品抽检合格率”是“食品抽检合格率”的一部分（其中），纲要的98%以上是对整体的要求，不与部分比较"],
      ["制造业产品质量合格率", "stricter", expect.any(String)],
      ["规模以上工业企业产品质量合格率", "no-parent", "本方案的“规模以上工业企业产品质量合格率”是“制造业产品质量合格率”的一部分（其中），纲要的94%是对整体的要求，不与部分比较"],
    ]);
    expect(rulesOf(text, "targets/weaker-than-parent")).toEqual([]);
  });

  it("takes no part for a second figure of its whole, and still compares a part with the same part stated again", () => {
    const text = cityPlan("食品抽检合格率达到98.5%，其中县域食品抽检合格率97%。", "县域食品抽检合格率达到96%。");
    expect(rulesOf(text, "targets/inconsistent")).toEqual(["“县域食品抽检合格率”的目标值前后不一致：此处为96%，前文（一、（一））为97%"]);
  });
});

describe("a part that narrows the whole's object", () => {
  it("links a part opened by 其中 with a mark after it, or opening a ；-part of its own", () => {
    expect(wholesOf(cityPlan("抽检产品1000批次，其中：电商产品200批次。新增省级以上质量标杆企业20家；其中国家级5家。制修订标准50项，其中，国家标准10项、行业标准20项。"))).toEqual([
      ["抽检产品", "count", null],
      ["电商产品抽检", "count", "抽检产品"],
      ["省级以上质量标杆企业", "count", null],
      ["国家级质量标杆企业", "count", "省级以上质量标杆企业"],
      ["制修订标准", "count", null],
      ["国家标准", "count", "制修订标准"],
      ["行业标准", "count", "制修订标准"],
    ]);
  });

  it("names the whole's work on the narrower object, done as the whole's is", () => {
    const text = cityPlan("完成产品质量监督抽查1000批次，其中：电商产品200批次、重点产品300批次。食品抽检3000批次，其中网络食品500批次。");
    expect(extractTargets(analyze(text).plan).targets.map((target) => [target.indicator, target.comparator, target.whole?.indicator ?? null])).toEqual([
      ["产品质量监督抽查", "完成", null],
      ["电商产品质量监督抽查", "完成", "产品质量监督抽查"],
      ["重点产品质量监督抽查", "完成", "产品质量监督抽查"],
      ["食品抽检", "", null],
      ["网络食品抽检", "", "食品抽检"],
    ]);
  });

  it("names the part with the whole's doing where the whole's name is its object alone, and a floor on it a count of that work", () => {
    const read = (goals: string) => extractTargets(analyze(cityPlan(goals)).plan).targets.map((target) => [target.indicator, target.kind, target.comparator, target.whole?.indicator ?? null]);
    // 抽检产品: the object 产品 with its doing in the comparator while the parts are named (indicatorName.ts keeps the verb after).
    expect(read("抽检产品1000批次，其中电商产品200批次。")).toEqual([
      ["抽检产品", "count", "抽检", null],
      ["电商产品抽检", "count", "抽检", "抽检产品"],
    ]);
    // 不少于 on a part of work counted: that work's floor, no level of what stands.
    expect(read("抽检产品1000批次，其中电商产品不少于200批次。")).toEqual([
      ["抽检产品", "count", "抽检", null],
      ["电商产品抽检", "count", "抽检不少于", "抽检产品"],
    ]);
    // A part of a level (what stands) under its floor stays a level.
    expect(read("检验检测机构达到100家，其中国家级不少于10家。").map((t) => t[1])).toEqual(["level", "level"]);
  });

  it("never weighs a part opened so against the parent's figure for the whole, nor takes it for a second figure of it", () => {
    const text = cityPlan("食品抽检合格率达到98.5%，其中：县域食品抽检合格率97%。制造业产品质量合格率达到95%；其中，电商产品质量合格率92%。", "食品抽检合格率达到98.5%。");
    expect(rulesOf(text, "targets/weaker-than-parent")).toEqual([]);
    expect(rulesOf(text, "targets/inconsistent")).toEqual([]);
  });
});

describe("targets/part-exceeds-whole", () => {
  it("reports a part larger than its whole, with both figures and the whole's place", () => {
    expect(rulesOf(cityPlan("新增省级以上质量标杆企业20家，其中国家级25家。"), "targets/part-exceeds-whole")).toEqual(["“国家级质量标杆企业”是“省级以上质量标杆企业”的一部分（其中），此处为25家，大于整体（一、（一））的20家"]);
  });

  it("weighs figures on one scale, and never a rate, a part of another span or one that fits a range", () => {
    expect(rulesOf(cityPlan("完成食品抽检1.2万批次，其中监督抽检15000批次。"), "targets/part-exceeds-whole")).toHaveLength(1);
    expect(rulesOf(cityPlan("完成食品抽检1.2万批次，其中监督抽检8000批次。食品抽检合格率达到98%，其中县域食品抽检合格率98.5%。累计培育专精特新企业30家，其中每年新增40家。建成检验检测中心10—15个，其中国家级12个。"), "targets/part-exceeds-whole")).toEqual([]);
  });
});

describe("a 其中 row of an indicator table", () => {
  const tablePlan = (rows: string[]) =>
    `示例市质量强市建设实施方案（2023—2025年）\n示例市人民政府\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n（一）主要目标\n到2025年，全市质量整体水平进一步提升。\n附表：主要指标表\n序号\t指标\t单位\t2022年基期值\t2025年目标值\n${rows.join("\n")}\n二、主要任务\n（一）提升质量。开展质量提升行动。（责任单位：市市场监管局）\n`;

  it("is a part of the row above it that is none, named with its noun where it names only its level", () => {
    expect(wholesOf(tablePlan(["1\t省级以上标准化试点示范项目\t个\t30\t40", "\t其中：国家级\t个\t3\t5", "\t其中:省级质量标杆企业\t个\t20\t30", "2\t检验检测机构\t家\t100\t120", "3\t食品抽检合格率\t%\t97.5\t98.5"]))).toEqual([
      ["省级以上标准化试点示范项目", "level", null],
      ["国家级标准化试点示范项目", "level", "省级以上标准化试点示范项目"],
      ["省级质量标杆企业", "level", "省级以上标准化试点示范项目"],
      ["检验检测机构", "level", null],
      ["食品抽检合格率", "level", null],
    ]);
  });

  it("is counted as its whole is, and a 其中 row under a header is no part", () => {
    const plan = (rows: string[]) => tablePlan(rows).replace("\t2022年基期值", "");
    expect(wholesOf(plan(["\t其中：国家级\t个\t5", "1\t培育省级以上质量标杆企业\t家\t20", "\t（其中）国家级\t家\t3"]))).toEqual([
      ["其中：国家级", "level", null],
      ["省级以上质量标杆企业", "count", null],
      ["国家级质量标杆企业", "count", "省级以上质量标杆企业"],
    ]);
  });

  it("is never compared with the parent's figure for its whole, and is weighed against it", () => {
    const text = tablePlan(["1\t食品抽检合格率\t%\t97.5\t98.5", "\t其中：县域食品抽检合格率\t%\t96\t97", "2\t省级以上标准化试点示范项目\t个\t30\t40", "\t其中：国家级\t个\t3\t45"]);
    const { plan, parents } = analyze(text);
    expect(targetTableRows(plan, parents, undefined).map((row) => [row.indicator, row.verdict]).slice(0, 2)).toEqual([
      ["食品抽检合格率", "stricter"],
      ["县域食品抽检合格率", "no-parent"],
    ]);
    expect(rulesOf(text, "targets/weaker-than-parent")).toEqual([]);
    expect(rulesOf(text, "targets/part-exceeds-whole")).toEqual([expect.stringContaining("“国家级标准化试点示范项目”是“省级以上标准化试点示范项目”的一部分（其中），此处为45个")]);
  });
});

describe("a part whose sentence opens on 其中", () => {
  it("links a sentence opening on 其中 to the figure the sentence before it ends on, in that figure's unit", () => {
    expect(wholesOf(cityPlan("标准化试点示范项目达到40个。其中国家级5个以上。新增质量标杆企业20家。其中，国家级5家、省级10家。制修订标准50项。其中：国家标准10项。"))).toEqual([
      ["标准化试点示范项目", "level", null],
      ["国家级标准化试点示范项目", "level", "标准化试点示范项目"],
      ["质量标杆企业", "count", null],
      ["国家级质量标杆企业", "count", "质量标杆企业"],
      ["省级质量标杆企业", "count", "质量标杆企业"],
      ["制修订标准", "count", null],
      ["国家标准", "count", "制修订标准"],
    ]);
  });

  it("leaves a 其中 in another unit, or after a sentence with no figure, unlinked", () => {
    expect(wholesOf(cityPlan("产品质量合格率达到95%。其中国家级5个。培育品牌10个。开展品牌建设活动。其中国家级5个。"))).toEqual([
      ["产品质量合格率", "level", null],
      ["国家级", "count", null],
      ["培育品牌", "count", null],
      ["国家级", "count", null],
    ]);
  });
});

describe("a part that names only whose figure it is", () => {
  it("names a part of a rate or a score by its scope and the whole's measure", () => {
    expect(wholesOf(cityPlan("产品质量合格率达到98%以上，其中规上企业达到95%。服务业满意度达到85分，其中农村地区不低于80分。"))).toEqual([
      ["产品质量合格率", "level", null],
      ["规上企业产品质量合格率", "level", "产品质量合格率"],
      ["服务业满意度", "level", null],
      ["农村地区服务业满意度", "level", "服务业满意度"],
    ]);
  });

  it("reads a part of a rate that gives its scope and figure with no comparator, as the one with 达到", () => {
    const text = cityPlan("产品质量合格率达到98%，其中规上企业95%。食品抽检合格率达到98.5%，其中小微企业96%以上。");
    expect(wholesOf(text)).toEqual([
      ["产品质量合格率", "level", null],
      ["规上企业产品质量合格率", "level", "产品质量合格率"],
      ["食品抽检合格率", "level", null],
      ["小微企业食品抽检合格率", "level", "食品抽检合格率"],
    ]);
    const part = extractTargets(analyze(text).plan).targets[1]!;
    expect([part.value, part.unit, part.comparator, part.sense]).toEqual([95, "%", "", "up"]);
  });

  it("keeps a part that names a measure of its own as written", () => {
    expect(wholesOf(cityPlan("食品抽检合格率达到98.5%，其中县域食品抽检合格率97%。"))).toEqual([
      ["食品抽检合格率", "level", null],
      ["县域食品抽检合格率", "level", "食品抽检合格率"],
    ]);
  });
});
