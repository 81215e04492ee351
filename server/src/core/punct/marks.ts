import type { Span } from "../model/types.js";
import { movedSpan } from "../text/changedSpan.js";
import { codeUnitSet } from "../text/codeUnits.js";
import { FULL_WIDTH, isChineseCode, isHanCode, isSpaceCode, PAIRS, pairForm, POINT_MARKS } from "./chars.js";
import { memoPerParagraph } from "./paragraphMemo.js";
import { isOwned, type ProseParagraph } from "./prose.js";

// The detectors below read the plan's text by code unit (`charCodeAt`) and look up a string
// only at the few characters that can matter: they run over every character of the plan on
// every keystroke, and `text[i]` of a Chinese character allocates (see chars.ts). Each is
// exported through memoPerParagraph: a paragraph that reads as before gets its answer back.

/** A half-width mark in Chinese context and the full-width mark it should be. */
export interface HalfWidthMark {
  offset: number;
  mark: string;
  fullWidth: string;
  /**
   * The spaces around a 点号 typed the Western way (`提升水平, 开展`, `工程” ,`): a full-width mark
   * carries its own space, so its fix takes them too. Counts of code units before and after.
   */
  spacesBefore: number;
  spacesAfter: number;
}

/**
 * The marks the detectors look for, as bit flags per code unit: one array read per character
 * of the plan, where a Set or an object look-up costs a hash.
 */
const HALF_WIDTH = 1; // FULL_WIDTH's keys
const POINT = 2; // a 点号 (POINT_MARKS) or a half-width mark standing for one
const PAIR = 4; // a mark that opens or closes a pair (PAIRS), half-width parentheses included
const OPEN_PARENTHESIS = 8;
const CLOSE_PARENTHESIS = 16;
const MARK_CLASS = new Uint8Array(0x10000);
function classify(marks: Iterable<string>, flag: number): void {
  for (const mark of marks) MARK_CLASS[mark.charCodeAt(0)]! |= flag;
}
classify(Object.keys(FULL_WIDTH), HALF_WIDTH);
classify([...POINT_MARKS, ...Object.keys(FULL_WIDTH).filter((mark) => POINT_MARKS.includes(FULL_WIDTH[mark]!))], POINT);
classify([...Object.keys(PAIRS), ...Object.values(PAIRS), "(", ")"], PAIR);
classify(["(", "（"], OPEN_PARENTHESIS);
classify([")", "）"], CLOSE_PARENTHESIS);
/**
 * FULL_WIDTH's keys as a pattern, for scanning a paragraph for them, with the marks whose
 * full-width form depends on where they stand: `"` and `'` (opening or closing quote) and `.`
 * (a full stop only at a sentence's end, never in 5.5, 1.1 or .docx).
 */
const HALF_WIDTH_MARK = new RegExp(`[${[...Object.keys(FULL_WIDTH), '"', "'", "."].map((mark) => `\\${mark}`).join("")}]`, "g");
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const DOT = 0x2e;
/** Marks a sentence may end with before its full stop: a full stop after them ends it. */
const BEFORE_FULL_STOP = codeUnitSet("”’）》〕】」』%％");
/** What may follow a sentence's full stop in Chinese text: a clause's bracket, a quote, another sentence. */
const AFTER_FULL_STOP = codeUnitSet("（〔【《“‘");
/** Whether the code unit is of the class (false for NaN, read past either end of the text). */
const is = (code: number, flag: number): boolean => (MARK_CLASS[code]! & flag) !== 0;

/** The mark a character counts as when doubled marks are compared: `,` is `，`. */
function pointForm(text: string, offset: number): string {
  const ch = text[offset]!;
  return FULL_WIDTH[ch] ?? ch;
}

/** An ASCII digit, by code unit. */
export const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** The nearest character before `offset` in the paragraph, past spaces and other half-width marks (its code unit, NaN if none). */
/** The nearest code before `offset` in the paragraph that is no space or half-width mark; `beyond` (NaN: none) past its start. */
function neighbourBefore(text: string, paragraph: ProseParagraph, offset: number, beyond = NaN): number {
  for (let i = offset - 1; i >= paragraph.start; i--) {
    const c = text.charCodeAt(i);
    if (!isSpaceCode(c) && !is(c, HALF_WIDTH)) return c;
  }
  return beyond;
}

