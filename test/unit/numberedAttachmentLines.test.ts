import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { lineText } from "../../server/src/core/model/prelude";
import { internalReferences } from "../../server/src/core/references/index";
import { layoutPlan } from "../../server/src/core/export/layout";

/**
 * `附件1.××` / `附件2.××`: the label and its number with a full stop, no colon, as county plans
 * write their 附件说明 — read as `附件1：××` is (model/reading.ts readNumberedAttachmentLines): the
 * plan's list of attachments, or an attachment's head where its content follows. A sentence that
 * opens with 附件1 is prose.
 */
const body = ["某县深化质量强县建设实施方案", "", "一、重点任务", "（一）提升产品质量。开展监督抽查。〔责任单位：县市场监管局〕", "（二）加强标准建设。开展标准化试点。〔责任单位：县市场监管局〕", ""];
const attachments = ["附件1", "", "主要指标表", "一、产品质量指标", "", "附件2", "", "重点任务分工表", "一、提升产品质量", ""];

describe("a 附件说明 written 附件1.×× a line", () => {
  it("is the plan's list of attachments, no task's text", () => {
    const text = [...body, "附件1.主要指标表", "附件２．重点任务分工表", "", ...attachments].join("\n");
    const plan = buildPlan(text);
    expect(plan.attachmentNote.filter((line) => line.kind === "text").map((line) => lineText(line, text))).toEqual(["附件1.主要指标表", "附件２．重点任务分工表"]);
    expect(plan.items[0]!.children[1]!.bodyLines).toEqual([]);
    const note = internalReferences(plan).note!;
    expect(note.entries.map((entry) => [entry.number, entry.title.text, text.slice(entry.numberSpan!.start, entry.numberSpan!.end)])).toEqual([
      [1, "主要指标表", "附件1."],
      [2, "重点任务分工表", "附件２．"],
    ]);
    // The export sets them as the 附件说明, not as the last task's paragraphs.
    const notes = layoutPlan(plan).blocks.filter((block) => block.kind === "attachmentNote");
    expect(notes.map((block) => (block as { text: string }).text)).toEqual(["附件1.主要指标表", "附件２．重点任务分工表"]);
  });

  it("heads an attachment where its content follows, as 附件1：×× does", () => {
    const text = [...body, "附件1.主要指标表", "附件2.重点任务分工表", "", "附件1.主要指标表", "一、产品质量指标", "", "附件2.重点任务分工表", "一、提升产品质量", ""].join("\n");
    const { plan, findings } = analyze(text);
    expect(plan.attachments.map((attachment) => [attachment.label?.text, attachment.title?.text, attachment.items.map((item) => item.heading.text)])).toEqual([
      ["附件1", "主要指标表", ["产品质量指标"]],
      ["附件2", "重点任务分工表", ["提升产品质量"]],
    ]);
    expect(internalReferences(plan).note?.entries.map((entry) => entry.title.text)).toEqual(["主要指标表", "重点任务分工表"]);
    expect(findings.filter((finding) => finding.rule.startsWith("xref/attachment") || finding.rule.startsWith("numbering/"))).toEqual([]);
  });

  it("never takes a sentence that opens with 附件1 for a line of the list", () => {
    for (const sentence of ["附件1.所列任务由各单位负责落实，每季度报送进展。", "附件1.所列任务…由各单位落实", "附件1.所列指标为约束性指标。"]) {
      const text = [...body.slice(0, 4), sentence, ...body.slice(4), ...attachments].join("\n");
      const plan = buildPlan(text);
      const line = plan.lines.find((candidate) => candidate.kind === "text" && lineText(candidate, text) === sentence)!;
      expect(line.kind === "text" && line.textKind).toBe("plain");
      expect(plan.items[0]!.children[0]!.bodyLines.map((bodyLine) => lineText(bodyLine, text))).toEqual([sentence]);
      expect(plan.attachmentNote).toEqual([]);
      expect(internalReferences(plan).note).toBeNull();
    }
  });
});

