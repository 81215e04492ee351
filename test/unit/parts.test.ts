import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { outlineEntries } from "../../server/src/core/outline";
import { PositionMapper } from "../../server/src/core/text/positions";
import { pathOf } from "../../server/src/core/units/matrix";
import { itemPath } from "../../server/src/core/numbering/describe";
import { foldingRanges } from "../../server/src/lsp/features/folding";
import { documentSymbols } from "../../server/src/lsp/features/symbols";
import { coverageItems } from "../../server/src/core/xref/tasks";

// A 规划 divided into chapters whose 一、 … count from 一 again in each.
const RESTARTING = [
  "某市质量发展“十四五”规划",
  "第一章 发展基础",
  "一、主要成就",
  "“十三五”期间，全市质量总体水平稳步提升。",
  "二、面临形势",
  "第二章　总体要求",
  "一、指导思想",
  "二、发展目标",
  "到2025年，制造业产品质量合格率达到94%以上。",
  "第三章主要任务",
  "一、提升产品质量",
  "（一）提升制造业产品质量。开展质量提升行动。〔责任单位：市工信局〕",
  "（二）提升农产品质量。推进标准化生产。〔责任单位：市农业农村局〕",
  "二、提升工程质量",
  "（一）强化工程质量保障。落实质量终身责任制。〔责任单位：市住建局〕",
  "第四部分 保障措施",
  "一、加强组织领导",
  "",
].join("\n");

const numberingFindings = (text: string) =>
  analyze(text)
    .findings.filter((finding) => finding.rule.startsWith("numbering/"))
    .map((finding) => `${finding.rule} ${text.slice(finding.start, finding.end)}`);

describe("a plan divided into parts (第一章 …)", () => {
  it("reads each part with the items under it, and the title before the first", () => {
    const plan = buildPlan(RESTARTING);
    expect(plan.title?.text).toBe("某市质量发展“十四五”规划");
    expect(plan.parts.map((part) => [part.marker, part.value, part.word, part.title])).toEqual([
      ["第一章", 1, "章", "发展基础"],
      ["第二章", 2, "章", "总体要求"],
      ["第三章", 3, "章", "主要任务"],
      ["第四部分", 4, "部分", "保障措施"],
    ]);
    expect(plan.parts.map((part) => part.items.map((item) => item.marker.text + item.heading.text))).toEqual([
      ["一、主要成就", "二、面临形势"],
      ["一、指导思想", "二、发展目标"],
      ["一、提升产品质量", "二、提升工程质量"],
      ["一、加强组织领导"],
    ]);
    // A part heading ends the item above it: 二、面临形势 does not run on into 第二章.
    const situation = plan.parts[0]!.items[1]!;
    expect(plan.text.slice(situation.start, situation.end)).toBe("二、面临形势");
    const task = plan.allItems.find((item) => item.heading.text === "强化工程质量保障")!;
    expect(pathOf(plan, task)).toEqual(["第三章", "二、", "（一）"]);
  });

  it("finds nothing wrong where each part counts from 一 again", () => {
    expect(numberingFindings(RESTARTING)).toEqual([]);
  });

  it("finds nothing wrong where the count goes on across the parts, and a gap within a part either way", () => {
    const continuing = "第一部分 总体要求\n一、指导思想\n二、主要目标\n第二部分 重点任务\n三、提升产品质量\n四、提升工程质量\n";
    expect(numberingFindings(continuing)).toEqual([]);
    expect(numberingFindings(RESTARTING.replace("二、提升工程质量", "三、提升工程质量"))).toEqual(["numbering/sequence 三、"]);
    expect(numberingFindings(continuing.replace("四、提升工程质量", "五、提升工程质量"))).toEqual(["numbering/sequence 五、"]);
  });

  it("holds tasks only where the part's title does not say otherwise (发展基础, 总体要求, 保障措施)", () => {
    const plan = buildPlan(RESTARTING);
    const { tasks, all } = coverageItems(plan);
    expect(tasks.map((item) => pathOf(plan, item).join(""))).toEqual(["第三章一、（一）", "第三章一、（二）", "第三章二、（一）"]);
    // The 保障措施 part is the plan's carrying out, read apart from the tasks.
    expect(all.filter((item) => !tasks.includes(item)).map((item) => item.heading.text)).toEqual(["加强组织领导"]);
  });

  it("puts the parts in the outline, their items under them", () => {
    const plan = buildPlan(RESTARTING);
    const entries = outlineEntries(plan, new PositionMapper(plan.text));
    expect(entries.map((entry) => [entry.kind, entry.level, entry.marker, entry.title, entry.children.length])).toEqual([
      ["part", 0, "第一章", "发展基础", 2],
      ["part", 0, "第二章", "总体要求", 2],
      ["part", 0, "第三章", "主要任务", 2],
      ["part", 0, "第四部分", "保障措施", 1],
    ]);
  });

  it("is never a sentence that starts with 第一章 or a long line", () => {
    const plan = buildPlan("一、主要任务\n第一章规定了总体要求。\n1.开展工作。\n");
    expect(plan.parts).toEqual([]);
    expect(buildPlan(`一、主要任务\n第二部分${"内容".repeat(30)}\n`).parts).toEqual([]);
  });
});