/** The nearest code after `offset` in the paragraph that is no space or half-width mark; `beyond` (NaN: none) past its end. */
function neighbourAfter(text: string, paragraph: ProseParagraph, offset: number, beyond = NaN): number {
  for (let i = offset + 1; i < paragraph.end; i++) {
    const c = text.charCodeAt(i);
    if (!isSpaceCode(c) && !is(c, HALF_WIDTH)) return c;
  }
  return beyond;
}

/**
 * What a wrapped paragraph's line reads on into past its edges (model/hardWrap.ts): the last
 * word of the line it goes on from, and the first of the line it goes on in — the code units
 * neighbourBefore and neighbourAfter give there, NaN where the line is a paragraph's first or last.
 */
export interface WrapEdges {
  before: number;
  after: number;
}

/** The edges of `paragraph` read on into `above` (the line it goes on from) and `below` (the line it goes on in), either null. */
export function wrapEdgesOf(text: string, above: ProseParagraph | null, below: ProseParagraph | null): WrapEdges {
  return {
    before: above === null ? NaN : neighbourBefore(text, above, above.end),
    after: below === null ? NaN : neighbourAfter(text, below, below.start - 1),
  };
}

/**
 * halfWidthMarks of a line a PDF's measure cut from its paragraph: a mark the cut left at the
 * line's edge (a clause's `)` alone on its line, `(` or `:` ending one) has its Chinese neighbour
 * on the line beyond, as it has in the paragraph once joined, and an ASCII quote the form its
 * pairing in the paragraph gives it (`quotes`, quoteFormsAcross: a `"` closing the “ of the line
 * above is ”). Read afresh only where an edge of the line is such a mark or the line has an
 * ASCII quote; every other line's marks are the memoised ones.
 */
export function halfWidthMarksAcross(text: string, paragraph: ProseParagraph, edges: WrapEdges, quotes: ReadonlyMap<number, string> | null = null): readonly HalfWidthMark[] {
  let first = paragraph.start;
  while (first < paragraph.end && isSpaceCode(text.charCodeAt(first))) first++;
  let last = paragraph.end - 1;
  while (last > first && isSpaceCode(text.charCodeAt(last))) last--;
  const atEdge = (!Number.isNaN(edges.before) && is(text.charCodeAt(first), HALF_WIDTH)) || (!Number.isNaN(edges.after) && is(text.charCodeAt(last), HALF_WIDTH));
  const quoted = quotes !== null && hasAsciiQuote(paragraph.content);
  return atEdge || quoted ? findHalfWidthMarks(text, paragraph, edges, quotes ?? undefined) : halfWidthMarks(text, paragraph);
}

const hasAsciiQuote = (content: string): boolean => content.includes('"') || content.includes("'");

/**
 * The forms of the ASCII quotes of a paragraph a PDF's measure cut into `lines`, paired as in
 * the paragraph joined (quoteForms), or null where no line has one (nearly always): what
 * halfWidthMarksAcross reads each line's quotes by.
 */
export function quoteFormsAcross(text: string, lines: readonly ProseParagraph[]): ReadonlyMap<number, string> | null {
  return lines.some((line) => hasAsciiQuote(line.content)) ? quoteFormsOf(text, lines) : null;
}

/** The detectors themselves, each answer computed afresh (the memoised ones must equal them; tests hold that). */
export const uncachedDetectors = {
  repeatedRuns: findRepeatedRuns,
  halfWidthMarks: findHalfWidthMarks,
  unbalancedMarks: findUnbalancedMarks,
  spacesBetweenHan: findSpacesBetweenHan,
};

const moveMark = <T extends { offset: number }>(mark: T, by: number): T => ({ ...mark, offset: mark.offset + by });

/**
 * Runs of two 点号 or more written in a row, each as a span: one mark written twice (`。。`,
 * `,，`), which punct/repeated reports, or marks of different kinds (`，。`, `。，`), which
 * punct/stacked reports (punct/marks.ts `isOneMarkRun` tells them apart). punct/half-width leaves
 * their marks alone: the rule that reports the run fixes it whole.
 */
export const repeatedRuns = memoPerParagraph(findRepeatedRuns, movedSpan);

