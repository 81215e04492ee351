import type { PlanDocument } from "../model/types.js";
import { TextLineFinder } from "../model/setApart.js";
import { inlinePartsOf } from "../model/inline.js";
import type { LineNode } from "../syntax/cst.js";
import { isTableLabel } from "../model/tableLabel.js";
import { numberOf } from "./numbers.js";
import type { InternalReference } from "./types.js";

const SPACE = "[ \\t\\u3000]{0,2}";
const CHINESE = "[一二三四五六七八九十]{1,3}";
/**
 * A numeral after 附件: Arabic (half or full width) not followed by another digit or a sub-number
 * (附件1-2, an attachment's part, which no label here numbers), or Chinese not
 * followed by what makes it a word (附件一并报送, 附件一式两份, 附表一览, 附件一份).
 */
const ANNEX_NUMBER = `[0-9０-９]{1,3}(?![0-9０-９]|[-－—–.．][0-9０-９])|${CHINESE}(?![并览份起同律般致样些直旦道齐式张页本套次])`;
/**
 * The words by which a plan names itself, or what it has just said (上述第（五）项), or sends the
 * reader on without naming another document (`（见第三章）`, `详见第二部分`: 见 right before 第;
 * another document's number has its name between them, `见《纲要》第三章`).
 */
const SELF = "(?:(?:本(?:实施|工作|行动)?(?:方案|计划|意见|规划)|上述|前述|上文)(?:的|中的|中)?|(?<![《〈])(?:详见|参见|见))";
const OPEN = "[（(]";
const RELATIVE = /^(?:上述|前述|上文)/u;
const CLOSE = "[）)]";

/**
 * What joins the numbers of a list or a range: `第二、四部分`, `第三部分和第五部分`, `第（一）至（三）项`.
 * 至 must not start a word it makes (至少, 至今, 至关): a numeral must follow it.
 */
export const SEPARATOR = "(?:以及|[、和及与至到]|[—－-]{1,2})";

/**
 * One pass over the text finds every reference (a plan without one costs this pass only): each
 * 附 and 第 is a place where one may start, read there by sticky expressions, each of which V8
 * compiles in a fraction of a millisecond. (As one unanchored expression with the plan's own
 * words before each 第 — the same syntax — its first use took 4–7 ms to compile: a twentieth of
 * a one-file `plancheck` run, paid again in every process.)
 */
const START = /[附第]/g;
/** `附件2`, `附表一`: 1 its word, 2 its number (absent: `见附件`, see BARE_ANNEX_AFTER). */
const ANNEX = new RegExp(`附${SPACE}([件表])(?:${SPACE}(${ANNEX_NUMBER}))?`, "uy");
/**
 * From 第, a part: 1 its number, 2 numbers that go on before its word (`第二、四部分`), 3 the word,
 * 4 the same word's parts after it (`第三部分和第五部分`), optionally with `第（二）项` after it (5).
 */
const PART = new RegExp(`第(${CHINESE})((?:${SEPARATOR}第?${CHINESE})*)(部分|章|节|篇)((?:${SEPARATOR}第${CHINESE}\\3)*)(?:(?:的|中的|中)?第?${OPEN}(${CHINESE})${CLOSE}(?:项|条)?)?`, "uy");
/** From 第, an item: 1 its number, 2 items that go on before 项 (`第（五）、（六）项`). */
const ITEM = new RegExp(`第${OPEN}(${CHINESE})${CLOSE}((?:${SEPARATOR}第?${OPEN}${CHINESE}${CLOSE})*)(?:项|条)`, "uy");
/** SELF ending right at a 第, tried from each place it may start. */
const SELF_BEFORE_NUMBER = new RegExp(`${SELF}(?=第)`, "uy");
/** The longest SELF (`本实施方案中的`), and the characters any SELF ends with: one of them must stand right before 第. */
const SELF_LENGTH = 7;
const SELF_ENDS = new Set("案划见述文的中");
/**
 * A verb right before a bare 第 (`落实第（一）项要求`, `按照第三部分`): with no document named
 * between them, the number is the plan's own. Another document's stands after its name
 * (`落实《纲要》第（五）条`, `按照纲要第三章`), which no verb is.
 */
