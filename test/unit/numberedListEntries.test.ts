import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import { buildPlan } from "../../server/src/core/model/buildPlan";

/**
 * The numbered entries plans write below （1）: ① ② …, ⑴ ⑵ …, 1) 2). They are list entries (level
 * 5, as —— is), never above （1）, and each parent's list is a run that numbering/ checks like any
 * other; ① inside a sentence is text (grammar NumberedListMarker, numbering/runs.ts).
 */
const numberingFindings = (text: string) =>
  analyze(text)
    .findings.filter((finding) => finding.rule.startsWith("numbering/"))
    .map((finding) => ({ rule: finding.rule, line: text.slice(0, finding.start).split("\n").length, message: finding.message }));

const PLAN = [
  "一、主要任务",
  "（一）推动质量变革",
  "1.加快区域质量创新发展。开展创建工作。〔责任单位：市市场监管局〕",
  "（1）开展对标行动。具体包括：",
  "①对标国际先进标准；",
  "②开展质量比对；",
  "④推广先进经验。",
  "（2）实施提升工程。一是①加强计量，二是②加强标准。",
  "⑴完善体系；",
  "⑶健全机制。",
  "（3）强化保障。",
  "1)加强领导；",
  "3)加强考核。",
  "",
].join("\n");

describe("numbered list entries", () => {
  it("nest below （1） as list entries, and ① inside a sentence is no marker", () => {
    const plan = buildPlan(PLAN);
    const entries = plan.allItems.filter((item) => item.kind === "list");
    expect(entries.map((item) => [item.marker.text, item.marker.value, item.level, item.parent?.marker.text])).toEqual([
      ["①", 1, 5, "（1）"],
      ["②", 2, 5, "（1）"],
      ["④", 4, 5, "（1）"],
      ["⑴", 1, 5, "（2）"],
      ["⑶", 3, 5, "（2）"],
      ["1)", 1, 5, "（3）"],
      ["3)", 3, 5, "（3）"],
    ]);
    const second = plan.allItems.find((item) => item.marker.text === "（2）")!;
    expect(second.heading.text).toBe("实施提升工程");
  });

  it("a gap in a run is reported and renumbered in the run's own form", () => {
    expect(numberingFindings(PLAN)).toEqual([
      { rule: "numbering/sequence", line: 7, message: "编号不连续：“④”前一项为“②”，缺少“③”" },
      { rule: "numbering/sequence", line: 10, message: "编号不连续：“⑶”前一项为“⑴”，缺少“⑵”" },
      { rule: "numbering/sequence", line: 13, message: "编号不连续：“3)”前一项为“1)”，缺少“2)”" },
    ]);
    const fixed = fixAll(PLAN).text;
    expect(fixed).toBe(PLAN.replace("④推广", "③推广").replace("⑶健全", "⑵健全").replace("3)加强考核", "2)加强考核"));
    expect(fixAll(fixed).text).toBe(fixed);
  });

  it("each parent's list counts from 1 of its own", () => {
    // Under （1） and （2）, where ① numbers a fifth level (right under （一） numbering/nesting asks for 1.).
    const text = ["一、主要任务", "（一）总", "1.分", "（1）甲", "①子；", "②丑。", "（2）乙", "①寅；", "②卯。", ""].join("\n");
    expect(numberingFindings(text)).toEqual([]);
  });

  it("3) between tasks 2. and 4. is task 3 in a list entry's form; a list 1) 2) its own count keeps is a list", () => {
    const task = (marker: string, heading: string) => `${marker}${heading}。开展工作。〔责任单位：市科技局〕`;
    const slipped = ["一、主要任务", task("1.", "甲任务"), task("2.", "乙任务"), task("3)", "丙任务"), task("4.", "丁任务"), ""].join("\n");
    expect(numberingFindings(slipped)).toEqual([
      { rule: "numbering/marker-style", line: 4, message: "编号“3)”是列表编号的写法，按前后编号此处是第3级的一项，应为“3.”" },
    ]);
    expect(fixAll(slipped).text).toBe(slipped.replace("3)丙任务", "3.丙任务"));
    const listed = ["一、主要任务", task("1.", "甲任务"), "1)子；", "2)丑。", task("3.", "丙任务"), ""].join("\n");
    const plan = buildPlan(listed);
    expect(plan.allItems.map((item) => [item.marker.text, item.level])).toEqual([["一、", 1], ["1.", 3], ["1)", 5], ["2)", 5], ["3.", 3]]);
  });

  it("1) that opens a run of tasks 2. 3. under its heading is task 1 in a list entry's form; the tasks after it are not renumbered", () => {
    const task = (marker: string, heading: string) => `${marker}${heading}。开展工作。〔责任单位：市科技局〕`;
    // The run starts over under each heading; an AI tool wrote the first task's marker as `1) `.
    const opened = ["一、主要任务", "（一）提升产品质量", task("1.", "甲任务"), task("2.", "乙任务"), "（二）提升工程质量", task("1) ", "丙任务"), task("2.", "丁任务"), task("3.", "戊任务"), ""].join("\n");
    expect(numberingFindings(opened)).toEqual([
      { rule: "numbering/marker-style", line: 6, message: "编号“1)”是列表编号的写法，按前后编号此处是第3级的一项，应为“1.”" },
      // The space the tool wrote after it is no heading's (numbering/marker-space).
      { rule: "numbering/marker-space", line: 6, message: "编号“1)”与其后的文字之间有多余的空格" },
    ]);
    expect(fixAll(opened).text).toBe(opened.replace("1) 丙任务", "1.丙任务"));
    // A list of its own under a task (1) 2)), and a lone 1) under a task: the list's entries.
    const listed = ["一、主要任务", "（一）提升产品质量", task("1.", "甲任务"), "1)子；", task("2.", "乙任务"), "（二）提升工程质量", "1)丑；", "2)寅。", task("1.", "丙任务"), ""].join("\n");
    expect(buildPlan(listed).allItems.map((item) => [item.marker.text, item.level])).toEqual([
      ["一、", 1], ["（一）", 2], ["1.", 3], ["1)", 5], ["2.", 3], ["（二）", 2], ["1)", 5], ["2)", 5], ["1.", 3],
    ]);
  });
});
