import type { ItemLineNode, LineNode, MarkerNode } from "../syntax/cst.js";
import { markerAt } from "../syntax/parse.js";
import { asTextLine } from "./misreadMarkers.js";
import { MAX_TASK_VERB, opensWithTaskVerb } from "./taskVerbs.js";
import { isSpaceCode } from "../text/spaces.js";
import { digitValueOfCode, isAnyDigitCode } from "../text/codeUnits.js";

/**
 * Notes that a copy of a page brings in with the text, numbered like list entries but no part of
 * the outline: they explain words above them, they assign nothing and number on their own.
 * Two shapes tell them, never their words:
 * - a footnote: `① 指规模以上工业企业……` on a line of its own, whose mark stands in the text above
 *   as a reference (`合格率达到95%以上①，`: right after a word, before a mark or the line's end),
 *   as Word and a PDF put footnotes at a page's foot and a copy leaves them after the paragraph
 *   or the table (a page's foot, where the run ends at the page's number, lets the reference
 *   stand inside a sentence: `质量竞争力指数①达到86`; so may, wherever the note stands, a lone
 *   reference whose note sets no task, `explainsLoneReference`). The nearest same mark above decides: a reference makes the line its note, a
 *   mark that opens a line (a list's entry, an earlier note) does not, so a list after a note is
 *   still a list;
 * - the numbered lines of a note: `注：① ……` then `② ……`, or `注：` alone then `1. ……`,
 *   `2. ……`: the run that goes on from the label in one form and in sequence.
 * Both are read as text of kind `note`: the body of the item above, never an item, a task or a
 * member of a numbering run.
 */

/** How far above a footnote its reference may stand: a printed page of text, with room to spare. */
const REFERENCE_WINDOW = 4000;

const isCircled = (code: number): boolean => code >= 0x2460 && code <= 0x2473;

/** What may stand right before a reference: a word's end, not a break, a space or an opening mark. */
function mayPrecedeReference(code: number): boolean {
  if (Number.isNaN(code) || code === 0x0a || code === 0x0d || code === 0x20 || code === 0x09 || code === 0x3000) return false;
  // ：；，。、（“ and their ASCII forms: an inline enumeration's ① follows one of them.
  return !(code === 0xff1a || code === 0xff1b || code === 0xff0c || code === 0x3002 || code === 0x3001 || code === 0xff08 || code === 0x201c || code === 0x3a || code === 0x3b || code === 0x2c || code === 0x28);
}

/** What may stand right after a reference: a mark or the line's end; a word goes on from an enumeration's ①. */
function mayFollowReference(code: number): boolean {
  return (
    Number.isNaN(code) ||
    code === 0x0a ||
    code === 0x0d ||
    code === 0x20 ||
    code === 0x3000 ||
    code === 0x09 || // a table cell's end: `合格率①<TAB>93%`
    code === 0xff0c || // ，
    code === 0x3002 || // 。
    code === 0xff1b || // ；
    code === 0x3001 || // 、
    code === 0xff1a || // ：
    code === 0xff09 || // ）
    code === 0x201d || // ”
    code === 0x3011 || // 】
    code === 0x3015 || // 〕
    code === 0xff01 || // ！
    code === 0xff1f || // ？
    code === 0x2c ||
    code === 0x2e ||
    code === 0x3b ||
    code === 0x29 ||
    isCircled(code) // ①② after one word
  );
}

/**
 * Whether the nearest same mark above `line`'s marker is a reference in the text. At a printed
 * page's foot (the notes' run ends at a page number) a reference may stand inside a sentence
 * too (`质量竞争力指数①达到86`), where an enumeration's ① would be ambiguous elsewhere; so may it
 * where the line defines what the mark stands by (`① 指国家监督抽查合格率。`, `①是指…`): an
 * enumeration's entry states a task, never what a word above means; and where the reference is
 * no enumeration's and the line sets no task (explainsLoneReference).
 */
function isFootnote(line: ItemLineNode, text: string, atPageFoot: boolean): boolean {
  const mark = text.charCodeAt(line.marker.start);
  const floor = Math.max(0, line.start - REFERENCE_WINDOW);
  // Read back within the window only: a mark none of the text above holds is not searched for to its start.
  let at = line.start - 1;
  while (at >= floor && text.charCodeAt(at) !== mark) at--;
  if (at < floor) return false;
  return (
    mayPrecedeReference(text.charCodeAt(at - 1)) &&
    (atPageFoot || mayFollowReference(text.charCodeAt(at + 1)) || DEFINES.test(text.slice(line.marker.end, line.marker.end + 6)) || explainsLoneReference(line, text, at))
  );
}

