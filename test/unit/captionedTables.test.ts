import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { attachmentHeading } from "../../server/src/core/model/attachments";

const HEADER = "序号\t重点任务\t责任单位\t完成时限\n";
const ROWS = "1\t开展质量攻关\t市市场监管局\t2025年底前\n2\t推进标准化建设\t市工信局\t2025年底前\n";
const TASKS = "示例市质量强市建设实施方案\n一、主要任务\n（一）提升产品质量。开展质量提升行动。〔责任单位：市市场监管局〕\n（二）加强品牌建设。培育区域品牌。〔责任单位：市商务局〕\n\n";

/** The plan's attachments as an outline shows them, each with the tables it holds. */
function attachmentsOf(text: string): Array<[string, number]> {
  const plan = buildPlan(text);
  return plan.attachments.map((attachment) => [attachmentHeading(attachment), plan.tables.filter((table) => table.attachment === attachment).length]);
}

describe("a 分工表 under a caption of its own inside a labelled attachment (model/outline.ts)", () => {
  it("opens the next attachment, its label lost, after the attachment's table", () => {
    const text = `${TASKS}附件1\n\n主要指标表\n\n序号\t指标\t单位\t2025年目标\n1\t制造业产品质量合格率\t%\t94\n\n重点任务分工表\n\n${HEADER}${ROWS}`;
    expect(attachmentsOf(text)).toEqual([["附件1 主要指标表", 0], ["重点任务分工表", 1]]);
  });

  it("opens one after a 分工表 too: two tables, two captions", () => {
    const text = `${TASKS}附件1\n重点任务分工表\n${HEADER}${ROWS}\n重点项目清单\n序号\t项目名称\t牵头单位\t完成时限\n1\t计量测试平台\t市科技局\t2026年底前\n`;
    expect(attachmentsOf(text)).toEqual([["附件1 重点任务分工表", 1], ["重点项目清单", 1]]);
  });

  it("keeps a table's 续表 and its title written again on the next page in the attachment", () => {
    const text = `${TASKS}附件1\n重点任务分工表\n${HEADER}${ROWS}\n续表\n${HEADER}3\t建设计量测试平台\t市科技局\t2026年底前\n\n重点任务分工表\n${HEADER}4\t培育区域品牌\t市商务局\t2025年底前\n`;
    expect(attachmentsOf(text).map(([heading]) => heading)).toEqual(["附件1 重点任务分工表"]);
  });

  it("keeps a table under a caption that heads the attachment's content, no table above it, in the attachment", () => {
    const text = `${TASKS}附件1\n\n质量强市建设重点任务\n\n重点任务分工表\n${HEADER}${ROWS}`;
    expect(attachmentsOf(text)).toEqual([["附件1 质量强市建设重点任务", 1]]);
  });
});

describe("a 分工表 after a chapter of prose, no item open (model/outline.ts)", () => {
  const chapters = "示例市质量强市建设实施方案\n第一章 重点任务\n一、提升产品质量\n（一）开展质量提升行动。〔责任单位：市市场监管局〕\n第二章 保障措施\n";

  it("is an attachment with no label where its caption names it", () => {
    const text = `${chapters}各地各部门要加强组织领导，健全工作机制，确保各项任务落到实处。\n\n重点任务分工表\n${HEADER}${ROWS}`;
    expect(attachmentsOf(text)).toEqual([["重点任务分工表", 1]]);
  });

  it("is the chapter's content where the chapter has no prose of its own (第三章 责任分工 over the table)", () => {
    const text = `${chapters}各地各部门要加强组织领导。\n第三章 责任分工\n重点任务分工表\n${HEADER}${ROWS}`;
    expect(attachmentsOf(text)).toEqual([]);
  });

  it("is the chapter's content where no caption stands over its header", () => {
    const text = `${chapters}各地各部门按下表分工落实：\n${HEADER}${ROWS}`;
    expect(attachmentsOf(text)).toEqual([]);
  });

  it("opens none in a document that is only the table, a line of text before its caption (no 附件 label could be read there)", () => {
    const text = `1\t实施质量技术攻关行动\t市科技局\t2025年底\n重点任务分工表\n${HEADER}${ROWS}`;
    expect(attachmentsOf(text)).toEqual([]);
  });
});
