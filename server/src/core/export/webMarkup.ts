import { HTML_MARKUP, htmlReplacement, MAY_HAVE_HTML } from "../text/htmlMarkup.js";
import { isBreakTag, NameGaps } from "../model/nameGaps.js";
import type { PlanDocument } from "../model/types.js";

/**
 * A web page's markup a copy brought in as text (`<br>` after a paragraph, `&nbsp;` indents,
 * `&ldquo;`: text/htmlMarkup.ts) as the export prints it: what the model reads it as — a tag
 * nothing, a space entity nothing, a character's entity its character, a break tag between two
 * names of a unit cell 、 (model/cellBreaks.ts, as text/html-markup's fix writes it). The printed
 * paragraph is the paragraph the page showed; its markup printed as text would read back as
 * other words, and names run together as one.
 */
export class WebMarkup {
  private gaps: NameGaps | null = null;

  constructor(private readonly plan: PlanDocument) {}

  /** The plan's text in [from, to) as printed. */
  printed(from: number, to: number): string {
    const text = this.plan.text;
    const written = text.slice(from, to);
    if (!MAY_HAVE_HTML.test(written)) return written;
    let printed = "";
    let at = 0;
    for (const match of written.matchAll(HTML_MARKUP)) {
      const start = from + match.index;
      const apart = isBreakTag(match as RegExpExecArray) && (this.gaps ??= NameGaps.of(this.plan)).holds(text, start, start + match[0].length);
      printed += written.slice(at, match.index) + (apart ? "、" : htmlReplacement(match as RegExpExecArray));
      at = match.index + match[0].length;
    }
    return at === 0 ? written : printed + written.slice(at);
  }
}
