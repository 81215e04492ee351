import { HTML_MARKUP, htmlReplacement, MAY_HAVE_HTML } from "../text/htmlMarkup.js";

/**
 * A web page's markup a copy brought in as text (`<br>` after a paragraph, `&nbsp;` indents,
 * `&ldquo;`: text/htmlMarkup.ts) as the export prints it: what the model reads it as — a tag
 * nothing, a space entity nothing, a character's entity its character. The printed paragraph is
 * the paragraph the page showed; its markup printed as text would read back as other words.
 */
export function withoutWebMarkup(text: string): string {
  if (!MAY_HAVE_HTML.test(text)) return text;
  let printed = "";
  let at = 0;
  for (const match of text.matchAll(HTML_MARKUP)) {
    printed += text.slice(at, match.index) + htmlReplacement(match as RegExpExecArray);
    at = match.index + match[0].length;
  }
  return at === 0 ? text : printed + text.slice(at);
}
