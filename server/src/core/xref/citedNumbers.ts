import { fromChineseNumeral } from "../model/numerals.js";
import { parentLevel } from "../parents/level.js";
import { findEntry } from "../parents/resolve.js";
import type { ParentDocument, ParentEntry } from "../parents/types.js";
import type { CitationNode } from "../syntax/cst.js";

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
}

const NUMERAL = "[一二三四五六七八九十]+";
/**
 * One item or part named by number: （五）, 第（五）条, 第五条, 第八部分, 第（七）部分 (groups: what
 * comes before, the bracketed numeral, what it is, the bare numeral, what it is). A bare numeral
 * must say what it numbers (条, 项, 部分).
 */
const CITED_NUMBER = new RegExp(`^(\\s*(?:[、，,和及与]\\s*)?)(?:第\\s*)?(?:[（(]\\s*(${NUMERAL})\\s*[）)]\\s*(条|项|款|部分)?|(${NUMERAL})\\s*(条|项|款|部分))`);

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

/** Every number the text cites of the parent, in the order written. */
export function citedNumbers(parent: ParentDocument, text: string): CitedNumber[] {
  const found: CitedNumber[] = [];
  for (const name of namesOf(parent)) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) readNumbers(parent, text, at + name.length, found);
  }
  readAfterBareOutline(parent, text, found);
  readAfterLevelName(parent, text, found);
  return found.sort((a, b) => a.start - b.start);
}

/**
 * `citedNumbers` of a whole plan, as a rule reads it on every keystroke: the titles are the
 * model's citations (no scan of the text per title), 纲要 alone one native scan.
 */
export function citedNumbersOfPlan(parent: ParentDocument, text: string, citations: readonly CitationNode[]): CitedNumber[] {
  const found: CitedNumber[] = [];
  const names = namesOf(parent);
  for (const citation of citations) {
    // The number follows the title's closing mark (》, or ” of a quoted title).
    const after = citation.titleStart + citation.title.length + 1;
    if (names.includes(`《${citation.title}》`)) readNumbers(parent, text, after, found);
  }
  readAfterBareOutline(parent, text, found);
  readAfterLevelName(parent, text, found);
  return found.sort((a, b) => a.start - b.start);
}

/**
 * A local parent named by its level, as a county's plan names its city's (落实市方案第（六）条,
 * 按照市实施方案（四）; its annotations say 〔对应市方案：…〕, xref/annotations.ts): the level words
 * of the parent's level (parents/level.ts) before a kind of document. The national outline is
 * named by 纲要 (above): a plan with no local parent reads nothing more here.
 */
function readAfterLevelName(parent: ParentDocument, text: string, found: CitedNumber[]): void {
  const pattern = levelNameOf(parent);
  if (pattern === null) return;
  for (const kind of LEVEL_NAMED_KINDS) {
    for (let at = text.indexOf(kind); at >= 0; at = text.indexOf(kind, at + kind.length)) {
      const end = at + kind.length;
      if (!NUMBER_OPENS.has(text.charCodeAt(end))) continue;
      // A few characters before the kind hold the level name and what opens it; at the text's
      // start a line break stands for what opens it.
      const before = at >= LEVEL_NAME_REACH ? text.slice(at - LEVEL_NAME_REACH, at) : `\n${text.slice(0, at)}`;
      if (pattern.test(before)) readNumbers(parent, text, end, found);
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
 * (落实《纲要》第（十二）条) — so the number after its 》 is read too.
 */
function readAfterBareOutline(parent: ParentDocument, text: string, found: CitedNumber[]): void {
  if (!namedByBareOutline(parent)) return;
  for (let at = text.indexOf("纲要"); at >= 0; at = text.indexOf("纲要", at + 2)) {
    if (text.charCodeAt(at + 2) !== 0x300b /* 》 */) readNumbers(parent, text, at + 2, found);
    else if (at > 0 && text.charCodeAt(at - 1) === 0x300a /* 《 */) readNumbers(parent, text, at + 3, found);
  }
}

/** What a cited number may open with, a separator and spaces aside: 第, a bracket, a numeral. */
const NUMBER_OPENS = new Set([..."第（(一二三四五六七八九十"].map((c) => c.charCodeAt(0)));
const NUMBER_SEPARATORS = new Set([..."、，,和及与 \t\u3000"].map((c) => c.charCodeAt(0)));

/** The numbers written one after another from `at` (第四条和第（二十二）条). */
function readNumbers(parent: ParentDocument, text: string, at: number, found: CitedNumber[]): void {
  for (;;) {
    // Nearly every 纲要 is followed by none: one look at the next code units before a slice.
    let next = at;
    while (next < at + 3 && NUMBER_SEPARATORS.has(text.charCodeAt(next))) next++;
    if (!NUMBER_OPENS.has(text.charCodeAt(next))) return;
    const number = CITED_NUMBER.exec(text.slice(at, at + 16));
    if (!number) return;
    const start = at + number[1]!.length;
    at += number[0].length;
    const numeral = number[2] ?? number[4]!;
    const value = fromChineseNumeral(numeral);
    if (value === null) continue;
    const part = (number[3] ?? number[5]) === "部分";
    const numbered = part ? findEntry(parent, 1, value) : findEntry(parent, 2, value);
    const numeralStart = text.indexOf(numeral, start);
    const end = at;
    // The next number may follow the quoted title (第（十三）条“……”和第（十四）条“……”).
    const quoted = QUOTE_OPENS.test(text.charAt(at)) ? QUOTED_TITLE.exec(text.slice(at, at + TITLE_LOOKAHEAD)) : null;
    if (quoted) at += quoted[0].length;
    found.push({ start, end, text: text.slice(start, end), value, numeralStart, numeralEnd: numeralStart + numeral.length, part, numbered, titled: quoted ? titleOf(parent, quoted, end, part) : null });
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
  return entry === null ? [] : entry.level === 1 ? parent.items.filter((item) => item.section === entry) : [entry];
}