function findRepeatedRuns(text: string, paragraph: ProseParagraph): Span[] {
  const runs: Span[] = [];
  let i = paragraph.start;
  while (i < paragraph.end) {
    let j = i + 1;
    if (is(text.charCodeAt(i), POINT) && !isOwned(paragraph, i)) {
      let fullWidth = FULL_WIDTH[text[i]!] === undefined;
      while (j < paragraph.end && is(text.charCodeAt(j), POINT) && !isOwned(paragraph, j)) {
        if (FULL_WIDTH[text[j]!] === undefined) fullWidth = true;
        j++;
      }
      const inChinese = fullWidth || isChineseCode(text.charCodeAt(i - 1)) || isChineseCode(text.charCodeAt(j));
      if (j - i > 1 && inChinese) runs.push({ start: i, end: j });
    }
    i = j;
  }
  return runs;
}

/** Whether a run of 点号 (repeatedRuns) is one mark written again and again (`。。`, `,，`), not marks of different kinds. */
export function isOneMarkRun(text: string, run: Span): boolean {
  const mark = pointForm(text, run.start);
  for (let i = run.start + 1; i < run.end; i++) if (pointForm(text, i) !== mark) return false;
  return true;
}

/** Whether any code unit of text[start, end) is Chinese. */
function hasChinese(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isChineseCode(text.charCodeAt(i))) return true;
  return false;
}

/**
 * Half-width `, ; : ? ! ( )` in Chinese context. A mark between digits (`1,000`, `10:30`) is
 * part of a number or a time; a mark between Latin words is Latin text; parentheses go by pair:
 * a pair is Chinese when what it encloses or what surrounds it is. Marks of a doubled run are
 * left to punct/repeated.
 */
export const halfWidthMarks = memoPerParagraph(findHalfWidthMarks, moveMark);

// Not frozen: read on every line of a wrapped plan.
const NO_EDGES: WrapEdges = { before: NaN, after: NaN };

function findHalfWidthMarks(text: string, paragraph: ProseParagraph, edges: WrapEdges = NO_EDGES, quotesAcross?: ReadonlyMap<number, string>): HalfWidthMark[] {
  const runs = repeatedRuns(text, paragraph);
  let run = 0;
  const marks: HalfWidthMark[] = [];
  let partners: Map<number, number> | undefined;
  let quotes: ReadonlyMap<number, string> | undefined = quotesAcross;
  // Half-width marks are rare in Chinese prose: one regular-expression scan finds them.
  const content = paragraph.content;
  HALF_WIDTH_MARK.lastIndex = 0;
  for (let found = HALF_WIDTH_MARK.exec(content); found !== null; found = HALF_WIDTH_MARK.exec(content)) {
    const i = paragraph.start + found.index;
    // Runs are sorted and disjoint, and i only grows.
    while (run < runs.length && runs[run]!.end <= i) run++;
    if ((run < runs.length && runs[run]!.start <= i) || isOwned(paragraph, i)) continue;
    const mark = text[i]!;
    const code = text.charCodeAt(i);
    let fullWidth = FULL_WIDTH[mark]!;
    if ((mark === "," || mark === ":") && isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i + 1))) continue;
    let chinese: boolean;
    if (code === DOT) {
      if (!isFullStop(text, paragraph, i)) continue;
      fullWidth = "。";
      chinese = true;
    } else if (code === QUOTE || code === APOSTROPHE) {
      quotes ??= quoteForms(text, paragraph);
      const form = quotes.get(i);
      if (form === undefined) continue;
      fullWidth = form;
      chinese = true;
    } else if (mark === "(" || mark === ")") {
      partners ??= parenthesisPartners(text, paragraph);
      const partner = partners.get(i);
      if (partner === undefined) chinese = isChineseCode(neighbourBefore(text, paragraph, i, edges.before)) || isChineseCode(neighbourAfter(text, paragraph, i, edges.after));
      else {
        const [open, close] = partner < i ? [partner, i] : [i, partner];
        chinese =
          hasChinese(text, open + 1, close) ||
          isChineseCode(neighbourBefore(text, paragraph, open, edges.before)) ||
          isChineseCode(neighbourAfter(text, paragraph, close, edges.after));
      }
    } else {
      chinese = isChineseCode(neighbourBefore(text, paragraph, i, edges.before)) || isChineseCode(neighbourAfter(text, paragraph, i, edges.after));
    }
    if (!chinese) continue;
    let spacesBefore = 0;
    let spacesAfter = 0;
    // A point carries its own space; a quote or a parenthesis keeps the spaces around it.
    if (code !== QUOTE && code !== APOSTROPHE && mark !== "(" && mark !== ")") {
      while (i - spacesBefore - 1 >= paragraph.start && isSpaceCode(text.charCodeAt(i - spacesBefore - 1))) spacesBefore++;
      while (i + spacesAfter + 1 < paragraph.end && isSpaceCode(text.charCodeAt(i + spacesAfter + 1))) spacesAfter++;
      // Spaces owned by another element (a clause's, a marker's) or ending the paragraph stay.
      if (spacesBefore > 0 && (i - spacesBefore === paragraph.start || isOwned(paragraph, i - spacesBefore))) spacesBefore = 0;
      if (spacesAfter > 0 && (i + spacesAfter + 1 >= paragraph.end || isOwned(paragraph, i + spacesAfter))) spacesAfter = 0;
    }
    marks.push({ offset: i, mark, fullWidth, spacesBefore, spacesAfter });
  }
  return marks;
}

