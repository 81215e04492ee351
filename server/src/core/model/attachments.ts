import type { LineNode } from "../syntax/cst.js";
import type { Attachment, Span } from "./types.js";
import { isHeadingLike, lineText } from "./prelude.js";
import { trimSpacesEnd } from "../text/spaces.js";

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
  const written = lineText(line, text);
  // `附件1.××` only where the model read it so (numberedAttachmentLine): else a sentence about 附件1.
  return ATTACHMENT_NOTE.test(written) || isAttachmentLabel(line, text) || (line.textKind === "attachment" && NUMBERED_ATTACHMENT_LINE.test(written));
}

/** `附件1`, `附 件 2`, `附件一`: an attachment's label and its number, as a pattern's source. */
const ATTACHMENT_NUMBER_SOURCE = "附[ \\t\\u3000]*件[ \\t\\u3000]*(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})";

/**
 * What parts the number from the name where no colon does: a full stop after digits (`附件1.`), a
 * 顿号 (`附件1、`, `附件一、`), or a space alone (`附件1 重点任务分工表`).
 */
const NUMBER_SEPARATOR_SOURCE = "(?:(?<=[0-9０-９])[ \\t\\u3000]*[.．][ \\t\\u3000]*|[ \\t\\u3000]*、[ \\t\\u3000]*|[ \\t\\u3000]+)";

/**
 * `附件1.重点任务分工表`, `附件2．主要指标表`, `附件1、××`, `附件1 ××`: an attachment's label and
 * number with a full stop, a 顿号 or a space in place of the colon, as county plans write the lines
 * of a 附件说明 and web pages head an attachment on one line (a Chinese numeral only before a 顿号 or
 * a space: `附件一.` is no form anyone writes): the label, and the name after the separator.
 */
const NUMBERED_ATTACHMENT_LINE = new RegExp(`^${ATTACHMENT_NUMBER_SOURCE}${NUMBER_SEPARATOR_SOURCE}(\\S.*)$`, "u");

/** What a name never holds and a sentence does: its marks (、 joins the parts of a name: 指标、任务分工表). */
const SENTENCE_MARK = /[。；;！!？?，,：:…]/u;

/**
 * What a name never opens with: another number or label (`附件1、2所列`, `附件1、附件2`, `附件1 2`
 * — attachments listed, not one named) or a mark.
 */
const NOT_A_NAME_START = /^[0-9０-９一二三四五六七八九十附、，,.．]/u;

/** The longest name read after `附件1.`: a table's label takes as long a title (references/attachments.ts). */
const NAME_LIMIT = 60;

/**
 * Whether a line's text is `附件1.××` with a name after the stop: read as `附件1：××` is (the model
 * gives it the kind `attachment`: model/reading.ts). A sentence that opens with the reference
 * (`附件1.所列任务由各单位负责落实，…。`) has a sentence's marks or runs past a name's length, and
 * stays the text it is.
 */
export function isNumberedAttachmentLine(written: string): boolean {
  const name = NUMBERED_ATTACHMENT_LINE.exec(written)?.[1];
  return name !== undefined && name.length <= NAME_LIMIT && !SENTENCE_MARK.test(name) && !NOT_A_NAME_START.test(name);
}

/** `1.`, `２．`, `3、`: an entry of the 附件说明's list opens with its number. */
const LIST_ENTRY_OPENING = /^[0-9０-９]{1,3}[ \t\u3000]*[.．、]/u;

/**
 * Whether a line the model reads as an attachment's (model/reading.ts) is the rest of a name a
 * line above began: neither a label (`附件2`, `附件：`, `附件1：××`) nor an entry of the list
 * (`2.××`) — the line a page's measure or GB/T 9704's hanging name put under the name's start.
 * A label or an entry starts a name of its own, and is never joined to the one above.
 */
export function continuesAttachmentName(line: LineNode, text: string): boolean {
  if (line.kind !== "text" || line.textKind !== "attachment") return false;
  return text.charCodeAt(line.indentEnd) !== ATTACHMENT_FIRST && !LIST_ENTRY_OPENING.test(lineText(line, text));
}

/** 附, which both forms open with. */
export const ATTACHMENT_FIRST = 0x9644;

/**
 * `附件1：重点任务分工表`: a label with its title on its line, as web copies head an attachment,
 * and some write the lines of a 附件说明 (`附件1：××` `附件2：××`, one a line); and, on a line of
 * the kind `attachment`, with a full stop after the number (`附件1.××`: isNumberedAttachmentLine).
 */
export const TITLED_ATTACHMENT_LABEL = new RegExp(`^(${ATTACHMENT_NUMBER_SOURCE})(?:[ \\t\\u3000]*[：:][ \\t\\u3000]*|${NUMBER_SEPARATOR_SOURCE})(\\S.*)$`, "u");

/**
 * The label and title of an attachment headed on one line (`附件2：重点任务分工表`), or null: such
 * a line heads an attachment where the attachment's content follows it — a numbered item or a
 * table's row, blank lines, comments and a page's edge aside, or a paragraph right after the 落款 — and is a line of the 附件说明 where another of its
 * lines, the 署名 or the date does. Read as a head, the attachment's 一、 numbers apart from the
 * plan's, as it does under a label alone on its line.
 */
