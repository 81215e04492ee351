import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { parentFromPlanText } from "../../server/src/core/parents/fromPlan";
import { extractTargets } from "../../server/src/core/targets/extract";
import { targetTableRows } from "../../server/src/core/targets/table";

const GOALS = "示例市深化质量强市建设实施方案（2023—2025年）\n一、总体要求\n（一）主要目标\n到2025年，";
const counts = (text: string) => {
  const plan = buildPlan(`${GOALS}${text}\n`);
  return extractTargets(plan).targets.map((t) => [t.indicator, t.comparator, t.value, plan.text.slice(t.indicatorSpan!.start, t.indicatorSpan!.end)]);
};

describe("a count whose indicator is named only by what it counts", () => {
  it("keeps its verb: 企业 or 站点 alone tells no indicator from the next", () => {
    expect(counts("新增企业100家，建成站点30个，建设实验室3个，帮扶企业500家次。")).toEqual([
      ["新增企业", "新增", 100, "新增企业"],
      ["建成站点", "建成", 30, "建成站点"],
      ["建设实验室", "建设", 3, "建设实验室"],
      ["帮扶企业", "帮扶", 500, "帮扶企业"],
    ]);
  });

  it("keeps the verb only, not how often nor the comparator after it", () => {
    expect(counts("每年新增企业100家，年服务企业200家，支持新建站点不少于30个。").map((t) => [t[0], t[1]])).toEqual([
      ["新增企业", "每年新增"],
      ["服务企业", "年服务"],
      ["新建站点", "支持新建不少于"],
    ]);
    // A verb that is one only before whom it reaches (服务, 惠及) keeps it before a bound too.
    expect(counts("服务企业不少于3000家次，惠及企业不少于500家次，走访企业不少于100家。").map((t) => [t[0], t[1], t[3]])).toEqual([
      ["服务企业", "服务不少于", "服务企业"],
      ["惠及企业", "惠及不少于", "惠及企业"],
      ["走访企业", "走访不少于", "走访企业"],
    ]);
  });

  it("leaves a noun that says which as it stands, and a count with no verb", () => {
    expect(counts("培育专精特新企业50家，创建省级质量品牌示范区2个，规上工业企业1500家。").map((t) => t[0])).toEqual(["专精特新企业", "省级质量品牌示范区", "规上工业企业"]);
  });
});

/** A province's plan with its own totals of companies (a parent's counts are goals only as totals: parents/fromPlan.ts). */
const PROVINCE = parentFromPlanText("示例省质量强省建设实施意见\n示例省人民政府\n一、总体要求\n（一）主要目标\n到2025年，全省累计新增企业1000家。\n", "省实施意见.plan");

function rows(goals: string) {
  const text = `示例市质量强市建设实施方案\n示例市人民政府\n为贯彻落实《示例省质量强省建设实施意见》，制定本方案。\n一、总体要求\n（一）主要目标\n到2025年，${goals}\n`;
  const { plan, parents } = analyze(text, { config: { parents: ["省实施意见.plan"] }, parents: [{ entry: "省实施意见.plan", parent: PROVINCE, sourceText: PROVINCE.text }] });
  return targetTableRows(plan, parents, undefined).map((row) => [row.indicator, row.parentStatus]);
}

describe("a count named by its object, against a parent's", () => {
  it("is paired with the parent's count of the same doing only", () => {
    // 帮扶企业 and 新增企业 count different things: read as 企业 both, they were held to each other.
    expect(rows("累计帮扶企业50家。")).toEqual([["帮扶企业", "no-indicator"]]);
    expect(rows("累计新增企业100家。")).toEqual([["新增企业", "not-comparable"]]);
  });
});
