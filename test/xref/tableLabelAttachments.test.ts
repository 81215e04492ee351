import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { layoutPlan } from "../../server/src/core/export/layout";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { missingLabel } from "../../server/src/core/references/attachments";
import { internalReferences } from "../../server/src/core/references/index";

/**
 * A 分工表 after the plan's text under a 附表's label (附表1 重点任务分工表), as many plans label the
 * tables they attach: the label is the attachment's, in the 附表's own series — found once by the
 * references, no 附件 label missing, none written for it by a fix or the export.
 */
const BODY = "示例市质量强市建设实施方案\n一、重点任务\n1.加强质量基础设施建设。详见附表1。〔责任单位：市市场监管局〕\n2.推进品牌建设。〔责任单位：市商务局〕\n\n示例市人民政府\n2024年3月1日\n\n";
const TABLE = "序号\t重点任务\t牵头单位\t配合单位\t完成时限\n1\t加强质量基础设施建设\t市市场监管局\t市科技局\t2025年底前\n2\t推进品牌建设\t市商务局\t市工业和信息化局\t2025年底前\n";

describe("a 分工表 under a 附表 label", () => {
  it.each([
    ["the title on the label's line (a web page)", "附表1 重点任务分工表\n", "重点任务分工表"],
    ["the title after a colon", "附表1：重点任务分工表\n", "重点任务分工表"],
    ["the title under the label (Word)", "附表1\n\n重点任务分工表\n", "重点任务分工表"],
    ["no title", "附表1\n", null],
  ])("%s: the attachment's label, its title apart", (_name, head, title) => {
    const plan = buildPlan(BODY + head + TABLE);
    expect(plan.attachments.map((attachment) => [attachment.label?.text, attachment.title?.text ?? null])).toEqual([["附表1", title]]);
    expect(plan.tables).toHaveLength(1);
    expect(plan.tables[0]!.attachment).toBe(plan.attachments[0]);
  });

  it("is found once by the references, as a 附表, and no 附件 label is missing", () => {
    const text = `${BODY}附表1 重点任务分工表\n${TABLE}`;
    const { attachments } = internalReferences(buildPlan(text));
    expect(attachments.map((target) => [target.word, target.number, target.label?.text])).toEqual([["附表", 1, "附表1"]]);
    const rules = analyze(text).findings.map((finding) => finding.rule);
    expect(rules).not.toContain("structure/attachment-label");
    expect(rules).not.toContain("xref/attachment-ref");
    expect(rules).not.toContain("xref/attachment-order");
  });

  it("holds no place among the 附件: a table pasted with no label after it is the file's one 附件", () => {
    const plan = buildPlan(`${BODY}附表1 重点任务分工表\n${TABLE}\n重点任务清单\n${TABLE}`);
    expect(plan.attachments.map((attachment) => attachment.label?.text ?? null)).toEqual(["附表1", null]);
    expect(missingLabel(plan, plan.attachments[1]!)).toBe("附件");
  });

  it("is printed by the export as its label, then its title", () => {
    const blocks = layoutPlan(analyze(`${BODY}附表1 重点任务分工表\n${TABLE}`).plan).blocks;
    const at = blocks.findIndex((block) => block.kind === "attachmentLabel");
    expect(blocks[at]).toMatchObject({ kind: "attachmentLabel", text: "附表1", pageBreakBefore: true });
    expect(blocks[at + 1]).toMatchObject({ kind: "title", lines: ["重点任务分工表"] });
  });
});