/**
 * A footnote whose reference stands alone inside a sentence (`指数①达到86`, no enumeration's ②
 * after it) and that explains rather than sets a task (`①以2020年为基数`; `①加强企业质量对标` is an
 * entry): read so wherever it stands, under the paragraph or at the page's foot, so that
 * structure/page-number's fix, which writes the page's notes after the paragraph, changes no
 * reading.
 */
function explainsLoneReference(line: ItemLineNode, text: string, at: number): boolean {
  if (opensEnumeration(text, at, line.start)) return false;
  let from = line.marker.end;
  while (from < line.contentEnd && isSpaceCode(text.charCodeAt(from))) from++;
  return !opensWithTaskVerb(text.slice(from, Math.min(line.contentEnd, from + MAX_TASK_VERB)));
}

/**
 * Whether the ① at `at`, inside a sentence (a word after it), may open an inline enumeration
 * (`重点抓好①质量提升、②标准引领`): the mark after it in sequence follows between it and `end`
 * (the note's line) after a separator, as an enumeration's entries do. A reference stands alone,
 * or its next mark is another reference, right after a word (`指数①达到86，合格率②达到95%`).
 * Read so, a footnote the page printed at its foot is the same note when structure/page-number's
 * fix has written it after its paragraph: its reading depends on no page's number.
 */
function opensEnumeration(text: string, at: number, end: number): boolean {
  const next = text.charCodeAt(at) + 1;
  for (let i = at + 1; i < end; i++) if (text.charCodeAt(i) === next) return !mayPrecedeReference(text.charCodeAt(i - 1));
  return false;
}

/**
 * How a note opens that says what its mark stands for: 指, 是指, 即指, 含义为 (spaces before it
 * passed over); never the 指 of a task's verb or noun (①指导企业…, ①指标体系…).
 */
const DEFINES = /^[ \t\u3000]*(?:指(?![导挥定南标数出示引令派明向])|是指|系指|即指|即为|含义为|统计口径)/u;

/**
 * Where the run of ① lines from `from` ends: the index of the first line after it (model/reading.ts
 * reads a page's number first), or the number of lines. Every line of the run ends where it ends.
 */
function endOfNoteRun(lines: readonly LineNode[], from: number, text: string): number {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === "blank" || line.kind === "comment") continue;
    if (line.kind === "list" && isCircled(text.charCodeAt(line.marker.start))) continue;
    if (line.kind === "text" && line.textKind === "note") continue;
    return i;
  }
  return lines.length;
}

/** Whether the line at `end` (endOfNoteRun's) is a printed page's number. */
function isPageFoot(lines: readonly LineNode[], end: number): boolean {
  const line = lines[end];
  return line !== undefined && line.kind === "text" && line.textKind === "pageNumber";
}

/** A marker's form (level, brackets, kind of numeral: ① ⑴ or digits) and value: what a note's run goes on in. */
interface NoteMark {
  form: string;
  value: number;
}

function noteMarkOf(marker: MarkerNode, text: string): NoteMark | null {
  if (marker.value === null) return null;
  const code = text.charCodeAt(marker.start + marker.open.length);
  const kind = isCircled(code) ? "①" : code >= 0x2474 && code <= 0x2487 ? "⑴" : "1";
  return { form: `${marker.level}${marker.open}${kind}${marker.close}`, value: marker.value };
}

/**
 * The mark a note's value opens with (`注：① …`, `注：1. …`), or null. MarkerAt reads no list
 * entry's mark (① inside a sentence is text), so ① and ⑴ are read here.
 */
function markAt(text: string, at: number): NoteMark | null {
  const code = text.charCodeAt(at);
  if (isCircled(code)) return { form: "5①", value: code - 0x2460 + 1 };
  if (code >= 0x2474 && code <= 0x2487) return { form: "5⑴", value: code - 0x2474 + 1 };
  const marker = markerAt(text, at);
  return marker === null ? yearLedMark(text, at) : noteMarkOf(marker, text);
}


