import { describe, expect, it } from "vitest";
import { targetsOf } from "../support/targets";
import { analyze } from "../../server/src/core/analyze";

/** A 2026—2030 plan: a task's figures with no year of their own are the period's (2030). */
const PLAN = "示例市计量发展实施方案（2026—2030年）\n一、主要目标\n到2030年，全市计量能力明显增强。\n二、重点任务\n（一）实施产业计量提升行动。";
const rows = (text: string) => targetsOf(`${PLAN}${text}〔责任单位：市市场监管局〕\n`).map((t) => [t.indicator, t.kind, t.comparator, t.value, t.unit, t.horizon]);

describe("每年 said once before a list of work done", () => {
  it("is the later counts' too where they are work that recurs (场次, 人次, a service counted by what it is done to)", () => {
    expect(rows("每年开展计量服务活动100场次以上，为企业免费校准计量器具5万台件，培训企业计量人员2000人次。")).toEqual([
      ["计量服务活动", "count", "每年开展", 100, "场次", 2030],
      ["计量器具", "count", "每年校准", 5, "万台件", 2030],
      ["企业计量人员", "count", "每年培训", 2000, "人次", 2030],
    ]);
    // The same with the grammar's bounds (不少于): read by the model's targets.
    expect(rows("每年开展计量服务活动不少于100场次，为企业校准计量器具不少于5万台件。")).toEqual([
      ["计量服务活动", "count", "每年开展不少于", 100, "场次", 2030],
      ["计量器具", "count", "每年校准不少于", 5, "万台件", 2030],
    ]);
  });

  it("is no count's that says a span of its own, nor one past a ；, nor what a list builds or designates", () => {
    expect(rows("每年开展计量服务活动100场次，2027年建成计量数据平台1个，新增计量标准10项，建设区域计量中心2个。")).toEqual([
      ["计量服务活动", "count", "每年开展", 100, "场次", 2030],
      ["计量数据平台", "count", "建成", 1, "个", 2027],
      ["计量标准", "count", "新增", 10, "项", 2030],
      ["区域计量中心", "count", "建设", 2, "个", 2030],
    ]);
    expect(rows("每年开展计量服务活动100场次；培训企业计量人员2000人次。")).toEqual([
      ["计量服务活动", "count", "每年开展", 100, "场次", 2030],
      ["企业计量人员", "count", "培训", 2000, "人次", 2030],
    ]);
  });

  it("is no count's where the statement says 每年 again: the drafter marks each yearly count", () => {
    expect(rows("每年开展计量服务活动100场次，培训企业计量人员2000人次，每年校准计量器具5万台件。")).toEqual([
      ["计量服务活动", "count", "每年开展", 100, "场次", 2030],
      ["企业计量人员", "count", "培训", 2000, "人次", 2030],
      ["计量器具", "count", "每年校准", 5, "万台件", 2030],
    ]);
  });
});

describe("a benefit a service brings, counted in money", () => {
  it("is a count of the sum saved or recovered (节约, 降低, 减少, 节省, as 挽回 is)", () => {
    expect(rows("帮助企业节约成本3000万元，为企业降低检测成本1500万元，减少经济损失800万元，节省认证费用200万元，为消费者挽回经济损失2000万元。")).toEqual([
      ["节约成本", "count", "节约", 3000, "万元", 2030],
      ["降低检测成本", "count", "降低", 1500, "万元", 2030],
      // Two figures of one loss: what the work avoids and what it recovers, named apart.
      ["减少经济损失", "count", "减少", 800, "万元", 2030],
      ["节省认证费用", "count", "节省", 200, "万元", 2030],
      ["挽回经济损失", "count", "挽回", 2000, "万元", 2030],
    ]);
  });

  it("is a count with its bound where the grammar reads the figure (不少于, 超过), the means no word of it", () => {
    expect(rows("帮助企业节约成本不少于3000万元，为消费者挽回经济损失超过2000万元，为企业安排资金不少于500万元。")).toEqual([
      ["节约成本", "count", "节约不少于", 3000, "万元", 2030],
      ["挽回经济损失", "count", "挽回超过", 2000, "万元", 2030],
      // A sum given is no benefit counted: a level, as it was.
      ["为企业安排资金", "level", "不少于", 500, "万元", 2030],
    ]);
  });

  it("leaves a change a change, and prose with a sum that sets nothing no target", () => {
    expect(rows("企业融资成本降低10%，减少审批环节3个。")).toEqual([
      ["企业融资成本", "delta", "降低", 10, "%", 2030],
    ]);
    expect(rows("对获得省政府质量奖的企业给予50万元奖励，降低企业制度性交易成本，减少企业损失。")).toEqual([]);
  });
});

