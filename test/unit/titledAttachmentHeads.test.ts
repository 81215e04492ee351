import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { internalReferences } from "../../server/src/core/references/index";

/**
 * An attachment headed on one line, `附件2：重点任务分工表`, as web copies write it: where its items
 * or its table follow, it is the attachment (its 一、 numbers apart from the plan's), as under a
 * label alone on its line; where more such lines follow, they are the 附件说明.
 */
const body = ["某市深化质量强市建设实施方案", "", "一、总体要求", "（一）主要目标。到2025年，制造业产品质量合格率达到95%。", "二、重点任务", "（一）提升产品质量。〔责任单位：市市场监管局〕", ""];

describe("an attachment headed on one line", () => {
  it("starts the attachment's own outline: its 一、 is no repeat of the plan's, nor renumbered", () => {
    const text = [...body, "附件：1.主要指标表", "      2.重点任务分工表", "", "附件1：主要指标表", "一、产品质量指标", "二、服务质量指标", "", "附件2：重点任务分工表", "一、提升产品质量", "二、加强标准建设", ""].join("\n");
    const { plan, findings } = analyze(text);
    expect(findings.filter((finding) => finding.rule.startsWith("numbering/"))).toEqual([]);
    expect(plan.attachments.map((attachment) => [attachment.label?.text, attachment.title?.text, attachment.items.map((item) => item.heading.text)])).toEqual([
      ["附件1", "主要指标表", ["产品质量指标", "服务质量指标"]],
      ["附件2", "重点任务分工表", ["提升产品质量", "加强标准建设"]],
    ]);
    expect(plan.items.map((item) => item.heading.text)).toEqual(["总体要求", "重点任务"]);
    // The 附件说明 lists both, and the references read both attachments.
    const read = internalReferences(plan);
    expect(read.note?.entries.map((entry) => entry.title.text)).toEqual(["主要指标表", "重点任务分工表"]);
    expect(read.attachments.map((target) => [target.number, target.title?.text])).toEqual([[1, "主要指标表"], [2, "重点任务分工表"]]);
  });

  it("is a line of the 附件说明 where another such line, not the attachment's content, follows", () => {
    const text = [...body, "附件1：主要指标表", "附件2：重点任务分工表", "", "附件1", "", "主要指标表", "一、产品质量指标", ""].join("\n");
    const { plan } = analyze(text);
    expect(plan.attachments.map((attachment) => attachment.label?.text)).toEqual(["附件1"]);
    expect(internalReferences(plan).note?.entries.map((entry) => [entry.number, entry.title.text])).toEqual([[1, "主要指标表"], [2, "重点任务分工表"]]);
  });
});
