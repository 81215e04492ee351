import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";

const noOutline = (text: string) =>
  analyze(text)
    .findings.filter((finding) => finding.rule === "structure/no-outline")
    .map((finding) => finding.message);

describe("structure/no-outline on a document written in articles", () => {
  it("says the document is written in articles, not that its numbering was lost", () => {
    const text = "示例市质量奖管理办法\n第一条　为规范质量奖评审工作，制定本办法。\n第二条　质量奖每两年评审一次。\n第三条　申报条件见第二条。\n";
    const [message] = noOutline(text);
    expect(message).toContain("按“第一条、第二条……”分条编写");
    expect(message).not.toContain("复制时丢失");
  });

  it("still asks whether the numbering was lost where one line only opens with an article (a law quoted)", () => {
    const text = "示例市质量提升工作\n总体要求\n第一条　依照《中华人民共和国产品质量法》开展工作。\n重点任务\n开展质量提升行动。\n";
    expect(noOutline(text)).toEqual(["全文没有识别到任何编号条目（一、（一）1.），无法生成大纲，结构类检查均未进行；请检查编号是否在复制时丢失"]);
  });
});
