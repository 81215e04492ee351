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

it("reports a 力争 goal's blank as any goal's: from the verb or the rate, 力争 and 完成 no word of the indicator", () => {
  const text = "一、总体要求\n（一）主要目标\n到2026年，力争完成监督抽查　　批次以上，力争完成质量安全风险隐患整改率 %，力争完成包保督导任务覆盖率XX%以上。\n";
  expect(blanksOf(text)).toEqual([
    ["完成监督抽查　　批次以上", "“监督抽查”的目标值空缺：“完成监督抽查　　批次以上”缺少数值"],
    ["质量安全风险隐患整改率 %", "“质量安全风险隐患整改率”的目标值空缺：“质量安全风险隐患整改率 %”缺少数值"],
    ["包保督导任务覆盖率XX%以上", "“包保督导任务覆盖率”的目标值仍为占位符“XX”，定稿前应填写实际数值"],
  ]);
});
