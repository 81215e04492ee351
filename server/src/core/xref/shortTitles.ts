import { PlanMemo } from "../model/planMemo.js";
import type { PlanDocument } from "../model/types.js";
import { parentOfCitation } from "../parents/resolve.js";
import type { ParentDocument } from "../parents/types.js";
import type { CitationNode } from "../syntax/cst.js";

/**
 * Short titles: a plan cites a document in full once and names it by a short form afterwards,
 * declared where it is first cited — 《质量强国建设纲要》（以下简称《纲要》）, 《江西省质量强省建设纲要》
 * （以下简称《省纲要》）, （以下简称“十四五”规划）. A short form that is only a genre word (《纲要》,
 * 《意见》, 《实施方案》) says nothing by itself: a reader needs that declaration to know which
 * document it is. The declaration decides what the short form stands for from there on: a plan
 * that declares 《国家标准化发展纲要》（以下简称《纲要》） cites that outline by 《纲要》, not the
 * quality outline (xref/citedNumbers.ts reads a parent's numbers after a short form only where
 * the declaration names that parent).
 */

/**
 * A title that is only a kind of document, with at most a word that says nothing of which
 * document (《实施意见》, 《规划纲要》, 《建设纲要》, 《工作要点》): it names no document without a
 * declaration.
 */
const GENRE_ONLY = /^(?:实施|指导|工作|行动|三年行动|专项|规划|发展|建设|总体|若干)?(?:纲要|意见|方案|规划|计划|通知|决定|办法|条例|细则|规定|措施|要点)$/;

export interface ShortTitleDeclaration {
  /** The short form declared, without the marks that wrap it whole: 纲要, 省纲要, “十四五”规划. */
  short: string;
  /** Where 简称 starts: the short form stands for the document from here on. */
  start: number;
  /**
   * The citation it abbreviates: the one right before the declaration's bracket (its 文号 may stand
   * between them), through a short form it declares again (《纲要》（以下简称《国纲》）); null where none is.
   */
  full: CitationNode | null;
  /** Where no citation is, the words right before the bracket: a title written without marks (质量强国建设纲要（以下简称纲要）). */
  preceding: string;
}

export function isGenreOnly(title: string): boolean {
  return GENRE_ONLY.test(title);
}

/** What ends the short form after 简称: the bracket's close, a mark that ends a clause, a line's end. */
const SHORT_ENDS = /[）)，,；;。\r\n]/;
/** The longest short form read (以下简称“十四五”市场监管规划: 12). */
const MAX_SHORT = 20;
/** How far before 简称 the citation it abbreviates may end: its 文号 and 以下 between them, （国发〔2021〕27号，以下. */
const MAX_GAP = 40;
/**
 * What may not stand between a citation and the declaration of its short form: the sentence
 * ended, or a bracket closed (the declaration is in another bracket, after other words).
 */
const GAP_BREAK = /[。；;）)\r\n]/;

const DOC_NUMBER_BRACKET = /^[（(][^（）()\r\n]{1,24}号[）)]/;

const read = new PlanMemo<ShortTitleDeclaration[]>();

/** Every short-title declaration of a plan, in text order, with the citation each abbreviates; read once per plan. */
export function shortTitleDeclarations(plan: Pick<PlanDocument, "text" | "citations" | "memos">): readonly ShortTitleDeclaration[] {
  return read.of(plan, () => readDeclarations(plan.text, plan.citations));
}

function readDeclarations(text: string, citations: readonly CitationNode[]): ShortTitleDeclaration[] {
  const declarations: ShortTitleDeclaration[] = [];
  // Citations are in text order: one cursor over them serves every declaration.
  let next = 0;
  // One native scan: most plans declare nothing.
  for (let at = text.indexOf("简称"); at >= 0; at = text.indexOf("简称", at + 2)) {
    const short = shortFormAt(text, at + 2);
    if (short === null) continue;
    while (next < citations.length && citations[next]!.end <= at) next++;
    const before = next > 0 ? citations[next - 1]! : null;
    // A 文号 in a bracket of its own may come first: 《…》（中发〔2022〕17号）（以下简称《纲要》）.
    const gap = before === null ? "" : text.slice(before.end, at).replace(DOC_NUMBER_BRACKET, "");
    const adjacent = before !== null && gap.length <= MAX_GAP && !GAP_BREAK.test(gap) ? before : null;
    const full = adjacent && isGenreOnly(adjacent.title) ? (inForce(declarations, adjacent.title, adjacent.start)?.full ?? null) : adjacent;
    declarations.push({ short, start: at, full, preceding: full === null ? wordsBeforeBracket(text, at) : "" });
  }
  return declarations;
}

