import { isAttachmentLabel, nameRestBelow, TITLED_ATTACHMENT_LABEL, UNLABELLED_ATTACHMENT } from "../model/attachments.js";
import { isHeadingLike, lineText } from "../model/prelude.js";
import { tableLabelOf } from "../model/tableLabel.js";
import type { Attachment, PlanDocument, Span } from "../model/types.js";
import type { LineNode } from "../syntax/cst.js";
import { partitionPoint } from "../text/sorted.js";
import { numberOf } from "./numbers.js";
import type { AttachmentNote, AttachmentNoteEntry, AttachmentTarget } from "./types.js";

/**
 * The file's attachments as a reference finds them: the model's (`附件1` over its title and
 * outline, model/outline.ts; `附表1 重点任务分工表` over a 分工表 after the text), numbered by their
 * labels in their series (附件, 附表), and a table's label `附表1：××` on a line of its own after the
 * plan's first item, which the model reads as text. A 附表's label is searched for only where the
 * text mentions a 附表 (`hasTableMention`), so a plan without one reads no line for it; one the
 * model opened an attachment at is that attachment, found once.
 */
export function attachmentTargets(plan: PlanDocument, bodyStart: number, hasTableMention: boolean): AttachmentTarget[] {
  const found: AttachmentTarget[] = plan.attachments.map((attachment) => {
    const label = attachment.label;
    // A 分工表 pasted with no label (model/outline.ts): an attachment of no number, which `见附件`
    // names where it is the only one; no label for the order's count or a renumbering to edit.
    if (label === null) return { word: "附件" as const, number: null, label: null, title: attachment.title, attachment, start: attachment.start, end: attachment.end };
    // `附件2：` alone on its line: the colon is no part of the label a reader names.
    const text = label.text.replace(/[ \t\u3000]*[:：]$/u, "");
    const word = seriesOf(attachment);
    return {
      word,
      number: numberOf(text.replace(word === "附表" ? /^附\s*表/u : /^附\s*件/u, "")),
      label: { text, start: label.start, end: label.start + text.length },
      title: attachment.title ? { text: attachment.title.text, start: attachment.title.start, end: attachment.title.end } : null,
      attachment,
      start: attachment.start,
      end: attachment.end,
    };
  });
  if (hasTableMention) found.push(...tableLabels(plan, bodyStart));
  return found.sort((a, b) => a.start - b.start);
}

/** Which series an attachment of the model is numbered in: 附表 where its label is a table's (`附表1`), else 附件 (an unlabelled one's too). */
export function seriesOf(attachment: Attachment): "附件" | "附表" {
  return attachment.label !== null && TABLE_LABEL_OPENING.test(attachment.label.text) ? "附表" : "附件";
}

/**
 * The number the plan itself carries as an attachment of the notice that issues it: `附件1` on a
 * line of its own right over the plan's title (the notice's 附件说明 lists the plan first, then
 * its 分工表 as 附件2 …), so that the attachments after the plan go on from it. A bare `附件` is
 * the notice's only one (1). Null where no such label stands over the title.
 */
export function planAttachmentNumber(plan: PlanDocument): number | null {
  const title = plan.title;
  if (title === null) return null;
  const { lines, text } = plan;
  for (let index = partitionPoint(lines.length, (i) => lines[i]!.start < title.start) - 1; index >= 0; index--) {
    const line = lines[index]!;
    if (line.kind === "blank" || line.kind === "comment") continue;
    if (!isAttachmentLabel(line, text)) return null;
    const number = lineText(line, text).replace(/^附\s*件\s*/u, "").replace(/\s*[:：]$/u, "");
    return number === "" ? 1 : numberOf(number);
  }
  return null;
}

/**
 * The 附件说明 of the notice that issues the plan as its attachment (`附件：1.××实施方案` / `2.重点任务
 * 分工表` above the plan, `附件1` over its title: planAttachmentNumber), which lists the plan and the
 * attachments after it; null where the plan is no notice's attachment or the notice lists none.
 */
export function noticeAttachmentNote(plan: PlanDocument): AttachmentNote | null {
  if (plan.title === null || planAttachmentNumber(plan) === null) return null;
  const note = attachmentNote(plan, 0);
  return note !== null && note.end <= plan.title.start ? note : null;
}

const TABLE_LABEL_START = /^[ \t\u3000]*附[ \t\u3000]*表/gmu;
/** A line that opens with 附表: another table's label, never a title. */
const TABLE_LABEL_OPENING = /^附[ \t\u3000]*表/u;

