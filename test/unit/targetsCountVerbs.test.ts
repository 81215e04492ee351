import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { extractTargets } from "../../server/src/core/targets/extract";

/** A one-year plan (2026年工作要点): its tasks count what the year makes. */
const PLAN = "示例市2026年质量强市建设工作要点\n一、主要目标\n2026年，全市制造业产品质量合格率达到95%以上。\n二、重点任务\n（一）推进质量提升。";
const read = (text: string) =>
  extractTargets(buildPlan(`${PLAN}${text}（责任单位：市市场监管局）\n`))
    .targets.filter((t) => t.kind === "count")
    .map((t) => [t.indicator, t.comparator, t.value, t.unit, t.qualifier]);

describe("the verbs, units and leads of a count in a task", () => {
  it("reads 组织 as the verb of what it organises, unless a count's verb follows whom it organises", () => {
    expect(read("全年组织质量攻关项目30项以上，带动重点企业质量提升。")).toEqual([["质量攻关项目", "组织", 30, "项", "以上"]]);
    expect(read("组织专家团队服务企业1000家次。")).toEqual([["服务企业", "服务", 1000, "家次", ""]]);
    expect(read("组织开展质量提升行动20场次。")).toEqual([["质量提升行动", "组织开展", 20, "场次", ""]]);
  });

  it("reads 接入, 复查 and 移送 as counts' own verbs, never a verb carried from the clause before", () => {
    expect(read("建成智慧监管平台1个，接入餐饮单位3000家，每年复查计量标准不少于300项，查办违法案件600件，移送公安机关涉嫌犯罪案件30件。")).toEqual([
      ["智慧监管平台", "建成", 1, "个", ""],
      ["餐饮单位", "接入", 3000, "家", ""],
      ["计量标准", "每年复查不少于", 300, "项", ""],
      // Work handled, as 复查 is: the 每年 said before them is theirs too.
      ["违法案件", "每年查办", 600, "件", ""],
      ["公安机关涉嫌犯罪案件", "每年移送", 30, "件", ""],
    ]);
    // Rates named by these doings stay rates.
    expect(read("平台接入率达到90%，计量标准复查合格率达到98%。")).toEqual([]);
  });

  it("reads the verbs that select and designate (遴选, 命名, 授予) as count verbs, as 评选 and 选树 are", () => {
    expect(read("每年遴选高价值专利培育项目20个，命名质量品牌示范企业8家，授予市长质量奖不超过5个，评选质量标杆企业10家，选树质量工匠5名。")).toEqual([
      ["高价值专利培育项目", "每年遴选", 20, "个", ""],
      ["质量品牌示范企业", "命名", 8, "家", ""],
      ["市长质量奖", "授予不超过", 5, "个", ""],
      ["质量标杆企业", "评选", 10, "家", ""],
      ["质量工匠", "选树", 5, "名", ""],
    ]);
  });

  it("reads 构建 as a count verb, as 建立 is", () => {
    expect(read("全年构建重点产业链标准体系5条。")).toEqual([["重点产业链标准体系", "构建", 5, "条", ""]]);
  });

  it("reads a count written figure first in any unit of things, after the year or the place it is made in", () => {
    expect(read("构建5条重点产业链标准体系，全年打造10个质量提升示范区，培育12名质量工匠，年内举办20场以上质量培训。")).toEqual([
      ["重点产业链标准体系", "构建", 5, "条", ""],
      ["质量提升示范区", "打造", 10, "个", ""],
      ["质量工匠", "培育", 12, "名", ""],
      ["质量培训", "举办", 20, "场", "以上"],
    ]);
    expect(read("2026年底前建成3个质量基础设施一站式服务站，加快建设10个质量提升示范区。")).toEqual([
      ["质量基础设施一站式服务站", "建成", 3, "个", ""],
      ["质量提升示范区", "加快建设", 10, "个", ""],
    ]);
  });

  it("reads an annual plan's deadline 年底前 before a count's verb as the year's, no word of the count", () => {
    expect(read("年底前推动200家规模以上工业企业实施数字化改造，年底前建成质量基础设施一站式服务站3个。")).toEqual([
      ["规模以上工业企业实施数字化改造", "推动", 200, "家", ""],
      ["质量基础设施一站式服务站", "建成", 3, "个", ""],
    ]);
  });

  it("reads samples counted in 万批次 as counts in that unit, not in a bare 万", () => {
    expect(read("年内完成食用农产品快检10万批次，全年完成食品抽检1.5万批次。")).toEqual([
      ["食用农产品快检", "完成", 10, "万批次", ""],
      ["食品抽检", "完成", 1.5, "万批次", ""],
    ]);
  });

  it("reads a count after a list's bullet, the bullet no word of it", () => {
    const box = (lines: string) =>
      extractTargets(buildPlan(`${PLAN}推进标准化工作。（责任单位：市市场监管局）\n专栏1 质量提升重点工程\n${lines}`))
        .targets.filter((t) => t.kind === "count")
        .map((t) => [t.indicator, t.comparator, t.value, t.unit]);
    expect(box("●培育质量标杆企业10家\n• 全年组织质量攻关项目30项以上\n- 新增智能工厂8个\n")).toEqual([
      ["质量标杆企业", "培育", 10, "家"],
      ["质量攻关项目", "组织", 30, "项"],
      ["智能工厂", "新增", 8, "个"],
    ]);
  });

  it("reads no ordinal and no count of a text's own articles", () => {
    expect(read("按照《条例》第5条规定，落实第3条要求。")).toEqual([]);
    expect(read("实施5条措施，出台10条支持举措，制定3条工作规则。")).toEqual([]);
  });
  it("reads the work a regulator handles as a count of its volume: 办理, 受理, 处置, 查处, 调解, 核查 — events (起) only so", () => {
    expect(read("全年办理投诉举报1.2万件，受理消费者咨询和申诉5000件以上，处置质量安全风险隐患500起，依法查处质量违法案件120起，调解消费纠纷2000件，核查问题线索300条。")).toEqual([
      ["投诉举报", "办理", 1.2, "万件", ""],
      ["消费者咨询和申诉", "受理", 5000, "件", "以上"],
      ["质量安全风险隐患", "处置", 500, "起", ""],
      ["质量违法案件", "依法查处", 120, "起", ""],
      ["消费纠纷", "调解", 2000, "件", ""],
      ["问题线索", "核查", 300, "条", ""],
    ]);
    // What the work recovers, for whom said before the verb: 为消费者 is no word of the count.
    expect(read("全年为消费者挽回经济损失2000万元以上。")).toEqual([["挽回经济损失", "挽回", 2000, "万元", "以上"]]);
    // The verb opening a noun (办理时限, 受理窗口, 处置能力, 办结率) is the noun's word: no count.
    expect(read("投诉举报办理时限压缩至5个工作日以内，受理窗口服务满意率达到95%，处置能力明显提升。")).toEqual([]);
    // Events with no work that handles them are tallied, not made: 发生事故2起 is no count.
    expect(read("全年发生一般质量安全事故2起。")).toEqual([]);
  });
  it("reads a verb that designates, written after its noun with 为 (认定为, 评定为, 培育为, 确定为), as the count's verb, no word of the indicator", () => {
    expect(read("全年市级质量标杆企业认定为20家，标准化良好行为企业评定为30家以上，重点培育品牌确定为15个，“示例精品”区域品牌培育为5个，质量提升示范企业认定为不少于10家。")).toEqual([
      ["市级质量标杆企业", "认定", 20, "家", ""],
      ["标准化良好行为企业", "评定", 30, "家", "以上"],
      ["重点培育品牌", "确定", 15, "个", ""],
      ["“示例精品”区域品牌", "培育", 5, "个", ""],
      ["质量提升示范企业", "认定不少于", 10, "家", ""],
    ]);
  });
});

