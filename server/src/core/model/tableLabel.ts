import type { LineNode } from "../syntax/cst.js";
import { lineText } from "./prelude.js";
import type { Heading } from "./types.js";

/**
 * A 附表's label: `附表1`, `附表2：` (its title under it), `附表1 重点任务分工表` or `附表1：重点任务分工表`
 * alone on its line — the label many plans give the tables they attach (附表1 重点任务分工表, 附表2
 * 主要指标表), numbered apart from their 附件 (附表N is a series of its own). One reading for the
 * model, which opens an attachment at the label of a 分工表 after the plan's text (model/outline.ts),
 * and the references, which find every 附表 the text labels (references/attachments.ts).
 */
export const TABLE_LABEL = /^附[ \t\u3000]*表[ \t\u3000]*([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})[ \t\u3000]*(?:(?:[:：][ \t\u3000]*|[ \t\u3000]+)([^\s，。；,;][^，。；,;]{0,59}))?(?:[ \t\u3000]*[:：])?$/u;

/** 附, which every label opens with: the one code unit a line is asked for first. */
const LABEL_FIRST = 0x9644;

/** A 附表's label line read: the label (`附表1`), its number as written, and the title after it on the line, if any. */
export interface TableLabelLine {
  label: Heading;
  number: string;
  title: Heading | null;
}

/** The 附表 label `line` writes (isTableLabel), or null. */
export function tableLabelOf(line: LineNode | undefined, text: string): TableLabelLine | null {
  if (line === undefined || line.kind !== "text" || text.charCodeAt(line.indentEnd) !== LABEL_FIRST) return null;
  const written = lineText(line, text);
  const match = TABLE_LABEL.exec(written);
  if (match === null) return null;
  const start = line.indentEnd;
  const titleText = match[2]?.trim() ?? null;
  if (titleText === null) {
    const label = written.replace(/[:：\s\u3000]+$/u, "");
    return { label: { text: label, start, end: start + label.length }, number: match[1]!, title: null };
  }
  const titleStart = start + written.lastIndexOf(titleText);
  const label = written.slice(0, titleStart - start).replace(/[:：\s\u3000]+$/u, "");
  return { label: { text: label, start, end: start + label.length }, number: match[1]!, title: { text: titleText, start: titleStart, end: titleStart + titleText.length } };
}

/** Whether a line's text is a 附表's label (`附表1`, `附表2：重点项目表`, `附表3 重点项目表`), not a sentence that opens with one. */
export function isTableLabel(written: string): boolean {
  return TABLE_LABEL.test(written);
}
