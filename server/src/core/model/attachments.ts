import type { LineNode } from "../syntax/cst.js";
import { lineText } from "./prelude.js";

/**
 * `附件` / `附件1` alone on a line: the label GB/T 9704 puts at the top of an attachment; also as
 * pages write it, `附 件 一` (the two characters justified apart), `附件二：` (a number and a colon
 * with nothing after it). With a colon and the list after it (`附件：1.××`), or a bare `附件：`
 * over the list's lines, the line is the 附件说明 under the body, a list of the attachments, and
 * starts nothing.
 */
export const ATTACHMENT_LABEL = /^附\s*件\s*(?:[0-9０-９一二三四五六七八九十]+\s*[:：]?)?$/;

/**
 * No type guard: a caller that has a text line in hand and finds it is no label reads it on as
 * the text line it is (a guard would narrow it to the other kinds).
 */
export function isAttachmentLabel(line: LineNode, text: string): boolean {
  return line.kind === "text" && line.textKind === "attachment" && ATTACHMENT_LABEL.test(lineText(line, text));
}

/** `附件：重点任务分工表`, `附件1：……`: the 附件说明 that lists the attachments, or a label with its title on its line. */
const ATTACHMENT_NOTE = /^附\s*件\s*[0-9０-９一二三四五六七八九十]*\s*[:：]\s*\S/;

/**
 * Whether a line opens the attachments: their label, or the 附件说明 that lists them. What
 * follows is the plan's (an attachment, a 分工表), never a web page's trailing debris, though
 * the page put its bar before it (model/debrisBeforeAttachments.ts).
 */
export function opensAttachments(line: LineNode, text: string): boolean {
  // Asked of every line of the plan on every keystroke: one code unit before any text is read.
  if (line.kind !== "text" || text.charCodeAt(line.indentEnd) !== ATTACHMENT_FIRST) return false;
  return ATTACHMENT_NOTE.test(lineText(line, text)) || isAttachmentLabel(line, text);
}

/** 附, which both forms open with. */
const ATTACHMENT_FIRST = 0x9644;
