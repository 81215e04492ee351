import type { LineNode, TextLineNode } from "../syntax/cst.js";
import { endsLikeTitle, isHeadingLike, lineText } from "./prelude.js";
import type { RepeatedTitle } from "./types.js";
import { titleLabelLength } from "./titleLabel.js";
import { withoutFormatCharacters } from "../text/invisible.js";

/**
 * Finds a title written twice before the plan: a web copy keeps the page's heading and then the
 * document's own title (the notice's or the plan's), the same words one after the other. The
 * first copy is page furniture: set apart, it is neither read as part of the title (two
 * adjacent heading-like lines are otherwise one title broken over two lines) nor exported.
 *
 * The two copies may be broken into lines differently (a page heading on one line, the
 * document's title on two): runs of up to three heading-like lines are compared joined. Between
 * them may stand only what stands between a page's heading and the document's first line:
 * blank lines, comments, web-page furniture and a 发文字号. The page's heading may be its
 * metadata table's title row (标题：…), which the furniture rules never delete as such: it is
 * the first copy only where the title follows it.
 */
export function findRepeatedTitles(lines: readonly LineNode[], text: string, debris: ReadonlySet<LineNode>): RepeatedTitle[] {
  // The lines that can take part, in order, with where a 发文字号 stood between two of them.
  const candidates: (TextLineNode | null)[] = [];
  for (const line of lines) {
    if (line.kind === "blank" || line.kind === "comment" || debris.has(line)) continue;
    if (line.kind === "text" && line.textKind === "docNumber") continue;
    candidates.push(isHeadingLike(line, text) ? line : null);
  }
  const repeats: RepeatedTitle[] = [];
  let i = 0;
  while (i < candidates.length) {
    const found = repeatAt(candidates, i, text);
    if (!found) {
      i++;
      continue;
    }
    repeats.push(found);
    i += found.lines.length + found.of.length;
  }
  return repeats;
}

const MAX_RUN = 3;

/**
 * Whether an offset is in the first copy of a repeated title: the copy structure/repeated-title
 * reports and its fix deletes. A defect of the title's words (a nested title's brackets) is
 * reported once, in the copy that stays.
 */
export function inFirstCopy(repeats: readonly RepeatedTitle[], offset: number): boolean {
  for (const repeat of repeats) if (offset >= repeat.start && offset < repeat.end) return true;
  return false;
}

function repeatAt(candidates: readonly (TextLineNode | null)[], at: number, text: string): RepeatedTitle | null {
  for (let a = 1; a <= MAX_RUN; a++) {
    const first = run(candidates, at, a);
    if (!first) return null;
    // A page's metadata row that holds the title (标题：…) is its first copy too.
    const written = joined(first, text);
    const firstText = written.slice(titleLabelLength(written));
    for (let b = 1; b <= MAX_RUN; b++) {
      const second = run(candidates, at + a, b);
      if (!second) break;
      const secondText = joined(second, text);
      // Only a title: two equal lines of a notice's body are the drafter's business.
      if (!endsLikeTitle(secondText)) continue;
      const exact = withoutSpaces(firstText) === withoutSpaces(secondText);
      if (!exact && sameWords(firstText) !== sameWords(secondText)) continue;
      const last = first[first.length - 1]!;
      return { start: first[0]!.indentEnd, end: last.contentEnd, lines: first, of: second, exact };
    }
  }
  return null;
}

function run(candidates: readonly (TextLineNode | null)[], from: number, length: number): TextLineNode[] | null {
  if (from + length > candidates.length) return null;
  const lines = candidates.slice(from, from + length);
  return lines.every((line) => line !== null) ? (lines as TextLineNode[]) : null;
}

function joined(lines: readonly TextLineNode[], text: string): string {
  return lines.map((line) => lineText(line, text)).join("");
}

const SPACES = /[\s\u3000]+/gu;

/** The text without its spaces and format characters: a web page's zero-width space in one copy (通知<U+200B>) is no word. */
function withoutSpaces(value: string): string {
  return withoutFormatCharacters(value).replace(SPACES, "");
}

/** Marks a web page and a document write in different forms: the words are what is compared. */
const FORMS: Record<string, string> = { "〈": "<", "〉": ">", "“": '"', "”": '"', "‘": "'", "’": "'", "—": "-", "－": "-" };

/** The text with spaces dropped and full-width forms folded into half-width ones (（ → (, 〈 → <). */
function sameWords(value: string): string {
  let result = "";
  for (const char of withoutSpaces(value)) {
    const code = char.charCodeAt(0);
    result += code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : (FORMS[char] ?? char);
  }
  return result;
}
