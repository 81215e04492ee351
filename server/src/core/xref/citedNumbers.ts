import { writtenEnd } from "../model/cutCitations.js";
import { fromChineseNumeral } from "../model/numerals.js";
import { parentLevel } from "../parents/level.js";
import { findEntry } from "../parents/resolve.js";
import type { ParentDocument, ParentEntry } from "../parents/types.js";
import type { PlanDocument, Span } from "../model/types.js";
import { partitionPoint } from "../text/sorted.js";
import { isSpaceCode } from "../text/spaces.js";
import { citingCells } from "./tableCitations.js";
import { declarationEndingAt, declarationUsed, declaresParent, type ShortTitleDeclaration, shortTitleDeclarations } from "./shortTitles.js";

/**
 * The parent's items a plan names by number in its text, right after naming the parent —
 * `落实《质量强国建设纲要》第（五）条`, `按照纲要第四条和第（二十二）条`, `纲要第八部分`: the drafter's
 * own statement of what a task carries out, as an annotation is. One reading for the two that
 * need it: coverage (which items a task counts for) and xref/unknown-section (a number the parent
 * lacks, a number whose quoted title is another item's), so that what coverage credits and what
 * the rule says of the same words never disagree.
 *
 * The parent is named by its title in 《》 (or an alias), or, for a 纲要, by 纲要 alone as plans
 * write it (not the end of another title, 《国家标准化发展纲要》); a number after another
 * document's title names that document's item. Names are found with indexOf, not a regex: the
 * rule reads the whole plan on every keystroke.
 */
export interface CitedNumber {
  /** The number as written, 第 and 条 included: `第（二十）条`, `（二十二）条` after a 、. */
  start: number;
  end: number;
  text: string;
  value: number;
  /** Where the numeral (二十) is: what a fix to another number rewrites. */
  numeralStart: number;
  numeralEnd: number;
  /** 第八部分, 第（七）部分: a part (each of its items), else an item. */
  part: boolean;
  /** The parent's entry the number names, null where the parent has none. */
  numbered: ParentEntry | null;
  /** The quoted title right after the number (第（十）条“提高……水平”) where it is an item's. */
  titled: { entry: ParentEntry; start: number; end: number; text: string } | null;
  /**
   * The other end of a range this number closes (（十七） of 第（十七）至（十九）条 for （十九）):
   * the entries between the two are cited too (`citedEntriesOf`); null for a number alone.
   */
  rangeFrom: number | null;
}

const NUMERAL = "[一二三四五六七八九十]+";
/**
 * One member of a run of cited numbers: （五）, 第（五）条, 第五条, 第5条, 第八部分, 第（七）部分, and
 * after the first, what joins it to the one before — a list's 、 和 及, a range's 至 到 — (groups:
 * what comes before, the joining word, 第, the bracketed numeral, the bare numeral, what it is).
 * A bare numeral may leave what it numbers to the run's last member (第十七、十八条, 第十七至十九条).
 */
const MEMBER = new RegExp(`^(\\s*(?:([、，,和及与]|以及|至|到|[~～—–－-])\\s*)?)(第\\s*)?(?:[（(]\\s*(${NUMERAL}|\\d{1,2})\\s*[）)]|(${NUMERAL}|\\d{1,2}))\\s*(条|项|款|部分)?`);
/** What joins two numbers into a range: each number between them is cited too. */
const RANGE_JOINERS = new Set(["至", "到", "~", "～", "—", "–", "－", "-"]);