const BARE_GOVERNOR = /(?:落实|按照|依照|依据|根据|执行|对照|参照|遵照)$/u;

/**
 * What may follow a 附件 written without a number for it to name an attachment (`详见附件。`,
 * `（见附件）`, `见附件：重点任务分工表`, `附件所列`, `附件中的`), not a word it starts
 * (附件材料, 附件说明, 附件一并报送): a mark, a space, the line's end, or 所/中/的.
 */
const BARE_ANNEX_AFTER = /^(?:$|[\s\u3000，。；、：:,.;!！?？）)】」』”’]|[所中的])/u;

/** Each further number of a list (PART's groups 2 and 4, ITEM's 2): its separator, the 第 or bracket before it, the numeral. */
const LISTED = new RegExp(`(${SEPARATOR})(第?${OPEN}?)(${CHINESE})`, "gu");

/** A title after a reference to an attachment: `附件2：重点任务分工表`, `附件2《……》`. */
const COLON_TITLE = /^[：:][ \t\u3000]*([^（）()。；;，,、\n\r]{2,40})/u;
const MARKED_TITLE = /^[ \t\u3000]*《([^《》\n\r]{2,60})》/u;

/**
 * The references in the plan's text from its preamble on: not in the notice above it (whose
 * 附件 is the plan itself), a comment, lines set apart as debris, the attachments' labels and the
 * 附件说明 (their lines are of kind `attachment`), a 附表's own label, or a citation's title.
 */
export function readMentions(plan: PlanDocument, bodyStart: number): InternalReference[] {
  const { text } = plan;
  const found: InternalReference[] = [];
  const finder = new TextLineFinder(plan);
  // How the plan names itself, read only where a document's word stands before a 附件.
  let own: OwnNames | null = null;
  // Where the last reference ended: the next starts there or later, as one pass over the text reads them.
  let readTo = bodyStart;
  let lastStart = bodyStart - 1;
  START.lastIndex = bodyStart;
  for (let hit = START.exec(text); hit !== null; hit = START.exec(text)) {
    const at = hit.index;
    const previousStart = lastStart;
    lastStart = at;
    if (at < readTo) continue;
    if (text.charCodeAt(at) === 0x9644 /* 附 */) {
      ANNEX.lastIndex = at;
      const match = ANNEX.exec(text);
      if (match === null) continue;
      const end = at + match[0].length;
      readTo = end;
      const line = finder.lineAt(at);
      if (line === null || (line.kind === "text" && line.textKind === "attachment") || insideOtherPart(line, at)) continue;
      // A 附表's own label (`附表1：……` opening its line) is the target, not a reference.
      if (match[1] === "表" && at === line.indentEnd && isTableLabel(text.slice(line.indentEnd, line.contentEnd).trim())) continue;
      const before = text.slice(Math.max(line.indentEnd, at - BEFORE_WINDOW), at);
      if (OTHER_DOCUMENT_BEFORE.test(before) && afterOtherDocument(before, text, line.indentEnd, at, (own ??= ownNames(plan.title?.text ?? "")))) continue;
      if (match[2] === undefined) {
        // `见附件`: the plan's one attachment, if it has a single unnumbered one (references/index.ts decides).
        if (match[1] === "件" && BARE_ANNEX_AFTER.test(text.slice(end, end + 1))) found.push({ kind: "attachment", word: "附件", number: 1, bare: true, written: match[0], title: titleAfter(text, end, line.contentEnd), start: at, end });
        continue;
      }
      const number = numberOf(match[2]);
      if (number === null) continue;
      found.push({ kind: "attachment", word: match[1] === "件" ? "附件" : "附表", number, written: match[0], title: titleAfter(text, end, line.contentEnd), start: at, end });
      continue;
    }
    // A 第 the plan's own words stand right before: from where they start (neither holds a 附 or 第).
    let start = -1;
    if (SELF_ENDS.has(text[at - 1] ?? "")) {
      for (let from = Math.max(readTo, previousStart + 1, at - SELF_LENGTH); from < at && start < 0; from++) {
        SELF_BEFORE_NUMBER.lastIndex = from;
        if (SELF_BEFORE_NUMBER.test(text)) start = from;
      }
    }
    // Or a bare one, right after a verb that governs it (落实第（一）项): it starts at its 第.
    const bare = start < 0 && BARE_GOVERNOR.test(text.slice(Math.max(0, at - 2), at));
    if (start < 0 && !bare) continue;
    if (bare) start = at;
    PART.lastIndex = at;
    const part = PART.exec(text);
    ITEM.lastIndex = at;
    const item = part === null ? ITEM.exec(text) : null;
    const tail = part ?? item;
    if (tail === null) continue;
    // 条 without the plan's name is the outline's word (落实第（五）条 under a 《纲要》 just named): only 项 and a part's word are the plan's.
    if (bare && (item !== null ? !item[0].endsWith("项") : /条$/u.test(part![0]))) continue;
    const end = at + tail[0].length;
    readTo = end;
    const line = finder.lineAt(start);
    if (line === null || (line.kind === "text" && line.textKind === "attachment") || insideOtherPart(line, start)) continue;
    const written = text.slice(start, end);
    const relative = RELATIVE.test(written);
    if (part !== null) {
      const partNumber = numberOf(part[1]!);
      if (partNumber === null) continue;
      const word = part[3]!;
      const itemNumber = part[5] !== undefined ? numberOf(part[5]) : null;
      const numbers = listOf(text, start, at + 1 + part[1]!.length, part[2]! + word + part[4]!, end);
      // An item after a list (`第二部分和第三部分第（一）项`) is of the last part named.
      numbers.forEach((n, i) => found.push({ kind: "section", written: n.written, list: numbers.length > 1 ? written : null, range: n.range, part: { value: i === 0 ? partNumber : n.value, word }, item: i === numbers.length - 1 ? itemNumber : null, relative, start: n.start, end: n.end }));
    } else {
      const itemNumber = numberOf(item![1]!);
      if (itemNumber === null) continue;
      const numbers = listOf(text, start, at + 3 + item![1]!.length, item![2]!, end);
      numbers.forEach((n, i) => found.push({ kind: "section", written: n.written, list: numbers.length > 1 ? written : null, range: n.range, part: null, item: i === 0 ? itemNumber : n.value, relative, start: n.start, end: n.end }));
    }
  }
  return found;
}