describe("a sum a plan funds", () => {
  it("is a level of what it funds, who pays aside, the funding verb and how often the comparator's", () => {
    expect(rows("市财政每年安排食品安全专项经费不少于3000万元，市、县两级财政每年投入质量提升资金不低于1亿元。")).toEqual([
      ["食品安全专项经费", "level", "每年安排不少于", 3000, "万元", 2030],
      ["质量提升资金", "level", "每年投入不低于", 1, "亿元", 2030],
    ]);
    // With no bound written, read from the text the same way.
    expect(rows("市财政每年安排食品安全专项经费3000万元，各级财政安排质量提升资金5000万元。")).toEqual([
      ["食品安全专项经费", "level", "每年安排", 3000, "万元", 2030],
      ["质量提升资金", "level", "安排", 5000, "万元", 2030],
    ]);
    // A name that is only the sum (资金, 经费) keeps its verb: nothing else says what is funded. Who
    // pays is no word of it, nor how often.
    expect(rows("各级财政每年安排经费不少于300万元。")).toEqual([["安排经费", "level", "每年安排不少于", 300, "万元", 2030]]);
    expect(rows("县财政安排资金2000万元。")).toEqual([["安排资金", "level", "安排", 2000, "万元", 2030]]);
  });

  it("leaves who pays out of what is counted or funded, however the purse is named", () => {
    expect(written("各级财政安排质量提升项目30个，各级财政部门要安排质量提升专项经费不少于2000万元，市、县两级财政要统筹安排质量发展资金2000万元。")).toEqual(
      ["质量提升项目 count 安排 30个", "质量提升专项经费 level 安排不少于 2000万元", "质量发展资金 level 统筹安排 2000万元"],
    );
    // 财政投入资金 names the sum with its verb: no payer opens it.
    expect(written("财政投入资金不低于1亿元。")).toEqual(["财政投入资金 level 不低于 1亿元"]);
  });

  it("funds each sum a list names after one verb, after 、 or a comma, with the verb and how often", () => {
    expect(written("市财政每年安排专项资金500万元、奖补资金300万元，支持企业质量提升。")).toEqual(["专项资金 level 每年安排 500万元", "奖补资金 level 每年安排 300万元"]);
    expect(written("市、县两级财政安排奖补资金300万元，专项资金200万元。")).toEqual(["奖补资金 level 安排 300万元", "专项资金 level 安排 200万元"]);
    // With the grammar's bounds: the second keeps 每年, a yearly sum as the first.
    expect(written("各级财政每年安排专项资金不少于500万元、奖补资金不少于300万元。")).toEqual(["专项资金 level 每年安排不少于 500万元", "奖补资金 level 每年安排不少于 300万元"]);
    // Only after a sum funded: a count between ends the list's funding.
    expect(written("安排专项资金500万元，新建服务站5个，奖补资金300万元。")).toEqual(["专项资金 level 安排 500万元", "新建服务站 count 新建 5个"]);
  });
});

/** Each target of a task written on one line: indicator, kind, comparator, figure and unit. */
const written = (text: string) => rows(text).map(([indicator, kind, comparator, value, unit]) => `${indicator} ${kind} ${comparator} ${value}${unit}`);

