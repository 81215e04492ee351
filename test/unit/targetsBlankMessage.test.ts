import { expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";

/** What targets/blank says a blank target is: the indicator the extraction reads, the comparator as written (QA C6). */
function blanksOf(text: string) {
  return analyze(text)
    .findings.filter((finding) => finding.rule === "targets/blank")
    .map((finding) => [text.slice(finding.start, finding.end), finding.message]);
}

it("names a blank yearly rate's indicator without the rate, and covers the rate with the comparator", () => {
  const text = "一、总体要求\n（一）主要目标\n到2025年，规上工业增加值年均增长 %左右，服务业增加值年增长　%，支持创建示范区不少于 个。\n";
  expect(blanksOf(text)).toEqual([
    ["年均增长 %左右", "“规上工业增加值”的目标值空缺：“年均增长 %左右”缺少数值"],
    ["年增长　%", "“服务业增加值”的目标值空缺：“年增长　%”缺少数值"],
    ["不少于 个", "“创建示范区”的目标值空缺：“不少于 个”缺少数值"],
  ]);
});