/**
 * Whether the `.` at `offset` ends a Chinese sentence (`推进智慧监管.`, `加强监管.（责任单位：…）`):
 * after Han or a closing mark, before the paragraph's end, Han, or what opens the next sentence
 * or a clause — never a number's point (5.5), a file's extension (.docx), an abbreviation or a
 * marker in the text (`工作.2.加强`: a digit follows). After a digit only at the paragraph's end
 * (`达到95.`). A run of dots is an ellipsis, not a full stop.
 */
function isFullStop(text: string, paragraph: ProseParagraph, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  if (offset === paragraph.start || before === DOT || text.charCodeAt(offset + 1) === DOT) return false;
  let next = offset + 1;
  while (next < paragraph.end && isSpaceCode(text.charCodeAt(next))) next++;
  const atEnd = next >= paragraph.end || isOwned(paragraph, next);
  if (isDigitCode(before)) return atEnd && isHanCode(text.charCodeAt(digitsStart(text, offset - 1, paragraph.start) - 1));
  if (!isHanCode(before) && !BEFORE_FULL_STOP.has(before)) return false;
  const after = text.charCodeAt(next);
  return atEnd || isHanCode(after) || AFTER_FULL_STOP.has(after);
}

/** Where the run of digits (and points) ending at `offset` starts. */
function digitsStart(text: string, offset: number, floor: number): number {
  let at = offset;
  while (at > floor && (isDigitCode(text.charCodeAt(at - 1)) || text.charCodeAt(at - 1) === DOT)) at--;
  return at;
}

/**
 * The full-width form of each ASCII quote in Chinese context: “ or ” for `"`, ‘ or ’ for `'`.
 * Quotes pair by position, the full-width ones counted with them (`“三品一标"` closes with ”):
 * one opens where none of its kind is open, and closes the one that is. A quote is in Chinese
 * context when its pair encloses or adjoins Chinese; an apostrophe between Latin letters
 * (`don't`) and quotes left unpaired between non-Chinese text are left alone.
 */
function quoteForms(text: string, paragraph: ProseParagraph): Map<number, string> {
  return quoteFormsOf(text, [paragraph]);
}

/**
 * quoteForms of a paragraph written over `lines` (a PDF's measure cut it: model/hardWrap.ts),
 * read as the paragraph joined: a quote on one line pairs with its partner on another, and a
 * quote at a line's edge has its neighbour on the line beyond.
 */
