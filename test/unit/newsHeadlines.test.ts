import { describe, expect, it } from "vitest";
import { debrisOf } from "../support/leadingDebris";

/**
 * A WeChat 公众号 article's headline over the plan it reprints (`重磅！我市印发……实施方案`,
 * `【政策速递】我县印发……`) and its news lead (`近日，……印发《……》，全文如下：`): the article's,
 * debris before the plan's title wherever the text has other WeChat furniture; never the plan's
 * own title or notice.
 */
const BODY = "赣州市深化质量强市建设实施方案\n为深入贯彻《质量强国建设纲要》，结合我市实际，制定本方案。\n一、总体要求\n（一）主要目标\n到2025年，全市制造业产品质量合格率达到94%以上。\n二、重点任务\n1.开展质量提升行动。〔责任单位：市市场监管局〕\n";
const BYLINE = "赣州发布 2024-03-06 08:30 发表于江西\n";

describe("a WeChat article's headline and news lead before the plan's title", () => {
  it("sets an exclamation-led headline apart as the article's debris", () => {
    expect(debrisOf(`点击蓝字 关注我们\n\n重磅！我市印发深化质量强市建设实施方案\n\n${BYLINE}\n${BODY}`)).toEqual({
      debris: ["点击蓝字 关注我们", "重磅！我市印发深化质量强市建设实施方案", "赣州发布 2024-03-06 08:30 发表于江西"],
      title: "赣州市深化质量强市建设实施方案",
    });
  });

  it("sets apart a column-tagged headline about the plan and the lead that introduces its text", () => {
    const text = `点击上方蓝字 关注我们\n【政策速递】我市印发深化质量强市建设实施方案\n${BYLINE}近日，市政府办公室印发《赣州市深化质量强市建设实施方案》，全文如下：\n${BODY}`;
    expect(debrisOf(text).debris).toEqual([
      "点击上方蓝字 关注我们",
      "【政策速递】我市印发深化质量强市建设实施方案",
      "赣州发布 2024-03-06 08:30 发表于江西",
      "近日，市政府办公室印发《赣州市深化质量强市建设实施方案》，全文如下：",
    ]);
  });

  it("keeps a headline where the text has no WeChat furniture: a page's heading is the drafter's to keep", () => {
    expect(debrisOf(`重磅！我市印发深化质量强市建设实施方案\n\n${BODY}`).debris).toEqual([]);
    expect(debrisOf(`当前位置：首页 > 政务公开\n重磅！我市印发深化质量强市建设实施方案\n${BODY}`).debris).toEqual(["当前位置：首页 > 政务公开"]);
  });

  it("never takes the plan's notice, its title, or a line after the title", () => {
    const notice =
      "赣州市人民政府办公室关于印发赣州市深化质量强市建设实施方案的通知\n各县（市、区）人民政府，市政府各部门：\n现将《赣州市深化质量强市建设实施方案》印发给你们，请认真贯彻执行。\n赣州市人民政府办公室\n2024年3月1日\n";
    const read = debrisOf(`点击蓝字 关注我们\n${BYLINE}${notice}${BODY}`);
    expect(read.debris).toEqual(["点击蓝字 关注我们", "赣州发布 2024-03-06 08:30 发表于江西"]);
    expect(read.title).toBe("赣州市深化质量强市建设实施方案");
    // A plan that is only its headline keeps it: the title is never the article's.
    const only = debrisOf(`点击蓝字 关注我们\n${BYLINE}重磅！赣州市深化质量强市建设实施方案\n为深入贯彻《质量强国建设纲要》，制定本方案。\n一、总体要求\n1.开展质量提升行动。〔责任单位：市市场监管局〕\n`);
    expect(only.debris).toEqual(["点击蓝字 关注我们", "赣州发布 2024-03-06 08:30 发表于江西"]);
  });
});
