import type { InlineNode, ItemLineNode, LineNode, MarkerNode, TextLineNode } from "../syntax/cst.js";
import { isSpaceCode } from "../text/spaces.js";
import { partitionPoint } from "../text/sorted.js";
import { isAttachmentLabel } from "./attachments.js";
import { toChineseNumeral } from "./numerals.js";

/**
 * Markers the drafter mistyped, read as the items they are. The grammar sees one line at a time;
 * only the numbers around a line show that its marker is a slip, and which item it is:
 * - `(4)丙任务` between `（三）乙任务` and `（五）丁任务` is the fourth task written in level 4's
 *   form, not a level-4 item that starts at 4 under （三） while the tasks skip from 三 to 五 (so
 *   `（24）` between `（二十三）` and `（二十五）`, `4.` between `（三）` and `（五）`). It is read as
 *   the level-2 task whose count it continues, its marker's `writtenLevel` the level of its form;
 *   the outline nests it and its text as the task it is, and numbering/marker-style reports it;
 * - `（西）丙任务` between `（三）` and `（五）`, `（十人）` between `（十七）` and `（十九）`: a bracketed
 *   numeral due there with a character that looks or sounds like its own (西 for 四, 人 for 八),
 *   which the grammar reads as text, so the task ran into the one before it. It is read as a
 *   level-2 item (marker `mistyped`) with the number due, certain when the next item confirms it;
 *   numbering/marker-typo reports it.
 * Either way the count runs on through the line, so no later item is reported or renumbered.
 * Where the numbers around a line do not continue through it, nothing is read: which item it was
 * meant to be is not evident, and the numbering rules report what they see.
 */
export function readMisreadMarkers(lines: LineNode[], text: string): void {
  const counts = new Counts(lines, text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === "item") {
      const { level, value } = line.marker;
      // A value below 2 always fits its own count (1 opens one).
      if ((level === 3 || level === 4) && value !== null && value >= 2 && isTaskInOtherForm(counts, i, level, value)) {
        lines[i] = { ...line, marker: { ...line.marker, level: 2, writtenLevel: level } };
        counts.see(i, 2, value);
      } else if (value !== null && level <= 4) counts.see(i, level, value);
    } else if (line.kind === "text" && line.textKind === "plain" && isOpenBracket(text.charCodeAt(line.indentEnd))) {
      const written = bracketedToken(text, line);
      const marker = written === null ? null : mistypedMarker(counts, i, written, text);
      if (marker === null) continue;
      lines[i] = textLineAsItem(line, marker, text);
      counts.see(i, 2, marker.value!);
    } else if (isAttachmentLabel(line, text)) counts.reset();
  }
}

// ------------------------------------------------------------------ the counts around a line

interface Neighbour {
  line: number;
  value: number;
}

/**
 * Where the numbering stands at the line being read, in one pass: the last item of each level
 * before it (lines already read as tasks count as tasks), and the next ones after it, found by a
 * binary search over the item lines ahead, which nothing has read otherwise yet.
 */
class Counts {
  private readonly last: (Neighbour | null)[] = [null, null, null, null, null];
  /** The line of the last chapter (一、) in the scope, or −1. */
  private chapter = -1;
  /** Item lines of each level, and attachment labels (an attachment numbers on its own), made when first asked. */
  private byLevel: number[][] | null = null;
  private scopeStarts: number[] = [];

  constructor(
    private readonly lines: readonly LineNode[],
    private readonly text: string,
  ) {}

  see(line: number, level: number, value: number): void {
    this.last[level] = { line, value };
    if (level === 1) this.chapter = line;
  }

  reset(): void {
    this.last.fill(null);
    this.chapter = -1;
  }

  /** The last item of a level before the line being read, in its scope. */
  before(level: number): Neighbour | null {
    return this.last[level]!;
  }

  /** Whether a chapter (一、) opened after a line (−1: in the scope at all). */
  chapterSince(line: number): boolean {
    return this.chapter > line;
  }

  /** The first item of a level after a line, in its scope. */
  after(line: number, level: number): Neighbour | null {
    const byLevel = this.index();
    const items = byLevel[level]!;
    const k = partitionPoint(items.length, (j) => items[j]! <= line);
    if (k === items.length) return null;
    const at = items[k]!;
    const scopeEnd = this.scopeStarts[partitionPoint(this.scopeStarts.length, (j) => this.scopeStarts[j]! <= line)];
    if (scopeEnd !== undefined && scopeEnd < at) return null;
    return { line: at, value: (this.lines[at] as ItemLineNode).marker.value! };
  }

