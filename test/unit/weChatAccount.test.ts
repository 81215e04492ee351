import { describe, expect, it } from "vitest";
import { debrisOf } from "../support/leadingDebris";

/**
 * A WeChat 公众号 article's account name on its own line over its byline: the article's, debris
 * before the plan's title; never the plan's title, which an article titled with it sets over the
 * byline, and never a line of the notice or the text.
 */
const BODY = "南平市质量提升行动实施方案\n为深入贯彻《质量强国建设纲要》，结合我市实际，制定本方案。\n一、总体要求\n（一）主要目标\n到2025年，全市制造业产品质量合格率达到94%以上。\n二、重点任务\n1.开展质量提升行动。〔责任单位：市市场监管局〕\n";
const read = debrisOf;

describe("a WeChat account's name over its byline", () => {
  it("is debris where the byline repeats it", () => {
    expect(read(`南平市场监管\n南平市场监管 2024-05-06 18:30 发表于福建\n\n${BODY}`)).toEqual({
      debris: ["南平市场监管", "南平市场监管 2024-05-06 18:30 发表于福建"],
      title: "南平市质量提升行动实施方案",
    });
  });

  it("is debris at the text's head over a byline of a date and a place alone, with the article's headline after it", () => {
    const text = `南平市场监管\n2025年03月18日 09:30 福建\n\n重磅！《南平市质量提升行动实施方案》印发\n\n${BODY}`;
    expect(read(text).debris).toEqual(["南平市场监管", "2025年03月18日 09:30 福建", "重磅！《南平市质量提升行动实施方案》印发"]);
    // After other furniture too.
    expect(read(`点击蓝字 关注我们\n南平市场监管\n2025年03月18日 09:30 福建\n${BODY}`).debris).toEqual(["点击蓝字 关注我们", "南平市场监管", "2025年03月18日 09:30 福建"]);
  });

  it("is never the plan's title an article sets over its byline", () => {
    const text = `南平市质量提升行动实施方案\n南平发布 2024-05-06 18:30 发表于福建\n${BODY.slice(BODY.indexOf("\n") + 1)}`;
    expect(read(text)).toEqual({ debris: ["南平发布 2024-05-06 18:30 发表于福建"], title: "南平市质量提升行动实施方案" });
  });

  it("is no line that says a sentence, nor one with the document's own lines before it", () => {
    // A line of the notice over a byline the byline does not name: the document has begun.
    const notice = "南平市人民政府办公室文件\n南平市场监管\n2025年03月18日 09:30 福建\n";
    expect(read(`${notice}${BODY}`).debris).toEqual(["2025年03月18日 09:30 福建"]);
    expect(read(`近日，我市召开质量工作会议。\n2025年03月18日 09:30 福建\n${BODY}`).debris).toEqual(["2025年03月18日 09:30 福建"]);
  });

  it("needs a title after the byline: a text that is only an account's head keeps its first line", () => {
    expect(read("南平市场监管\n南平市场监管 2024-05-06 18:30 发表于福建\n一、总体要求\n到2025年，全市制造业产品质量合格率达到94%以上。\n").debris).toEqual([
      "南平市场监管 2024-05-06 18:30 发表于福建",
    ]);
  });
});
