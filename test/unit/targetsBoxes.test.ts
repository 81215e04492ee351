import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { extractTargets } from "../../server/src/core/targets/extract";

const HEAD = "示例市质量强市建设实施方案（2024—2026年）\n一、总体要求\n（一）主要目标\n到2026年，制造业产品质量合格率达到94.5%以上。\n二、重点任务\n（一）推动产业质量提升\n1.强化标准引领。推进标准化建设。（责任单位：市市场监管局）\n";

const read = (text: string) => extractTargets(buildPlan(text)).targets.map((t) => [t.path.join(" › "), t.indicator, t.kind, t.comparator, t.value, t.horizon, t.inGoals]);
const inBox = (text: string) => read(text).filter((row) => String(row[0]).includes("专栏"));

describe("a 专栏 box's targets", () => {
  it("are read from the box's prose, which no item owns, as from its numbered projects", () => {
    const box = "专栏1  质量品牌培育工程\n实施品牌培育工程，到2026年培育“江西名牌”产品40个。\n标准化建设工程：新增国家标准10项。\n";
    expect(inBox(HEAD + box + "2.提升服务质量。开展服务质量监测。（责任单位：市商务局）\n")).toEqual([
      ["二、 › （一） › 1. › 专栏1", "“江西名牌”产品", "count", "培育", 40, 2026, false],
      ["二、 › （一） › 1. › 专栏1", "国家标准", "count", "新增", 10, 2026, false],
    ]);
  });

  it("state goals where the box is set under the goals heading (专栏1 主要指标)", () => {
    const text = "示例市质量强市建设实施方案（2024—2026年）\n一、总体要求\n（一）主要目标\n质量整体水平明显提升。\n专栏1  主要指标\n到2026年，新增省级质量标杆企业20家。\n二、重点任务\n（一）推动产业质量提升\n1.强化标准引领。推进标准化建设。（责任单位：市市场监管局）\n";
    expect(inBox(text)).toEqual([["一、 › （一） › 专栏1", "省级质量标杆企业", "count", "新增", 20, 2026, true]]);
  });

  it("include a count that opens on a deadline year (2025年前完成…), the year its horizon", () => {
    const box = "专栏1  质量攻关重点工程\n1.产业链质量攻关工程。2025年前完成关键零部件质量攻关项目20项。\n2.计量服务工程。2025年底前建成产业计量测试中心3个。\n";
    expect(inBox(HEAD + box)).toEqual([
      ["二、 › 专栏1 › 1.", "关键零部件质量攻关项目", "count", "完成", 20, 2025, false],
      ["二、 › 专栏1 › 2.", "产业计量测试中心", "count", "建成", 3, 2025, false],
    ]);
  });

  it("include a count whose noun names its own doing, the subject's part first (主导和参与制修订…), the part kept in the indicator", () => {
    const box = "专栏1  标准化重点工程\n1.标准化建设工程。到2026年，主导和参与制修订国际、国家和行业标准50项以上，牵头或参与制定团体标准20项。\n";
    expect(inBox(HEAD + box)).toEqual([
      ["二、 › 专栏1 › 1.", "主导和参与制修订国际、国家和行业标准", "count", "", 50, 2026, false],
      ["二、 › 专栏1 › 1.", "牵头或参与制定团体标准", "count", "", 20, 2026, false],
    ]);
  });

  it("leave a verbless count of another noun to the goals (企业标准20项 in a box is no target)", () => {
    const box = "专栏1  标准化重点工程\n1.标准化建设工程。企业标准20项。\n";
    expect(inBox(HEAD + box)).toEqual([]);
  });

  it("do not read a past year's count (2022年完成…) as one set for a deadline", () => {
    const text = HEAD.replace("推进标准化建设。", "2022年完成质量攻关项目8项。");
    expect(read(text).filter((row) => row[1] === "质量攻关项目")).toEqual([]);
  });
});

describe("a count whose noun is only a quoted name", () => {
  it("keeps its verb when the name is a brand's (新认证“赣鄱正品”), not when it names what is counted", () => {
    const text = HEAD.replace("推进标准化建设。", "新认证“赣鄱正品”200个以上，打造“赣字号”30个，培育“江西名牌”产品100个，新增“浙江制造”标准50项，培育“皖美品牌示范企业”20家。");
    expect(read(text).slice(1).map((row) => [row[1], row[3], row[4]])).toEqual([
      ["新认证“赣鄱正品”", "新认证", 200],
      ["打造“赣字号”", "打造", 30],
      ["“江西名牌”产品", "培育", 100],
      ["“浙江制造”标准", "新增", 50],
      ["“皖美品牌示范企业”", "培育", 20],
    ]);
  });

  it("spans the verb where it stands before the name", () => {
    const text = HEAD.replace("推进标准化建设。", "新认证“赣鄱正品”200个以上。");
    const plan = buildPlan(text);
    const target = extractTargets(plan).targets.find((t) => t.indicator.includes("赣鄱正品"))!;
    expect(text.slice(target.indicatorSpan!.start, target.indicatorSpan!.end)).toBe("新认证“赣鄱正品”");
  });
});
