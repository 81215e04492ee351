import type { Span } from "../model/types.js";
import { FULL_WIDTH, isChinese, isDigit, isHan, isSpace, PAIRS, pairForm, POINT_MARKS } from "./chars.js";
import { isOwned, type ProseParagraph } from "./prose.js";

/** A half-width mark in Chinese context and the full-width mark it should be. */
export interface HalfWidthMark {
  offset: number;
  mark: string;
  fullWidth: string;
}

/** The nearest character before `offset` in the paragraph, past spaces and other half-width marks. */
function neighbourBefore(text: string, paragraph: ProseParagraph, offset: number): string | undefined {
  for (let i = offset - 1; i >= paragraph.start; i--) {
    const ch = text[i]!;
    if (!isSpace(ch) && !(ch in FULL_WIDTH)) return ch;
  }
  return undefined;
}

function neighbourAfter(text: string, paragraph: ProseParagraph, offset: number): string | undefined {
  for (let i = offset + 1; i < paragraph.end; i++) {
    const ch = text[i]!;
    if (!isSpace(ch) && !(ch in FULL_WIDTH)) return ch;
  }
  return undefined;
}

/** Runs of one 点号 written twice or more (`。。`, `,，`), each as a span. */
export function repeatedRuns(text: string, paragraph: ProseParagraph): Span[] {
  const runs: Span[] = [];
  let i = paragraph.start;
  while (i < paragraph.end) {
    const mark = FULL_WIDTH[text[i]!] ?? text[i]!;
    let j = i + 1;
    if (POINT_MARKS.includes(mark) && !isOwned(paragraph, i)) {
      while (j < paragraph.end && (FULL_WIDTH[text[j]!] ?? text[j]!) === mark && !isOwned(paragraph, j)) j++;
      const inChinese = isChinese(text[i - 1]) || isChinese(text[j]) || text[i] !== mark;
      if (j - i > 1 && inChinese) runs.push({ start: i, end: j });
    }
    i = j;
  }
  return runs;
}

/**
 * Half-width `, ; : ? ! ( )` in Chinese context. A mark between digits (`1,000`, `10:30`) is
 * part of a number or a time; a mark between Latin words is Latin text; parentheses go by pair:
 * a pair is Chinese when what it encloses or what surrounds it is. Marks of a doubled run are
 * left to punct/repeated.
 */
export function halfWidthMarks(text: string, paragraph: ProseParagraph): HalfWidthMark[] {
  const inRun = new Set<number>();
  for (const run of repeatedRuns(text, paragraph)) for (let i = run.start; i < run.end; i++) inRun.add(i);
  const marks: HalfWidthMark[] = [];
  const partners = parenthesisPartners(text, paragraph);
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const mark = text[i]!;
    const fullWidth = FULL_WIDTH[mark];
    if (fullWidth === undefined || inRun.has(i) || isOwned(paragraph, i)) continue;
    if ((mark === "," || mark === ":") && isDigit(text[i - 1]) && isDigit(text[i + 1])) continue;
    let chinese: boolean;
    if (mark === "(" || mark === ")") {
      const partner = partners.get(i);
      if (partner === undefined) chinese = isChinese(neighbourBefore(text, paragraph, i)) || isChinese(neighbourAfter(text, paragraph, i));
      else {
        const [open, close] = partner < i ? [partner, i] : [i, partner];
        chinese =
          [...text.slice(open + 1, close)].some(isChinese) ||
          isChinese(neighbourBefore(text, paragraph, open)) ||
          isChinese(neighbourAfter(text, paragraph, close));
      }
    } else {
      chinese = isChinese(neighbourBefore(text, paragraph, i)) || isChinese(neighbourAfter(text, paragraph, i));
    }
    if (chinese) marks.push({ offset: i, mark, fullWidth });
  }
  return marks;
}

/** Each parenthesis (half- or full-width) with its partner, matched innermost first. */
function parenthesisPartners(text: string, paragraph: ProseParagraph): Map<number, number> {
  const partners = new Map<number, number>();
  const open: number[] = [];
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const form = pairForm(text[i]!);
    if ((form !== "（" && form !== "）") || isOwned(paragraph, i)) continue;
    if (form === "（") open.push(i);
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
export function unbalancedMarks(text: string, paragraph: ProseParagraph): UnbalancedMark[] {
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
  for (let i = paragraph.start; i < paragraph.end; i++) {
    if (isOwned(paragraph, i)) continue;
    const form = pairForm(text[i]!);
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
  for (const entry of stack) problems.push({ offset: entry.offset, mark: entry.mark, missing: PAIRS[entry.form]! });
  return problems.sort((a, b) => a.offset - b.offset);
}

/** Names of bodies that are written side by side with a space: 中共江西省委 江西省人民政府. */
const ORGANISATION_END = /(中央|国务院|省委|市委|县委|区委|党委|政府|办公厅|办公室|委员会|党工委|管委会|人大常委会|政协)$/;

/** Runs of spaces between two Han characters (`省 级`), outside spans other families own. */
export function spacesBetweenHan(text: string, paragraph: ProseParagraph): Span[] {
  const spans: Span[] = [];
  let i = paragraph.start;
  while (i < paragraph.end) {
    if (!isSpace(text[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j < paragraph.end && isSpace(text[j])) j++;
    if (i > paragraph.start && isHan(text[i - 1]) && isHan(text[j]) && !isOwned(paragraph, i) && !ORGANISATION_END.test(text.slice(Math.max(paragraph.start, i - 8), i))) {
      spans.push({ start: i, end: j });
    }
    i = j;
  }
  return spans;
}
