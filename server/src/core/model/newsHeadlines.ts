import type { LineNode, TextLineNode } from "../syntax/cst.js";
import { isHeadingLike, lineText } from "./prelude.js";
import { NOTICE_TITLE } from "./titleBreaks.js";

/**
 * A WeChat 公众号 article that reprints a plan heads it with lines of its own: a headline led by
 * an exclamation (`重磅！我市印发深化质量强市建设实施方案`), one that reports the plan's issue
 * (`【政策速递】我县印发质量强县建设三年行动计划`), and a news lead over the text
 * (`近日，县政府办公室印发《……》，全文如下：`). None is the plan's: a Word export would print them
 * as its first paragraphs. They are read as the article's only where the text has other WeChat
 * furniture (leadingDebris.ts asks) and where a line that can be the plan's title (or its
 * notice's) still follows: the title is never the article's. The notice's own lines are no
 * news: its title (关于印发……的通知), its body (现将《……》印发给你们，…。) ends as a sentence.
 */
export function findNewsHeadlines(lines: readonly LineNode[], text: string, debris: ReadonlySet<LineNode>): TextLineNode[] {
  const headlines: TextLineNode[] = [];
  // Walked from the plan back: a headline counts once a title that is not one stands after it.
  let titleAfter = false;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line.kind !== "text" || debris.has(line)) continue;
    const content = lineText(line, text);
    if (isNewsHeadline(content)) {
      if (titleAfter) headlines.unshift(line);
    } else if (isHeadingLike(line, text)) titleAfter = true;
  }
  return headlines;
}

/** The longest headline or news lead read: one line of an article's head, no paragraph. */
const MAX_HEADLINE = 100;

/** Whether a line (trimmed) has the shape of an article's headline or news lead. */
export function isNewsHeadline(content: string): boolean {
  if (content.length === 0 || content.length > MAX_HEADLINE || SENTENCE_CLOSED.test(content)) return false;
  if (NOTICE_TITLE.test(content) || NOT_NEWS.test(content)) return false;
  return EXCLAIMED.test(content) || REPORTS_ISSUE.test(content);
}

/** A headline led by a short cry and its exclamation mark (重磅！, 好消息！), after a column's tag (【政策速递】) if any. */
const EXCLAIMED = /^(?:【[^】]{1,10}】)?[\u4e00-\u9fff]{1,6}[！!]/;
/** A report that a document was issued: the verb, then its title in 《》 or the kind of document it is. */
const REPORTS_ISSUE = /(?:印发|出台|发布|公布|出炉)了?(?:《|[^，。；！？《]{0,40}?(?:方案|计划|规划|意见|纲要|办法|措施))/;
/** What only a notice says: the title's 关于印发, the body's 印发给你们 and 现将. */
const NOT_NEWS = /关于印发|印发给|现将/;
/** A sentence the line closes (a notice's, a preamble's), which no headline or lead is. */
const SENTENCE_CLOSED = /[。；;]$/;
