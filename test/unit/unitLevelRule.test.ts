import { expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";

const levelFindings = (text: string) =>
  analyze(text)
    .findings.filter((finding) => finding.rule === "units/level")
    .map((finding) => [text.slice(finding.start, finding.end), finding.suggestions?.map((fix) => fix.edits[0]!.newText)]);

it("units/level: a lower level's department without its place, at the plan's level", () => {
  // A province's plan: a city's bureau without its city, offered the province's own body.
  expect(levelFindings("一、主要任务\n1.甲任务。开展工作。〔责任单位：省市场监管局、市住建局、省教育厅〕\n")).toEqual([["市住建局", ["省住建厅", "各市住建局"]]]);
  // A district's plan names its city's bureaus as a matter of course, and its own.
  expect(levelFindings("一、主要任务\n1.甲任务。开展工作。〔责任单位：区市场监管局、区住建局、市生态环境局〕\n2.乙任务。开展工作。〔责任单位：区教育局〕\n")).toEqual([]);
  // The suggestions are offered, never applied.
  const [finding] = analyze("一、主要任务\n1.甲任务。开展工作。〔责任单位：市工信局、区住建局〕\n").findings.filter((f) => f.rule === "units/level");
  expect(finding!.fix).toBeUndefined();
});
