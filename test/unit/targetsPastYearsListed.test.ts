import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { targetsOf } from "../support/targets";

// An annual plan states what the years before it reached beside its own goal: a figure given 分别
// for years gone by is a record of each year, never a goal of the plan's year nor one the parent
// is held against.
const PLAN = "某县2026年知识产权工作要点\n\n为深入贯彻落实《质量强国建设纲要》，现提出2026年工作要点如下。\n\n一、工作目标\n";
const fields = (goals: string) => targetsOf(`${PLAN}${goals}\n`).map((t) => [t.indicator, t.value, t.horizon, t.baseline]);

describe("figures of past years listed with 分别 in an annual plan", () => {
  it("reads a rate's past years as records of those years, the plan's year as its goal", () => {
    expect(fields("全县制造业产品质量合格率2024年、2025年分别达到92%、93%，2026年力争达到94.5%。")).toEqual([
      ["制造业产品质量合格率", 92, 2024, true],
      ["制造业产品质量合格率", 93, 2025, true],
      ["制造业产品质量合格率", 94.5, 2026, false],
    ]);
    expect(fields("2024年、2025年全县每万人口高价值发明专利拥有量分别达到3.1件、3.6件。2026年，每万人口高价值发明专利拥有量达到4件。")).toEqual([
      ["每万人口高价值发明专利拥有量", 3.1, 2024, true],
      ["每万人口高价值发明专利拥有量", 3.6, 2025, true],
      ["每万人口高价值发明专利拥有量", 4, 2026, false],
    ]);
  });

  it("holds no past year's figure against the parent's goal", () => {
    const text = `${PLAN}全县制造业产品质量合格率2024年、2025年分别达到92%、93%，2026年力争达到94.5%。\n`;
    expect(analyze(text).findings.filter((finding) => finding.rule.startsWith("targets/")).map((finding) => finding.message)).toEqual([]);
  });
});
