import type { LineNode, TextLineNode } from "../syntax/cst.js";
import { endsLikeTitle, isHeadingLike, lineText } from "./prelude.js";

/**
 * A WeChat 公众号 article's head names the account on a line of its own over its byline
 * (`赣州市场监管` / `赣州市场监管 2024-05-06 18:30 发表于江西`, or the byline's date and place
 * alone): the account's name, not the plan's title and not its text. It is read as the article's
 * only right over a byline that leadingDebris.ts already set apart, where it is short and says no
 * sentence, and where the byline repeats it, or else nothing but debris stands before it and it
 * does not end as a document's title does (an article titled with the plan's own name puts that
 * title over the byline: the title is never the article's). A title must still follow the byline,
 * as for a headline (newsHeadlines.ts).
 */
export function findAccountNames(lines: readonly LineNode[], text: string, debris: ReadonlySet<LineNode>): TextLineNode[] {
  const names: TextLineNode[] = [];
  const lastTitle = lastTitleIndex(lines, text, debris);
  /** The content line before this one, and whether every content line before that one is debris. */
  let above: LineNode | null = null;
  let onlyDebrisBefore = true;
  let onlyDebrisAbove = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === "blank" || line.kind === "comment") continue;
    if (above !== null && debris.has(line) && !debris.has(above) && isTextLine(above)) {
      const byline = lineText(line, text);
      if (BYLINE_TIME.test(byline) && isAccountName(lineText(above, text), byline, onlyDebrisAbove) && i < lastTitle) names.push(above);
    }
    onlyDebrisAbove = onlyDebrisBefore;
    onlyDebrisBefore &&= debris.has(line);
    above = line;
  }
  return names;
}

function isTextLine(line: LineNode): line is TextLineNode {
  return line.kind === "text" && line.textKind === "plain";
}

function isAccountName(name: string, byline: string, onlyDebrisAbove: boolean): boolean {
  // Measured before any pattern: most lines over a byline are no name at all.
  if (name.length === 0 || name.length > MAX_ACCOUNT_NAME || NOT_A_NAME.test(name)) return false;
  if (byline.startsWith(name)) return true;
  return onlyDebrisAbove && !endsLikeTitle(name);
}

/** The index of the last line that can be the plan's title (or its notice's), past the debris; -1 if none. */
function lastTitleIndex(lines: readonly LineNode[], text: string, debris: ReadonlySet<LineNode>): number {
  for (let i = lines.length - 1; i >= 0; i--) if (!debris.has(lines[i]!) && isHeadingLike(lines[i], text)) return i;
  return -1;
}

/** WeChat allows an account a name of up to 30 characters. */
const MAX_ACCOUNT_NAME = 30;
/** A sentence's or a clause's mark, a title's brackets, a figure's or a date's digits: none is in an account's name as its head prints it. */
const NOT_A_NAME = /[。，,；;！!？?：:、《》“”"0-9０-９]/;
/** A byline's date and its time of day (2024-05-06 18:30, 2025年03月18日 09:30). */
const BYLINE_TIME = /[0-9０-９]{4}[-年/.][0-9０-９]{1,2}[-月/.][0-9０-９]{1,2}日?[ \t\u3000]+[0-9０-９]{1,2}[:：][0-9０-９]{2}/;
