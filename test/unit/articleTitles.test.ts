import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { articlesOf } from "../../server/src/core/references/articles";

/**
 * An article's title (what the outline and the editor show beside 第三条) is its first sentence
 * as an item's heading is read: a responsibility clause, an annotation or a trailing comment
 * written in it is none of its words. Before, the title showed them, and the ； of a clause
 * that states its roles (牵头单位：…；配合单位：…) ended the sentence inside the brackets.
 */
const titles = (body: string) => articlesOf(buildPlan(`示例市质量提升工作办法\n第一章　总则\n${body}`)).map((article) => article.title);

describe("an article's title", () => {
  it("leaves out a clause, an annotation and a comment, joining the words around them", () => {
    expect(
      titles(
        "第一条　市市场监管局负责全市质量工作的统筹协调〔责任单位：市市场监管局〕，各部门配合。\n" +
          "第二条　加强品牌培育（牵头单位：市工信局；配合单位：市商务局），支持企业争创中国质量奖。\n" +
          "第三条　推进标准化建设〔对应纲要：（二十二）〕。\n" +
          "第四条　开展质量宣传 // 待定\n" +
          "第五条　（责任单位：市市场监管局）开展质量月活动。\n",
      ),
    ).toEqual(["市市场监管局负责全市质量工作的统筹协调，各部门配合", "加强品牌培育，支持企业争创中国质量奖", "推进标准化建设", "开展质量宣传", "开展质量月活动"]);
  });

  it("keeps a title of words alone as it was: the first sentence of the forty characters after 第N条", () => {
    const long = "为推动我市质量提升，根据《质量强国建设纲要》和有关法律法规规章的规定，结合本市质量工作的实际情况和发展需要";
    expect(titles(`第一条　${long}，制定本办法。\n第二条　本办法适用于本市。\n`)).toEqual([long.slice(0, 39), "本办法适用于本市"]);
  });
});