function tableLabels(plan: PlanDocument, bodyStart: number): AttachmentTarget[] {
  const found: AttachmentTarget[] = [];
  const { text, lines } = plan;
  // The labels the model opened an attachment at (a 分工表's, model/outline.ts): found with it.
  const opened = new Set<number>();
  for (const attachment of plan.attachments) if (attachment.label !== null) opened.add(attachment.label.start);
  TABLE_LABEL_START.lastIndex = bodyStart;
  for (let match = TABLE_LABEL_START.exec(text); match !== null; match = TABLE_LABEL_START.exec(text)) {
    const line = lineAt(lines, match.index + match[0].length - 1);
    if (line === null || line.start < bodyStart || opened.has(line.indentEnd)) continue;
    const read = tableLabelOf(line, text);
    if (read === null) continue;
    found.push({
      word: "附表",
      number: numberOf(read.number),
      label: read.label,
      title: read.title ?? titleUnder(plan, line),
      attachment: null,
      start: read.label.start,
      end: line.indentEnd + lineText(line, text).length,
    });
  }
  return found;
}

/**
 * The title of a 附表 labelled alone on its line (`附表1` over `重点项目表`), as an attachment's is
 * under its label: the next line that is not blank, where it reads as a heading (short, no
 * sentence's end) and not as the table's first row (cells apart by tabs) or another label.
 */
function titleUnder(plan: PlanDocument, label: LineNode): (Span & { text: string }) | null {
  const { lines, text } = plan;
  let index = partitionPoint(lines.length, (i) => lines[i]!.start < label.end);
  while (index < lines.length && lines[index]!.kind === "blank") index++;
  const next = lines[index];
  if (!isHeadingLike(next, text)) return null;
  const written = lineText(next, text);
  if (written.includes("\t") || TABLE_LABEL_OPENING.test(written)) return null;
  return { text: written, start: next.indentEnd, end: next.indentEnd + written.length };
}

/** `附件：`, the 附件说明's opening; the list's own entries are text of kind `attachment` (model/reading.ts). */
const NOTE_LABEL = /^附[ \t\u3000]*件[ \t\u3000]*[：:][ \t\u3000]*/u;
/** `1.重点工作清单`, `２．指标体系`, `1、…`: an entry of the list and its number. */
const NOTE_ENTRY = /^([0-9０-９]{1,3})[ \t\u3000]*[.．、][ \t\u3000]*/u;
/**
 * The 附件说明 under the body (GB/T 9704 §7.3.4) — `附件：` and the attachment's name, or `附件：1.××`
 * with `2.××` … under it, or lines `附件1：××` `附件2：××` as some write it (a line of that form
 * that heads an attachment, its content following, is the model's attachment: model/attachments.ts
 * titledAttachmentHead). Read between the plan's first item and its first attachment: a notice's
 * `附件：××实施方案` above the plan names the plan itself, no attachment of it.
 */
export function attachmentNote(plan: PlanDocument, bodyStart: number): AttachmentNote | null {
  const { lines, text } = plan;
  const firstLabel = plan.attachments[0]?.start ?? text.length;
  let note: AttachmentNote | null = null;
  const listed: AttachmentNoteEntry[] = [];
  let listEnd = -1;
  for (let index = partitionPoint(lines.length, (i) => lines[i]!.start < bodyStart); index < lines.length; index++) {
    const line = lines[index]!;
    if (line.kind !== "text" || line.textKind !== "attachment") continue;
    const written = lineText(line, text);
    const titled = TITLED_ATTACHMENT_LABEL.exec(written);
    if (titled) {
      // An attachment's head where its content follows (the model reads it as the attachment,
      // model/attachments.ts titledAttachmentHead), else a line of the 附件说明.
      const titleStart = line.indentEnd + written.length - titled[2]!.length;
      if (note === null && line.start < firstLabel) {
        // A name the page's measure cut goes on below (model/attachments.ts nameRestBelow).
        const rest = nameRestBelow(lines, index, text);
        const end = rest === null ? line.indentEnd + written.length : rest.end;
        listed.push({ number: numberOf(titled[1]!.replace(/^附[ \t\u3000]*件[ \t\u3000]*/u, "")), numberSpan: { start: line.indentEnd, end: titleStart }, title: { text: rest === null ? titled[2]! : titled[2]! + rest.text, start: titleStart, end }, start: line.indentEnd, end });
        listEnd = end;
      }
      continue;
    }
    const label = NOTE_LABEL.exec(written);
    if (!label || note !== null || listed.length > 0 || line.start >= firstLabel) continue;
    const entries: AttachmentNoteEntry[] = [];
    const rest = written.slice(label[0].length);
    if (rest !== "") {
      if (NOTE_ENTRY.test(rest)) for (const piece of entriesOnOneLine(rest)) entries.push(noteEntry(piece.text, line.indentEnd + label[0].length + piece.at, false));
      else entries.push(noteEntry(rest, line.indentEnd + label[0].length, true));
    }
    let last = line;
    for (let next = index + 1; next < lines.length; next++) {
      const entryLine = lines[next]!;
      // A drafting comment between the entries (`// 附件3待定`) is the user's note, no end of the list.
      if (entryLine.kind === "blank" || entryLine.kind === "comment") continue;
      if (entryLine.kind !== "text" || entryLine.textKind !== "attachment") break;
      const entryText = lineText(entryLine, text);
      if (!NOTE_ENTRY.test(entryText)) {
        // A name's wrapped line (model/reading.ts reads it into the list): the name goes on.
        const previous = entries[entries.length - 1];
        if (previous === undefined || isAttachmentLabel(entryLine, text) || TITLED_ATTACHMENT_LABEL.test(entryText) || NOTE_LABEL.test(entryText)) break;
        previous.title.text += entryText;
        previous.title.end = previous.end = entryLine.indentEnd + entryText.length;
        last = entryLine;
        index = next;
        continue;
      }
      entries.push(noteEntry(entryText, entryLine.indentEnd, false));
      last = entryLine;
      index = next;
    }
    if (entries.length > 0) note = { entries, start: line.indentEnd, end: last.indentEnd + lineText(last, text).length };
  }
  if (note === null && listed.length > 0) note = { entries: listed, start: listed[0]!.start, end: listEnd };
  return note;
}