describe("a verb belongs to its own clause", () => {
  it("carries no verb to a noun whose first word is a doing of its own (受理窗口, 检测机构)", () => {
    expect(read("全年办理营业执照2万件，受理窗口12个。")).toEqual([["营业执照", "办理", 2, "万件", ""]]);
    expect(read("全年检测产品2000批次，检测机构5家。")).toEqual([["检测产品", "检测", 2000, "批次", ""]]);
  });

  it("still carries a list's verb to the nouns it goes on with", () => {
    expect(read("全年受理投诉举报1.2万件，咨询3000件。")).toEqual([
      ["投诉举报", "受理", 1.2, "万件", ""],
      ["受理咨询", "受理", 3000, "件", ""],
    ]);
    expect(read("新增中国质量奖1个以上，省政府质量奖2个以上。")).toEqual([
      ["中国质量奖", "新增", 1, "个", "以上"],
      ["省政府质量奖", "新增", 2, "个", "以上"],
    ]);
  });
});

describe("a list's count that brings its own inspection and nothing after it", () => {
  it("names the list's object with its own verb, on either magnitude", () => {
    expect(read("完成食品快检2万批次、抽检3000批次。")).toEqual([
      ["食品快检", "完成", 2, "万批次", ""],
      ["食品抽检", "抽检", 3000, "批次", ""],
    ]);
    expect(read("全年完成特种设备检验1200台（套）、检测800台（套）。")).toEqual([
      ["特种设备检验", "完成", 1200, "台（套）", ""],
      ["特种设备检测", "检测", 800, "台（套）", ""],
    ]);
  });

  it("names an inspection after a comma by itself, no verb carried to it glued to its name", () => {
    expect(read("全年完成食品安全监督抽检5000批次，快检2万批次，开展检查1200家次。")).toEqual([
      ["食品安全监督抽检", "完成", 5000, "批次", ""],
      ["快检", "完成", 2, "万批次", ""],
      ["检查", "开展", 1200, "家次", ""],
    ]);
    // A bare noun that is no inspection still shows its verb: 新增企业 and 帮扶企业 are two indicators.
    expect(read("全年帮扶企业500家次，新增企业100家。").map((row) => row[0])).toEqual(["帮扶企业", "新增企业"]);
  });

  it("keeps the list's noun where the first count's name ends on no inspection", () => {
    expect(read("培育质量标杆企业10家、认定20家。")).toEqual([
      ["质量标杆企业", "培育", 10, "家", ""],
      ["质量标杆企业", "认定", 20, "家", ""],
    ]);
  });
});

