import type { PlanDocument } from "../model/types.js";
import { TextLineFinder } from "../model/setApart.js";
import { ARTICLE_WORD, type Article } from "./articles.js";
import { insideOtherPart, RANGE, SEPARATOR } from "./mentions.js";
import { numberOf } from "./numbers.js";
import type { SectionReference } from "./types.js";

/**
 * References to the plan's own articles (references/articles.ts), read only in a plan that
 * numbers by 条: `本办法第三条`, `上述第五条`, and 第三条 alone where the sentence refers to it
 * (按照第五条规定, 具体程序见第二条, 落实第二条各项措施); each number of a list or a range
 * (`第三条、第九条`, `第三至第五条`) a reference of its own. Never another document's article: one
 * right after its name (《中华人民共和国产品质量法》第十条, 纲要第十条, 省方案第三条: the parent's
 * numbers are xref/'s) or going on from its list (纲要第（十）条和第三条), nor 第一条 as a measure
 * word (建成全市第一条生产线). An article is named in Arabic figures as well (按照第2条规定, 第3条、
 * 第5条): drafters and the readers of a pasted text write both, and each names the article of
 * that number whatever form its heading has.
 */

const NUMERAL = "(?:[一二三四五六七八九十百零〇]{1,5}|[0-9０-９]{1,3})";
/** 第三条, 第三条、第九条, 第三、四条, 第三至第五条: the first numeral, then the others with their separators. */
const ARTICLE_MENTION = new RegExp(`第(${NUMERAL})((?:条?${SEPARATOR}第?${NUMERAL})*)条`, "gu");
const LISTED = new RegExp(`(${SEPARATOR})(第?)(${NUMERAL})`, "gu");

/** How far before 第 the words that say whose article it is are looked for. */
const BEFORE_WINDOW = 12;
/** The plan naming itself (本办法, 本要点) or what it has said (上述): its own. */
const SELF_BEFORE = /(?:本(?:实施|工作|行动)?(?:方案|计划|意见|规划|办法|要点|细则|规定|规则|措施|制度)|上述|前述|上文)(?:的|中的|中)?$/u;
const RELATIVE_BEFORE = /(?:上述|前述|上文)(?:的|中的|中)?$/u;
/** Another document right before: its close (》), a law (法), a document's word (纲要, 条例, 省方案). */
const OTHER_DOCUMENT_BEFORE = /(?:》|〉|法|方案|办法|通知|意见|规定|文件|纲要|计划|规划|细则|指南|标准|决定|条例|通报|函|要点|措施|规则|制度|章程)(?:的|中的)?$/u;
/** A list going on from another number (纲要第（十）条和, 第十条、): that number's document's. */
const LIST_GOES_ON = /(?:条|款|项|部分|章)[、和及与或]$/u;
/** What a sentence that refers to an article says right before it, or a mark or the line's start. */
const REFERRING_BEFORE = /(?:^|[\s\u3000，。；：、（(“]|按照|依照|依据|根据|按|依|照|见|参照|对照|落实|执行|符合|适用|违反|同|由|与|和|及|或)$/u;
/** What says a bare 第三条 is an article after it: 规定, 所列, 第二款. */
const REFERRING_AFTER = /^(?:的?规定|所列|所述|所称|要求|之规定|第[一二三四五六七八九十]+款)/u;

export function readArticleMentions(plan: PlanDocument, bodyStart: number, articles: readonly Article[]): SectionReference[] {
  const found: SectionReference[] = [];
  if (articles.length === 0) return found;
  const { text } = plan;
  const headings = new Set(articles.map((article) => article.heading.start));
  const finder = new TextLineFinder(plan);
  ARTICLE_MENTION.lastIndex = bodyStart;
  for (let match = ARTICLE_MENTION.exec(text); match !== null; match = ARTICLE_MENTION.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (headings.has(start)) continue;
    const line = finder.lineAt(start);
    if (line === null || (line.kind === "text" && line.textKind === "attachment") || insideOtherPart(line, start)) continue;
    const before = text.slice(Math.max(line.indentEnd, start - BEFORE_WINDOW), start);
    const self = SELF_BEFORE.test(before);
    if (!self && (OTHER_DOCUMENT_BEFORE.test(before) || LIST_GOES_ON.test(before))) continue;
    if (!self && !REFERRING_BEFORE.test(before) && !REFERRING_AFTER.test(text.slice(end, end + 8))) continue;
    const first = numberOf(match[1]!);
    if (first === null) continue;
    const relative = RELATIVE_BEFORE.test(before);
    const numbers = listed(match[2]!, start + 1 + match[1]!.length, first, start);
    numbers.forEach((number, i) => {
      const numberEnd = i + 1 < numbers.length ? numbers[i + 1]!.separatorStart : end;
      found.push({
        kind: "section",
        written: text.slice(number.start, numberEnd),
        list: numbers.length > 1 ? match[0] : null,
        range: number.range || number.rangeTo,
        part: { value: number.value, word: ARTICLE_WORD },
        item: null,
        relative,
        start: number.start,
        end: numberEnd,
      });
    });
  }
  return found;
}

interface ListedArticle {
  value: number;
  start: number;
  /** Where the separator before it starts (the end of the number before). */
  separatorStart: number;
  /** The start of a range (第三至第五条: 三). */
  range: boolean;
  /** The end of a range (五). */
  rangeTo: boolean;
}

/** The numbers of a mention: the first from its 第, each further one (in `rest`, from `restStart`) from its separator's end. */
function listed(rest: string, restStart: number, first: number, start: number): ListedArticle[] {
  const numbers: ListedArticle[] = [{ value: first, start, separatorStart: start, range: false, rangeTo: false }];
  LISTED.lastIndex = 0;
  for (let match = LISTED.exec(rest); match !== null; match = LISTED.exec(rest)) {
    const value = numberOf(match[3]!);
    if (value === null) continue;
    const separatorStart = restStart + match.index;
    const range = RANGE.test(match[1]!);
    if (range) numbers[numbers.length - 1]!.range = true;
    numbers.push({ value, start: restStart + match.index + match[1]!.length, separatorStart, range: false, rangeTo: range });
  }
  return numbers;
}
