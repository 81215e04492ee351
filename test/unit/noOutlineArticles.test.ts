import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { outlineEntries, type OutlineEntry } from "../../server/src/core/outline";
import { PositionMapper } from "../../server/src/core/text/positions";

const findings = (text: string, rule: string) =>
  analyze(text)
    .findings.filter((finding) => finding.rule === rule)
    .map((finding) => [text.slice(finding.start, finding.end), finding.message]);

const ARTICLES =
  "示例市质量奖管理办法\n\n第一章　总则\n\n第一条　为规范质量奖评审工作，制定本办法。\n第二条　质量奖每两年评审一次。\n\n" +
  "第二章　评审\n\n第三条　申报质量奖应当具备下列条件：\n（一）在本市依法登记注册；\n（二）近三年未发生重大质量事故。\n" +
  "第四条　有下列情形之一的，不予受理：\n（一）弄虚作假的；\n（二）存在重大质量问题的。\n第五条　本办法自发布之日起施行。\n";

/** The outline as marker › title lines, children indented. */
function shown(entries: readonly OutlineEntry[], depth = 0): string[] {
  return entries.flatMap((entry) => [`${"  ".repeat(depth)}${entry.kind} ${entry.marker}${entry.title}`, ...shown(entry.children, depth + 1)]);
}

describe("a document written in articles (第一条、第二条…)", () => {
  it("has its articles as its outline, under its 章, with the items each lists", () => {
    const { plan } = analyze(ARTICLES);
    expect(shown(outlineEntries(plan, new PositionMapper(ARTICLES)))).toEqual([
      "part 第一章总则",
      "  article 第一条为规范质量奖评审工作，制定本办法",
      "  article 第二条质量奖每两年评审一次",
      "part 第二章评审",
      "  article 第三条申报质量奖应当具备下列条件：",
      "    item （一）在本市依法登记注册",
      "    item （二）近三年未发生重大质量事故",
      "  article 第四条有下列情形之一的，不予受理：",
      "    item （一）弄虚作假的",
      "    item （二）存在重大质量问题的",
      "  article 第五条本办法自发布之日起施行",
    ]);
    const mapper = new PositionMapper(ARTICLES);
    const third = outlineEntries(plan, mapper)[1]!.children[0]!;
    // From 第三条 to the last line of its provision, (二) included; (二) ends where 第四条 starts.
    expect(third.range).toEqual({ start: { line: 9, character: 0 }, end: { line: 11, character: 16 } });
    expect(third.children[1]!.range.end).toEqual({ line: 11, character: 16 });
    expect(plan.allItems[1]!.bodyLines).toEqual([]);
    expect(third.number).toBe(3);
  });

  it("has its title read before its first article where it has no parts", () => {
    const text = "示例市质量奖管理办法\n\n第一条　为规范质量奖评审工作，制定本办法。\n第二条　质量奖每两年评审一次。\n";
    const { plan } = analyze(text);
    expect(plan.metadata.title).toBe("示例市质量奖管理办法");
    expect(shown(outlineEntries(plan, new PositionMapper(text)))).toEqual(["article 第一条为规范质量奖评审工作，制定本办法", "article 第二条质量奖每两年评审一次"]);
  });

  it("is no document without an outline, and its items count within each article", () => {
    expect(findings(ARTICLES, "structure/no-outline")).toEqual([]);
    // Each article's （一）（二） count from （一）: no break where 第四条 starts its list again.
    expect(findings(ARTICLES, "numbering/sequence")).toEqual([]);
  });

  it("reports a skipped, a repeated and an out-of-order article as numbering findings", () => {
    const skipped = ARTICLES.replace("第四条", "第五条").replace("第五条　本办法", "第六条　本办法");
    expect(findings(skipped, "numbering/sequence")).toEqual([["第五条", "编号不连续：“第五条”前一条为“第三条”，缺少“第四条”"]]);
    const repeated = ARTICLES.replace("第四条", "第三条");
    expect(findings(repeated, "numbering/sequence")).toEqual([["第三条", "编号重复：“第三条”与前一条相同，应为“第四条”"]]);
    const started = ARTICLES.replace("第一条", "第二条");
    expect(findings(started, "numbering/sequence")).toEqual([["第二条", "编号未从“第一条”开始：第一条为“第二条”"]]);
  });

  it("may number each 章's articles from 第一条 again", () => {
    const restarting = ARTICLES.replace("第三条", "第一条").replace("第四条", "第二条").replace("第五条", "第三条");
    expect(findings(restarting, "numbering/sequence")).toEqual([]);
  });

  it("still asks whether the numbering was lost where one line only opens with an article (a law quoted)", () => {
    const text = "示例市质量提升工作\n总体要求\n第一条　依照《中华人民共和国产品质量法》开展工作。\n重点任务\n开展质量提升行动。\n";
    expect(findings(text, "structure/no-outline").map(([, message]) => message)).toEqual(["全文没有识别到任何编号条目（一、（一）1.），无法生成大纲，结构类检查均未进行；请检查编号是否在复制时丢失"]);
  });
});
