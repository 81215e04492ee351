import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { builtinParents } from "../../server/src/core/parents/index";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { citedEntriesOf } from "../../server/src/core/xref/citedNumbers";
import { coverageOf } from "../../server/src/core/xref/coverage";
import { planCitedNumbers } from "../../server/src/core/xref/itemCitations";

/**
 * The forms a drafter writes the outline's items in after naming it (xref/citedNumbers.ts): each
 * number of a list or a range is read, what a bare numeral numbers may be said by the last of
 * its run, and nothing is read after another document's title.
 */
const parent = builtinParents().find((each) => each.title === "质量强国建设纲要")!;
const read = (text: string) => planCitedNumbers(buildPlan(text), parent).flatMap((cited) => citedEntriesOf(parent, cited).map((entry) => entry.label));

describe("numbers cited after the outline's name", () => {
  it.each([
    ["落实《纲要》（十七）“促进生活服务品质升级”部署", ["（十七）"]],
    ["落实《质量强国建设纲要》第（十七）条", ["（十七）"]],
    ["落实纲要第（十七）项", ["（十七）"]],
    ["按照《质量强国建设纲要》第十七条要求", ["（十七）"]],
    ["按照纲要第17条要求", ["（十七）"]],
    ["落实《纲要》第（十七）、（十八）条", ["（十七）", "（十八）"]],
    ["落实纲要第十七、十八条", ["（十七）", "（十八）"]],
    ["落实纲要第十七条和第十八条", ["（十七）", "（十八）"]],
    ["落实纲要第（十七）至（十九）条", ["（十七）", "（十八）", "（十九）"]],
    ["落实纲要第十七至十九条", ["（十七）", "（十八）", "（十九）"]],
    ["落实纲要第17—19条", ["（十七）", "（十八）", "（十九）"]],
    ["对照纲要第七部分", ["（十六）", "（十七）", "（十八）"]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // Another document's numbers are its own.
    "依据《中华人民共和国标准化法》第十条",
    "落实《“十四五”市场监管现代化规划》第三章",
    "落实《国家标准化发展纲要》第十七条",
    // A bare numeral that says not what it numbers, a figure without 第, one word of numerals.
    "纲要三年行动",
    "落实纲要17项任务",
    "落实纲要和十四五规划",
    "落实纲要十四五期间",
  ])("reads nothing in %s", (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe("a cited range in a task", () => {
  it("counts for every item between its ends, as an annotation's range does", () => {
    const { plan, parents, knownParents } = analyze(
      "---\n上位文件: 质量强国建设纲要\n---\n示例方案\n一、主要任务\n1.提升服务质量。落实纲要第（十六）至（十八）条，推动服务业提质。\n",
    );
    const coverage = coverageOf(plan, parents[0]!.parent, parents, knownParents);
    const cited = coverage.items.filter((entry) => entry.by.some((by) => by.basis === "cited")).map((entry) => entry.entry.label);
    expect(cited).toEqual(["（十六）", "（十七）", "（十八）"]);
    // The drafter's statement, as an annotation is: no likeness score (the JSON contract's `how`).
    const how = coverage.items.flatMap((entry) => entry.by.filter((by) => by.basis === "cited").map((by) => [by.how, by.score]));
    expect(how).toEqual([["annotation", 1], ["annotation", 1], ["annotation", 1]]);
  });
});

describe("xref/unrelated-section on a cited number", () => {
  const findings = (task: string) =>
    analyze(`---\n上位文件: 质量强国建设纲要\n---\n示例方案\n一、主要任务\n${task}\n`).findings.filter((finding) => finding.rule === "xref/unrelated-section");

  it("suggests rewriting the numeral alone, as the drafter wrote it, and fixes nothing in bulk", () => {
    const task = "1.压实工程质量责任。落实纲要第21条要求，落实建设单位首要责任，严格执行工程质量终身责任制，推行工程质量保险。";
    const [finding, ...rest] = findings(task);
    expect(rest).toEqual([]);
    expect(finding!.fix).toBeUndefined();
    const edit = finding!.suggestions![0]!.edits[0]!;
    const text = `---\n上位文件: 质量强国建设纲要\n---\n示例方案\n一、主要任务\n${task}\n`;
    expect([text.slice(finding!.start, finding!.end), text.slice(edit.start, edit.end), edit.newText]).toEqual(["第21条", "21", "13"]);
  });

  it("reads no number of another document", () => {
    expect(findings("1.压实工程质量责任。依据《中华人民共和国建筑法》第二十一条，落实建设单位首要责任，严格执行工程质量终身责任制，推行工程质量保险。")).toEqual([]);
  });
});