  private index(): number[][] {
    if (this.byLevel) return this.byLevel;
    const byLevel: number[][] = [[], [], [], [], []];
    for (let i = 0; i < this.lines.length; i++) {
      const line = this.lines[i]!;
      if (line.kind === "item" && line.marker.level <= 4 && line.marker.value !== null) byLevel[line.marker.level]!.push(i);
      else if (isAttachmentLabel(line, this.text)) this.scopeStarts.push(i);
    }
    return (this.byLevel = byLevel);
  }
}

// ------------------------------------------------------------------ a marker in another level's form

/**
 * Whether an item line whose marker is in level 3's or 4's form (`4.`, `(4)`, `（24）`) is a task
 * of level 2. The tasks' count must run on through it — the （…） before it one less, the one
 * after it one more — and its own level must not count it: the item of its level before it is
 * not one less (`3.` `（三）` `4.` `（四）` counts 1.–N. across the tasks) and stands before that
 * （…） (`（三）` `(1)` `(4)` `（五）` is a list under （三） with a gap, or a slip: not evident), and
 * none after it, before the next task, is one more. Only the tasks' level is read so: a chapter
 * (一、) is not mistaken for a lower item or the other way round, and the Arabic levels, which
 * differ from each other in brackets alone, are left as written.
 */
function isTaskInOtherForm(counts: Counts, line: number, level: number, value: number): boolean {
  // Level 2 writes its numbers in Chinese, to 九十九.
  if (value > 99) return false;
  const before = counts.before(2);
  if (before === null || before.value !== value - 1) return false;
  const after = counts.after(line, 2);
  if (after === null || after.value !== value + 1) return false;
  const ownBefore = counts.before(level);
  if (ownBefore !== null && (ownBefore.value === value - 1 || ownBefore.line > before.line)) return false;
  const ownAfter = counts.after(line, level);
  return ownAfter === null || ownAfter.line > after.line || ownAfter.value !== value + 1;
}

// ------------------------------------------------------------------ a mistyped numeral

/**
 * Characters a Chinese numeral is mistyped as: a slip of the eye (a page retyped or scanned: 西
 * for 四, 人 for 八, 土 for 十), of a pinyin input method (the candidate beside it: 死 for 四, 是
 * for 十), and the numeral's formal (大写) form. Characters that open a bracketed note or an
 * enumeration of their own (（注） （略） （附） （续）, 甲乙丙丁) are none of these, so such a line
 * is never read as an item, whatever stands around it.
 */
const LOOKALIKES: Readonly<Record<string, string>> = {
  一: "壹弌以已亿依衣",
  二: "贰弍工儿而尔耳",
  三: "叁弎王彡散伞",
  四: "肆西匹回泗似寺思死斯私司丝",
  五: "伍丑午吴无武务屋舞",
  六: "陆大穴流留刘柳",
  七: "柒匕弋期其起奇旗齐企气启",
  八: "捌人入叭巴把吧拔扒",
  九: "玖丸几久旧就酒救究",
  十: "拾千干土士什时是事实石式市",
};

function isOpenBracket(code: number): boolean {
  return code === 0xff08 || code === 0x28; // （ (
}

function isCloseBracket(code: number): boolean {
  return code === 0xff09 || code === 0x29; // ） )
}

/** The longest numeral (九十九) and the spaces a slip may leave inside the brackets. */
const MAX_TOKEN = 3;
const MAX_SPAN = 8;

interface BracketedToken {
  start: number;
  end: number;
  /** The characters inside the brackets, spaces left out. */
  token: string;
  spaced: boolean;
}

/** `（西）`, `(十人)`, `（ 四）` at the start of a line, as plain text (the first part). */
function bracketedToken(text: string, line: TextLineNode): BracketedToken | null {
  const first = line.parts[0];
  const start = line.indentEnd;
  if (first === undefined || first.type !== "text" || first.start > start) return null;
  const limit = Math.min(first.end, start + MAX_SPAN);
  let token = "";
  let spaced = false;
  for (let at = start + 1; at < limit; at++) {
    const code = text.charCodeAt(at);
    if (isCloseBracket(code)) {
      if (token === "") return null;
      return { start, end: at + 1, token, spaced };
    }
    if (isSpaceCode(code)) {
      spaced = true;
      continue;
    }
    if (token.length === MAX_TOKEN) return null;
    token += text[at];
  }
  return null;
}

/**
 * Whether `token` is `numeral` mistyped: as long, each character the numeral's own or one it is
 * mistyped as, and not the numeral itself unless spaces broke the marker (`（ 四）`).
 */
