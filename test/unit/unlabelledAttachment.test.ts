import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { layoutPlan } from "../../server/src/core/export/layout";
import { attachmentEntries } from "../../server/src/core/outline";
import { PositionMapper } from "../../server/src/core/text/positions";
import { unitMatrixRows } from "../../server/src/core/units/matrix";
import { formatOutlineText } from "../../server/src/cli/format/outline";
import { documentSymbols } from "../../server/src/lsp/features/symbols";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import { internalReferences, targetsOf } from "../../server/src/core/references/index";

/**
 * A 分工表 pasted after the plan's text with no 附件 label over it (a web page's copy loses the
 * label's line): an attachment of the model with no label, which every reader of attachments
 * names and places as one, and structure/attachment-label reports.
 */
const BODY = [
  "示例市质量强市建设实施方案",
  "为推进质量强市建设，结合本市实际，制定本方案。",
  "一、主要任务",
  "（一）提升产品质量。开展质量提升行动。〔责任单位：市市场监管局〕",
  "（二）加强品牌建设。培育区域品牌。〔责任单位：市商务局〕",
  "二、保障措施",
  "（一）加强组织领导。各单位要明确责任分工。",
  "",
];
const TITLE = "重点任务分工表";
const TABLE = ["序号\t重点任务\t责任单位\t完成时限", "1\t提升产品质量\t市市场监管局\t2025年底前", "2\t加强品牌建设\t市商务局\t2025年底前"];
const plainText = (lines: string[]) => [...lines, ""].join("\n");