function quoteFormsOf(text: string, lines: readonly ProseParagraph[]): Map<number, string> {
  const forms = new Map<number, string>();
  const before = (k: number, offset: number) => neighbourBefore(text, lines[k]!, offset, k > 0 ? neighbourBefore(text, lines[k - 1]!, lines[k - 1]!.end) : NaN);
  const after = (k: number, offset: number) => neighbourAfter(text, lines[k]!, offset, k + 1 < lines.length ? neighbourAfter(text, lines[k + 1]!, lines[k + 1]!.start - 1) : NaN);
  for (const [ascii, open, close] of [[QUOTE, 0x201c, 0x201d], [APOSTROPHE, 0x2018, 0x2019]] as const) {
    let opened: number | null = null; // the offset of the open quote of this kind, -1 for a full-width one
    let openedLine = 0;
    for (let k = 0; k < lines.length; k++) {
      const paragraph = lines[k]!;
      for (let i = paragraph.start; i < paragraph.end; i++) {
        const code = text.charCodeAt(i);
        if (code === open) opened = -1;
        else if (code === close) opened = null;
        else if (code === ascii && !isOwned(paragraph, i)) {
          if (ascii === APOSTROPHE && isLatinCode(text.charCodeAt(i - 1)) && isLatinCode(text.charCodeAt(i + 1))) continue;
          if (opened === null) {
            opened = i;
            openedLine = k;
            continue;
          }
          const start = opened;
          opened = null;
          if (start >= 0 && !(hasChinese(text, start + 1, i) || isChineseCode(before(openedLine, start)) || isChineseCode(after(k, i)))) continue;
          if (start >= 0) forms.set(start, String.fromCharCode(open));
          forms.set(i, String.fromCharCode(close));
        }
      }
    }
    // One left open: an opening quote before Chinese text, or a closing one after it.
    if (opened !== null && opened >= 0) {
      if (isChineseCode(after(openedLine, opened)) && !isSpaceCode(text.charCodeAt(opened + 1))) forms.set(opened, String.fromCharCode(open));
      else if (isChineseCode(before(openedLine, opened))) forms.set(opened, String.fromCharCode(close));
    }
  }
  return forms;
}

const isLatinCode = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** Each parenthesis (half- or full-width) with its partner, matched innermost first. */
function parenthesisPartners(text: string, paragraph: ProseParagraph): Map<number, number> {
  const partners = new Map<number, number>();
  const open: number[] = [];
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const code = text.charCodeAt(i);
    const opening = is(code, OPEN_PARENTHESIS);
    if ((!opening && !is(code, CLOSE_PARENTHESIS)) || isOwned(paragraph, i)) continue;
    if (opening) open.push(i);
    else if (open.length > 0) {
      const at = open.pop()!;
      partners.set(at, i);
      partners.set(i, at);
    }
  }
  return partners;
}

/** An opening mark with no closing one in the paragraph, or a closing mark with no opening one. */
export interface UnbalancedMark {
  offset: number;
  mark: string;
  /** The mark that is missing. */
  missing: string;
}

const CLOSERS: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(PAIRS).map(([open, close]) => [close, open]));

/**
 * Pairs that do not balance within the paragraph: `“”`, `‘’`, `（）` (half-width parentheses
 * count as their full-width forms), `《》`, `〔〕`, `【】`. A closing mark that meets another
 * kind's opening mark leaves that opening mark unmatched rather than closing it.
 */
export const unbalancedMarks = memoPerParagraph(findUnbalancedMarks, moveMark);

function findUnbalancedMarks(text: string, paragraph: ProseParagraph): UnbalancedMark[] {
  return findUnbalancedMarksOf(text, [paragraph]);
}

/**
 * unbalancedMarks of a paragraph a PDF's measure cut into `lines` (model/hardWrap.ts), read as
 * the paragraph joined: a “ or a 《 on one line closes on another (not memoised: only a wrapped
 * copy's paragraphs are read so).
 */
export function unbalancedMarksAcross(text: string, lines: readonly ProseParagraph[]): UnbalancedMark[] {
  return findUnbalancedMarksOf(text, lines);
}

