import { COUNTS_MONEY, FREQUENCY, INSPECTION_ONLY, LEADING_COUNT_VERBS } from "./figureWords.js";
import { measureKind } from "./measureUnits.js";
import type { PlanTarget } from "./types.js";

/**
 * An indicator's name as the tables, the hover and the rules' messages show it: the words the
 * plan states, without what a paste put between them and no reader sees as a word. A format
 * character (合格<U+200B>率), a line or paragraph separator a web page or a PDF reader left inside
 * the sentence (产品<U+2028>质量合格率) and Markdown's bold marks (`**食品抽检合格率**达到98%`)
 * are read through where the target is found (the grammar's TargetGap and TargetBold); the text
 * itself keeps them, and text/invisible-char and structure/markdown-marks speak of them there.
 * A footnote's reference Word or a PDF left after the name (制造业产品质量合格率①达到94%,
 * 合格率[1]达到…, 合格率¹) is the note's, no word of the indicator: it is left out too, so the
 * indicator is matched with the parent's of that name. The span stays the source's.
 */
export function shownIndicator(name: string): string {
  if (!PASTED_MARK_HINT.test(name)) return name;
  return name.replace(READ_THROUGH, "").replace(BOLD_MARKS, "").replace(FOOTNOTE_REFERENCE, "");
}

/** `name` without a footnote's reference at its end (合格率① → 合格率). */
export function withoutFootnoteReference(name: string): string {
  return PASTED_MARK_HINT.test(name) ? name.replace(FOOTNOTE_REFERENCE, "") : name;
}

/** A footnote's reference at the name's end: ①–⑳ or ⑴–⒇, [1] (either width), a superscript figure. */
const FOOTNOTE_REFERENCE = /(?:[\u2460-\u2487]|[［\[][0-9０-９]{1,2}[］\]]|[¹²³\u2070-\u2079]{1,2})$/u;

/**
 * What the grammar reads a target through (FormatChar, TargetGap): the soft hyphen, zero-width
 * characters, Word's U+2060–U+2064, the BOM, and the line and paragraph separators. Never the bidi
 * embeddings, overrides and isolates: they reorder what a reader sees, and the tables show them
 * (<U+202E>), as text/invisible-char names them.
 */
const READ_THROUGH = /[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff\u2028\u2029]+/g;
/** Whether the name may hold any of them, a bold mark or a footnote's reference: one test for the names that hold none. */
const PASTED_MARK_HINT = /[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff\u2028\u2029*_\u2460-\u2487\]］¹²³\u2070-\u2079]/;
/** Two stars or two underscores, not a longer run (a mask: 139****5678). */
const BOLD_MARKS = /(?<![*_])(?:\*\*|__)(?![*_])/g;

/**
 * A count whose noun alone does not say what is counted keeps its verb: the verb is the noun's
 * object's (what is certified, built, added), and the table, the hover and the messages show the
 * two. Two kinds of noun:
 * - a quoted name and nothing else (新认证“赣鄱正品”200个以上, 打造“赣字号”30个): a brand's or a
 *   programme's, which says what kind, not what is counted; read alone, the table showed
 *   “赣鄱正品” as if the brand itself were the indicator. A quoted name that ends on what it counts
 *   (培育“皖美品牌示范企业”20家, “江西名牌”产品) is a noun already and stays as it is;
 * - a bare noun of a few characters (新增企业100家, 建成站点30个, 帮扶企业500家次): 企业 or 站点
 *   alone names no indicator a reader can tell from the next, while 新增企业 and 帮扶企业 are two.
 *   A noun that says which (专精特新企业, 省级质量标杆企业) is the indicator as it stands, and so
 *   is an inspection alone (快检5万批次 after 完成食品安全监督抽检3200批次): it names the work
 *   counted, and a verb carried to it from the clause before (完成, 开展) says nothing of which.
 * - a sum a service saves or recovers (挽回经济损失2000万元, 减少经济损失800万元, 降低检测成本…): the
 *   noun is the loss or the cost, the verb what is counted of it, and two verbs are two figures
 *   (losses recovered for consumers, losses the work avoids). Named by the noun alone, the table
 *   showed two rows of 经济损失 that only their comparators told apart.
 * The span takes in the verb where it stands just before the noun.
 */
