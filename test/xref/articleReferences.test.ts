import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { internalReferences, sectionsOf } from "../../server/src/core/references/index";

/** A plan's references to its own articles (references/articles.ts, articleMentions.ts), each number as written and what it names. */
const RULES = "示例市质量奖管理办法\n\n第一条　为加强质量奖管理，制定本办法。\n第二条　市市场监管局负责组织评审。\n第三条　申报单位应当符合本办法第一条、第二条和上述第二至第三条规定。\n";
const read = (text: string) => {
  const plan = buildPlan(text);
  return internalReferences(plan).references.map((reference) => {
    const targets = reference.kind === "section" ? sectionsOf(plan, reference) : undefined;
    return [reference.kind === "section" ? reference.written : "", targets?.map((target) => (target.kind === "article" ? target.article.heading.text : target.kind)) ?? null];
  });
};

describe("references to a plan's articles", () => {
  it("read each number of a list and a range, and name the article of its number", () => {
    expect(read(RULES)).toEqual([
      ["第一条", ["第一条"]],
      ["第二条", ["第二条"]],
      ["第二", ["第二条"]],
      ["第三条", ["第三条"]],
    ]);
    expect(internalReferences(buildPlan(RULES)).references.map((reference) => reference.kind === "section" && reference.range)).toEqual([false, false, true, true]);
  });

  it("read an article named in Arabic figures as the Chinese form names it, a number the plan lacks included", () => {
    const arabic = RULES.replace("申报单位应当符合本办法第一条、第二条和上述第二至第三条规定。", "按照第2条规定的范围执行，申报条件见第１条、第3条和第9条。");
    expect(read(arabic)).toEqual([
      ["第2条", ["第二条"]],
      ["第１条", ["第一条"]],
      ["第3条", ["第三条"]],
      ["第9条", []],
    ]);
    // A figure as a measure word, or another document's article, as in the Chinese form.
    expect(read(RULES.replace("申报单位应当符合本办法第一条、第二条和上述第二至第三条规定。", "依照《中华人民共和国产品质量法》第10条，建成全市第2条生产线。"))).toEqual([]);
  });

  it("are read only where the plan numbers by 条", () => {
    expect(read("示例市质量强市建设实施方案\n一、总体要求\n（一）主要目标\n按照第三条规定推进，见本方案第二条。\n")).toEqual([]);
  });

  it("are not another document's articles, nor 第一条 as a measure word", () => {
    const others = RULES.replace("申报单位应当符合本办法第一条、第二条和上述第二至第三条规定。", "依照《中华人民共和国产品质量法》第十条和产品质量法第十一条、省方案第三条，落实纲要第（十）条和第十二条，建成全市第二条生产线。");
    expect(read(others)).toEqual([]);
  });
});