interface ListedNumber {
  /** The number; NaN for the first, which the caller has read. */
  value: number;
  /** The number as written with its 第 or bracket (`本方案第三部分`, `第五部分`, `四部分`, `（六）项`): where renumbering.ts finds its numeral. */
  written: string;
  range: boolean;
  start: number;
  end: number;
}

/** A separator that makes a range (`第一至三部分`), not a list. */
export const RANGE = /^(?:[至到]|[—－-]{1,2})$/u;

/**
 * The numbers of a reference that may go on as a list or a range: the first from the
 * reference's start, each further one (in `listed`, the text from `firstEnd`: `、四部分`,
 * `部分和第五部分`, `、（六）项`) from its 第, bracket or numeral; each reaches to where the next
 * one's separator begins, the last to the reference's end. One number where there is no list.
 */
function listOf(text: string, start: number, firstEnd: number, listed: string, end: number): ListedNumber[] {
  const found: ListedNumber[] = [{ value: Number.NaN, written: "", range: false, start, end }];
  LISTED.lastIndex = 0;
  for (let match = LISTED.exec(listed); match !== null; match = LISTED.exec(listed)) {
    const value = numberOf(match[3]!);
    if (value === null) continue;
    const before = found[found.length - 1]!;
    before.end = firstEnd + match.index;
    const range = RANGE.test(match[1]!);
    if (range) before.range = true;
    found.push({ value, written: "", range, start: firstEnd + match.index + match[1]!.length, end });
  }
  for (const number of found) number.written = text.slice(number.start, number.end);
  return found;
}

