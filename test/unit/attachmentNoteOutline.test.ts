import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";

const PLAN = [
  "某市质量提升实施方案",
  "一、主要任务",
  "1.开展工作。〔责任单位：市工信局〕",
  "2.加强宣传。〔责任单位：市委宣传部〕",
  "",
  "附件：1.重点任务分工表",
  "      2.主要指标表",
  "",
  "附件1",
  "重点任务分工表",
  "序号\t任务\t责任单位",
  "1\t开展工作\t市工信局",
  "",
].join("\n");

describe("the 附件说明 under the body", () => {
  it("ends the plan's text: the last task neither holds nor folds over it", () => {
    const plan = buildPlan(PLAN);
    const last = plan.allItems.find((item) => item.marker.text === "2.")!;
    expect(last.bodyLines).toEqual([]);
    expect(PLAN.slice(last.start, last.end)).toBe("2.加强宣传。〔责任单位：市委宣传部〕");
    expect(PLAN.slice(plan.items[0]!.start, plan.items[0]!.end)).toBe(PLAN.split("\n").slice(1, 4).join("\n"));
    expect(plan.attachmentNote.map((line) => PLAN.slice(line.indentEnd, line.contentEnd)).filter((text) => text !== "")).toEqual(["附件：1.重点任务分工表", "2.主要指标表"]);
    expect(plan.attachments.map((attachment) => attachment.label?.text)).toEqual(["附件1"]);
  });

  it("is still the plan's text to the punctuation rules", () => {
    const findings = analyze(PLAN.replace("附件：1.", "附 件：1.")).findings.filter((finding) => finding.rule === "punct/han-space");
    expect(findings.map((finding) => finding.message)).toEqual(["“附”与“件：”之间有多余的空格"]);
  });

  it("is no end where tasks follow it: a task's line that starts with 附件： is its text", () => {
    const text = ["一、主要任务", "1.开展工作。〔责任单位：市工信局〕", "附件：工作台账模板", "2.加强宣传。〔责任单位：市委宣传部〕", ""].join("\n");
    const plan = buildPlan(text);
    expect(plan.attachmentNote).toEqual([]);
    expect(plan.allItems.map((item) => item.marker.text)).toEqual(["一、", "1.", "2."]);
    expect(plan.allItems[1]!.bodyLines.map((line) => text.slice(line.indentEnd, line.contentEnd))).toEqual(["附件：工作台账模板"]);
  });

  // Numbering as pasted: an entry of the list whose dot was lost is read in the list's run; as
  // text it ended the list, and the entry after it (`3.××`) was read as the last task's sibling.
  it.each([
    ["附件：1.重点任务分工表", "2重点项目清单", "3.主要指标表"],
    ["附件：", "1.重点任务分工表", "2重点项目清单", "3.主要指标表"],
    ["附件：1.重点任务分工表", "      2重点项目清单", "      3主要指标表", "      4.工作台账"],
    // And an entry's number alone on its line over the entry.
    ["附件：1.重点任务分工表", "      2.", "      2.重点项目清单", "      3.主要指标表"],
  ])("reads an entry whose dot was lost, or whose number stands alone over it, in its list: %j", (...note) => {
    const text = [...PLAN.split("\n").slice(0, 4), "", ...note, ""].join("\n");
    const plan = buildPlan(text);
    expect(plan.allItems.map((item) => item.marker.text)).toEqual(["一、", "1.", "2."]);
    const entries = plan.lines.filter((line) => line.start >= text.indexOf("附件：") && line.kind !== "blank");
    expect(entries.map((line) => line.kind === "text" && line.textKind)).toEqual(note.map(() => "attachment"));
  });

  it("leaves a sentence that opens with a number where no list goes on: 2家企业 after the list is text", () => {
    const text = [...PLAN.split("\n").slice(0, 4), "", "附件：1.重点任务分工表", "2家企业通过认证，3.5亿元投入。", ""].join("\n");
    const line = buildPlan(text).lines.find((line) => text.slice(line.indentEnd, line.contentEnd).startsWith("2家"))!;
    expect(line.kind === "text" && line.textKind).toBe("plain");
  });
});