function findUnbalancedMarksOf(text: string, lines: readonly ProseParagraph[]): UnbalancedMark[] {
  interface OpenMark {
    offset: number;
    mark: string;
    form: string;
    /** Its place in `stack`: stable while it is open, as the stack only loses its top part. */
    index: number;
    closed: boolean;
  }
  const stack: OpenMark[] = [];
  // Per opening form, its marks still open: a closer finds its opener at the top of its own
  // list instead of searching the whole stack, which made 20,000 nested 《 quadratic. Marks
  // left unclosed when an outer pair closes are flagged and dropped from their lists lazily.
  const openByForm = new Map<string, OpenMark[]>();
  const problems: UnbalancedMark[] = [];
  let quotes: Map<number, string> | undefined;
  for (const paragraph of lines) {
    for (let i = paragraph.start; i < paragraph.end; i++) {
      const code = text.charCodeAt(i);
      if ((!is(code, PAIR) && code !== QUOTE && code !== APOSTROPHE) || isOwned(paragraph, i)) continue;
      // An ASCII quote in Chinese context counts as the full-width quote punct/half-width makes it
      // (`“质量月"` balances), as `(` counts as `（`; any other ASCII quote is no pair's.
      let form: string;
      if (code === QUOTE || code === APOSTROPHE) {
        const quote = (quotes ??= quoteFormsOf(text, lines)).get(i);
        if (quote === undefined) continue;
        form = quote;
      } else form = pairForm(text[i]!);
      if (form in PAIRS) {
        let open = openByForm.get(form);
        if (!open) openByForm.set(form, (open = []));
        const entry = { offset: i, mark: text[i]!, form, index: stack.length, closed: false };
        open.push(entry);
        stack.push(entry);
        continue;
      }
      const opener = CLOSERS[form];
      if (opener === undefined) continue;
      const open = openByForm.get(opener) ?? [];
      while (open.length > 0 && open[open.length - 1]!.closed) open.pop();
      const match = open.pop();
      if (!match) {
        problems.push({ offset: i, mark: text[i]!, missing: opener });
        continue;
      }
      // Openers above the match were never closed; each leaves the stack once.
      for (const entry of stack.splice(match.index)) {
        entry.closed = true;
        if (entry !== match) problems.push({ offset: entry.offset, mark: entry.mark, missing: PAIRS[entry.form]! });
      }
    }
  }
  for (const entry of stack) problems.push({ offset: entry.offset, mark: entry.mark, missing: PAIRS[entry.form]! });
  return problems.sort((a, b) => a.offset - b.offset);
}

/** Names of bodies that are written side by side with a space: 中共江西省委 江西省人民政府. */
/**
 * Full-width marks take a whole character's width of their own (GB/T 15834), so no space is
 * wanted before a 点号 or a closing mark, nor after an opening mark, whatever stands on the
 * space's other side — Han, a figure (`80 % 。`), a Latin word (`ISO 9001 ，`) or another mark.
 * The half-width marks formatting turns into full-width ones (`GDP )` → `GDP ）`) land here too,
 * so one formatting leaves no space behind. Not after a 点号: a run-in heading's period
 * (`（一）主要目标。 到2025年`) and a lost line break (`责任。　　（二）`, structure/flattened's)
 * leave a space there on purpose or for another rule. Not between a bracket pair with nothing
 * else in it (`（　　）`): that is a blank to fill (targets/blank, text/placeholder).
 */
const POINTS_AFTER_NO_SPACE = codeUnitSet("，。、；：？！");
const CLOSING_NO_SPACE = codeUnitSet("”）》〕】」』");
const OPENING_NO_SPACE = codeUnitSet("“（《〔【「『");

/** `开展工作 。`, `80 % 。`, `工程” ，`, `（ 质量 ）`: a space against a full-width mark. */
function isSpaceAtFullWidthMark(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  const opens = OPENING_NO_SPACE.has(before);
  const closes = CLOSING_NO_SPACE.has(after);
  if (opens && closes) return false;
  return opens || closes || POINTS_AFTER_NO_SPACE.has(after);
}

/** `第一条　总则`: the space after an article's number is the form's own (regulations, 办法). */
const ARTICLE_NUMBER_END = /第[一二三四五六七八九十百零〇]+[条章节款]$/;

/** Text a space rightly follows: a joint issuer's name, an article's number. */
const spaceOfTheForm = (before: string): boolean => ORGANISATION_END.test(before) || ARTICLE_NUMBER_END.test(before);

const ORGANISATION_END = /(中央|国务院|省委|市委|县委|区委|党委|政府|办公厅|办公室|委员会|党工委|管委会|人大常委会|政协)$/;

/** A run of the characters isSpaceCode accepts. */
const SPACE_RUN = /[ \t\u3000\u00a0]+/g;

/** Runs of spaces between two Han characters (`省 级`), outside spans other families own. */
export const spacesBetweenHan = memoPerParagraph(findSpacesBetweenHan, movedSpan);

/** Runs of two spaces or more: where a table pasted with spaces puts its cells apart. */
const COLUMN_GAP = /[ \u3000\u00a0]{2,}/g;

