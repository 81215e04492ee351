import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";

/**
 * A level-1 heading that lost its numeral (`、主要任务`): numbering/missing-numeral owns it. Where
 * the chapters around it settle the numeral it restores it; where they do not, it says what they
 * are and nothing — neither it nor numbering/sequence's renumbering — fills the numeral in.
 */
const numberingFindings = (text: string) =>
  analyze(text)
    .findings.filter((finding) => finding.rule.startsWith("numbering/"))
    .map((finding) => ({ rule: finding.rule, message: finding.message, fixed: finding.fix !== undefined }));

describe("numbering/missing-numeral and numbering/sequence", () => {
  it("restores the numeral between 一、 and 三、; sequence has nothing to say", () => {
    const text = "一、总体要求\n（一）指导思想\n、主要任务\n（一）推动质量变革创新\n三、保障措施\n（一）加强组织领导\n";
    expect(numberingFindings(text)).toEqual([{ rule: "numbering/missing-numeral", message: "标题“、主要任务”丢失了第1级编号数字，按前后编号应为“二、”", fixed: true }]);
    expect(fixAll(text).text).toBe(text.replace("、主要任务", "二、主要任务"));
  });

  it("between 一、 and 四、 reports once, names both neighbours, and fix-all leaves the numeral to the drafter", () => {
    const text = "一、总体要求\n（一）指导思想\n、主要任务\n（一）推动质量变革创新\n四、保障措施\n（一）加强组织领导\n五、组织实施\n（一）明确责任分工\n";
    expect(numberingFindings(text)).toEqual([
      { rule: "numbering/missing-numeral", message: "标题“、主要任务”丢失了第1级编号数字，前一章为“一、”，后一章为“四、”，不能确定应为第几章，请核对后补上编号", fixed: false },
    ]);
    expect(fixAll(text).text).toBe(text);
  });

  it("once the drafter writes the numeral, sequence reports the rest of the count as usual", () => {
    const text = "一、总体要求\n（一）指导思想\n二、主要任务\n（一）推动质量变革创新\n四、保障措施\n（一）加强组织领导\n";
    expect(numberingFindings(text).map((finding) => finding.rule)).toEqual(["numbering/sequence"]);
  });

  it("a first chapter is 一、: before 二、 it is restored, before 三、 it is the drafter's to say", () => {
    const settled = "、总体要求\n（一）指导思想\n二、主要任务\n（一）推动质量变革创新\n";
    expect(fixAll(settled).text).toBe(`一${settled}`);
    const unsettled = settled.replace("二、主要任务", "三、主要任务");
    expect(numberingFindings(unsettled)).toEqual([
      { rule: "numbering/missing-numeral", message: "标题“、总体要求”丢失了第1级编号数字，它是第一章，后一章却为“三、”，不能确定应为第几章，请核对后补上编号", fixed: false },
    ]);
    expect(fixAll(unsettled).text).toBe(unsettled);
  });

  it("a break elsewhere in the count is still sequence's, and its fix stops short of the unsettled numeral", () => {
    const text = "一、总体要求\n（一）指导思想\n三、重点任务\n（一）推动质量变革创新\n、主要任务\n（一）开展质量提升行动\n六、保障措施\n（一）加强组织领导\n";
    const findings = numberingFindings(text);
    expect(findings.map((finding) => finding.rule).sort()).toEqual(["numbering/missing-numeral", "numbering/sequence"]);
    // 三、 becomes 二、; the lost numeral between 二、 and 六、 stays the drafter's.
    expect(fixAll(text).text).toBe(text.replace("三、重点任务", "二、重点任务"));
  });

  it("a break after the unsettled numeral counts on from the chapter after it: 七、 after 五、 is 六、 whichever the lost one is", () => {
    const text = "一、总体要求\n（一）指导思想\n、主要任务\n（一）推动质量变革创新\n四、保障措施\n（一）加强组织领导\n五、组织实施\n（一）明确责任分工\n七、工作要求\n（一）狠抓落实\n";
    const gap = analyze(text).findings.find((finding) => finding.rule === "numbering/sequence")!;
    expect(gap.message).toBe("编号不连续：“七、”前一项为“五、”，缺少“六、”");
    // Counting positions (七 → 五) would say that 四、 is wrong and the lost one is 二、.
    expect(gap.fix?.description).toBe("重新编号本组：改为“六、”");
    expect(fixAll(text).text).toBe(text.replace("七、工作要求", "六、工作要求"));
  });
});