/** The words before the bracket that holds the declaration at `at` (质量强国建设纲要 of 质量强国建设纲要（以下简称纲要））, "" where no bracket opens near it. */
function wordsBeforeBracket(text: string, at: number): string {
  const window = text.slice(Math.max(0, at - MAX_GAP), at);
  const bracket = Math.max(window.lastIndexOf("（"), window.lastIndexOf("("));
  if (bracket < 0 || GAP_BREAK.test(window.slice(bracket))) return "";
  const start = at - window.length + bracket;
  return text.slice(Math.max(0, start - MAX_GAP), start);
}

/** The short form written from `at` (after 简称, 为 and spaces aside), without the marks that wrap it whole; null where none is. */
function shortFormAt(text: string, at: number): string | null {
  let start = at;
  if (text.charCodeAt(start) === 0x4e3a /* 为 */) start++;
  while (start < text.length && /[ \t\u3000]/.test(text.charAt(start))) start++;
  const window = text.slice(start, start + MAX_SHORT + 2);
  const end = window.search(SHORT_ENDS);
  const written = (end < 0 ? window : window.slice(0, end)).trim();
  const short = unwrapped(written);
  return short.length === 0 || short.length > MAX_SHORT || /[《》]/.test(short) ? null : short;
}

const WRAPS: ReadonlyArray<readonly [string, string]> = [["《", "》"], ["“", "”"], ["\"", "\""], ["「", "」"], ["『", "』"]];

/** 《纲要》 → 纲要, “纲要” → 纲要; “十四五”规划 stays as written: the marks are part of it. */
function unwrapped(written: string): string {
  for (const [open, close] of WRAPS) {
    if (written.startsWith(open) && written.endsWith(close) && written.length > 2 && !written.slice(1, -1).includes(close)) return written.slice(1, -1);
  }
  return written;
}

/** The declaration of `short` in force at `at`: the last one before it; undefined where none is. */
export function inForce(declarations: readonly ShortTitleDeclaration[], short: string, at: number): ShortTitleDeclaration | undefined {
  let found: ShortTitleDeclaration | undefined;
  for (const declaration of declarations) {
    if (declaration.start >= at) break;
    if (declaration.short === short) found = declaration;
  }
  return found;
}

/**
 * The declaration whose short form ends at `end` in the text and is in force there: the longest
 * (标准化纲要 over 纲要, where both are declared), the last declared of equal length; undefined
 * where no declared short form ends there.
 */
export function declarationEndingAt(declarations: readonly ShortTitleDeclaration[], text: string, end: number): ShortTitleDeclaration | undefined {
  let found: ShortTitleDeclaration | undefined;
  for (const declaration of declarations) {
    if (declaration.start >= end) break;
    const start = end - declaration.short.length;
    if (declaration.start < start && (found === undefined || declaration.short.length >= found.short.length) && text.startsWith(declaration.short, start)) found = declaration;
  }
  return found;
}

/** Whether the declaration's document is the parent: its citation names it (parents/resolve.ts), or the words before it end with its title. */
export function declaresParent(declaration: ShortTitleDeclaration, parent: ParentDocument): boolean {
  if (declaration.full !== null) return parentOfCitation(declaration.full, [parent]) === parent;
  return declaration.preceding !== "" && [parent.title, ...parent.aliases].some((title) => declaration.preceding.endsWith(title));
}

/**
 * The declaration a citation uses (《纲要》 after 以下简称《纲要》), undefined where its title is
 * no short form in force there or the citation is the declaration itself.
 */
export function declarationUsed(plan: Pick<PlanDocument, "text" | "citations" | "memos">, citation: CitationNode): ShortTitleDeclaration | undefined {
  if (isDeclared(plan.text, citation)) return undefined;
  return inForce(shortTitleDeclarations(plan), citation.title, citation.start);
}

/** Whether the citation is the short form inside a declaration (以下简称《纲要》), not a use of it. */
export function isDeclared(text: string, citation: CitationNode): boolean {
  return /简称\s*为?\s*$/.test(text.slice(Math.max(0, citation.start - 8), citation.start));
}
