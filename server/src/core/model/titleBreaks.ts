/**
 * Where a title may be broken across lines, and so which lines read as one title: the one rule the
 * export (export/titleLines.ts, which breaks a long title) and the model (prelude.ts, which joins
 * a title's lines back; outline.ts, an attachment's under its label) share, so that a title printed
 * over lines reads back whole.
 *
 * GB/T 9704—2012 §7.3.1 breaks a title where its meaning is kept (回行时要做到词意完整): a title is
 * 发文机关 + 事由 + 文种, and a line of it shows that it goes on. A break is one a reader joins:
 * - inside a bracket or a quotation (the rest opens with its closing mark still to come), and
 *   before the period in brackets (（2024—2026年）, which the model reads as the title's);
 * - after an issuer's name, where the rest has none of its own: it opens its 事由 (关于, the
 *   years, a verb), names the next joint issuer, or goes on without naming the issuer's place
 *   again. An issuer's name over a title that names its own place (示例市2026年质量工作要点) is a
 *   发文机关标志 written without 文件;
 * - after a line no title ends on: an opening mark, 关于 (印发, 转发), a preposition, a conjunction,
 *   a 的, a verb before its object (贯彻落实 | 《…》);
 * - before words no title opens on: a 的, a conjunction, the 文种 (…建设 | 实施方案);
 * - after a document's name, before the table it names (…三年行动计划 | 重点任务分工表);
 * - over the title's last line, ending in its 文种, after any line that is not an issuer's name
 *   (贯彻实施江西省质量发展纲要 | 2016年行动计划): a line more above it needs one of the reasons above.
 * Anything else — two words of a name (质量强国建设 | 纲要) — is a break a reader cannot tell from
 * two lines of their own, and the export makes it only where no other way fits.
 */

import { ANY_DIGIT } from "../text/codeUnits.js";

/** The longest title read over lines: two of a heading's length (model/prelude.ts). */
export const MAX_TITLE = 160;
/** How an issuing body's name ends (…人民政府, …市场监督管理局, 中共示例市委). */
export const ORGANISATION_END = /(人民政府|办公厅|办公室|委员会|管理局|监督管理局|政府|局|厅|委|办)$/;
/** A notice's title ends in its 文种. */
export const NOTICE_TITLE = /(的通知|通知)$/;
/** The years a plan covers, on a line of its own under the title: （2023—2025年）, (2023-2025年). */
export const PERIOD_LINE = new RegExp(`^[（(][ \\t\\u3000]*${ANY_DIGIT}{4}[ \\t\\u3000]*年?[ \\t\\u3000]*[—–―\\-－~～至到]{1,2}[ \\t\\u3000]*${ANY_DIGIT}{4}[ \\t\\u3000]*年?[ \\t\\u3000]*[）)]$`);
/** A plan's title ends in its 文种, its period or status in brackets after it if any. */
export const PLAN_TITLE_END = /(方案|计划|意见|纲要|措施|规划|要点|办法|细则)(（[^）]*）|\([^)]*\))?$/;
/**
 * The other 文种 a title ends in (《党政机关公文处理工作条例》第八条): the last line of a 报告's, a
 * 决定's title. Not a plan's title by itself (isPlanTitleText), but the end of a title all the same.
 */
const DOCUMENT_END = /(决议|决定|命令|公报|公告|通告|通报|报告|请示|批复|议案|函|纪要)$/;
/** A table's or a list's name, the title of an attachment (重点任务分工表, 联络员名单, 服务站建设标准). */
const TABLE_END = /(表|清单|台账|名单|名录|标准)$/;
/**
 * How a title's line opens where it goes on from its issuer's name on the line above: its 关于, or
 * the year or the years its plan is for (2026年工作要点, 2026—2028年行动计划), in either width —
 * words no title opens on where it names its issuer itself.
 */
const GOES_ON_FROM_ISSUER = /^(?:关于|[0-9０-９]{4}(?:年|[—–\-－~～至到][0-9０-９]{4}年))/;

/**
 * The verbs a 事由 is made of (the genre's handful, as xref/mapping.ts has them, not a
 * dictionary): a phrase starts before one (…建设 | 推动高质量发展…), and a line that ends on one
 * (贯彻落实 | 《…》) has its object still to come.
 */