/** How far after a cited number its title may end: the longest title, in quotation marks. */
const TITLE_LOOKAHEAD = 40;
/** A title in quotation marks right after a cited number: 第（十）条“提高农产品食品药品质量安全水平”. */
const QUOTED_TITLE = /^(\s*)[“"「『‘]([^”"」』’\n]{2,36})[”"」』’]/;

const names = new WeakMap<ParentDocument, string[]>();

/** The ways a plan names the parent before a number: 《title》, 《alias》. */
function namesOf(parent: ParentDocument): string[] {
  let result = names.get(parent);
  if (!result) names.set(parent, (result = [parent.title, ...parent.aliases].map((title) => `《${title}》`)));
  return result;
}

/** Whether a bare 纲要 may name the parent. */
export const namedByBareOutline = (parent: ParentDocument): boolean => parent.title.endsWith("纲要");

/**
 * Every number a plan's text cites of the parent, in the order written, as a rule reads it on
 * every keystroke: the titles are the model's citations (no scan of the text per title), 纲要
 * alone one native scan. A short title the plan declares (以下简称《纲要》, 以下简称省纲要) names
 * what its declaration says from there on (xref/shortTitles.ts): the parent's numbers follow it
 * only where that is the parent, and 纲要 stands for a 纲要 parent only where the plan declares no
 * short form that ends there.
 */
export function citedNumbersOfPlan(parent: ParentDocument, plan: Pick<PlanDocument, "text" | "citations" | "memos" | "tables" | "clauses">): CitedNumber[] {
  const { text, citations } = plan;
  const found: CitedNumber[] = [];
  const names = namesOf(parent);
  const declarations = shortTitleDeclarations(plan);
  for (const citation of citations) {
    // The number follows the title's closing mark (》, or ” of a quoted title), past a wrap's break inside the title.
    const after = writtenEnd(text, citation.titleStart, citation.title) + 1;
    const declared = declarations.length === 0 ? undefined : declarationUsed(plan, citation);
    if (declared !== undefined ? declaresParent(declared, parent) : names.includes(`《${citation.title}》`)) readNumbers(parent, text, after, found);
  }
  if (declarations.length > 0) readAfterDeclaredShortForms(parent, text, declarations, found);
  readAfterBareOutline(parent, text, declarations, found);
  readAfterLevelName(parent, text, declarations, found);
  const cells = citingCells(plan, parent);
  if (cells.length === 0) return found.sort((a, b) => a.start - b.start);
  // The text's readings above find a number in a cell after the parent's name (纲要（十二）); a cell's
  // reading must know them, in text order.
  const read = found.sort((a, b) => a.start - b.start).slice();
  for (const cell of cells) readCell(parent, text, cell, found, read);
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The number a 分工表's cell cites under a header that names the parent (xref/tableCitations.ts):
 * （十二）, 第（十二）条, and the item's title after it unquoted, as the cell writes it (（二十）争创
 * 国内国际知名品牌: the title is （二十一）'s, which xref/unknown-section asks about as it asks
 * about a quoted one).
 */
function readCell(parent: ParentDocument, text: string, cell: Span, found: CitedNumber[], read: readonly CitedNumber[]): void {
  const first = partitionPoint(read.length, (k) => read[k]!.start < cell.start);
  if (first < read.length && read[first]!.start < cell.end) {
    // Read already after the parent's name the cell writes (纲要（十二）, 《纲要》第十二条): the
    // cell's edge ends it, as it ends a number read here.
    for (let k = first; k < read.length && read[k]!.start < cell.end; k++) endAtCell(text, read[k]!, cell);
    return;
  }
  const before = found.length;
  readNumbers(parent, text, cell.start, found);
  // A number read past the cell is the next cell's words, no citation of this one; the tab a
  // number's reading took after it (its spaces) is the cell's edge.
  while (found.length > before) {
    const last = found[found.length - 1]!;
    let end = last.end;
    while (end > cell.end && isCellSpace(text.charCodeAt(end - 1))) end--;
    if (end <= cell.end) {
      last.end = end;
      last.text = text.slice(last.start, end);
      break;
    }
    found.pop();
  }
  if (found.length === before) readBareNumeral(parent, text, cell, found);
  if (found.length !== before + 1) return;
  const cited = found[before]!;
  let start = cited.end;
  while (start < cell.end && isCellSpace(text.charCodeAt(start))) start++;
  if (start === cell.end || cited.titled !== null) return;
  const title = text.slice(start, cell.end).replace(/\s+/g, "");
  const entry = (cited.part ? parent.sections : parent.items).find((each) => each.title.replace(/\s+/g, "") === title);
  if (entry) cited.titled = { entry, start, end: cell.end, text: text.slice(start, cell.end) };
}

/** What parts a row's cells: a tab, spaces (the ideographic one of a WPS copy too), a line's end. */
const isCellSpace = (code: number) => code <= 0x20 || isSpaceCode(code);

/** A number read past a cell's end (the tab and spaces after it, taken as a number's spaces) ends at the cell's. */
function endAtCell(text: string, cited: CitedNumber, cell: Span): void {
  let end = Math.min(cited.end, cell.end);
  while (end > cited.start && isCellSpace(text.charCodeAt(end - 1))) end--;
  if (end === cited.end || end <= cited.numeralEnd) return;
  cited.end = end;
  cited.text = text.slice(cited.start, end);
}

/**
 * A cell that writes the item's number alone, bare (十二, 12): under a column that says what its
 * cells number (对应纲要条目), the item of that number — a bare numeral in the text is no citation
 * (十四五), nor is one in any other column.
 */
function readBareNumeral(parent: ParentDocument, text: string, cell: Span, found: CitedNumber[]): void {
  if (cell.end - cell.start > MAX_BARE_NUMERAL) return;
  const written = text.slice(cell.start, cell.end);
  if (!BARE_NUMERAL.test(written)) return;
  const value = written.charCodeAt(0) < 0x80 ? Number(written) : fromChineseNumeral(written);
  if (value === null || value === 0) return;
  found.push({ start: cell.start, end: cell.end, text: written, value, numeralStart: cell.start, numeralEnd: cell.end, part: false, numbered: findEntry(parent, 2, value), titled: null, rangeFrom: null });
}

const BARE_NUMERAL = new RegExp(`^(?:${NUMERAL}|\\d{1,2})$`);
/** The longest bare numeral an item's number is (三十二). */
const MAX_BARE_NUMERAL = 4;

/**
 * The short forms a plan declares, used without title marks (省纲要第三条, 标准化纲要第七部分):
 * the parent's numbers follow those whose declaration names the parent. A shorter form inside a
 * longer one declared (纲要 of 标准化纲要) is the longer one's; one in 《》 is a citation, read above.
 */
function readAfterDeclaredShortForms(parent: ParentDocument, text: string, declarations: readonly ShortTitleDeclaration[], found: CitedNumber[]): void {
  const shorts = new Set<string>();
  for (const declaration of declarations) if (declaresParent(declaration, parent)) shorts.add(declaration.short);
  for (const short of shorts) {
    for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + short.length)) {
      const end = at + short.length;
      if (text.charCodeAt(end) === 0x300b /* 》 */) continue;
      const declared = declarationEndingAt(declarations, text, end);
      if (declared !== undefined && declared.short === short && declaresParent(declared, parent)) readNumbers(parent, text, end, found);
    }
  }
}