/** `；2.`, `，3、` in a list written on one line: the mark between two entries and the next entry's number. */
const NEXT_ON_LINE = /[；;，,][ \t\u3000]*(?=([0-9０-９]{1,3})[ \t\u3000]*[.．、])/gu;

/**
 * The entries of a list written on its label's line (`附件：1.重点指标表；2.重点任务分工表`): split
 * where the next number in order follows a mark, so a name with a figure in it (`2.2025年计划`)
 * stays whole. Each piece without the mark that ends it.
 */
function entriesOnOneLine(rest: string): { text: string; at: number }[] {
  const pieces: { text: string; at: number }[] = [];
  let expected = numberOf(NOTE_ENTRY.exec(rest)![1]!)! + 1;
  let at = 0;
  NEXT_ON_LINE.lastIndex = 0;
  for (let match = NEXT_ON_LINE.exec(rest); match !== null; match = NEXT_ON_LINE.exec(rest)) {
    if (numberOf(match[1]!) !== expected) continue;
    pieces.push({ text: rest.slice(at, match.index), at });
    at = match.index + match[0].length;
    expected++;
  }
  pieces.push({ text: rest.slice(at).replace(/[。；;，,]$/u, ""), at });
  return pieces;
}

function noteEntry(written: string, start: number, unnumbered: boolean): AttachmentNoteEntry {
  const number = unnumbered ? null : NOTE_ENTRY.exec(written);
  const titleOffset = number ? number[0].length : 0;
  const title = written.slice(titleOffset);
  return {
    number: number ? numberOf(number[1]!) : null,
    numberSpan: number ? { start, end: start + number[0].trimEnd().length } : null,
    title: { text: title, start: start + titleOffset, end: start + written.length },
    start,
    end: start + written.length,
  };
}

export function lineAt(lines: readonly LineNode[], offset: number): LineNode | null {
  const line = lines[partitionPoint(lines.length, (i) => lines[i]!.end <= offset)];
  return line === undefined || line.start > offset ? null : line;
}

/**
 * Where an attachment is named in the file and what it is called: its label; for one pasted with
 * none (a 分工表 after the text), 附件（未标注） at its title, or at its first line's start.
 */
export function shownLabel(target: AttachmentTarget): Span & { text: string } {
  if (target.label !== null) return target.label;
  const at = target.title ?? { start: target.start, end: target.start };
  return { text: UNLABELLED_ATTACHMENT, start: at.start, end: at.end };
}

/** The attachments of `word` that carry a label: what the labels' count and their renumbering read. */
export function labelledTargets(targets: readonly AttachmentTarget[], word: "附件" | "附表"): LabelledTarget[] {
  return targets.filter((target): target is LabelledTarget => target.word === word && isLabelled(target));
}

export type LabelledTarget = AttachmentTarget & { label: Span & { text: string } };

/** Whether an attachment carries its label: one pasted with none (a 分工表 after the text) holds its place in the count only. */
export function isLabelled(target: AttachmentTarget): target is LabelledTarget {
  return target.label !== null;
}

/**
 * The label an attachment pasted with none should carry (structure/attachment-label inserts it,
 * the export prints it): `附件` where it is the file's only attachment, else `附件N` by its place
 * among the file's attachments (its 附表 aside) — from 附件2 on where the plan is itself its notice's 附件1.
 */
export function missingLabel(plan: PlanDocument, attachment: Attachment): string {
  const own = planAttachmentNumber(plan);
  // A 附表 (附表1 重点任务分工表) is numbered in a series of its own, no place among the 附件.
  const series = plan.attachments.filter((each) => seriesOf(each) === "附件");
  if (series.length === 1 && own === null) return "附件";
  return `附件${(own ?? 0) + series.indexOf(attachment) + 1}`;
}
