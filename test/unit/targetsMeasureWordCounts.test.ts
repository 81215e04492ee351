import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { extractTargets } from "../../server/src/core/targets/extract";

/**
 * A figure with a measure word (件, 张, 项, 家, 个, 批次) counts the thing its clause names: the
 * count's verb is the comparator, the thing the indicator — never a level of a rate, nor a verb
 * that is a word of the thing (认证证书, 获得…证书的企业) taken for the count's.
 */
const cityPlan = (goals: string) =>
  `示例市质量强市建设实施方案\n示例市人民政府\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n（一）主要目标\n到2025年，${goals}\n二、主要任务\n（一）提升质量。开展质量提升行动。（责任单位：市市场监管局）\n`;

const countsOf = (goals: string) => extractTargets(analyze(cityPlan(goals)).plan).targets.map((target) => [target.indicator, target.kind, target.comparator, target.value, target.unit]);

describe("counts with measure words", () => {
  it("reads 申报 as a count's verb, before or after the projects applied for", () => {
    expect(countsOf("制造业产品质量合格率达到95%，申报国家级标准化试点项目3件，国家级服务业标准化试点项目申报2件，申报省级标准化试点项目5项、市级10项，申报国家知识产权示范企业不少于3家。")).toEqual([
      ["制造业产品质量合格率", "level", "达到", 95, "%"],
      ["国家级标准化试点项目", "count", "申报", 3, "件"],
      ["国家级服务业标准化试点项目", "count", "申报", 2, "件"],
      ["省级标准化试点项目", "count", "申报", 5, "项"],
      ["市级标准化试点项目", "count", "申报", 10, "项"],
      ["国家知识产权示范企业", "count", "申报不少于", 3, "家"],
    ]);
  });

  it("reads 新增 after a thing whose name opens on a verb as the count's verb, from the base it states", () => {
    const text = cityPlan("认证证书新增200张，获得质量管理体系认证证书的企业较2022年新增120家。认证企业新增30家。");
    expect(extractTargets(analyze(text).plan).targets.map((target) => [target.indicator, target.kind, target.comparator, target.value, target.unit, target.baseYear])).toEqual([
      ["认证证书", "count", "新增", 200, "张", null],
      ["获得质量管理体系认证证书的企业", "count", "新增", 120, "家", 2022],
      ["认证企业", "count", "新增", 30, "家", null],
    ]);
  });

  it("reads the enterprises holding a certificate that reach a figure as a level of them", () => {
    expect(countsOf("获得认证证书的企业达到500家，新增质量管理体系认证证书200张以上。")).toEqual([
      ["获得认证证书的企业", "level", "达到", 500, "家"],
      ["质量管理体系认证证书", "count", "新增", 200, "张"],
    ]);
  });
});