describe("a year opening a task's statement", () => {
  it("reaches over its ； to its 。, as a 到…年 opening one does", () => {
    const bare = rows("2026年新建社会公用计量标准150项，开展计量比对20项；培训计量检定人员1200人次。每年复查计量标准不少于300项。");
    const reached = rows("到2026年，新建社会公用计量标准150项，开展计量比对20项；培训计量检定人员1200人次。");
    expect(bare.slice(0, 3)).toEqual(reached);
    expect(bare).toEqual([
      ["社会公用计量标准", "count", "新建", 150, "项", 2026],
      ["计量比对", "count", "开展", 20, "项", 2026],
      ["计量检定人员", "count", "培训", 1200, "人次", 2026],
      // The next statement is the period's.
      ["计量标准", "count", "每年复查不少于", 300, "项", 2030],
    ]);
  });

  it("in the goals too: 2027年，A；B。 sets both for 2027, the next statement the paragraph's 2030", () => {
    const text = "示例市质量强市实施方案（2026—2030年）\n一、主要目标\n到2030年，质量强市建设取得显著成效。2027年，制造业产品质量合格率达到95%；食品抽检合格率达到98.5%。服务业满意度达到85分。\n";
    expect(targetsOf(text).map((t) => [t.indicator, t.horizon])).toEqual([
      ["制造业产品质量合格率", 2027],
      ["食品抽检合格率", 2027],
      ["服务业满意度", 2030],
    ]);
  });

  it("governs the rest of its task where it is a 到…年 of its own, as a goals paragraph's does (no seed or fixture says otherwise)", () => {
    expect(rows("到2027年，建成计量数据平台1个。新建计量标准20项。")).toEqual([
      ["计量数据平台", "count", "建成", 1, "个", 2027],
      ["计量标准", "count", "新建", 20, "项", 2027],
    ]);
  });

  it("reaches its own clause only where it is striven for", () => {
    expect(rows("力争2027年建成计量数据平台1个；培训计量检定人员300人次。")).toEqual([
      ["计量数据平台", "count", "建成", 1, "个", 2027],
      ["计量检定人员", "count", "培训", 300, "人次", 2030],
    ]);
  });
});

describe("a task's yearly amount under the year its sentence opens on", () => {
  it("is the period's: 每年… is done each year, not due by a deadline (…底前) or a 到…年", () => {
    expect(rows("2026年底前建成计量数据平台1个；每年开展计量培训40场次。")).toEqual([
      ["计量数据平台", "count", "建成", 1, "个", 2026],
      ["计量培训", "count", "每年开展", 40, "场次", 2030],
    ]);
    expect(rows("到2027年，建成计量数据平台2个；每年开展计量培训50场次，年服务企业200家。")).toEqual([
      ["计量数据平台", "count", "建成", 2, "个", 2027],
      ["计量培训", "count", "每年开展", 50, "场次", 2030],
      ["服务企业", "count", "年服务", 200, "家", 2030],
    ]);
  });

  it("keeps the stage a goals paragraph sets (到2027年，…；每年…), whose yearly figures are that stage's", () => {
    const text = "示例市计量发展实施方案（2026—2030年）\n一、主要目标\n到2030年，全市计量能力明显增强。到2027年，建成计量数据平台2个；每年开展计量培训50场次。\n";
    expect(targetsOf(text).map((t) => [t.indicator, t.horizon])).toEqual([
      ["计量数据平台", 2027],
      ["计量培训", 2027],
    ]);
  });
});

describe("one loss, recovered and avoided", () => {
  it("is two figures: named apart, and never held against each other as one indicator", () => {
    const text = "示例市2026年质量强市建设工作要点\n一、主要目标\n2026年，为消费者挽回经济损失300万元，减少经济损失500万元。\n二、重点任务\n（一）畅通投诉举报渠道。全年为消费者挽回经济损失300万元，减少经济损失500万元。〔责任单位：市市场监管局〕\n";
    expect(targetsOf(text).map((t) => [t.indicator, t.comparator, t.value])).toEqual([
      ["挽回经济损失", "挽回", 300],
      ["减少经济损失", "减少", 500],
      ["挽回经济损失", "挽回", 300],
      ["减少经济损失", "减少", 500],
    ]);
    expect(analyze(text).findings.filter((finding) => finding.rule === "targets/inconsistent")).toEqual([]);
  });
});