/**
 * A note's number that the grammar reads as a decimal's digits, a year right after its dot
 * (`2.2023年为基数年。`): four digits and 年 follow no decimal's point, so the number is the
 * note's, as model/misreadMarkers.ts reads a task's `1.2024年…`. Where its dot ends, or -1; the
 * export hangs the note's words after it (export/noteLines.ts).
 */
export function yearLedNumberEnd(text: string, at: number): number {
  let end = at;
  while (end - at < 2 && isAnyDigitCode(text.charCodeAt(end))) end++;
  const dot = text.charCodeAt(end);
  if (end === at || (dot !== 0x2e && dot !== 0xff0e)) return -1;
  for (let k = 1; k <= 4; k++) if (!isAnyDigitCode(text.charCodeAt(end + k))) return -1;
  return text.charCodeAt(end + 5) === 0x5e74 /* 年 */ ? end + 1 : -1;
}

/** A year-led note number (yearLedNumberEnd) as a mark of the `1.` form (or `1．`'s). */
function yearLedMark(text: string, at: number): NoteMark | null {
  const end = yearLedNumberEnd(text, at);
  if (end < 0) return null;
  let value = 0;
  for (let k = at; k < end - 1; k++) value = value * 10 + digitValueOfCode(text.charCodeAt(k));
  return value === 0 ? null : { form: `31${text[end - 1]}`, value };
}

/** 注：, 注:, 备注：, 注释： at a line's start: where the label's colon ends, or -1. */
function noteLabelEnd(text: string, start: number, end: number): number {
  let at = start;
  if (text.charCodeAt(at) === 0x5907 /* 备 */) at++;
  if (text.charCodeAt(at) !== 0x6ce8 /* 注 */) return -1;
  at++;
  if (at - start === 1 && text.charCodeAt(at) === 0x91ca /* 释 */) at++;
  while (at < end && (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x3000)) at++;
  const colon = text.charCodeAt(at);
  if (colon !== 0xff1a && colon !== 0x3a) return -1;
  at++;
  while (at < end && (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x3000 || text.charCodeAt(at) === 0x09)) at++;
  return at;
}

/** Lines a note's run reads through: blank lines, comments and a page's number between notes. */
const passedOver = (line: LineNode): boolean => line.kind === "blank" || line.kind === "comment" || (line.kind === "text" && line.textKind === "pageNumber");

export function readNotes(lines: LineNode[], text: string): void {
  // Where the run of ① lines being read ends: read once per run, not again from each of its lines
  // (a run of thousands of notes was read to its end from every one). Lines this loop turns into
  // notes are still the run's, so its end stays where it was found.
  let runEnd = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === "list") {
      // Most list lines fail on the first look: a footnote's mark is ①–⑳.
      if (!isCircled(text.charCodeAt(line.marker.start))) continue;
      if (runEnd <= i) runEnd = endOfNoteRun(lines, i + 1, text);
      if (isFootnote(line, text, isPageFoot(lines, runEnd))) lines[i] = asTextLine(line, "note");
      continue;
    }
    if (line.kind !== "text" || line.textKind !== "plain") continue;
    const first = text.charCodeAt(line.indentEnd);
    if (first !== 0x6ce8 && first !== 0x5907) continue;
    const valueStart = noteLabelEnd(text, line.indentEnd, line.contentEnd);
    if (valueStart < 0) continue;
    // `注：① …` goes on in the form of its first note; `注：` alone, in the form of the line after.
    let last: NoteMark | null = null;
    if (valueStart < line.contentEnd) {
      last = markAt(text, valueStart);
      if (last === null) continue;
    }
    i = readNoteRun(lines, i + 1, last, text) - 1;
  }
}

/** Reads the run of a note's numbered lines from `from`; returns the index after it. */
function readNoteRun(lines: LineNode[], from: number, first: NoteMark | null, text: string): number {
  let last = first;
  let i = from;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (passedOver(line)) continue;
    let mark: NoteMark | null;
    if (line.kind === "item" || line.kind === "list") mark = noteMarkOf(line.marker, text);
    else if (line.kind === "text" && line.textKind === "plain") mark = yearLedMark(text, line.indentEnd);
    else break;
    if (mark === null || (last === null ? mark.value !== 1 : mark.value !== last.value + 1 || mark.form !== last.form)) break;
    lines[i] = line.kind === "text" ? { ...line, textKind: "note" } : asTextLine(line, "note");
    last = mark;
  }
  return i;
}
