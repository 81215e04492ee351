import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { extractTargets } from "../../server/src/core/targets/extract";

/** A dated plan (2024—2025年): a year before 2024 is gone by. */
const PLAN = "示例市质量技术服务提升实施方案（2024—2025年）\n一、主要目标\n到2025年，全市制造业产品质量合格率达到94%以上。\n二、主要任务\n（一）强化质量技术服务。";
const all = (text: string) => extractTargets(buildPlan(`${PLAN}${text}（责任单位：市市场监管局）\n`)).targets.filter((t) => t.kind === "count");
const read = (text: string) => all(text).map((t) => [t.indicator, t.comparator, t.value, t.unit, t.cumulative, t.baseline]);

describe("counts of whom the work reaches, set in a task", () => {
  it("reads 服务 and 帮扶 as count verbs, 年 before the verb as how often", () => {
    expect(read("年服务企业200家，累计帮扶企业500家次，全年开展质量技术帮扶100次。")).toEqual([
      ["服务企业", "年服务", 200, "家", false, false],
      ["帮扶企业", "帮扶", 500, "家次", true, false],
      ["质量技术帮扶", "开展", 100, "次", false, false],
    ]);
    expect(read("培养质量工匠100名，走访企业300家。")).toEqual([
      ["质量工匠", "培养", 100, "名", false, false],
      ["走访企业", "走访", 300, "家", false, false],
    ]);
  });

  it("reads the services counted by what they are done to (校准, 检定, 检测, 检验, 评定) as count verbs before their object only", () => {
    expect(read("检定计量器具50万台件，检验检测产品2000批次，评定标准化良好行为企业20家，检验样品3000批次。")).toEqual([
      ["计量器具", "检定", 50, "万台件", false, false],
      ["检验检测产品", "检验检测", 2000, "批次", false, false],
      ["标准化良好行为企业", "评定", 20, "家", false, false],
      ["检验样品", "检验", 3000, "批次", false, false],
    ]);
    // A pair of services is one verb, with who it is done for before it or not.
    expect(read("每年检定校准计量器具2万台件，为中小企业免费检定校准计量器具不少于1万台件。")).toEqual([
      ["计量器具", "每年检定校准", 2, "万台件", false, false],
      // The sentence's 每年 is this count's too, as it is where the bound is written in words (frequencyGoesOn).
      ["计量器具", "每年检定校准不少于", 1, "万台件", false, false],
    ]);
    // Before a word that makes them a noun's first word, they are the noun's: no verb, so no count in a task.
    expect(read("检验检测机构20家，检测能力300项，校准服务站点12个，检定结果100份。")).toEqual([]);
  });

  it("reads a count whose verb follows who does the work or for whom (为企业免费, 组织专家团队, 通过…), with or without a comparator", () => {
    expect(read("为企业免费校准计量器具每年不少于1万台件，组织专家团队服务企业1000家次，通过检验检测认证服务企业300家次，依托检验机构每年抽检食品2000批次。")).toEqual([
      ["计量器具", "每年校准不少于", 1, "万台件", false, false],
      ["服务企业", "服务", 1000, "家次", false, false],
      ["服务企业", "服务", 300, "家次", false, false],
      ["抽检食品", "每年抽检", 2000, "批次", false, false],
    ]);
    // A figure that says which one (第1000家), or no verb after who does it, is prose.
    expect(read("组织专家团队服务第1000家企业，为全市300家企业提供服务，通过质量技术服务平台10个。")).toEqual([]);
  });

  it("reads how often, or 累计, written before who does the work as the count's, kept with its verb", () => {
    // Before the means as after them: the same count of 计量器具, how often in the comparator.
    expect(read("每年为企业免费校准计量器具不少于1万台件，为企业免费校准计量器具每年不少于1万台件。")).toEqual([
      ["计量器具", "每年校准不少于", 1, "万台件", false, false],
      ["计量器具", "每年校准不少于", 1, "万台件", false, false],
    ]);
    expect(read("年均组织专家团队服务企业200家次以上，每季度依托检验机构抽检食品500批次，累计为中小企业免费检定计量器具5万台件，全市每年向小微企业免费检测产品300批次。")).toEqual([
      ["服务企业", "年均服务", 200, "家次", false, false],
      ["抽检食品", "每季度抽检", 500, "批次", false, false],
      ["计量器具", "检定", 5, "万台件", true, false],
      ["检测产品", "每年检测", 300, "批次", false, false],
    ]);
    // How often before words that lead to no count's verb is no count.
    expect(read("每年为企业减免费用200万元，每年组织召开质量大会1次。")).toEqual([]);
  });

  it("keeps how often out of a quoted brand's name: the verb alone goes with it", () => {
    const [brand] = all("每年培育“赣出精品”10个。");
    expect([brand!.indicator, brand!.comparator]).toEqual(["培育“赣出精品”", "每年培育"]);
    expect(buildPlan(`${PLAN}每年培育“赣出精品”10个。\n`).text.slice(brand!.indicatorSpan!.start, brand!.indicatorSpan!.end)).toBe("培育“赣出精品”");
  });

  it("reads 服务 as a verb before whom it serves only: 服务业, 服务型制造 and a service at a noun's end are the noun's", () => {
    expect(read("服务业企业50家，服务型制造示范企业10家。")).toEqual([]);
    // 2022年 keeps the verb before the noun from being read; 帮扶 at the noun's end is no verb after it.
    expect(read("2022年开展质量技术帮扶80次。")).toEqual([]);
  });

  it("reads what was done already as the plan's starting point, never a target", () => {
    expect(read("已服务企业200家，目前已建成服务站5个。")).toEqual([
      ["服务企业", "服务", 200, "家", false, true],
      ["建成服务站", "建成", 5, "个", false, true],
    ]);
    // A list goes on reporting; a clause opening on 截至 a year gone by reports, one to come sets a goal.
    expect(read("已建成服务站5个、工作站10个，新建服务站3个。")).toEqual([
      ["建成服务站", "建成", 5, "个", false, true],
      ["建成工作站", "建成", 10, "个", false, true],
      ["新建服务站", "新建", 3, "个", false, false],
    ]);
    expect(read("已培育企业300家，品牌50个。")).toEqual([
      ["培育企业", "培育", 300, "家", false, true],
      ["培育品牌", "培育", 50, "个", false, true],
    ]);
    expect(read("推进服务进企业，截至2022年底服务企业200家，截至2025年底累计服务企业500家。")).toEqual([
      ["服务企业", "服务", 200, "家", false, true],
      ["服务企业", "服务", 500, "家", true, false],
    ]);
  });
});
