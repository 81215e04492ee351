import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { applyEdits } from "../../server/src/core/fixes/applyFixes";
import { attachmentRenumbering } from "../../server/src/core/references/attachmentRenumbering";

const BODY = "示例市质量强市建设实施方案\n一、重点任务\n1.开展工作。指标见附件１，分工见附件二，名单见附件3。\n";
const ATTACHMENTS = "附件3\n联系人名单\n一、名单\n附件１\n重点指标表\n一、指标\n附件二\n重点任务分工表\n一、任务\n";

function renumbered(text: string): string | null {
  const renumbering = attachmentRenumbering(buildPlan(text), "附件");
  return renumbering === null ? null : applyEdits(text, renumbering.edits).text;
}

describe("attachments renumbered by the order they follow", () => {
  it("renumbers each label by its position, in its own numeral form, and every reference with it", () => {
    expect(renumbered(BODY + ATTACHMENTS)).toBe(
      "示例市质量强市建设实施方案\n一、重点任务\n1.开展工作。指标见附件２，分工见附件三，名单见附件1。\n附件1\n联系人名单\n一、名单\n附件２\n重点指标表\n一、指标\n附件三\n重点任务分工表\n一、任务\n",
    );
  });

  it("gives the 附件说明's entries the titles in the new order, keeping their numbers", () => {
    const note = "附件：1.重点指标表\n      2.重点任务分工表\n      3.联系人名单\n";
    const fixed = renumbered(BODY + note + ATTACHMENTS)!;
    expect(fixed).toContain("附件：1.联系人名单\n      2.重点指标表\n      3.重点任务分工表\n");
  });

  it("renumbers after an attachment deleted, where no reference names it", () => {
    const text = "示例方案\n一、重点任务\n1.开展工作。见附件1和附件3。\n附件1\n指标表\n一、指标\n附件3\n分工表\n一、任务\n";
    expect(renumbered(text)).toBe(text.replace("附件3。", "附件2。").replace("附件3\n分工表", "附件2\n分工表"));
  });

  it("does not renumber where it is not exact: a reference to an attachment the file lacks, a number twice, a 附件说明 that lists others", () => {
    const deleted = "示例方案\n一、重点任务\n1.开展工作。见附件2和附件3。\n附件1\n指标表\n一、指标\n附件3\n分工表\n一、任务\n";
    expect(renumbered(deleted)).toBeNull();
    expect(renumbered(BODY + ATTACHMENTS.replace("附件3\n", "附件二\n"))).toBeNull();
    expect(renumbered(BODY + "附件：1.重点指标表\n      2.资金安排表\n      3.联系人名单\n" + ATTACHMENTS)).toBeNull();
    expect(renumbered(BODY + "附件：1.重点指标表\n      2.重点任务分工表\n" + ATTACHMENTS)).toBeNull();
  });

  it("offers nothing where the labels are in order", () => {
    expect(renumbered("示例方案\n一、重点任务\n1.开展工作。见附件2。\n附件1\n指标表\n一、指标\n附件2\n分工表\n一、任务\n")).toBeNull();
  });
});
