import { HTML_COMMENT, HTML_MARKUP, htmlReplacement, MAY_HAVE_COMMENT, MAY_HAVE_HTML } from "../text/htmlMarkup.js";
import { isBreakTag, NameGaps } from "../model/nameGaps.js";
import type { PlanDocument, Span } from "../model/types.js";

/**
 * A web page's markup a copy brought in as text (`<br>` after a paragraph, `&nbsp;` indents,
 * `&ldquo;`: text/htmlMarkup.ts) as the export prints it: what the model reads it as — a tag
 * nothing, a space entity nothing, a character's entity its character, a break tag between two
 * names of a unit cell 、 (model/cellBreaks.ts, as text/html-markup's fix writes it). The printed
 * paragraph is the paragraph the page showed; its markup printed as text would read back as
 * other words, and names run together as one.
 *
 * A page's comment (`<!--StartFragment-->`, `<!--[if !supportLists]-->`, a content system's
 * `<!-- 正文 -->`, as text/htmlMarkup.ts reads one) is markup no reader of the page saw: printed as nothing. The pieces of a line
 * that are printed are read as one stretch, so that markup a comment splits — or a part the export
 * leaves out, such as an annotation (`<br` + `<!-- … -->` + `>`, `&ld` + `<!-- … -->` + `quo;`) — is
 * read whole, as the markup its pieces make, never printed as text once they are joined.
 */

export class WebMarkup {
  private gaps: NameGaps | null = null;

  constructor(private readonly plan: PlanDocument) {}

  /** The plan's text in the pieces of one line (in order, apart) as printed: one stretch. */
  printed(pieces: readonly Span[]): string {
    const text = this.plan.text;
    const kept = pieces.flatMap((piece) => withoutComments(text, piece));
    let written = "";
    for (const piece of kept) written += text.slice(piece.start, piece.end);
    if (!MAY_HAVE_HTML.test(written)) return written;
    // Where each kept piece starts in the written stretch: a match's place in the plan's text.
    const starts: number[] = [];
    let length = 0;
    for (const piece of kept) {
      starts.push(length);
      length += piece.end - piece.start;
    }
    const offsetAt = (at: number): number => {
      let k = kept.length - 1;
      while (k > 0 && starts[k]! > at) k--;
      return kept[k]!.start + at - starts[k]!;
    };
    let printed = "";
    let at = 0;
    for (const match of written.matchAll(HTML_MARKUP)) {
      const end = match.index + match[0].length;
      const apart = isBreakTag(match as RegExpExecArray) && (this.gaps ??= NameGaps.of(this.plan)).holds(text, offsetAt(match.index), offsetAt(end - 1) + 1);
      printed += written.slice(at, match.index) + (apart ? "、" : htmlReplacement(match as RegExpExecArray));
      at = end;
    }
    return at === 0 ? written : printed + written.slice(at);
  }
}

/** A piece of the text without the page's comments in it, as the pieces around them. */
function withoutComments(text: string, piece: Span): Span[] {
  const written = text.slice(piece.start, piece.end);
  if (!written.includes(MAY_HAVE_COMMENT)) return [piece];
  const pieces: Span[] = [];
  let from = piece.start;
  for (const match of written.matchAll(HTML_COMMENT)) {
    const start = piece.start + match.index;
    if (start > from) pieces.push({ start: from, end: start });
    from = start + match[0].length;
  }
  if (piece.end > from) pieces.push({ start: from, end: piece.end });
  return pieces;
}
