import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { normalizeIndicator } from "../../server/src/core/targets/synonyms";

const PLAN = "示例市计量发展行动计划（2026—2030年）\n一、主要目标\n";
const TABLE = "附表\n主要指标\n序号\t指标\t单位\t2025年\t2030年\n";
const inconsistent = (text: string) =>
  analyze(`${PLAN}${text}`, {}).findings.filter((finding) => finding.rule === "targets/inconsistent").map((finding) => finding.message);

describe("the word that says how many after a noun", () => {
  it("names the indicator the noun names (总数, 数量, 总量; 数 after what is counted)", () => {
    expect(["注册计量师总数", "社会公用计量标准数量", "能源消费总量", "检验检测机构数"].map(normalizeIndicator)).toEqual(["注册计量师", "社会公用计量标准", "能源消费", "检验检测机构"]);
    // 数 of a measure stays: an index, a head count.
    expect(["制造业质量竞争力指数", "从业人数"].map(normalizeIndicator)).toEqual(["制造业质量竞争力指数", "从业人数"]);
    // 起数 after the events it tallies is how many events: the table's 质量安全事故 | 起 row.
    expect(["质量安全事故起数", "食源性疾病暴发事件起数"].map(normalizeIndicator)).toEqual(["质量安全事故", "食源性疾病暴发事件"]);
    // 数 after what a coverage reaches, whatever it reaches (targets/coverage.ts).
    expect(["“互联网+明厨亮灶”覆盖学校食堂数", "快检服务覆盖乡镇数", "覆盖率"].map(normalizeIndicator)).toEqual(["互联网+明厨亮灶覆盖学校食堂", "快检服务覆盖乡镇", "覆盖率"]);
  });

  it("holds the text's 注册计量师总数 and the table's 注册计量师 to one figure", () => {
    expect(inconsistent(`到2030年，全市注册计量师总数达到500名，检验检测机构数达到250家。\n${TABLE}1\t注册计量师\t名\t420\t450\n2\t检验检测机构\t家\t200\t250\n`)).toEqual([
      "“注册计量师”的目标值前后不一致：此处为450名，前文（一、）为500名",
    ]);
  });
});