describe("a 分工表 pasted after the text with no 附件 label", () => {
  it("is an attachment with no label, its title the line over its header, its table the attachment's", () => {
    const text = plainText([...BODY, TITLE, ...TABLE]);
    const { plan } = analyze(text);
    expect(plan.attachments).toHaveLength(1);
    const [attachment] = plan.attachments;
    expect(attachment!.label).toBeNull();
    expect(attachment!.title?.text).toBe(TITLE);
    expect(text.slice(attachment!.start, attachment!.end)).toBe([TITLE, ...TABLE].join("\n"));
    expect(plan.tables.map((table) => table.attachment)).toEqual([attachment]);
    // The last task's text ends above the title: the table is none of it.
    const last = plan.allItems[plan.allItems.length - 1]!;
    expect(text.slice(last.start, last.end)).toBe(BODY[6]);
  });

  it("opens at its header where it has no title line, and takes no row for a title", () => {
    const spaced = TABLE.map((row) => row.replaceAll("\t", "  "));
    const { plan } = analyze(plainText([...BODY, ...spaced]));
    expect(plan.attachments.map((attachment) => [attachment.label, attachment.title])).toEqual([[null, null]]);
    expect(plan.attachments[0]!.start).toBe(plainText(BODY).length);
  });

  it("is the content of a heading with no text of its own (五、责任分工), title line and all: no attachment", () => {
    const text = plainText([...BODY.slice(0, -1), "三、任务分工", TITLE, ...TABLE]);
    const { plan, findings } = analyze(text);
    expect(plan.attachments).toEqual([]);
    expect(findings.filter((finding) => finding.rule === "structure/attachment-label")).toEqual([]);
  });

  it("is none under a `附件1：××` line over the table's title written again: its label stands there", () => {
    for (const lines of [[...BODY, "附件1：重点任务分工表", TITLE, ...TABLE], [...BODY, "附件1：重点任务分工表", "", TITLE, "", ...TABLE]]) {
      const { findings } = analyze(plainText(lines));
      expect(findings.map((finding) => finding.rule)).not.toContain("structure/attachment-label");
    }
  });

  it("under a 附件说明, ends the note above it", () => {
    const text = plainText([...BODY, "附件：重点任务分工表", "", ...TABLE]);
    const { plan, findings } = analyze(text);
    expect(plan.attachments.map((attachment) => attachment.label)).toEqual([null]);
    expect(plan.attachmentNote.map((line) => text.slice(line.indentEnd, line.contentEnd)).filter(Boolean)).toEqual(["附件：重点任务分工表"]);
    // The note names it, unnumbered as it is the only one: nothing for xref/attachment-list.
    expect(findings.map((finding) => finding.rule)).not.toContain("xref/attachment-list");
    // The note names it in full, the page kept its table's shorter caption: the same table.
    const captioned = analyze(plainText([...BODY, "附件：示例市质量强市建设重点任务分工表", "", TITLE, ...TABLE])).findings;
    expect(captioned.map((finding) => finding.rule)).not.toContain("xref/attachment-list");
    // Once its label is written (the fix, the export) it is the same table still.
    const labelled = analyze(plainText([...BODY, "附件：示例市质量强市建设重点任务分工表", "", "附件", TITLE, ...TABLE])).findings;
    expect(labelled.map((finding) => finding.rule)).not.toContain("xref/attachment-list");
    // A name that leaves off more than the place and the plan is another name.
    const other = analyze(plainText([...BODY, "附件：示例市质量强市建设重点任务分工表", "", "附件", "任务分工表", ...TABLE])).findings;
    expect(other.map((finding) => finding.rule)).toContain("xref/attachment-list");
  });

  it("is shown in the outlines as its title, or as 附件（未标注）", () => {
    for (const [lines, shown] of [[[...BODY, TITLE, ...TABLE], TITLE], [[...BODY, ...TABLE], "附件（未标注）"]] as const) {
      const text = plainText([...lines]);
      const { plan } = analyze(text);
      const mapper = new PositionMapper(text);
      expect(formatOutlineText(plan, mapper)).toContain(`${shown}  （第`);
      const symbol = documentSymbols(plan, mapper).at(-1)!;
      expect([symbol.name, symbol.detail]).toEqual([shown, "附件"]);
      expect(attachmentEntries(plan, mapper).map((entry) => [entry.label, entry.title])).toEqual([[null, shown === TITLE ? TITLE : null]]);
    }
  });

  it("gives its rows the attachment's path in the units matrix", () => {
    // Tasks the text does not write (a row restating one of the text's is that task's row).
    const table = [TABLE[0]!, "1\t开展质量攻关\t市科技局\t2025年底前", "2\t推进标准化建设\t市市场监管局\t2025年底前"];
    const { plan } = analyze(plainText([...BODY, TITLE, ...table]));
    const rows = unitMatrixRows(plan, (name) => name).filter((row) => row.path[0] !== "一、");
    expect(rows.map((row) => row.path)).toEqual([
      ["附件（未标注）", "1"],
      ["附件（未标注）", "2"],
    ]);
  });

  it("is printed by the export after the text as an attachment, under the label the export adds", () => {
    const blocks = layoutPlan(analyze(plainText([...BODY, TITLE, ...TABLE])).plan).blocks;
    const at = blocks.findIndex((block) => block.kind === "attachmentLabel");
    expect(blocks[at]).toEqual({ kind: "attachmentLabel", text: "附件", pageBreakBefore: true });
    expect(blocks[at + 1]).toEqual({ kind: "title", lines: [TITLE], pageBreakBefore: false });
    expect(blocks[at + 2]?.kind).toBe("table");
  });

  it("is named by a bare 见附件, the file's only attachment", () => {
    const body = BODY.map((line) => (line.startsWith("（二）加强品牌") ? "（二）加强品牌建设。培育区域品牌，具体任务见附件。〔责任单位：市商务局〕" : line));
    const { plan, findings } = analyze(plainText([...body, TITLE, ...TABLE]));
    const references = internalReferences(plan).references.filter((reference) => reference.kind === "attachment");
    expect(references.map((reference) => targetsOf(plan, reference)?.map((target) => (target.kind === "attachment" ? target.target.attachment : null)))).toEqual([[plan.attachments[0]]]);
    expect(findings.map((finding) => finding.rule)).not.toContain("xref/attachment-ref");
  });

  it("holds its place in the attachments' count: a labelled 附件2 after it is in order, and the fix labels it 附件1", () => {
    const text = plainText([...BODY, ...TABLE, "", "附件2", "主要指标表", "一、质量指标", "（一）产品质量。制造业产品质量合格率达到94%以上。"]);
    const { findings } = analyze(text);
    expect(findings.filter((finding) => finding.rule.startsWith("xref/attachment") || finding.rule === "structure/attachment-label").map((finding) => finding.message)).toEqual([
      "分工表的表头之前缺少附件标识：正文之后的附件应在左上角单独一行标识“附件1”",
    ]);
    const fixed = fixAll(text).text;
    expect(fixed).toBe(text.replace(TABLE[0]!, `附件1\n${TABLE[0]}`));
    expect(fixAll(fixed).text).toBe(fixed);
  });

  it("is demanded in a 附件说明 that lists the attachments, and not listed there, reported at its title", () => {
    const text = plainText([...BODY, "附件：1.主要指标表", "", "附件1", "主要指标表", "一、质量指标", "（一）产品质量。制造业产品质量合格率达到94%以上。", "", TITLE, ...TABLE]);
    const { findings } = analyze(text);
    // The table under 附件1 with no label of its own is read as 附件1's (its content), not as an attachment.
    expect(findings.filter((finding) => finding.rule === "xref/attachment-list")).toEqual([]);
    const alone = plainText([...BODY, "附件：主要指标表", "", TITLE, ...TABLE]);
    const listed = analyze(alone).findings.filter((finding) => finding.rule === "xref/attachment-list");
    expect(listed.map((finding) => [finding.message, alone.slice(finding.start, finding.end)])).toEqual([["附件说明中的名称“主要指标表”与附件（未标注）的标题“重点任务分工表”不一致", "主要指标表"]]);
  });
});
