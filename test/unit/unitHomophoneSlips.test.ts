import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { homophoneSlipsOf } from "../../server/src/core/units/homophoneSlips";

const unknown = (text: string) =>
  analyze(text)
    .findings.filter((finding) => finding.rule === "units/unknown")
    .map((finding) => [finding.message, (finding.suggestions ?? []).map((suggestion) => suggestion.edits[0]!.newText)]);

const CITY = "赣州市质量强市建设实施方案\n一、主要任务\n";

describe("a homophone slip of a known name the plan writes elsewhere", () => {
  it("is told the name the plan writes (a zone's department, which the registry knows by reading it)", () => {
    const text = `${CITY}1.甲任务。开展工作。〔责任单位：赣州经开区经济发展居、市工信局〕\n2.乙任务。开展工作。〔责任单位：赣州经开区经济发展局、市商务局〕\n`;
    expect(unknown(text)).toEqual([["“赣州经开区经济发展居”不在责任单位名录中，是否应为“赣州经开区经济发展局”？", ["赣州经开区经济发展局"]]]);
  });

  it("is told nothing where the plan never writes the name, or the character is not read the same", () => {
    expect(unknown(`${CITY}1.甲任务。开展工作。〔责任单位：赣州经开区经济发展居、市工信局〕\n`)).toEqual([
      ["“赣州经开区经济发展居”不在责任单位名录中（如为现有单位，可在 .plancheck.json 的 units.registry 中加入）", []],
    ]);
    expect(homophoneSlipsOf("赣州经开区经济发屏局", ["赣州经开区经济发展局"])).toEqual([]);
  });

  it("reads only long names, one character off", () => {
    expect(homophoneSlipsOf("市科技馆", ["市科技局"])).toEqual([]);
    expect(homophoneSlipsOf("蓉江新区社会视业局", ["蓉江新区社会事业局", "蓉江新区社会事业局"])).toEqual(["蓉江新区社会事业局"]);
    expect(homophoneSlipsOf("蓉江新区社会视业居", ["蓉江新区社会事业局"])).toEqual([]);
  });
});