const VERBS = "推进|推动|深化|加强|加快|促进|提升|提高|实施|开展|打造|构建|完善|健全|优化|贯彻|落实|做好|支持|培育|强化|规范|创建|实现|助力|保障|建立|改进|加大|扩大|激发|坚持|聚焦|围绕|对标|引领|夯实|巩固|审议|成立|调整|设立|公布|发布|表彰|命名|批准|深入|全面|进一步";
export const VERB = new RegExp(`^(?:${VERBS})`, "u");
/** A verb or adverb at the end: a chain of them (加快推进, 深入推进) is one phrase. */
export const VERB_END = new RegExp(`(?:${VERBS})$`, "u");
/** Adverbs that lean on the verb after them. */
export const ADVERB = /(?:进一步|全面|深入|大力|切实|持续|着力|积极|更好|更加|坚定|不断|加快|联合|共同|协同)$/u;
/** 实施方案, 实施意见 …: the 文种, a noun, though it starts as a verb does. */
export const GENRE_NOUN = /^实施(?:方案|意见|办法|细则|计划)/u;
/** Prepositions that lean on the words after them: no line ends with one; one may start a line (…同志 | 为…). */
export const LEANS_ON = new Set(["对", "为", "在", "向", "把", "将", "以", "由", "从", "按", "关于", "有关"]);
/** Conjunctions: no line ends with one; one starts a line at a cost (what it joins may be one phrase). */
export const CONJUNCTIONS = new Set(["和", "与", "及", "或", "暨", "并", "以及", "及其"]);
/** Marks a line may not end with (an opening bracket or quote). */
export const OPENING = new Set(["《", "〈", "<", "（", "(", "“", "‘", "〔", "［", "[", "【", "「", "『"]);
/** Marks a line may not start with (a closing one, a 点号). */
export const CLOSING = new Set(["》", "〉", ">", "）", ")", "”", "’", "〕", "］", "]", "】", "」", "』", "、", "，", "。", "；", "：", "！", "？", ",", ".", ";", ":", "!", "?", "·"]);
const CLOSING_BRACKETS = new Set(["》", "〉", ">", "）", ")", "”", "’", "〕", "］", "]", "】", "」", "』"]);

/** 关于印发, 关于转发: what is issued comes on the next line. */
const ISSUING_END = /(?:关于|印发|转发|的)$/u;
/** The 文种 (with a plan's span before it) and a 的: words a title never opens on. */
const GENRE_START = /^(?:的|(?:[一二三四五六七八九十]年)?(?:行动计划|行动方案|实施方案|实施意见|实施细则|实施办法|工作方案|工作要点)|方案|意见|纲要|办法|细则|要点|措施|通知)/u;
const NAMED_DOCUMENT_END = /(?:方案|计划|规划|纲要|意见|办法|细则|要点|措施)$/u;
/** A table's or a list's name; a 目录 only with its words before it (重点产品目录): alone, it heads a contents page. */
const NAMED_TABLE = /^(?:\p{Script=Han}{0,8}(?:表|清单|台账)|\p{Script=Han}{1,8}目录)$/u;

/**
 * A document's name, then the table or list that it names (…三年行动计划 | 重点任务分工表): the
 * plan's name ends in its 文种, and the rest is the table's name, a phrase of its own.
 */
export function namesItsTable(head: string, rest: string): boolean {
  return NAMED_DOCUMENT_END.test(head) && NAMED_TABLE.test(rest);
}

