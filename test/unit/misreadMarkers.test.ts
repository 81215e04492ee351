import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import { buildPlan } from "../../server/src/core/model/buildPlan";

/**
 * A task whose marker was mistyped (`(4)`, `（24）`, `（西）`, `（十人）` where （四）, （二十四）,
 * （十八） is due) is read as the task it is when the count runs on through it: one finding on its
 * line, a fix in its level's form where the next task confirms the number, and nothing about
 * the tasks after it (model/misreadMarkers.ts).
 */
const numberingFindings = (text: string) =>
  analyze(text)
    .findings.filter((finding) => finding.rule.startsWith("numbering/"))
    .map((finding) => ({ rule: finding.rule, line: text.slice(0, finding.start).split("\n").length, message: finding.message, fixed: finding.fix !== undefined }));

const TASKS = (line: string) =>
  ["一、总体要求", "（一）指导思想。坚持质量第一。", "二、主要任务", "（二）甲任务。开展工作。（省发展改革委负责）", "（三）乙任务。开展工作。（省科技厅负责）", line, "（五）丁任务。开展工作。（省商务厅负责）", "（六）戊任务。开展工作。（省商务厅负责）", ""].join("\n");

describe("a marker in another level's form", () => {
  it("(4) between （三） and （五） is the fourth task: one marker-style finding, fixed to （四）, nothing after it", () => {
    const text = TASKS("(4)丙任务。开展工作。（省商务厅负责）");
    expect(numberingFindings(text)).toEqual([
      { rule: "numbering/marker-style", line: 6, message: "编号“(4)”是第4级编号的写法，按前后编号此处是第2级的一项，应为“（四）”", fixed: true },
    ]);
    expect(fixAll(text).text).toBe(text.replace("(4)丙任务", "（四）丙任务"));
    const plan = buildPlan(text);
    const task = plan.allItems.find((item) => item.heading.text === "丙任务")!;
    expect([task.level, task.parent?.marker.text, task.clauses.map((clause) => clause.units.map((unit) => unit.text))]).toEqual([2, "二、", [["省商务厅"]]]);
  });

  it("（24） between （二十三） and （二十五）, first under a new chapter of a count that runs on", () => {
    const text = "一、甲\n（二十二）子。\n（二十三）丑。\n二、乙\n（24）寅。\n（二十五）卯。\n";
    // Line 2 is the excerpt's start (not at （一））.
    expect(numberingFindings(text).filter((finding) => finding.line > 2)).toEqual([
      { rule: "numbering/marker-style", line: 5, message: "编号“（24）”是第4级编号的写法，按前后编号此处是第2级的一项，应为“（二十四）”", fixed: true },
    ]);
  });

  it("is not read where its own level counts it: a list (1)(2)(3)(4) under （三）, or 4. after 3. counted across parents", () => {
    const list = "一、主要任务\n（一）甲。\n（二）乙。\n（三）丙。\n(1)子。\n(2)丑。\n(3)寅。\n(4)卯。\n（四）丁。\n";
    expect(numberingFindings(list).filter((finding) => finding.line === 8)).toEqual([{ rule: "numbering/marker-style", line: 8, message: "编号“(4)”使用了半角括号，应为“（4）”", fixed: true }]);
    const across = "一、主要任务\n（一）甲。\n1.子。\n2.丑。\n（二）乙。\n3.寅。\n（三）丙。\n4.卯。\n（四）丁。\n";
    expect(numberingFindings(across)).toEqual([]);
  });

  it("is not read where the count does not run through it: which task it was meant to be is not evident", () => {
    // （三） (1) (4) （五）: a list under （三） with a gap, or a slip?
    const gapped = TASKS("(1)子。\n(4)丙任务。");
    expect(numberingFindings(gapped).some((finding) => finding.rule === "numbering/sequence" && finding.message.includes("（五）"))).toBe(true);
    // （三） (4) （六）: not the count of the tasks either.
    const apart = TASKS("(4)丙任务。").replace("（五）丁任务", "（七）丁任务").replace("（六）戊任务", "（八）戊任务");
    expect(numberingFindings(apart).some((finding) => finding.rule === "numbering/nesting")).toBe(true);
  });
});

describe("a mistyped numeral", () => {
  it("（西） between （三） and （五） is the fourth task: reported once, fixed to （四）, nothing after it", () => {
    const text = TASKS("（西）丙任务。开展工作。（省商务厅负责）");
    expect(numberingFindings(text)).toEqual([
      { rule: "numbering/marker-typo", line: 6, message: "“（西）”疑为编号“（四）”之误：前一项为“（三）”，后一项为“（五）”", fixed: true },
    ]);
    expect(fixAll(text).text).toBe(text.replace("（西）丙任务", "（四）丙任务"));
    // The task is its own item, with its own clause, no longer the end of （三）.
    const plan = buildPlan(text);
    const task = plan.allItems.find((item) => item.heading.text === "丙任务")!;
    expect([task.level, task.marker.value, task.clauses.length]).toEqual([2, 4, 1]);
    expect(plan.allItems.find((item) => item.heading.text === "乙任务")!.clauses.length).toBe(1);
  });

  it("（十人） between （十七） and （十九）, and a marker broken by a space, （ 四）", () => {
    const text = "一、甲\n（十六）子。\n（十七）丑。\n（十人）寅。\n（十九）卯。\n";
    expect(numberingFindings(text).filter((finding) => finding.line > 2)).toEqual([{ rule: "numbering/marker-typo", line: 4, message: "“（十人）”疑为编号“（十八）”之误：前一项为“（十七）”，后一项为“（十九）”", fixed: true }]);
    expect(fixAll(TASKS("（ 四）丙任务。")).text).toBe(TASKS("（四）丙任务。"));
  });

  it("with no item after it to confirm the number, is reported without a fix", () => {
    const text = "一、主要任务\n（一）甲。\n（二）乙。\n（三）丙。\n（西）丁。\n";
    expect(numberingFindings(text)).toEqual([{ rule: "numbering/marker-typo", line: 5, message: "“（西）”疑为编号“（四）”之误：前一项为“（三）”，请核对后改正", fixed: false }]);
    expect(fixAll(text).text).toBe(text);
  });

  it("is never a note or an enumeration in brackets: （注） （略） （附） （续） （甲） stay text", () => {
    for (const note of ["（注）", "（略）", "（附）", "（续）", "（甲）", "(注)"]) {
      const text = TASKS(`${note}本项由省商务厅负责解释。`);
      expect(buildPlan(text).allItems.map((item) => item.marker.text)).not.toContain(note);
      expect(numberingFindings(text).map((finding) => finding.rule)).toEqual(["numbering/sequence"]);
    }
  });

  it("is not read where the next item contradicts the number due: （三） （西） （四）", () => {
    const text = "一、主要任务\n（一）甲。\n（二）乙。\n（三）丙。\n（西）丁。\n（四）戊。\n";
    expect(buildPlan(text).allItems.map((item) => item.marker.text)).not.toContain("（西）");
  });
});