function isMistyped(token: string, numeral: string, spaced: boolean): boolean {
  if (token.length !== numeral.length) return false;
  if (token === numeral) return spaced;
  for (let k = 0; k < token.length; k++) {
    const written = token[k]!;
    const due = numeral[k]!;
    if (written !== due && !LOOKALIKES[due]?.includes(written)) return false;
  }
  return true;
}

/**
 * The level-2 marker a bracketed token at a line's start stands for, or null. The number due
 * there is the previous （…） plus one, or 一 under a parent opened since; the token must be that
 * numeral mistyped, and the next （…） must not contradict it. Certain when the next one confirms it.
 */
function mistypedMarker(counts: Counts, line: number, written: BracketedToken, text: string): MarkerNode | null {
  const before = counts.before(2);
  const due: number[] = [];
  if (before !== null && before.value < 99) due.push(before.value + 1);
  if (counts.chapterSince(before?.line ?? -1)) due.push(1);
  for (const value of due) {
    if (!isMistyped(written.token, toChineseNumeral(value), written.spaced)) continue;
    const after = counts.after(line, 2);
    if (after !== null && after.value !== value + 1 && after.value !== 1) continue;
    const { start, end } = written;
    return {
      level: 2,
      text: text.slice(start, end),
      value,
      numeral: written.token,
      open: text[start]!,
      close: text[end - 1]!,
      start,
      end,
      valueCertain: after !== null && after.value === value + 1,
      mistyped: true,
    };
  }
  return null;
}

// ------------------------------------------------------------------ a text line read as an item

/** Marks that end an inline heading, as the grammar's ItemText ends it. */
function isHeadingStop(code: number): boolean {
  return code === 0x3002 || code === 0xff1b || code === 0xff1a; // 。；：
}

/** Elements that end a heading (the grammar's HeadingStop): they are never heading text. */
const STOPPING_ELEMENTS: ReadonlySet<string> = new Set(["clause", "annotation", "deadline", "comment"]);

/**
 * A text line read as the item line it is, its marker given: the heading runs to the first
 * `。；：` or to a clause, annotation, deadline or comment, as the grammar reads an item's text.
 */
export function textLineAsItem(line: TextLineNode, marker: MarkerNode, text: string): ItemLineNode {
  let headingStart = marker.end;
  while (headingStart < line.contentEnd && isSpaceCode(text.charCodeAt(headingStart))) headingStart++;
  let headingEnd = line.contentEnd;
  let terminator = "";
  for (const part of line.parts) {
    if (part.end <= headingStart) continue;
    if (part.type === "text") {
      let at = Math.max(part.start, headingStart);
      while (at < part.end && !isHeadingStop(text.charCodeAt(at))) at++;
      if (at === part.end) continue;
      headingEnd = at;
      terminator = text[at]!;
      break;
    }
    if (STOPPING_ELEMENTS.has(part.type)) {
      headingEnd = Math.max(part.start, headingStart);
      break;
    }
  }
  return withHeading(line, marker, headingStart, headingEnd, terminator);
}

/**
 * The item line of a text line: the marker, the heading `[headingStart, headingEnd)` and the
 * body after the terminator, the line's parts split between them (an element is never cut: the
 * heading's end is at an element's edge or inside plain text).
 */
export function withHeading(line: TextLineNode, marker: MarkerNode, headingStart: number, headingEnd: number, terminator: string): ItemLineNode {
  const bodyStart = headingEnd + terminator.length;
  const headingParts: InlineNode[] = [];
  const parts: InlineNode[] = [];
  for (const part of line.parts) {
    clipInto(headingParts, part, headingStart, headingEnd);
    clipInto(parts, part, bodyStart, line.contentEnd);
  }
  return {
    type: "line",
    kind: "item",
    marker,
    start: line.start,
    indentEnd: line.indentEnd,
    contentEnd: line.contentEnd,
    end: line.end,
    eol: line.eol,
    headingStart,
    headingEnd,
    terminator,
    headingParts,
    bodyStart,
    parts,
  };
}

/** The part of `part` inside [from, to): a text part is cut there; an element is kept whole or left out. */
function clipInto(into: InlineNode[], part: InlineNode, from: number, to: number): void {
  const start = Math.max(part.start, from);
  const end = Math.min(part.end, to);
  if (end <= start) return;
  if (start === part.start && end === part.end) into.push(part);
  else if (part.type === "text") into.push({ type: "text", start, end });
}