export function titledAttachmentHead(lines: readonly LineNode[], index: number, text: string): { label: Span & { text: string }; title: Span & { text: string } } | null {
  const line = lines[index]!;
  if (line.kind !== "text" || line.textKind !== "attachment") return null;
  const written = lineText(line, text);
  const titled = TITLED_ATTACHMENT_LABEL.exec(written);
  if (titled === null || !opensContent(lines, index, text)) return null;
  const titleStart = line.indentEnd + written.length - titled[2]!.length;
  const rest = nameRestBelow(lines, index, text);
  return {
    label: { text: titled[1]!, start: line.indentEnd, end: line.indentEnd + titled[1]!.length },
    title: rest === null ? { text: titled[2]!, start: titleStart, end: titleStart + titled[2]!.length } : { text: titled[2]! + rest.text, start: titleStart, end: rest.end },
  };
}

/**
 * The rest of the name on the line at `index` that a page's measure put on the lines below it
 * (`附件1：××分工` / `表`; model/reading.ts reads those lines as the name's), joined, and where it
 * ends; null where the name is whole on its line.
 */
export function nameRestBelow(lines: readonly LineNode[], index: number, text: string): { text: string; end: number } | null {
  let rest = "";
  let end = -1;
  for (let next = index + 1; next < lines.length && continuesAttachmentName(lines[next]!, text); next++) {
    const written = lineText(lines[next]!, text);
    rest += written;
    end = lines[next]!.indentEnd + written.length;
  }
  return end < 0 ? null : { text: rest, end };
}

/**
 * Whether an attachment's content follows the line: an item or a table's row, blank lines,
 * comments and a page's edge aside; or, right after the 落款 (its 成文日期 or 附注 the line before), a paragraph —
 * GB/T 9704 sets no 附件说明 there, so the attachments begin (`附件1：××方案` over its preamble).
 * Another attachment line, a 署名 or a date after it leaves it a line of a 附件说明.
 */
function opensContent(lines: readonly LineNode[], index: number, text: string): boolean {
  let next = index + 1;
  // The title's rest under it (a page's measure cut it: model/reading.ts reads it as the name's) is no content.
  while (next < lines.length && continuesAttachmentName(lines[next]!, text)) next++;
  while (next < lines.length && isGap(lines[next]!)) next++;
  const following = lines[next];
  if (following === undefined) return false;
  if (following.kind === "item" || following.kind === "list" || (following.kind === "text" && following.textKind === "tableRow")) return true;
  if (following.kind !== "text" || following.textKind !== "plain") return false;
  // A table of two columns (指标<TAB>2025年 over 合格率<TAB>95%): one tab a row, which model/reading.ts
  // leaves text (a row is read at two tabs), its header and first row both holding one.
  if (hasCellTab(following, text) && next + 1 < lines.length && hasCellTab(lines[next + 1]!, text)) return true;
  if (isHeadingLike(following, text)) return false;
  let previous = index - 1;
  while (previous >= 0 && isGap(lines[previous]!)) previous--;
  const before = lines[previous];
  return before !== undefined && before.kind === "text" && (before.textKind === "date" || before.textKind === "publicity");
}

/** Whether a text line has a tab between words: a cell's edge, not an indent or a line's trailing tab. */
function hasCellTab(line: LineNode, text: string): boolean {
  if (line.kind !== "text") return false;
  const tab = text.indexOf("\t", line.indentEnd);
  if (tab <= line.indentEnd || tab >= line.contentEnd) return false;
  // Words after the tab's run of tabs and spaces: a cell, not a trailing tab.
  return trimSpacesEnd(text, tab, line.contentEnd) > tab;
}

/** A blank line, a comment, or a page's edge (its number, its running head: model/reading.ts), which a table goes on past. */
function isGap(line: LineNode): boolean {
  return line.kind === "blank" || line.kind === "comment" || (line.kind === "text" && line.textKind === "pageNumber");
}

/** What an attachment with no label is called where its label would be shown (outline, paths, messages). */
export const UNLABELLED_ATTACHMENT = "附件（未标注）";

/** An attachment's label as written, or 附件（未标注） for a 分工表 pasted with none (Attachment `label`). */
export function attachmentName(attachment: Attachment): string {
  return attachment.label?.text ?? UNLABELLED_ATTACHMENT;
}

/**
 * A 分工表's own title line over its header (`重点任务分工表`, `××市质量强市建设任务清单`), where a
 * copy lost the 附件 label above both: a short line with no sentence's end that names a table
 * (ends in 表 or 清单). Asked of the text lines after the plan's text: the last code unit first.
 */
export function namesTable(line: LineNode, text: string): boolean {
  if (line.kind !== "text" || line.textKind !== "plain") return false;
  const last = text.charCodeAt(trimSpacesEnd(text, line.indentEnd, line.contentEnd) - 1);
  if (last !== TABLE_END && last !== LIST_END) return false;
  return isHeadingLike(line, text) && !lineText(line, text).includes("\t");
}

/** 表 (分工表, 一览表) and 单 (清单), which a table's title ends in. */
const TABLE_END = 0x8868;
const LIST_END = 0x5355;

/**
 * An attachment as an outline shows it: its label and title (`附件1 重点任务分工表`); with no
 * label, its title alone, or 附件（未标注） where it has none either.
 */
export function attachmentHeading(attachment: Attachment): string {
  if (attachment.label === null) return attachment.title?.text ?? UNLABELLED_ATTACHMENT;
  return attachment.title ? `${attachment.label.text} ${attachment.title.text}` : attachment.label.text;
}
