import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { readSeed } from "../support/seeds";

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
    // (4) is the list's fourth: one of the four level-4 markers the level's one finding counts.
    expect(numberingFindings(list).filter((finding) => finding.rule === "numbering/marker-style")).toEqual([{ rule: "numbering/marker-style", line: 5, message: "第4级编号全文写作“(1)”式（使用了半角括号），共4处，应一并改为“（1）”式", fixed: true }]);
    const across = "一、主要任务\n（一）甲。\n1.子。\n2.丑。\n（二）乙。\n3.寅。\n（三）丙。\n4.卯。\n（四）丁。\n";
    expect(numberingFindings(across)).toEqual([]);
  });

  it("（1） right under （一） over 2． 3、 opens the tasks' count: task 1. in level 4's form, not a level skipped", () => {
    const text = "一、重点任务\n（一）推进产业标准化\n（1）实施提升行动。开展标准研制。〔责任单位：市工信局〕\n2．推动农业标准化。推广技术规程。〔责任单位：市农业农村局〕\n3、加强服务业标准化。开展试点。〔责任单位：市商务局〕\n";
    expect(numberingFindings(text).filter((finding) => finding.line === 3)).toEqual([
      { rule: "numbering/marker-style", line: 3, message: "编号“（1）”是第4级编号的写法，按前后编号此处是第3级的一项，应为“1.”", fixed: true },
    ]);
    expect(numberingFindings(text).filter((finding) => finding.rule !== "numbering/marker-style")).toEqual([]);
    const task = buildPlan(text).allItems.find((item) => item.heading.text === "实施提升行动")!;
    expect([task.level, task.parent?.marker.text]).toEqual([3, "（一）"]);
  });

  it("a （1） is left as written where its own level goes on (1. （1） （2） 2.) or the count before it goes on without it (1、 （一） （1） 2.)", () => {
    const list = "一、重点任务\n（一）甲\n1.子。\n（1）丑。\n（2）寅。\n2.卯。\n";
    expect(buildPlan(list).allItems.filter((item) => item.marker.text === "（1）").map((item) => item.level)).toEqual([4]);
    const across = "1、\n（一）\n（1)\n2.\n";
    expect(buildPlan(across).allItems.find((item) => item.marker.text === "（1)")?.level).toBe(4);
    // A line under it that opens as a task (`1.1.`, a task's marker written twice) may be the run's first.
    const twice = "(1)\n1.1.\n2.\n";
    expect(buildPlan(twice).allItems.map((item) => [item.marker.text, item.level])).toEqual([["(1)", 4], ["1.", 3], ["2.", 3]]);
  });

  it("is not read where the count does not run through it: which task it was meant to be is not evident", () => {
    // （三） (1) (4) （五）: a list under （三） with a gap, or a slip?
    const gapped = TASKS("(1)子。\n(4)丙任务。");
    expect(numberingFindings(gapped).some((finding) => finding.rule === "numbering/sequence" && finding.message.includes("（五）"))).toBe(true);
    // （三） (4) （六）: not the count of the tasks either.
    const apart = TASKS("(4)丙任务。").replace("（五）丁任务", "（七）丁任务").replace("（六）戊任务", "（八）戊任务");
    expect(numberingFindings(apart).some((finding) => finding.rule === "numbering/nesting")).toBe(true);
  });

  it("a group heading after a lost sibling stays a heading, though the tasks' count runs through it", () => {
    // 1. 2. 2. （三） 4.: tasks numbered across groups, one duplicated, and （二） lost — or a task
    // typed in a group's form? The heading assigns no work, the tasks around it do, and neither
    // does its sibling （一）: a heading whose sibling is missing, not task 3.
    const text = [
      "一、重点任务",
      "（一）提升产品质量",
      "1.开展质量提升行动。〔责任单位：市工信局〕",
      "2.强化标准引领。〔责任单位：市市场监管局〕",
      "2.加强品牌建设。〔责任单位：市商务局〕",
      "（三）提升工程质量",
      "4.加强工程质量监管。〔责任单位：市住建局〕",
      "",
    ].join("\n");
    expect(numberingFindings(text).map(({ line, message }) => [line, message])).toEqual([
      [5, "编号重复：“2.”与前一项相同，应为“3.”"],
      [6, "编号不连续：“（三）”前一项为“（一）”，缺少“（二）”"],
    ]);
    const fixed = fixAll(text).text;
    expect(fixed).toContain("（二）提升工程质量");
    expect(buildPlan(fixed).items[0]!.children.map((group) => group.heading.text)).toEqual(["提升产品质量", "提升工程质量"]);
    // A task typed in a group's form between two tasks, with its clause, is still read as the task.
    const typed = text.replace("（三）提升工程质量", "（三）加强工程质量安全监管。〔责任单位：市住建局〕").replace("（一）提升产品质量", "（一）提升产品质量。〔责任单位：市工信局〕");
    expect(numberingFindings(typed).some((finding) => finding.line === 6 && finding.message.includes("第3级的一项"))).toBe(true);
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

describe("a numeral in another character's shape", () => {
  const PLAN = (chapter: string, task: string) =>
    ["示例市质量强市实施方案", `${chapter}总体要求`, "（一）主要目标", "到2025年，制造业产品质量合格率达到95%。", "二、重点任务", "（一）产业升级", `${task}加强产业基础。开展攻关。（市工信局负责）`, "2.推动集群升级。开展诊断。（市发改委负责）", "3.加强监管。开展整治。（市市场监管局负责）", "三、保障措施", "（一）加强组织领导", ""].join("\n");

  it("—、 before 二、 and l. before 2. open their runs: each reported once and fixed, the run left alone", () => {
    const text = PLAN("—、", "l.");
    expect(numberingFindings(text)).toEqual([
      { rule: "numbering/marker-typo", line: 2, message: "“—、”疑为编号“一、”之误：后一项为“二、”", fixed: true },
      { rule: "numbering/marker-typo", line: 7, message: "“l.”疑为编号“1.”之误：后一项为“2.”", fixed: true },
    ]);
    expect(fixAll(text).text).toBe(PLAN("一、", "1."));
    // The chapter is the plan's first, so the title is the line above it.
    const plan = buildPlan(text);
    expect(plan.title?.text).toBe("示例市质量强市实施方案");
    expect(plan.items.map((item) => [item.marker.value, item.heading.text])).toEqual([
      [1, "总体要求"],
      [2, "重点任务"],
      [3, "保障措施"],
    ]);
    const task = plan.allItems.find((item) => item.heading.text === "加强产业基础")!;
    expect([task.level, task.marker.value, task.clauses.length]).toEqual([3, 1, 1]);
  });

  it("（—） opens its run wherever the run goes on: before a task that lost its marker and （三）, fixed with it, the next named as the outline shows it", () => {
    const tasks = ["（—）提升产品质量。开展质量提升行动。（责任单位：市市场监管局）", "提升工程质量。开展工程质量提升行动。（责任单位：市住建局）", "（三）提升服务质量。开展服务质量提升行动。（责任单位：市商务局）"];
    const text = ["示例市质量强市实施方案", "一、主要目标", "到2025年，制造业产品质量合格率达到95%。", "二、重点任务", ...tasks, "三、保障措施", "（一）加强组织领导。建立协调机制。", ""].join("\n");
    expect(numberingFindings(text)).toEqual([
      { rule: "numbering/marker-typo", line: 5, message: "“（—）”疑为编号“（一）”之误：后一项为“（二）”", fixed: true },
      { rule: "numbering/missing-numeral", line: 6, message: expect.stringContaining("应为“（二）”"), fixed: true },
    ]);
    expect(fixAll(text).text).toBe(text.replace("（—）提升产品", "（一）提升产品").replace("\n提升工程", "\n（二）提升工程"));
    const plan = buildPlan(text);
    expect(plan.items[1]!.children.map((item) => [item.marker.value, item.heading.text])).toEqual([
      [1, "提升产品质量"],
      [2, "提升工程质量"],
      [3, "提升服务质量"],
    ]);
  });

  it("reads the shapes OCR and the other width make: －、 I. |. ｌ． and 1O. between 9. and 11.", () => {
    for (const [chapter, task, fixedChapter, fixedTask] of [
      ["－、", "I.", "一、", "1."],
      ["-、", "|.", "一、", "1."],
      // Written full-width, corrected full-width; then the marker's form is marker-style's, as the document's 2. and 3. have it.
      ["一、", "ｌ．", "一、", "1."],
    ] as const) {
      expect(fixAll(PLAN(chapter, task)).text).toBe(PLAN(fixedChapter, fixedTask));
    }
    expect(numberingFindings(PLAN("一、", "ｌ．"))[0]!.message).toBe("“ｌ．”疑为编号“１．”之误：后一项为“2.”");
    const tens = ["一、主要任务", ...Array.from({ length: 9 }, (_, k) => `${k + 1}.任务${k + 1}。`), "1O.任务十。", "11.任务十一。", ""].join("\n");
    expect(numberingFindings(tens)).toEqual([{ rule: "numbering/marker-typo", line: 11, message: "“1O.”疑为编号“10.”之误：前一项为“9.”，后一项为“11.”", fixed: true }]);
    expect(fixAll(tens).text).toBe(tens.replace("1O.", "10."));
  });

  it("reads a level-4 (l) and a chapter 十— in the same way, keeping the marker's form for marker-style", () => {
    const list = "一、主要任务\n（一）甲任务\n(l)子。\n(2)丑。\n";
    expect(numberingFindings(list).filter((finding) => finding.rule === "numbering/marker-typo")).toEqual([{ rule: "numbering/marker-typo", line: 3, message: "“(l)”疑为编号“(1)”之误：后一项为“(2)”", fixed: true }]);
    const chapters = ["一、甲", ...["二", "三", "四", "五", "六", "七", "八", "九", "十"].map((numeral) => `${numeral}、乙`), "十—、丙", "十二、丁", ""].join("\n");
    expect(fixAll(chapters).text).toBe(chapters.replace("十—、", "十一、"));
  });

  it("is not read where nothing confirms it or where the character is a word: l. alone, —、 before 三、, 西、, l.5", () => {
    const alone = "一、主要任务\n（一）甲任务\nl.子。\n（二）乙任务\n";
    expect(buildPlan(alone).allItems.map((item) => item.marker.text)).not.toContain("l.");
    const skipped = PLAN("—、", "1.").replace("二、重点任务", "三、重点任务").replace("三、保障措施", "四、保障措施");
    expect(buildPlan(skipped).allItems.map((item) => item.marker.text)).not.toContain("—、");
    const word = "一、甲\n二、乙\n三、丙\n西、南两区开展工作。\n五、戊\n";
    expect(buildPlan(word).allItems.map((item) => item.marker.text)).not.toContain("西、");
    const decimal = "一、主要任务\nl.5万家企业参与。\n2.乙。\n";
    expect(buildPlan(decimal).allItems.map((item) => item.marker.text)).not.toContain("l.");
  });
});

describe("a task marker of another level's form or a mistyped one at every level (Ganzhou's tasks 1.–21.)", () => {
  const seed = readSeed("ganzhou-2024");
  const slip = (text: string, from: string, to: string) => {
    expect(text).toContain(`\n${from}`);
    return text.replace(`\n${from}`, `\n${to}`);
  };
  const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split("\n").length;

  it("(3) between 2. and 4. is task 3: one finding on its line, and fixing all changes that line only", () => {
    const text = slip(seed, "3.打造产业集群", "(3)打造产业集群");
    expect(numberingFindings(text)).toEqual([
      { rule: "numbering/marker-style", line: lineOf(text, "(3)打造"), message: "编号“(3)”是第4级编号的写法，按前后编号此处是第3级的一项，应为“3.”", fixed: true },
    ]);
    expect(fixAll(text).text).toBe(fixAll(seed).text);
    const task = buildPlan(text).allItems.find((item) => item.heading.text === "打造产业集群质量引领")!;
    expect([task.level, task.marker.value, task.parent?.marker.text, task.clauses.length]).toEqual([3, 3, "（一）", 1]);
  });

  it("十二、 between 11. and 13. and （十五） between 14. and 16. are tasks too: chapters and groups are left alone", () => {
    let text = slip(seed, "3.打造产业集群", "(3)打造产业集群");
    text = slip(text, "12.打造赣州特色品牌", "十二、打造赣州特色品牌");
    text = slip(text, "15.坚持标准创新引领", "（十五）坚持标准创新引领");
    expect(numberingFindings(text).map((finding) => [finding.rule, finding.line, finding.message])).toEqual([
      ["numbering/marker-style", lineOf(text, "(3)打造"), "编号“(3)”是第4级编号的写法，按前后编号此处是第3级的一项，应为“3.”"],
      ["numbering/marker-style", lineOf(text, "十二、打造"), "编号“十二、”是第1级编号的写法，按前后编号此处是第3级的一项，应为“12.”"],
      ["numbering/marker-style", lineOf(text, "（十五）坚持"), "编号“（十五）”是第2级编号的写法，按前后编号此处是第3级的一项，应为“15.”"],
    ]);
    expect(fixAll(text).text).toBe(fixAll(seed).text);
    const plan = buildPlan(text);
    expect(plan.items.map((item) => item.marker.text)).toEqual(["一、", "二、", "三、"]);
  });

  it("三、新任务 with its clause typed between 2. and 3. is a new task 3.: the tasks after it are renumbered, not the chapters and groups", () => {
    const added = "三、推进质量数字化转型。开展质量数据共享。〔责任单位：市工信局〕";
    const text = seed.replace("\n3.打造产业集群", `\n${added}\n3.打造产业集群`);
    expect(numberingFindings(text).map((finding) => [finding.rule, finding.line, finding.message])).toEqual([
      ["numbering/marker-style", lineOf(text, added), "编号“三、”是第1级编号的写法，按前后编号此处是第3级的一项，应为“3.”"],
      ["numbering/sequence", lineOf(text, "3.打造产业集群"), "编号重复：“3.”与前一项相同，应为“4.”"],
    ]);
    const fixed = fixAll(text).text;
    const tasks = (plan: string) => plan.split("\n").filter((line) => /^\d+\./.test(line)).map((line) => line.slice(0, line.indexOf(".") + 1));
    expect(fixed).toContain("\n3.推进质量数字化转型。");
    expect(tasks(fixed).slice(5)).toEqual(Array.from({ length: 22 }, (_, k) => `${k + 1}.`));
    // Only task markers change: the chapters and groups (三、保障措施, （二）开展…) stay as written.
    const others = (plan: string) => plan.split("\n").filter((line) => !/^\d+\./.test(line) && !line.startsWith("三、推进"));
    expect(others(fixed)).toEqual(others(fixAll(seed).text));
  });

  it("a chapter between two tasks is not read so: no clause of its own, or chapters that carry clauses", () => {
    const heading = seed.replace("\n3.打造产业集群", "\n三、推进质量数字化转型\n3.打造产业集群");
    expect(buildPlan(heading).items.map((item) => item.marker.text)).toEqual(["一、", "二、", "三、", "三、"]);
    const assigning = "一、总体要求（市发展改革委负责）\n1.甲。（市科技局负责）\n二、主要任务（市工信局负责）\n2.乙。（市科技局负责）\n三、丙。（市商务局负责）\n3.丁。（市科技局负责）\n三、保障措施\n";
    expect(buildPlan(assigning).items.map((item) => item.marker.text)).toEqual(["一、", "二、", "三、", "三、"]);
    expect(buildPlan(assigning.replace("二、主要任务（市工信局负责）", "二、主要任务").replace("一、总体要求（市发展改革委负责）", "一、总体要求")).items.map((item) => item.marker.text)).toEqual(["一、", "二、", "三、"]);
  });

  it("3 .打造… (a space before the dot) is task 3, not more of task 2: one finding, fixed by removing the space", () => {
    const text = slip(seed, "3.打造产业集群", "3 .打造产业集群");
    expect(numberingFindings(text)).toEqual([
      { rule: "numbering/marker-typo", line: lineOf(text, "3 .打造"), message: "编号“3 .”中夹有空格，应为“3.”：前一项为“2.”，后一项为“4.”", fixed: true },
    ]);
    expect(fixAll(text).text).toBe(fixAll(seed).text);
    const plan = buildPlan(text);
    expect(plan.allItems.find((item) => item.heading.text === "增强产业质量竞争能力")!.clauses.length).toBe(1);
    const task = plan.allItems.find((item) => item.heading.text === "打造产业集群质量引领")!;
    expect([task.level, task.marker.value, task.clauses.length]).toEqual([3, 3, 1]);
    // A chapter's too, and a run's first: 二 、 between 一、 and 三、, 1 . before 2.
    const chapters = "一、甲\n1 .子。\n2.丑。\n二 、乙\n3.寅。\n三、丙\n";
    expect(fixAll(chapters).text).toBe("一、甲\n1.子。\n2.丑。\n二、乙\n3.寅。\n三、丙\n");
    // The last of its run: nothing after it confirms the number, but it is the number written.
    expect(numberingFindings("一、甲\n1.子。\n2 .丑。\n")).toEqual([{ rule: "numbering/marker-typo", line: 3, message: "编号“2 .”中夹有空格，应为“2.”：前一项为“1.”", fixed: true }]);
  });

  it("a space inside an unbracketed marker is prose where the count does not run through it: 3 . alone, 2 、 between 2. and 3.", () => {
    for (const text of ["一、甲\n1.子。\n3 .丑。\n", "一、甲\n1.子。\n2.丑。\n2 、寅。\n3.卯。\n", "一、甲\n1.子。\n2 2.丑。\n3.寅。\n"]) {
      expect(buildPlan(text).allItems.map((item) => item.marker.text)).toEqual(["一、", "1."].concat(text.includes("\n2.") ? ["2."] : []).concat(text.includes("\n3.") ? ["3."] : []));
    }
  });

  it("is not read at another level where its own level counts it: 二、 between 1. and 3. is a chapter", () => {
    const text = "一、总体要求\n1.甲。\n二、主要任务\n3.乙。\n";
    expect(buildPlan(text).items.map((item) => item.marker.text)).toEqual(["一、", "二、"]);
  });
});