describe("a clause that states only a year, a verb and a figure", () => {
  const goals = (text: string) =>
    extractTargets(buildPlan(`示例市消费品质量提升工作方案（2026—2030年）\n一、工作目标\n${text}\n二、重点任务\n（一）加强宣传\n1.开展宣传。〔责任单位：市市场监管局〕\n`))
      .targets.filter((t) => t.kind === "count" && !t.baseline)
      .map((t) => [t.indicator, t.comparator, t.value, t.unit, t.horizon]);

  it("counts what the clause before counted, in its own year", () => {
    expect(goals("2024年、2025年分别新增消费维权服务站8家、10家，2026年新增12家。")).toEqual([["消费维权服务站", "新增", 12, "家", 2026]]);
    expect(goals("到2030年，建成放心消费示范街区10个，2027年建成5个。")).toEqual([
      ["放心消费示范街区", "建成", 10, "个", 2030],
      ["放心消费示范街区", "建成", 5, "个", 2027],
    ]);
  });
});

describe("what research work overcomes", () => {
  it("reads 攻克 and 突破 before a problem or a technology as a count's verb", () => {
    expect(read("组织重点企业开展技术攻关，突破“卡脖子”质量技术难题5项以上，攻克关键核心技术10项，突破技术瓶颈3个。")).toEqual([
      ["“卡脖子”质量技术难题", "突破", 5, "项", "以上"],
      ["关键核心技术", "攻克", 10, "项", ""],
      ["技术瓶颈", "突破", 3, "个", ""],
    ]);
  });

  it("leaves 突破 before a figure a level's comparator, and 突破性 a word of its own", () => {
    // 取得 is the count's verb there (as 获得 is), 突破性进展 what it counts.
    expect(read("规上工业产值突破1000亿元，取得突破性进展3项。")).toEqual([["突破性进展", "取得", 3, "项", ""]]);
  });

  it("reads a figure left out after them as a blank count, not a stray space", () => {
    const blank = extractTargets(buildPlan(`${PLAN}攻克关键技术  项以上。（责任单位：市科技局）\n`)).targets.filter((t) => t.blank);
    expect(blank.map((t) => [t.indicator, t.comparator, t.unit, t.qualifier])).toEqual([["关键技术", "攻克", "项", "以上"]]);
  });
});

describe("hazards put right and what is obtained (qa-44b)", () => {
  it("reads 整改 and 整治 as work handled, 取得 as 获得: their own verbs, never the list's verb before", () => {
    expect(read("排查使用单位2350家，整改隐患500处以上，整治隐患300处。")).toEqual([
      ["使用单位", "排查", 2350, "家", ""],
      ["整改隐患", "整改", 500, "处", "以上"],
      ["整治隐患", "整治", 300, "处", ""],
    ]);
    expect(read("新增检验项目10项，取得资质认定证书1张。")).toEqual([
      ["检验项目", "新增", 10, "项", ""],
      ["资质认定证书", "取得", 1, "张", ""],
    ]);
  });
});

describe("an inspection with nothing after it", () => {
  it("is the work counted, 组织 or 开展 before it the verb, a figure with 余 a floor", () => {
    expect(read("全年组织检查3000余次。")).toEqual([["检查", "组织", 3000, "次", "以上"]]);
    expect(read("全年检查3000余次。")).toEqual([["检查", "", 3000, "次", "以上"]]);
    expect(read("全年组织抽检3000批次。")).toEqual([["抽检", "组织", 3000, "批次", ""]]);
  });

  it("still counts the noun after the inspection, and names none after a count it goes on with", () => {
    expect(read("全年检查企业3000余家。")).toEqual([["检查企业", "检查", 3000, "家", "以上"]]);
    expect(read("全年组织质量攻关项目30项，抽检300批次。").map((row) => row[0])).not.toContain("抽检");
  });
});
