import { trimSpacesEnd } from "./spaces.js";

/**
 * A web page's code as a copy brings it in as text (text/html-markup): a content system's source
 * view, an export or a feed gives the plan with its tags (`<p>`, `<br>`, `<span style="…">`) and
 * character entities (`&nbsp;`, `&ldquo;`, `&#8220;`) still written out. The rule reports them;
 * the punctuation rules leave them alone (punct/prose.ts): an entity's `;` and an attribute's
 * quotes are the page's, one defect with one finding.
 */

/** The tags a page's text is marked up with. Only these: `<质量强国建设纲要>` is a title written with half-width marks. */
const TAG_NAMES = "p|br|span|div|font|b|strong|i|em|u|s|a|img|table|tbody|thead|tr|td|th|ul|ol|li|h[1-6]|sup|sub|section|article|hr|center|blockquote|pre|o:p|w:[a-z]+|st1:[a-z]+";

/** The named entities a page's Chinese text uses, and what each stands for ("" for a space: Chinese text has none). */
export const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: "",
  ensp: "",
  emsp: "",
  thinsp: "",
  ldquo: "“",
  rdquo: "”",
  lsquo: "‘",
  rsquo: "’",
  mdash: "—",
  ndash: "–",
  hellip: "…",
  middot: "·",
  bull: "•",
  times: "×",
  divide: "÷",
  deg: "°",
  plusmn: "±",
  le: "≤",
  ge: "≥",
  permil: "‰",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

/**
 * A page's comment (`<!--StartFragment-->`, `<!--[if !supportLists]-->`, a content system's
 * `<!-- 正文开始 -->`): markup no reader of the page saw, its words and marks none of the plan's.
 * On one line, ending at its first `-->` (never read on past it: read back from a stretch's end, two
 * comments are two), and bounded as a tag is: an opening with no close on its line is text.
 */
const COMMENT = commentUpTo(1000);

/** A page's comment whose words are at most `length` code units long. */
function commentUpTo(length: number): string {
  return `<!--(?:[^\\-\\r\\n]|-(?!->)){0,${length}}-?-->`;
}

/** A page's comment, each on its own (export/webMarkup.ts prints the text around them as one stretch). */
export const HTML_COMMENT = new RegExp(COMMENT, "g");

/** What every comment starts with: the quick test before the search. */
export const MAY_HAVE_COMMENT = "<!--";

/**
 * How long a comment inside an entity may be: a clipboard's fragment mark or a list's
 * `<!--[if !supportLists]-->` is a few dozen code units. Bounded well below a comment's own bound,
 * so that after an `&` an opening with no close is not read to that bound a second time.
 */
const FRAGMENT_MARK_LENGTH = 100;

/** A character entity: named (its group 1) or numeric, decimal (2) or hexadecimal (3). */
const ENTITY = `&(?:(${Object.keys(NAMED_ENTITIES).join("|")})|#([0-9]{2,7})|#[xX]([0-9a-fA-F]{2,6}));`;

/**
 * An entity a page's comment splits (`&ld<!--x-->quo;`, `&#82<!-- -->20;`): a clipboard's fragment
 * mark or a content system's note landed inside it. The page showed the entity's character, so the
 * whole of it is markup: read as words, its `;` was a half-width mark for punct/half-width to
 * "fix" into `&ldquo；`. The comment must come within an entity's length of the `&`; what the
 * pieces spell is read by `htmlReplacement`.
 */
const SPLIT_ENTITY = `&(?=[0-9a-zA-Z#]{0,8}<!--)((?:[0-9a-zA-Z#]|${commentUpTo(FRAGMENT_MARK_LENGTH)}){2,12});`;

/**
 * A tag or a comment (group 1: markup that stands for nothing), an entity: named (group 2) or
 * numeric, decimal (group 3) or hexadecimal (group 4), or an entity a comment splits (group 5).
 * A tag a comment splits (`<br<!-- x -->>`) is the tag. Markup is bounded by its line and by a
 * length it has, never searched for further.
 */
export const HTML_MARKUP = new RegExp(
  `(${COMMENT}|<\\/?(?:${TAG_NAMES})(?:${COMMENT})?(?:[ \\t][^<>\\r\\n]{0,300})?\\/?>)|${ENTITY}|${SPLIT_ENTITY}`,
  "gi",
);

/** An entity and nothing else: what a split entity's pieces spell once its comments are gone. */
const WHOLE_ENTITY = new RegExp(`^${ENTITY}$`, "i");

/** What every match contains: the quick test before the search. */
export const MAY_HAVE_HTML = /<[/a-zA-Z!]|&[a-zA-Z#]/;

/** What a match stands for in the text: an entity's character, nothing for a tag, a comment or a space. */
export function htmlReplacement(match: RegExpExecArray): string {
  if (match[1] !== undefined) return "";
  if (match[5] !== undefined) {
    // The comments stand for nothing; what is left is an entity, or text that only looked like one.
    const joined = match[0].replace(HTML_COMMENT, "");
    const entity = WHOLE_ENTITY.exec(joined);
    return entity === null ? joined : entityCharacter(entity[1], entity[2], entity[3]);
  }
  return entityCharacter(match[2], match[3], match[4]);
}

/** The character an entity stands for, by its name or its decimal or hexadecimal number. */
function entityCharacter(name: string | undefined, decimal: string | undefined, hexadecimal: string | undefined): string {
  if (name !== undefined) return NAMED_ENTITIES[name.toLowerCase()] ?? "";
  const code = decimal !== undefined ? Number(decimal) : parseInt(hexadecimal!, 16);
  // A space, a control character or no character at all is nothing a plan's text keeps.
  if (code <= 0x20 || (code >= 0x7f && code <= 0xa0) || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || code === 0x3000) return "";
  return String.fromCodePoint(code);
}

const CLOSE_ANGLE = 0x3e;
const SEMICOLON = 0x3b;
/** The longest markup `HTML_MARKUP` reads: a tag with a comment in it and its attributes (a split entity is shorter). */
export const LONGEST_MARKUP = 1400;
/** A tag, comment or entity ending a stretch of text (`HTML_MARKUP` at the end). */
export const MARKUP_AT_END = new RegExp(`(?:${HTML_MARKUP.source})$`, "i");

/**
 * Where a stretch of text ends once the tags and blank entities a web page leaves after it are set
 * apart (`……负责）<br>`, `……。&nbsp;&nbsp;`), spaces between them too: `end` when it ends in no
 * markup. An entity of a character (`&ldquo;`) is text and stops the walk. Read back from the end,
 * a tag's length at a time: one look at the last code unit for a stretch with none.
 */
export function endBeforeBlankMarkup(text: string, start: number, end: number): number {
  let at = end;
  for (;;) {
    at = trimSpacesEnd(text, start, at);
    const code = text.charCodeAt(at - 1);
    if (at <= start || (code !== CLOSE_ANGLE && code !== SEMICOLON)) break;
    const markup = MARKUP_AT_END.exec(text.slice(Math.max(start, at - LONGEST_MARKUP), at));
    if (markup === null || htmlReplacement(markup) !== "") break;
    at -= markup[0].length;
  }
  // Spaces alone are no markup: the stretch ends where it did.
  return at < end && !MAY_HAVE_HTML.test(text.slice(at, end)) ? end : at;
}
