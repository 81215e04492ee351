import { FREQUENCY_LEAD } from "./figureWords.js";
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
 * A count whose noun is only a quoted name (新认证“赣鄱正品”200个以上, 打造“赣字号”30个): the name is
 * a brand's or a programme's, which says what kind, not what is counted; read alone, the table
 * showed “赣鄱正品” as if the brand itself were the indicator. The verb is the name's object's
 * (what is certified, built): the indicator keeps it, 新认证“赣鄱正品”. A quoted name that ends on
 * what it counts (培育“皖美品牌示范企业”20家, “江西名牌”产品) is a noun already and stays as it is.
 * The span takes in the verb where it stands just before the name.
 */
export function withVerbOfQuotedName(target: PlanTarget, text: string): void {
  if (target.kind !== "count" || target.comparator === "" || !QUOTED_NAME_ONLY.test(target.indicator)) return;
  if (COUNTED_NOUN_END.test(target.indicator.slice(0, -1))) return;
  const span = target.indicatorSpan;
  // How often (每年培育“赣出精品”10个) is the comparator's, no word of the name: the verb alone is the name's.
  const verb = target.comparator.replace(FREQUENCY_LEAD, "");
  target.indicator = `${verb}${target.indicator}`;
  if (span !== null && text.slice(span.start - verb.length, span.start) === verb) {
    target.indicatorSpan = { start: span.start - verb.length, end: span.end };
    if (target.start === span.start) target.start = span.start - verb.length;
  }
}

/** A name in quotes and nothing else. */
const QUOTED_NAME_ONLY = /^[“"‘「『][^“”"‘’「」『』]+[”"’」』]$/;
/** What a quoted name ends on when it names the things counted (…示范企业, …品牌, …工程, …奖). */
const COUNTED_NOUN_END = /(?:企业|公司|品牌|名牌|产品|商品|工程|项目|标准|基地|园区|示范区|中心|平台|单位|机构|组织|实验室|站|点|店|街区|商圈|集群|县|市|区|镇|乡|村|学校|医院|奖|证书|商标|人才|工匠|团队)$/;