/**
 * A local parent named by its level, as a county's plan names its city's (落实市方案第（六）条,
 * 按照市实施方案（四）; its annotations say 〔对应市方案：…〕, xref/annotations.ts): the level words
 * of the parent's level (parents/level.ts) before a kind of document. The national outline is
 * named by 纲要 (above): a plan with no local parent reads nothing more here.
 */
function readAfterLevelName(parent: ParentDocument, text: string, declarations: readonly ShortTitleDeclaration[], found: CitedNumber[]): void {
  const pattern = levelNameOf(parent);
  if (pattern === null) return;
  for (const kind of LEVEL_NAMED_KINDS) {
    for (let at = text.indexOf(kind); at >= 0; at = text.indexOf(kind, at + kind.length)) {
      const end = at + kind.length;
      if (!NUMBER_OPENS.has(text.charCodeAt(end))) continue;
      // A few characters before the kind hold the level name and what opens it; at the text's
      // start a line break stands for what opens it.
      const before = at >= LEVEL_NAME_REACH ? text.slice(at - LEVEL_NAME_REACH, at) : `\n${text.slice(0, at)}`;
      // A short form the plan declares (以下简称市方案) says itself what it names (above).
      if (pattern.test(before) && (declarations.length === 0 || declarationEndingAt(declarations, text, end) === undefined)) readNumbers(parent, text, end, found);
    }
  }
}

/** How far before its kind a level name and what opens it reach (按照自治区级实施: 8). */
const LEVEL_NAME_REACH = 8;
/** The kinds of document a level name ends in: 市方案, 市实施方案, 省实施意见, 市行动计划. */
const LEVEL_NAMED_KINDS = ["方案", "意见", "计划"];
/** The level words of each level, as a level name writes them before its kind (市级实施方案). */
const LEVEL_NAME_WORDS: Record<string, string> = { 省: "(?:省|自治区)", 市: "(?:市|州|盟)", 县: "(?:县|区|旗)" };