/**
 * `附件1、××`, `附件1 ××`, `附件一、××`: a 顿号 or a space where the colon would be, as web pages
 * head an attachment on one line — read as `附件1.××` is; attachments listed (`附件1、附件2`,
 * `附件1、2所列`) name none.
 */
describe("an attachment's head with a 顿号 or a space after its number", () => {
  for (const separator of ["、", " ", "　", "\t"]) {
    it(`heads the attachment (附件1${JSON.stringify(separator)}××)`, () => {
      const heads = [`附件1${separator}主要指标表`, `附件2${separator}重点任务分工表`];
      const text = [...body, ...heads, "", heads[0], "一、产品质量指标", "", heads[1], "一、提升产品质量", ""].join("\n");
      const { plan, findings } = analyze(text);
      expect(plan.attachments.map((attachment) => [attachment.label?.text, attachment.title?.text, attachment.items.map((item) => item.heading.text)])).toEqual([
        ["附件1", "主要指标表", ["产品质量指标"]],
        ["附件2", "重点任务分工表", ["提升产品质量"]],
      ]);
      expect(internalReferences(plan).note?.entries.map((entry) => [entry.number, entry.title.text])).toEqual([
        [1, "主要指标表"],
        [2, "重点任务分工表"],
      ]);
      // The attachments' 一、 number apart from the plan's.
      expect(findings.filter((finding) => finding.rule.startsWith("xref/attachment") || finding.rule.startsWith("numbering/"))).toEqual([]);
    });
  }

  it("reads a Chinese numeral before a 顿号 as the number", () => {
    const text = [...body, "附件一、主要指标表", "一、产品质量指标", ""].join("\n");
    const plan = buildPlan(text);
    expect(plan.attachments.map((attachment) => [attachment.label?.text, attachment.title?.text])).toEqual([["附件一", "主要指标表"]]);
  });

  it("never takes attachments listed, or a sentence, for a head", () => {
    for (const sentence of ["附件1、2所列任务由各单位负责落实", "附件1、附件2所列指标为约束性指标", "附件1 所列任务由各单位负责落实，每季度报送进展。"]) {
      const text = [...body.slice(0, 4), sentence, ...body.slice(4), ...attachments].join("\n");
      const plan = buildPlan(text);
      const line = plan.lines.find((candidate) => candidate.kind === "text" && lineText(candidate, text) === sentence)!;
      expect(line.kind === "text" && line.textKind).toBe("plain");
      expect(plan.items[0]!.children[0]!.bodyLines.map((bodyLine) => lineText(bodyLine, text))).toEqual([sentence]);
    }
  });
});

/** An attachment headed on one line over a table of two columns (one tab a row, which is text, not a row, to the model). */
describe("an attachment's head over a table of two columns", () => {
  it("heads the attachment, as it does over a table of three", () => {
    const text = [...body, "附件1：主要指标表", "附件2：重点任务分工表", "", "附件1：主要指标表", "指标\t2025年", "产品质量合格率\t95%", "", "附件2：重点任务分工表", "一、提升产品质量", ""].join("\n");
    const plan = buildPlan(text);
    expect(plan.attachments.map((attachment) => [attachment.label?.text, attachment.title?.text])).toEqual([
      ["附件1", "主要指标表"],
      ["附件2", "重点任务分工表"],
    ]);
    expect(internalReferences(plan).note?.entries.map((entry) => entry.title.text)).toEqual(["主要指标表", "重点任务分工表"]);
  });

  it("leaves a 附件说明's line with one line of a tab under it a line of the note", () => {
    const text = [...body, "附件1：主要指标表", "联系人：张三\t电话：12345678", "", ...attachments].join("\n");
    const plan = buildPlan(text);
    expect(plan.attachments.map((attachment) => attachment.label?.text)).toEqual(["附件1", "附件2"]);
  });
});
