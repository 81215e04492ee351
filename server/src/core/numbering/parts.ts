import { toChineseNumeral } from "../model/numerals.js";
import { codeUnitSet } from "../text/codeUnits.js";
import type { PlanDocument, PlanPart } from "../model/types.js";
import type { TextEdit } from "../rules/types.js";

/**
 * The numbering of a plan's parts (第一章, 第二部分, model/parts.ts): the parts under one enclosing
 * part (the 节 of each 章, the 章 of a plan or of each 篇) count 1, 2, 3 … A part
 * moved, inserted or deleted leaves its heading's number behind as an item's does, and renumbering
 * settles them alike: by position, the numeral only (第三章 → 第二章), never the title.
 */
export interface PartBreak {
  kind: "gap" | "duplicate" | "order" | "start";
  part: PlanPart;
  /** The parts counted together, in order, and where this one stands among them. */
  run: readonly PlanPart[];
  index: number;
  previous: PlanPart | null;
}

/**
 * The runs of parts (the parts under one enclosing part), each in document order. Parts of two
 * words side by side (第三章 then 第四部分, neither holding the other) count on together.
 */
export function partRuns(plan: Pick<PlanDocument, "parts">): PlanPart[][] {
  const runs: PlanPart[][] = [];
  if (plan.parts.length === 0) return runs;
  const byScope = new Map<PlanPart | null, PlanPart[]>();
  for (const part of plan.parts) {
    let run = byScope.get(part.within);
    if (!run) {
      byScope.set(part.within, (run = []));
      runs.push(run);
    }
    run.push(part);
  }
  return runs;
}

/**
 * The parts that break their run's count: as an item fits its run (numbering/breaks.ts
 * fitsRun), a part fits where it is one more than the part before it or has its position's
 * number, so that one part deleted is one finding, not one for every part after it.
 */
export function partBreaks(plan: Pick<PlanDocument, "parts">): PartBreak[] {
  const breaks: PartBreak[] = [];
  for (const run of partRuns(plan)) {
    for (const { kind, at: part, index, previous } of countBreaks(run)) breaks.push({ kind, part, run, index, previous });
  }
  return breaks;
}

/** A heading counted 第一、第二… (a part, an article): its marker as written and its number. */
export interface Counted {
  marker: string;
  value: number;
}

/**
 * Where a run of counted headings breaks its count: one fits where it is one more than the one
 * before it or has its position's number (numbering/breaks.ts fitsRun, for items), so that one
 * deleted is one finding, not one for every one after it.
 */
export function countBreaks<T extends { value: number }>(run: readonly T[]): Array<{ kind: PartBreak["kind"]; at: T; index: number; previous: T | null }> {
  const breaks: Array<{ kind: PartBreak["kind"]; at: T; index: number; previous: T | null }> = [];
  run.forEach((at, index) => {
    const previous = index === 0 ? null : run[index - 1]!;
    if (at.value === index + 1 || (previous !== null && at.value === previous.value + 1)) return;
    const kind = previous === null ? "start" : at.value === previous.value ? "duplicate" : at.value > previous.value ? "gap" : "order";
    breaks.push({ kind, at, index, previous });
  });
  return breaks;
}

/**
 * The heading's numeral rewritten to `value` (第三章 → 第二章): the numeral's characters only, so
 * that a format character or a space pasted between 第, the numeral and the word (第<U+200B>三章,
 * 第 三 章) stays where it is; null where one stands inside the numeral (二<U+200B>十), which the
 * numeral's rewrite would drop, or where the heading does not start with the marker it was read as.
 */
export function partNumeralEdit(plan: Pick<PlanDocument, "text">, part: PlanPart, value: number): TextEdit | null {
  const { text } = plan;
  const end = part.heading.end;
  let at = part.heading.start;
  if (text.charCodeAt(at) !== 0x7b2c /* 第 */) return null;
  at++;
  while (at < end && isMarkerGapCode(text.charCodeAt(at))) at++;
  const start = at;
  while (at < end && CHINESE_DIGITS.has(text.charCodeAt(at))) at++;
  const numeral = part.marker.slice(1, part.marker.length - part.word.length);
  if (text.slice(start, at) !== numeral) return null;
  return { start, end: at, newText: toChineseNumeral(value) };
}

const CHINESE_DIGITS = codeUnitSet("一二三四五六七八九十");

/** What the grammar's MarkerGap reads between a marker's tokens: a space, or a format character (its FormatChar). */
function isMarkerGapCode(code: number): boolean {
  if (code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0) return true;
  return code === 0xad || code === 0x180e || (code >= 0x200b && code <= 0x200f) || (code >= 0x2060 && code <= 0x2064) || code === 0xfeff;
}

/**
 * Renumbers parts `from` … `to − 1` of a run to their positions; `renumbered`, where given, is
 * told each part renumbered and its new number (the references it carries, references/renumbering.ts).
 */
export function renumberPartEdits(plan: Pick<PlanDocument, "text">, run: readonly PlanPart[], from = 0, to = run.length, renumbered?: Map<PlanPart, number>): TextEdit[] {
  const edits: TextEdit[] = [];
  for (let index = from; index < to; index++) {
    const part = run[index]!;
    if (part.value === index + 1) continue;
    const edit = partNumeralEdit(plan, part, index + 1);
    if (edit === null) continue;
    edits.push(edit);
    renumbered?.set(part, index + 1);
  }
  return edits;
}

/** The finding message of a part's break, as an item's (numbering/describe.ts breakMessage). */
export function partBreakMessage(brk: PartBreak): string {
  return countBreakMessage(brk.kind, brk.part.word, brk.part, brk.previous, brk.index);
}

/** The finding message of a break in a count of 第X`word` headings (第三章, 第五条). */
export function countBreakMessage(kind: PartBreak["kind"], word: string, at: Counted, previous: Counted | null, index: number): string {
  const named = (value: number) => `第${toChineseNumeral(value)}${word}`;
  const marker = `“${at.marker}”`;
  switch (kind) {
    case "gap": {
      const from = previous!.value + 1;
      const to = at.value - 1;
      return `编号不连续：${marker}前一${word}为“${previous!.marker}”，缺少“${named(from)}”${from === to ? "" : `至“${named(to)}”`}`;
    }
    case "duplicate":
      return `编号重复：${marker}与前一${word}相同，应为“${named(index + 1)}”`;
    case "order":
      return `编号顺序颠倒：${marker}排在“${previous!.marker}”之后，应为“${named(index + 1)}”`;
    case "start":
      return `编号未从“${named(1)}”开始：第一${word}为${marker}`;
  }
}