describe("a plan's parts in the editor", () => {
  it("are outline symbols holding their items, fold, and name the part in a numbering hover's path", () => {
    const plan = buildPlan(RESTARTING);
    const mapper = new PositionMapper(plan.text);
    const symbols = documentSymbols(plan, mapper);
    expect(symbols.map((symbol) => [symbol.name, symbol.children?.map((child) => child.name)])).toEqual([
      ["某市质量发展“十四五”规划", undefined],
      ["第一章 发展基础", ["一、主要成就", "二、面临形势"]],
      ["第二章　总体要求", ["一、指导思想", "二、发展目标"]],
      ["第三章主要任务", ["一、提升产品质量", "二、提升工程质量"]],
      ["第四部分 保障措施", ["一、加强组织领导"]],
    ]);
    const folds = foldingRanges(plan, mapper).map((range) => [range.startLine, range.endLine]);
    expect(folds).toEqual(expect.arrayContaining([[1, 4], [5, 8], [9, 14]]));
    const task = plan.allItems.find((item) => item.heading.text === "强化工程质量保障")!;
    expect(itemPath(task)).toBe("第三章 › 二、提升工程质量 › （一）");
  });
});

describe("a plan whose chapters are divided into sections (第一章 … 第一节 …)", () => {
  const text = [
    "示例市质量提升行动方案",
    "第一章 总体要求",
    "第一节 指导思想",
    "坚持质量第一。",
    "第二章 重点任务",
    "第一节 产业质量",
    "一、提升制造业质量",
    "（一）开展攻关。开展质量攻关。〔责任单位：市工信局〕",
    "第二节 服务质量",
    "一、提升服务业质量",
    "（一）开展监测。〔责任单位：市商务局〕",
    "第三章 保障措施",
    "一、加强组织领导",
    "",
  ].join("\n");
  const plan = buildPlan(text);
  const mapper = new PositionMapper(text);
  const tree = (entries: ReturnType<typeof outlineEntries>): unknown[] => entries.map((entry) => [entry.marker, tree(entry.children)]);

  it("nests each section under its chapter in the outline, the symbols and the paths", () => {
    expect(tree(outlineEntries(plan, mapper))).toEqual([
      ["第一章", [["第一节", []]]],
      ["第二章", [["第一节", [["一、", [["（一）", []]]]]], ["第二节", [["一、", [["（一）", []]]]]]]],
      ["第三章", [["一、", []]]],
    ]);
    expect(documentSymbols(plan, mapper).slice(1).map((symbol) => [symbol.name, (symbol.children ?? []).map((child) => child.name)])).toEqual([
      ["第一章 总体要求", ["第一节 指导思想"]],
      ["第二章 重点任务", ["第一节 产业质量", "第二节 服务质量"]],
      ["第三章 保障措施", ["一、加强组织领导"]],
    ]);
    // Each chapter's 第一节: the path says which.
    expect(plan.allItems.filter((item) => item.level === 2).map((item) => pathOf(plan, item).join(""))).toEqual(["第二章第一节一、（一）", "第二章第二节一、（一）"]);
  });
});