const levelNames = new WeakMap<ParentDocument, RegExp | null>();

/** What a level name holds before its kind: the level word, 级, 实施 or 行动 (市级实施, 州行动). */
function levelNameOf(parent: ParentDocument): RegExp | null {
  let pattern = levelNames.get(parent);
  if (pattern === undefined) {
    const level = parentLevel(parent);
    const words = level === null ? undefined : LEVEL_NAME_WORDS[level];
    // The word must open the name: 全市 and 城市 end in 市 but name no document's level.
    levelNames.set(parent, (pattern = words === undefined ? null : new RegExp(`(?:[^\u4e00-\u9fff]|落实|贯彻|按照|对照|根据|依据|执行|结合|参照)${words}级?(?:实施|行动)?$`, "u")));
  }
  return pattern;
}

/**
 * 纲要 alone, not the end of a title in 《》 (that is the title's own, or another's). 《纲要》 is
 * 纲要 alone in title marks — the short title a plan declares (以下简称《纲要》) and then cites by
 * (落实《纲要》第（十二）条) — so the number after its 》 is read too. Where the plan declares a short
 * form that ends there (纲要, 省纲要, 标准化纲要), its declaration decides, above: only an
 * undeclared 纲要 is taken for a 纲要 parent.
 */
function readAfterBareOutline(parent: ParentDocument, text: string, declarations: readonly ShortTitleDeclaration[], found: CitedNumber[]): void {
  if (!namedByBareOutline(parent)) return;
  for (let at = text.indexOf("纲要"); at >= 0; at = text.indexOf("纲要", at + 2)) {
    const marked = text.charCodeAt(at + 2) === 0x300b; /* 》 */
    if (marked && (at === 0 || text.charCodeAt(at - 1) !== 0x300a /* 《 */)) continue;
    // The parent's own title written without marks (质量强国建设纲要第（五）条) is the parent's whatever 纲要 is declared for.
    if (declarations.length > 0 && declarationEndingAt(declarations, text, at + 2) !== undefined && !endsWithTitle(parent, text, at + 2)) continue;
    readNumbers(parent, text, marked ? at + 3 : at + 2, found);
  }
}

function endsWithTitle(parent: ParentDocument, text: string, end: number): boolean {
  return [parent.title, ...parent.aliases].some((title) => text.startsWith(title, end - title.length));
}

/** What a cited number may open with, a separator and spaces aside: 第, a bracket, a numeral. */
const NUMBER_OPENS = new Set([..."第（(一二三四五六七八九十"].map((c) => c.charCodeAt(0)));
const NUMBER_SEPARATORS = new Set([..."、，,和及与 \t\u3000"].map((c) => c.charCodeAt(0)));

/** A member of a run read, before the run's last member says what the bare numerals number. */
interface Member {
  start: number;
  end: number;
  numeral: string;
  numeralStart: number;
  value: number;
  bracketed: boolean;
  kind: string | undefined;
  range: boolean;
  title: RegExpExecArray | null;
}

/**
 * The numbers written one after another from `at` (第四条和第（二十二）条, 第（十七）、（十八）条,
 * 第十七至十九条). What a bare numeral numbers is said by itself or by a later member of its run
 * (十七 of 第十七、十八条 is an item as 十八条 is); one said by none (纲要三年, 纲要和十四五规划) is
 * no citation. Figures (第17条) are read where the run opens with 第 and says what it numbers.
 */