/** The place an issuer's name opens with (示例市 of 示例市市场监督管理局, of 中共示例市委). */
const ISSUER_PLACE = /^(?:中共)?(\p{Script=Han}{1,7}?(?:自治区|省|市|县|区|州|盟|旗))/u;
/** A joint title's next issuer (示例市发展和改革委员会…, 示例市人民政府办公室…): a name that ends as a body's does. */
const NEXT_ISSUER = /^[^\s\u3000《（(，,。；;：:]{2,20}?(?:人民政府|办公厅|办公室|委员会|管理局|政府|局|厅|委|办)/u;

/**
 * Whether a title may break after `line` with `rest` its words from the break to its end: whether
 * a reader joins `line` to the lines under it as one title. `restIsLastLine` says that `rest` is
 * the title's last line (the model knows the lines below; the export knows how many lines it
 * makes). Spaces at the break are layout: both sides trimmed.
 */
export function titleGoesOn(line: string, rest: string, restIsLastLine: boolean): boolean {
  return titleGoesOnTo(line, readTitleRest(rest), restIsLastLine);
}

/** The most lines a title is read over, down from its first: MAX_TITLE's characters at a 2号 line's 20 or so. */
export const MAX_TITLE_LINES = 8;

/**
 * How many of `lines` (a title's first line, then the lines under it, trimmed) read as one title,
 * read down from its first line where nothing below says where it ends (an attachment's title
 * under its label): the most lines whose every break a reader joins — each line with the rest under
 * it (titleGoesOn), the last break before the title's last line, no break after a notice's title —
 * within MAX_TITLE. 1 where the title is its first line alone.
 */
export function titleLineCount(lines: readonly string[]): number {
  let count = 1;
  let length = lines[0]?.length ?? 0;
  for (let last = 1; last < lines.length && last < MAX_TITLE_LINES; last++) {
    length += lines[last]!.length;
    if (length > MAX_TITLE) break;
    let rest = lines[last]!;
    let joined = true;
    for (let above = last - 1; above >= 0 && joined; above--) {
      joined = !NOTICE_TITLE.test(lines[above]!) && titleGoesOn(lines[above]!, rest, above === last - 1);
      rest = lines[above]! + rest;
    }
    if (joined) count = last + 1;
  }
  return count;
}

/** What the breaks before the rest of a title ask of it, read once for every line that may stand above it. */
export interface TitleRest {
  /** Its words, trimmed. */
  text: string;
  /** It goes on from whatever stands above: its period, a bracket still open, words no title opens on. */
  continues: boolean;
  /** It ends as a title does. */
  endsLikeTitle: boolean;
}

export function readTitleRest(rest: string): TitleRest {
  const text = rest.trim();
  // The years in brackets under the title are its period (prelude.ts reads them so).
  const continues = text !== "" && (PERIOD_LINE.test(text) || opensInsideBracket(text) || opensWithoutItsWords(text));
  return { text, continues, endsLikeTitle: endsLikeAnyTitle(text) };
}

/** titleGoesOn, the rest read (readTitleRest). */
export function titleGoesOnTo(line: string, rest: TitleRest, restIsLastLine: boolean): boolean {
  const above = line.trim();
  if (above === "" || rest.text === "") return false;
  if (rest.continues) return true;
  if (ORGANISATION_END.test(above)) return goesOnFromIssuer(above, rest.text);
  if (endsWithoutItsWords(above) || namesItsTable(above, rest.text)) return true;
  return restIsLastLine && rest.endsLikeTitle;
}

/** Text that ends as a title does: a plan's, a notice's, another 文种's, a table's. */
function endsLikeAnyTitle(text: string): boolean {
  return PLAN_TITLE_END.test(text) || NOTICE_TITLE.test(text) || DOCUMENT_END.test(text) || TABLE_END.test(text);
}

/**
 * The rest of a title after its issuer's name: its 事由 (关于, the years, a verb), the next joint
 * issuer, or words that do not name the issuer's place again (南昌市市场监督管理局 |
 * 质量强市重点任务分工表). A title that names it (示例市市场监督管理局 | 示例市2026年质量工作要点)
 * is one of its own under a 发文机关标志 written without 文件: no title names its place twice.
 */
function goesOnFromIssuer(issuer: string, rest: string): boolean {
  if (GOES_ON_FROM_ISSUER.test(rest) || (VERB.test(rest) && !GENRE_NOUN.test(rest)) || NEXT_ISSUER.test(rest)) return true;
  const place = ISSUER_PLACE.exec(issuer)?.[1];
  return place !== undefined && !rest.startsWith(place);
}

/** A closing mark before any opening one: the rest goes on inside a bracket or quotation the line above opened. */
function opensInsideBracket(rest: string): boolean {
  let depth = 0;
  for (const character of rest) {
    if (OPENING.has(character)) depth++;
    else if (CLOSING_BRACKETS.has(character)) {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}

/** A closing mark or 点号, a 的, the 文种, a conjunction of its own (和质量…, not 和平区): no title opens so. */
function opensWithoutItsWords(rest: string): boolean {
  if (CLOSING.has(rest[0]!) || GENRE_START.test(rest)) return true;
  return CONJUNCTIONS.has(rest[0]!) && CONJUNCTIONS.has(firstWord(rest));
}

/**
 * A line no title ends on: an opening mark or a bracket left open, 关于 (印发, 转发) or a 的, a
 * preposition or a conjunction of its own (…为, not 行为), a verb or an adverb before its object.
 */
function endsWithoutItsWords(line: string): boolean {
  const last = line[line.length - 1]!;
  if (OPENING.has(last) || leavesBracketOpen(line) || ISSUING_END.test(line)) return true;
  if ((LEANS_ON.has(last) || CONJUNCTIONS.has(last)) && (LEANS_ON.has(lastWord(line)) || CONJUNCTIONS.has(lastWord(line)))) return true;
  return VERB_END.test(line) || ADVERB.test(line);
}

/** An opening mark the line does not close. */
function leavesBracketOpen(line: string): boolean {
  let depth = 0;
  for (const character of line) {
    if (OPENING.has(character)) depth++;
    else if (CLOSING_BRACKETS.has(character) && depth > 0) depth--;
  }
  return depth > 0;
}

/** Enough characters around a break for the dictionary to tell a word from the start of a longer one. */
const WORD_CONTEXT = 6;

function firstWord(text: string): string {
  for (const { segment } of segmenter().segment(text.slice(0, WORD_CONTEXT))) return segment;
  return "";
}

function lastWord(text: string): string {
  let last = "";
  for (const { segment } of segmenter().segment(text.slice(-WORD_CONTEXT))) last = segment;
  return last;
}

let wordSegmenter: Intl.Segmenter | null = null;
/** Chinese words by ICU's dictionary, made once: the export's costs read every title by it; the model only a line that ends or opens on a one-character preposition or conjunction. */
export function segmenter(): Intl.Segmenter {
  return (wordSegmenter ??= new Intl.Segmenter("zh", { granularity: "word" }));
}
