import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";

/**
 * An attachment of numbered items (附件1 重点项目清单: 1. 2.) with a captioned 分工表 after them, as a
 * county's Word file pastes it: the items stay the list they are, the table is the attachment's,
 * and no item runs over its caption and rows (which made the last project's text the whole table).
 */
const BODY = "示例市质量强市建设实施方案\n一、重点任务\n1.加强质量基础设施建设。〔责任单位：市市场监管局〕\n2.推进品牌建设。〔责任单位：市商务局〕\n\n";
const TABBED = "序号\t重点任务\t牵头单位\t配合单位\t完成时限\n1\t加强质量基础设施建设\t市市场监管局\t市发展改革委\t2025年底前\n2\t推进品牌建设\t市商务局\t市工业和信息化局\t2025年底前\n";
const SPACED = "序号    重点任务              牵头单位      配合单位          完成时限\n1.      加强质量基础设施建设  市市场监管局  市发展改革委      2025年底前\n2.      推进品牌建设          市商务局      市工业和信息化局  2025年底前\n";

describe("an attachment's items, then a captioned 分工表", () => {
  it.each([
    ["projects named, a tabbed table", "1.建设市计量检测中心。\n2.建设国家级质检中心。\n", TABBED],
    ["projects named, a table apart by wide gaps", "1.建设市计量检测中心\n2.建设国家级质检中心\n", SPACED],
    ["projects with their units", "1.建设市计量检测中心。〔责任单位：市市场监管局〕\n2.建设国家级质检中心。〔责任单位：市工业和信息化局〕\n", TABBED],
  ])("%s: the items end above the caption, the table is the attachment's", (_name, items, table) => {
    const text = `${BODY}附件1\n重点项目清单\n${items}重点任务分工表\n${table}`;
    const plan = buildPlan(text);
    const [attachment] = plan.attachments;
    expect(plan.attachments).toHaveLength(1);
    expect(attachment!.items.map((item) => item.heading.text.replace(/。$/u, ""))).toEqual(["建设市计量检测中心", "建设国家级质检中心"]);
    const last = attachment!.items[1]!;
    expect(last.bodyLines).toEqual([]);
    expect(last.end).toBeLessThan(text.indexOf("重点任务分工表"));
    expect(plan.tables.map((each) => [each.attachment, each.rows])).toEqual([[attachment, 2]]);
  });

  it("leaves a table under a heading with no text of its own over chapters that heading's content", () => {
    const text = `${BODY}附件1\n实施细则\n一、重点项目\n1.建设市计量检测中心。\n二、责任分工\n${TABBED}`;
    const heading = buildPlan(text).attachments[0]!.items[1]!;
    expect(heading.heading.text).toBe("责任分工");
    expect(heading.end).toBe(text.trimEnd().length);
  });
});