export function columnGaps(content: string): number {
  // Most paragraphs have no double space: one look, no match array.
  if (!content.includes("  ") && !content.includes("\u3000")) return 0;
  return content.match(COLUMN_GAP)?.length ?? 0;
}

/** The longest slogan in quotation marks whose phrases a space sets apart, and its shortest phrase. */
const MAX_SLOGAN = 40;
const MIN_PHRASE = 4;
/** The shortest phrase of a slogan of three or more phrases of one length. */
const MIN_PHRASE_PARALLEL = 3;

/**
 * Whether the space at `at` sets apart the phrases of a slogan in quotation marks, as a campaign
 * is named (`“质量技术帮扶 提升企业效益”专项行动`, `“科技创新 品质提升 品牌塑造”`): written so on
 * purpose, each phrase a few words long. A stray space inside quotes (`“质量 强市”`) splits a
 * word, and a phrase shorter than four characters shows it, unless three or more phrases of
 * three share their length (`“治违禁 控药残 促提升”`). Asked only of a space already
 * found between two Chinese characters.
 */
function isSloganGap(text: string, paragraph: ProseParagraph, at: number): boolean {
  const floor = Math.max(paragraph.start, at - MAX_SLOGAN);
  let open = at - 1;
  while (open >= floor && text.charCodeAt(open) !== 0x201c /* “ */ && text.charCodeAt(open) !== 0x201d) open--;
  if (open < floor || text.charCodeAt(open) !== 0x201c) return false;
  const ceiling = Math.min(paragraph.end, open + MAX_SLOGAN);
  let close = at + 1;
  while (close < ceiling && text.charCodeAt(close) !== 0x201d && text.charCodeAt(close) !== 0x201c) close++;
  if (close >= ceiling || text.charCodeAt(close) !== 0x201d) return false;
  let phrase = 0;
  let phrases = 0;
  let shortest = MAX_SLOGAN;
  let longest = 0;
  for (let k = open + 1; k <= close; k++) {
    const code = text.charCodeAt(k);
    if (k === close || code === 0x20 || code === 0x3000) {
      // A run of spaces is one gap.
      if (phrase === 0 && k > open + 1 && k !== close) continue;
      if (phrase < MIN_PHRASE_PARALLEL) return false;
      phrases++;
      if (phrase < shortest) shortest = phrase;
      if (phrase > longest) longest = phrase;
      phrase = 0;
    } else if (isHanCode(code)) phrase++;
    else return false;
  }
  // Three or more phrases of one length are parallel on purpose, even of three characters
  // (`“治违禁 控药残 促提升”行动`); a stray space leaves no such pattern.
  return shortest >= MIN_PHRASE || (phrases >= 3 && shortest === longest);
}

function findSpacesBetweenHan(text: string, paragraph: ProseParagraph): Span[] {
  const spans: Span[] = [];
  // Spaces are rare in Chinese prose: one regular-expression scan of the paragraph finds the runs.
  const content = paragraph.content;
  // A table pasted with spaces between its cells (`指标名称  单位  2025年目标`, from a PDF or a
  // page): two gaps of two spaces or more on the line. Its gaps are cells' edges, not strays.
  const spacedCells = columnGaps(content) >= 2;
  SPACE_RUN.lastIndex = 0;
  for (let run = SPACE_RUN.exec(content); run !== null; run = SPACE_RUN.exec(content)) {
    // A tab separates the cells of a table pasted as text (`开展质量攻关<TAB>市市场监管局`):
    // deleting it would merge two cells, so a run with one is not a stray space.
    if (run[0].includes("\t") || (spacedCells && run[0].length >= 2)) continue;
    const i = paragraph.start + run.index;
    const j = i + run[0].length;
    if (i > paragraph.start && isSpaceAtFullWidthMark(text, i, j) && !isOwned(paragraph, i)) {
      spans.push({ start: i, end: j });
      continue;
    }
    if (
      i > paragraph.start &&
      isHanCode(text.charCodeAt(i - 1)) &&
      isHanCode(text.charCodeAt(j)) &&
      !isOwned(paragraph, i) &&
      !spaceOfTheForm(text.slice(Math.max(paragraph.start, i - 8), i)) &&
      !isSloganGap(text, paragraph, i)
    ) {
      spans.push({ start: i, end: j });
    }
  }
  return spans;
}