/** How far before 附件 the document it belongs to is looked for: the longest word below and 的. */
const BEFORE_WINDOW = 8;
/** The plan naming itself right before 附件 (`本方案附件2`, `本实施方案的附件1`): its own attachment. */
const OWN_DOCUMENT_BEFORE = /本(?:实施|工作|行动)?(?:方案|计划|意见|规划)(?:的|中的)?$/u;
/**
 * Another document right before 附件: a citation's close (`《××办法》附件3`) or a document's word
 * (`省方案附件2`, `该通知附件1`): that document's attachment, not the plan's.
 */
const OTHER_DOCUMENT_BEFORE = /(?:》|〉|方案|办法|通知|意见|规定|文件|纲要|计划|规划|细则|指南|标准|决定|条例|通报|函)(?:的|中的)?$/u;

/**
 * The genres a plan's title ends with, longest first: a 附件 after its genre word alone
 * (`按照实施方案附件2`, `该方案附件1`) is the plan's own where the plan is of that genre.
 */
const GENRES = ["实施方案", "行动方案", "工作方案", "行动计划", "工作计划", "实施意见", "方案", "计划", "意见", "规划"];

/** How the plan may name itself before 附件 without 本: its title (without its period) and the genre that ends it. */
interface OwnNames {
  title: string | null;
  genre: string | null;
}

/** `示例市质量强市建设实施方案（2023—2025年）` → that name without the period, and 实施方案. */
function ownNames(title: string): OwnNames {
  const name = title.replace(/[（(][^（）()]*[）)]$/u, "").replace(/[\s\u3000]+/gu, "");
  return { title: name.length >= 4 ? name : null, genre: GENRES.find((genre) => name.endsWith(genre)) ?? null };
}

/**
 * What may stand right before a plan's genre word when the plan names itself by it: the line's
 * start, a mark, or a word that governs it (按照实施方案附件2). A place or an issuer there
 * (省实施方案附件2, 国家行动方案附件1) names another document of the genre.
 */
const BEFORE_OWN_GENRE = /(?:^|[\s\u3000，。；：、（(“]|按照|根据|依据|参照|对照|详见|见|按|据|照|和|与|及|或|将|把|在|由|从|于|入)$/u;

/**
 * Whether the 附件 at `start`, after a citation's close or a document's word (`before`, the text
 * right before it), is another document's, unless that is the plan itself — 本方案, its own title (《示例市…实施方案》附件2), its genre
 * as its title ends (按照实施方案附件2 in a 实施方案; 行动方案 in it is another's), or 该 and the
 * genre's last word (该方案附件1: the plan just named).
 */
function afterOtherDocument(before: string, text: string, lineStart: number, start: number, own: OwnNames): boolean {
  if (OWN_DOCUMENT_BEFORE.test(before)) return false;
  const bare = before.replace(/(?:的|中的)$/u, "").replace(/[》〉]$/u, "");
  if (own.genre !== null) {
    if (bare.endsWith(own.genre) && BEFORE_OWN_GENRE.test(bare.slice(0, -own.genre.length))) return false;
    if (bare.endsWith(`该${own.genre.slice(-2)}`)) return false;
  }
  if (own.title === null) return true;
  const longer = text.slice(Math.max(lineStart, start - own.title.length - 4), start).replace(/(?:的|中的)$/u, "").replace(/[》〉]$/u, "");
  return !longer.endsWith(own.title);
}

/** Whether a reference lies in a citation (《关于……附件1……》), a trailing comment or an annotation: another document's, or the user's. */
export function insideOtherPart(line: LineNode, offset: number): boolean {
  for (const part of inlinePartsOf(line)) {
    if (part.start > offset) return false;
    if (offset < part.end && (part.type === "citation" || part.type === "comment" || part.type === "annotation")) return true;
  }
  return false;
}

function titleAfter(text: string, end: number, lineEnd: number): (InternalReference & { kind: "attachment" })["title"] {
  const after = text.slice(end, Math.min(lineEnd, end + 64));
  const match = COLON_TITLE.exec(after) ?? MARKED_TITLE.exec(after);
  if (!match) return null;
  const title = match[1]!.trim();
  const start = end + match[0].indexOf(match[1]!);
  return { text: title, start, end: start + title.length };
}