function withVerbOfNounAlone(target: PlanTarget, text: string): void {
  if (target.kind !== "count" || target.comparator === "") return;
  const indicator = target.indicator;
  const sum = measureKind(target.unit) === "money";
  if (sum) {
    if (indicator.length === 0) return;
  } else if (QUOTED_NAME_ONLY.test(indicator)) {
    if (COUNTED_NOUN_END.test(indicator.slice(0, -1))) return;
  } else if (!BARE_NOUN.test(indicator) || INSPECTION_ONLY.test(indicator)) return;
  // How often (每年培育“赣出精品”10个, 年服务企业200家) and a comparator after the verb (新增不少于)
  // are the comparator's, no word of the name: the verb alone is the name's.
  // Read with the noun after it: 服务 is a verb only before whom it serves (figureWords.ts REACH_VERBS),
  // so a bound after the verb (服务不少于) is left off, the longest part of the comparator first.
  // 全年检测仪器500台件: the 全年 the comparator leaves off still says how often, which makes 检测 a
  // verb before 仪器 (figureWords.ts SERVICE_VERBS), as 年检测 does.
  const verbAt = target.indicatorSpan === null ? -1 : target.indicatorSpan.start - target.comparator.length;
  const often = verbAt > 0 && text.startsWith(target.comparator, verbAt) && text.charAt(verbAt - 1) === "年" ? "年" : "";
  let said: RegExpExecArray | null = null;
  for (let end = target.comparator.length; end > 0 && said === null; end--) {
    said = VERB_OF_COMPARATOR.exec(often + target.comparator.slice(0, end) + indicator);
    if (said !== null && said[0].length > often.length + end) said = null;
  }
  if (said === null) return;
  const verb = said[1]!;
  if (sum && (!COUNTS_MONEY.test(verb) || indicator.startsWith(verb))) return;
  const span = target.indicatorSpan;
  target.indicator = `${verb}${indicator}`;
  if (span !== null && text.slice(span.start - verb.length, span.start) === verb) {
    target.indicatorSpan = { start: span.start - verb.length, end: span.end };
    if (target.start === span.start) target.start = span.start - verb.length;
  }
}

/**
 * A figure that goes on with the words a count named with its verb (2025年底前认证企业达到30家，2026年
 * 达到50家: the second takes 企业 from the first) is of the same indicator, and named as that count is
 * (认证企业), never by the bare noun the verb was read off. Returns the step for each target in
 * order: a count withVerbOfNounAlone has named is remembered by where its words end, and a later
 * target whose words are that noun, ending there, takes the count's name and span.
 */
export function namedAsCountBefore(text: string): (target: PlanTarget) => void {
  const named = new Map<number, PlanTarget>();
  return (target) => {
    const span = target.indicatorSpan;
    if (span === null) return;
    const before = target.indicator;
    withVerbOfNounAlone(target, text);
    if (target.indicator !== before) {
      named.set(span.end, target);
      return;
    }
    const count = named.get(span.end);
    if (count === undefined || count.indicatorSpan === null || count.indicatorSpan.start >= span.start || !count.indicator.endsWith(before)) return;
    target.indicator = count.indicator;
    target.indicatorSpan = { ...count.indicatorSpan };
  };
}

/**
 * A count's comparator as shown beside its name: without the verb the name carries already
 * (withVerbOfNounAlone: `服务企业` beside `服务不少于` reads `不少于`, `新增企业` beside `新增` nothing),
 * how often and the bound kept (`每年不少于`). The target keeps its comparator whole — increments.ts
 * and workVolume.ts read the verb there — only the views leave the word out, so that a row never
 * says it twice (服务企业 | 服务不少于 | 3000家次).
 */
export function comparatorBesideName(target: Pick<PlanTarget, "kind" | "indicator" | "comparator">): string {
  const comparator = target.comparator;
  if (target.kind !== "count" || comparator === "") return comparator;
  const indicator = target.indicator;
  // The words the name opens on, said again after how often (and whom it supports) in the comparator.
  const at = OFTEN_OR_SUPPORT.exec(comparator)![0].length;
  let shared = 0;
  while (at + shared < comparator.length && shared < indicator.length && comparator.charCodeAt(at + shared) === indicator.charCodeAt(shared)) shared++;
  if (shared === 0) return comparator;
  // Only a verb: read with the noun after it, as withVerbOfNounAlone read it (服务 is one before whom it serves).
  const said = VERB_OF_COMPARATOR.exec(comparator.slice(0, at + shared) + indicator.slice(shared));
  if (said === null || said[1]!.length !== shared || said[0].length !== at + shared) return comparator;
  const shown = comparator.slice(0, at) + comparator.slice(at + shared);
  // 年服务: 年 is how often only before its verb — alone it would read as a unit of time; the word stays whole.
  return shown.startsWith("年") && !shown.startsWith("年均") ? comparator : shown;
}
/** How often and whom a count's work supports, before its verb in a comparator (VERB_OF_COMPARATOR's lead). */
const OFTEN_OR_SUPPORT = new RegExp(`^(?:${FREQUENCY}|年均|年)?(?:支持|推动|积极|组织|带动|吸纳)?`);

/** A noun of two or three characters and nothing else (企业, 站点, 实验室): no word says which. */
const BARE_NOUN = /^[\u4e00-\u9fff]{1,3}$/;
/** A count's verb in its comparator, after how often or whom it supports (年服务, 支持新建); group 1. */
const VERB_OF_COMPARATOR = new RegExp(`^(?:${FREQUENCY}|年均|年)?(?:支持|推动|积极|组织|带动|吸纳)?(${LEADING_COUNT_VERBS})`);

/** A name in quotes and nothing else. */
const QUOTED_NAME_ONLY = /^[“"‘「『][^“”"‘’「」『』]+[”"’」』]$/;
/** What a quoted name ends on when it names the things counted (…示范企业, …品牌, …工程, …奖). */
const COUNTED_NOUN_END = /(?:企业|公司|品牌|名牌|产品|商品|工程|项目|标准|基地|园区|示范区|中心|平台|单位|机构|组织|实验室|站|点|店|街区|商圈|集群|县|市|区|镇|乡|村|学校|医院|奖|证书|商标|人才|工匠|团队)$/;