function readNumbers(parent: ParentDocument, text: string, at: number, found: CitedNumber[]): void {
  // Nearly every 纲要 is followed by none: one look at the next code units before a slice.
  let next = at;
  while (next < at + 3 && NUMBER_SEPARATORS.has(text.charCodeAt(next))) next++;
  if (!NUMBER_OPENS.has(text.charCodeAt(next))) return;
  const run: Member[] = [];
  let opensWithOrdinal = false;
  for (;;) {
    const member = MEMBER.exec(text.slice(at, at + 16));
    // The first member follows the parent's name, not a range word.
    if (!member || (run.length === 0 && member[2] !== undefined && RANGE_JOINERS.has(member[2]))) break;
    // After the first, a bare numeral is another member only after a joining word or a title:
    // 十四五 is one word, never 十四 and 五.
    const previous = run[run.length - 1];
    if (previous && member[2] === undefined && member[3] === undefined && member[4] === undefined && previous.title === null) break;
    const numeral = member[4] ?? member[5]!;
    const arabic = numeral.charCodeAt(0) < 0x80;
    const value = arabic ? Number(numeral) : fromChineseNumeral(numeral);
    if (value === null || value === 0) break;
    if (run.length === 0) opensWithOrdinal = member[3] !== undefined;
    const start = at + member[1]!.length;
    const end = at + member[0].length;
    at = end;
    // The next number may follow the quoted title (第（十三）条“……”和第（十四）条“……”).
    const title = QUOTE_OPENS.test(text.charAt(at)) ? QUOTED_TITLE.exec(text.slice(at, at + TITLE_LOOKAHEAD)) : null;
    if (title) at += title[0].length;
    run.push({ start, end, numeral, numeralStart: text.indexOf(numeral, start), value, bracketed: member[4] !== undefined, kind: member[6], range: member[2] !== undefined && RANGE_JOINERS.has(member[2]), title });
  }
  // A kind said later holds for the members before it that say none.
  let kind: string | undefined;
  for (let i = run.length - 1; i >= 0; i--) {
    const member = run[i]!;
    kind = member.kind ?? kind;
    const arabic = member.numeral.charCodeAt(0) < 0x80;
    if ((!member.bracketed && kind === undefined) || (arabic && (!opensWithOrdinal || kind === undefined))) continue;
    const part = kind === "部分";
    const previous = run[i - 1];
    const rangeFrom = member.range && previous && previous.value < member.value ? previous.value : null;
    const numbered = part ? findEntry(parent, 1, member.value) : findEntry(parent, 2, member.value);
    found.push({
      start: member.start,
      end: member.end,
      text: text.slice(member.start, member.end),
      value: member.value,
      numeralStart: member.numeralStart,
      numeralEnd: member.numeralStart + member.numeral.length,
      part,
      numbered,
      titled: member.title ? titleOf(parent, member.title, member.end, part) : null,
      rangeFrom,
    });
  }
}

/** What may open a quoted title after a number, spaces before it aside. */
const QUOTE_OPENS = /[\s“"「『‘]/;

/**
 * The parent's entry whose title the quotation right after a cited number (at `at`) is, else
 * null: an item's, or after a part's number a part's first (第三部分“推动经济质量效益型发展”).
 */
function titleOf(parent: ParentDocument, quoted: RegExpExecArray, at: number, part: boolean): CitedNumber["titled"] {
  const title = quoted[2]!.replace(/\s+/g, "");
  const same = (entry: ParentEntry) => entry.title.replace(/\s+/g, "") === title;
  const entry = (part ? parent.sections.find(same) : undefined) ?? parent.items.find(same);
  if (!entry) return null;
  const start = at + quoted[1]!.length;
  return { entry, start, end: at + quoted[0].length, text: quoted[0].slice(quoted[1]!.length) };
}

/**
 * The entries a citation counts for: the item whose title the drafter copied where the number,
 * typed by hand, names another — 第（二十）条“提高农产品食品药品质量安全水平” is （十）; a part
 * stands for each of its items.
 */
export function citedEntriesOf(parent: ParentDocument, cited: CitedNumber): ParentEntry[] {
  const entry = cited.titled?.entry ?? cited.numbered;
  const entries: ParentEntry[] = [];
  // 第（十七）至（十九）条: the ends are cited numbers of their own, the numbers between are this one's.
  for (let value = (cited.rangeFrom ?? cited.value) + 1; value < cited.value; value++) {
    const between = findEntry(parent, cited.part ? 1 : 2, value);
    if (between) entries.push(between);
  }
  if (entry !== null) entries.push(entry);
  return entries.flatMap((each) => (each.level === 1 ? parent.items.filter((item) => item.section === each) : [each]));
}
