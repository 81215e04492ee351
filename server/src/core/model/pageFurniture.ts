import data from "./page-furniture.json";
import { halfWidthDigits, isAnyDigitCode } from "../text/codeUnits.js";

/**
 * Web-page furniture: the lines a government site puts around an article (metadata table,
 * breadcrumb, font-size and share bars, download names, lists of related articles) that come
 * along when a plan is copied from the page. The words are data (`page-furniture.json`); this
 * file only compiles them and says what one line is. The model decides where such lines count
 * as debris (before the plan's title and notice, after its last item).
 */
/** `mailFooter`: a mail app's signature line (发自我的iPhone) under a forwarded text, no web page's. */
export type FurnitureKind = "metadata" | "breadcrumb" | "furniture" | "fileName" | "mailFooter" | "assistantReply";

/** The metadata rows whose value the model keeps. */
export type PageMetadataKey = "date" | "issuer" | "docNumber" | "published";

/** What a metadata row's value looks like. */
export type ValueKind = "date" | "docNumber" | "count" | "text";

/** One `label：value` cell of a metadata table row; offsets are within the line's content. */
export interface MetadataCell {
  label: string;
  value: string;
  valueStart: number;
}

const WS = "[ \\t\\u3000\\u00a0]";
const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join("|");

/**
 * Sites justify a table's labels to the width of the longest with spaces between the characters
 * (`索 引 号`, `文　　号`, `文    号` beside 发布机构: two characters' width in half-width spaces),
 * so a label is read with up to MAX_LABEL_GAP spaces between any two of them (a two-character
 * label set as wide as a six-character one: 服务对象分类); `bareLabel` takes them out again.
 */
const MAX_LABEL_GAP = 8;
const LABEL_GAP = `${WS}{0,${MAX_LABEL_GAP}}`;
const LABELS = [...data.labels]
  .sort((a, b) => b.length - a.length)
  .map((label) => [...label].map(escape).join(LABEL_GAP))
  .join("|");
const LABEL_SPACES = /[ \t\u3000\u00a0]+/g;
const bareLabel = (label: string) => label.replace(LABEL_SPACES, "");
/**
 * Every label cell of a row: at the start or after whitespace, followed by a colon, whitespace or
 * the end. Made on first use: with a gap allowed between any two characters of every label,
 * V8 takes some 17 ms to compile it, which only a page's metadata rows should pay.
 */
let labelCells: RegExp | null = null;
const labelCellsPattern = () => (labelCells ??= new RegExp(`(?<=^|${WS}|[|｜])(${LABELS})${WS}*(?:[:：]${WS}*|${WS}+|$)`, "g"));

const LABEL_SET: ReadonlySet<string> = new Set(data.labels);
const LONGEST_LABEL = Math.max(...data.labels.map((label) => label.length));
const isLabelGap = (code: number) => code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0;

/**
 * Whether a line opens with a label (up to MAX_LABEL_GAP spaces between any two of its characters, in
 * 【】 or not) followed by a colon, whitespace or the line's end: what the label cells' pattern
 * reads at the start, by a walk over the line's first characters — every line before a plan is
 * asked, and the pattern's compilation alone cost more than a small plan's whole check.
 */
function labelAtStart(line: string): boolean {
  let at = line.charCodeAt(0) === 0x3010 ? 1 : 0;
  let read = "";
  // Where each longer reading of the line's first characters ends.
  const ends: number[] = [];
  while (at < line.length && read.length < LONGEST_LABEL) {
    if (read.length > 0) {
      let gap = 0;
      while (gap <= MAX_LABEL_GAP && at + gap < line.length && isLabelGap(line.charCodeAt(at + gap))) gap++;
      if (gap > MAX_LABEL_GAP) break;
      at += gap;
      if (at >= line.length) break;
    }
    read += line.charAt(at);
    ends.push(++at);
  }
  // The longest label first, as the alternation would try it.
  for (let length = ends.length; length > 0; length--) {
    if (!LABEL_SET.has(read.slice(0, length))) continue;
    let end = ends[length - 1]!;
    if (line.charCodeAt(end) === 0x3011) end++;
    if (end >= line.length || isLabelGap(line.charCodeAt(end))) return true;
    let after = end;
    while (after < line.length && isLabelGap(line.charCodeAt(after))) after++;
    if (line.charCodeAt(after) === 0xff1a || line.charCodeAt(after) === 0x3a) return true;
  }
  return false;
}
const BREADCRUMB = new RegExp(
  `^(?:(?:${alternation(data.breadcrumbLabels)})${WS}*[:：]|(?:${alternation(data.breadcrumbRoots)})${WS}*(?:${alternation(data.breadcrumbSeparators)}))`,
);
const PHRASE_BRACKETS = /[【】[\]［］|｜·•]/g;
const PHRASES_ONLY = new RegExp(`^(?:${alternation(data.phrases.map(normalisePhrase))})+$`);
const LINE_PATTERNS = data.linePatterns.map((pattern) => new RegExp(pattern));
const WECHAT_PATTERNS = data.weChatLinePatterns.map((pattern) => new RegExp(pattern));
const MEDIA_PATTERNS = data.weChatMediaPatterns.map((pattern) => new RegExp(pattern));
const FOLD_PATTERNS = data.foldPatterns.map((pattern) => new RegExp(pattern));
const PRINT_HEADS = data.printHeads.map((pattern) => new RegExp(pattern));
const FILE_NAME = new RegExp(
  `^(?:附件${WS}*[0-9０-９一二三四五六七八九]*${WS}*[:：]?${WS}*)?[^。；\\r\\n]{1,150}\\.(?:${alternation(data.fileExtensions)})` +
    `(?:${WS}*[（(\\[]?${WS}*\\d+(?:\\.\\d+)?${WS}*[KkMmGg]?B${WS}*[）)\\]]?)?$`,
  "i",
);

const SENTENCE_END = /[。；！？]$/;
/** A download link's extension and size at the end of its name (`.docx`, `.pdf（356KB）`). */
const FILE_SUFFIX = new RegExp(
  `\\.(?:${alternation(data.fileExtensions)})(?:${WS}*[（(\\[]?${WS}*\\d+(?:\\.\\d+)?${WS}*[KkMmGg]?B${WS}*[）)\\]]?)?${WS}*$`,
  "i",
);

/** Where a file name's extension (and the size a page shows after it) starts in `content`, or -1: what a download link adds to an attachment's title. */
export function fileSuffixAt(content: string): number {
  return FILE_NAME.test(content.trim()) ? (FILE_SUFFIX.exec(content)?.index ?? -1) : -1;
}

const PAGE_NUMBERS = data.pageNumbers.map((pattern) => new RegExp(pattern));
const ISSUE_LINES = data.issueLines.map((pattern) => new RegExp(pattern));
/** The characters a gazette's issue line starts with (ISSUE_LINES): a year's digit or 第. */
const ISSUE_LINE_START = /^[0-9０-９第]/;
/** The characters a page number or footer starts with (PAGE_NUMBERS): most lines fail on this one look. */
const PAGE_NUMBER_START = /^[—–―\-－第共Pp·・•hf]/;

const METADATA_KEYS: Readonly<Record<string, PageMetadataKey>> = data.metadataKeys as Record<string, PageMetadataKey>;
const VALUE_KINDS: Readonly<Record<string, ValueKind>> = data.valueKinds as Record<string, ValueKind>;

function normalisePhrase(phrase: string): string {
  return phrase.replace(/[ \t\u3000\u00a0]+/g, "").replace(/:/g, "：");
}

/** Where a line's text starts after the emoji (✅ 📌 👉) and spaces an AI writing tool opens a line with. */
function leadingPictographs(line: string): number {
  return LEADING_PICTOGRAPHS.exec(line)?.[0].length ?? 0;
}

const LEADING_PICTOGRAPHS = /^(?:[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F\u200D]+[ \t\u3000]*)*/u;

/**
 * A row of a page's metadata whose first cell's label is a word of the site's own (`时间：2024-05-06
 * 来源：区府办  阅读次数：568`): a short label and its value, then a wide gap and a label every page
 * uses. The first cell alone would be any line's `X：` (a 主送 line, a clause's label): the known
 * label after the gap says it is a row of the page's cells.
 */
function opensRowOfCells(line: string): boolean {
  const first = FIRST_CELL.exec(line);
  return first !== null && labelAtStart(line.slice(first[0].length));
}

/** A short Han label, its colon and a value without a sentence mark, up to a gap of two spaces or a wide one. */
const FIRST_CELL = /^[\u4e00-\u9fff]{1,4}[:：][^。；，！？：]{1,40}?(?:[ \t\u00a0]{2,}|\u3000+)[ \t\u3000\u00a0]*/;

/** What kind of page furniture a line is (its content without indentation), or null. */
export function furnitureKindOf(content: string): FurnitureKind | null {
  const trimmed = content.trim();
  if (trimmed === "") return null;
  // A label that opens a sentence (来源：国家统计局公布的数据。) is prose, not a table row.
  if (labelAtStart(trimmed) || opensRowOfCells(trimmed)) return SENTENCE_END.test(trimmed) ? null : "metadata";
  if (BREADCRUMB.test(trimmed)) return "breadcrumb";
  if (data.lineStarts.some((start) => trimmed.startsWith(start)) || LINE_PATTERNS.some((pattern) => pattern.test(trimmed)) || isWeChatLine(trimmed) || isPrintHead(trimmed)) return "furniture";
  if (data.mailFooters.some((start) => trimmed.startsWith(start))) return "mailFooter";
  const words = leadingPictographs(trimmed);
  if (data.assistantReplies.some((start) => trimmed.startsWith(start, words))) return "assistantReply";
  const bare = normalisePhrase(trimmed).replace(PHRASE_BRACKETS, "");
  if (bare !== "" && PHRASES_ONLY.test(bare)) return "furniture";
  if (FILE_NAME.test(trimmed)) return "fileName";
  return null;
}

/**
 * Whether a line's content (without indentation) is furniture a WeChat 公众号 article has of its
 * own (its call to follow, its byline, 阅读原文): a text that has it was copied from an article,
 * whose headline over the plan is the article's (newsHeadlines.ts).
 */
export function isWeChatFurniture(content: string): boolean {
  return isWeChatLine(content.trim());
}

function isWeChatLine(trimmed: string): boolean {
  // An article sets its call to follow after an arrow or a shape (▲点击上方蓝字, 👉点击关注): read after them.
  const from = LEADING_MARKS.exec(trimmed)?.[0].length ?? 0;
  // An image's line, not a fold's: a mobile page folds any article, no 公众号's alone.
  return data.weChatLineStarts.some((start) => trimmed.startsWith(start, from)) || WECHAT_PATTERNS.some((pattern) => pattern.test(trimmed)) || MEDIA_PATTERNS.some((pattern) => pattern.test(trimmed));
}

/** Pictographs and the geometric shapes and arrows an article's editor puts before a line (▲ ● ★ ▶ → 👉). */
const LEADING_MARKS = /^(?:[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F\u200D\u25A0-\u25FF\u2605\u2606\u2190-\u21FF][ \t\u3000]*)+/u;

/**
 * Whether a line's content is what a copy left of an article's image or video: the word 图片,
 * 图源 or 视频 alone, or with its caption (图片：检验检测中心实验室). A caption holds no sentence's
 * stop, so a sentence that opens with the word (图片显示，……。) is text. Never plan text, wherever
 * it stands (model/mediaLines.ts reads it between the tasks).
 */
export function isMediaLine(content: string): boolean {
  const trimmed = content.trim();
  return MEDIA_PATTERNS.some((pattern) => pattern.test(trimmed)) || isFoldLine(trimmed);
}

/**
 * Whether a line's content is the control a mobile page folds the rest of an article under
 * (`展开全文`, `展开阅读全文 ∨`, `展开剩余85%`): a copy of the unfolded page leaves it between two
 * paragraphs, where it is set apart as an image's line is.
 */
export function isFoldLine(content: string): boolean {
  const trimmed = content.trim();
  return FOLD_PATTERNS.some((pattern) => pattern.test(trimmed));
}

/**
 * Where a run of a page's buttons at the end of a line begins (`南平市质量提升行动实施方案 【字体：大
 * 中 小】 【打印】 【关闭】`: a page that sets its bar on the title's line), as an offset into
 * `content`, or -1. The run starts at a space or an opening bracket after some text, and holds
 * nothing but the bar's phrases (data.phrases): a title that merely ends in 打印 or 关闭 keeps
 * its words. Asked of a title's line only.
 */
export function furnitureTailStart(content: string): number {
  for (let k = 1; k < content.length; k++) {
    const code = content.charCodeAt(k);
    if (!TAIL_OPENERS.has(code) && code !== 0x20 && code !== 0x3000 && code !== 0x09) continue;
    const bare = normalisePhrase(content.slice(k)).replace(PHRASE_BRACKETS, "");
    if (bare === "" || !PHRASES_ONLY.test(bare)) continue;
    let start = k;
    while (start > 0 && /[ \t\u3000]/u.test(content.charAt(start - 1))) start--;
    if (start > 0) return start;
  }
  return -1;
}

/** What a bar's button opens with when the line has no space before it: 【打印】, [关闭]. */
const TAIL_OPENERS: ReadonlySet<number> = new Set([0x3010, 0x5b, 0xff3b]);

/**
 * Whether a line's content (without indentation) is a printed page's number or footer: the
 * `— 3 —` of GB/T 9704, `- 4 -`, `第 5 页 共 8 页`, and a gazette's issue (isIssueLine). A PDF copy leaves them between the lines
 * of the text, wherever a page ended; a plan never says such a line.
 */
export function isPageNumber(content: string): boolean {
  const trimmed = content.trim();
  if (PAGE_NUMBER_START.test(trimmed) && PAGE_NUMBERS.some((pattern) => pattern.test(trimmed))) return true;
  return isPageOfPages(trimmed) || isIssueLine(trimmed);
}

/**
 * Whether a line's content is the issue a gazette prints under its name in every page's head
 * (`2024年第3期`, `第3期（总第515期）`): a page's line wherever it stands, as a page number is
 * (isPageNumber), though no number of the page: structure/page-number names it a head.
 */
export function isIssueLine(content: string): boolean {
  const trimmed = content.trim();
  return ISSUE_LINE_START.test(trimmed) && ISSUE_LINES.some((pattern) => pattern.test(trimmed));
}

/**
 * A browser's print footer without its address: the page and the count, `2 / 3`, `2/3` (the
 * address, when the copy kept it, is a line of its own by it: isPrintFootAddress). A fraction
 * whose page is past the count (`3/2`), or page 0, is no page's.
 */
function isPageOfPages(content: string): boolean {
  const match = PAGE_OF_PAGES.exec(content);
  if (match === null) return false;
  const page = Number(halfWidthDigits(match[1]!));
  return page >= 1 && page <= Number(halfWidthDigits(match[2]!));
}

const PAGE_OF_PAGES = /^([0-9０-９]{1,4})[ \t\u3000\u00a0]*[/／][ \t\u3000\u00a0]*([0-9０-９]{1,4})$/;

/**
 * The address a browser prints at the foot of every page of a web page (`https://…`), on a line
 * of its own where the copy split it from the page's count: page furniture where it stands by a
 * page number (model/reading.ts), never alone — a plan may quote an address on its own line.
 */
export function isPrintFootAddress(content: string): boolean {
  return PRINT_FOOT_ADDRESS.test(content);
}

const PRINT_FOOT_ADDRESS = /^(?:https?|file):\/\/[^ \t\u3000\u00a0]+$/;

/**
 * Whether a line's content (without indentation) is the head a browser prints on every page of
 * a web page it prints to PDF: the date and time of printing, then the page's title, however
 * long (`2024/3/8 10:15 示例市……行动计划_示例市人民政府门户网站`). A plan dates in 年月日 and
 * never stamps a time of day at a line's start, so such a line is a head wherever it stands.
 */
export function isPrintHead(content: string): boolean {
  return isAnyDigitCode(content.charCodeAt(0)) && PRINT_HEADS.some((pattern) => pattern.test(content));
}

/** A running head is one short line: a name, a title, an issuer; no sentence. */
const MAX_RUNNING_HEAD = 40;
const SENTENCE_MARKS = /[。，；！？,;!?：:]/;
/**
 * A name, a title or an issuer has words: at least this many Chinese characters. A table pasted
 * one cell a line repeats short cells (`%`, `家`, `预期性`) alone between blank lines, as a
 * running head stands, and they are its cells.
 */
const MIN_HEAD_HAN = 4;
const HAN = /[\u4e00-\u9fff]/g;

/**
 * Whether a line's content (without indentation) can be a printed page's running head or foot:
 * the `××市人民政府办公室行政规范性文件` or the plan's title a PDF repeats at the top of every
 * page, which a copy leaves after each page number. Short, and no sentence. Whether such a line
 * is one is told by where it stands and how often (model/reading.ts).
 */
export function mayBeRunningHead(content: string): boolean {
  const length = content.length;
  if (length < MIN_HEAD_HAN || length > MAX_RUNNING_HEAD) return false;
  // A list's 、 at the line's edge says the list goes on past it (`〔责任单位：` / `市财政局、` /
  // `市商务局〕`, a clause pasted one unit a line): a name of that list, repeated by every
  // clause that lists it, never a head. A title's 、 stands inside it (质量、标准、品牌).
  if (content.charCodeAt(0) === ENUMERATION_COMMA || content.charCodeAt(length - 1) === ENUMERATION_COMMA) return false;
  return !SENTENCE_MARKS.test(content) && (content.match(HAN)?.length ?? 0) >= MIN_HEAD_HAN;
}

const ENUMERATION_COMMA = 0x3001; // 、

/**
 * What an e-mail client or an OA system wrote around a text it forwarded or routed: the header
 * of a forwarded mail (`发件人：…`, an opening; `收件人：`, `主题：`, `抄送：`, fields that are
 * the mail's only under an opening, leadingDebris.ts decides), the forward's separator
 * (`—— 转发的邮件 ——`), and a 办文单's stamps (`【办理意见】…`, `拟办意见：…`, `签批：…`).
 */
export type MessageLineKind = "mailOpening" | "mailField" | "mailSeparator" | "officeStamp";

const labelsThenColon = (labels: readonly string[]) => new RegExp(`^【?(?:${alternation(labels)})】?${WS}*[:：]`);
const MAIL_OPENING = labelsThenColon(data.mailOpenings);
const MAIL_FIELD = labelsThenColon(data.mailFields);
const MAIL_SEPARATORS = data.mailSeparators.map((pattern) => new RegExp(pattern));
// A stamp's label stands in 【】 or before a colon; its value may be a whole sentence.
const OFFICE_STAMP = new RegExp(`^(?:【(?:${alternation(data.officeStamps)})】|(?:${alternation(data.officeStamps)})${WS}*[:：])`);
/** The first characters these lines can start with: most lines before a plan fail on this one look. */
const MESSAGE_STARTS: ReadonlySet<number> = new Set(
  [...data.mailFields, ...data.officeStamps, "【", "-", "—", "–", "―", "=", "_", "转", "原", "邮", "F", "O"].map((word) => word.charCodeAt(0)),
);

/** What part of a forwarded mail or a routed document a line (its content without indentation) is, or null. */
export function messageLineKindOf(content: string): MessageLineKind | null {
  const trimmed = content.trim();
  if (!MESSAGE_STARTS.has(trimmed.charCodeAt(0))) return null;
  if (MAIL_OPENING.test(trimmed)) return "mailOpening";
  if (MAIL_FIELD.test(trimmed)) return "mailField";
  if (OFFICE_STAMP.test(trimmed)) return "officeStamp";
  if (MAIL_SEPARATORS.some((pattern) => pattern.test(trimmed))) return "mailSeparator";
  return null;
}

/** The `label：value` cells of a metadata row, in order; a label with nothing after it has value "". */
export function metadataCellsOf(content: string): MetadataCell[] {
  const matches = [...content.matchAll(labelCellsPattern())];
  return matches.map((match, i) => {
    const valueStart = match.index + match[0].length;
    const valueEnd = i + 1 < matches.length ? matches[i + 1]!.index : content.length;
    const raw = content.slice(valueStart, valueEnd);
    // A cell of the site's own label (发文日期：, 信息形式：) past a column's gap is no part of the value.
    const cut = raw.search(GAP_BEFORE_LABEL);
    return { label: bareLabel(match[1]!), value: (cut < 0 ? raw : raw.slice(0, cut)).trim(), valueStart };
  });
}

/** A column's gap (two spaces or more, or ideographic ones) before a short label and its colon: the next cell of a metadata row. */
const GAP_BEFORE_LABEL = /(?:[ \t\u00a0]{2,}|\u3000+)[\u4e00-\u9fff][\u4e00-\u9fff \u3000]{0,7}[:：]/;

/** The metadata key a label stands for (成文日期 → date), or null when its value is not kept. */
export function metadataKeyOf(label: string): PageMetadataKey | null {
  return METADATA_KEYS[label] ?? null;
}

/**
 * The value a metadata row gives its key: a date row's date without the time of day a page adds
 * (`成文日期：2023-05-06 10:00` dates the document 2023-05-06), any other row's value as written.
 */
export function metadataValueOf(label: string, value: string): string {
  if (VALUE_KINDS[label] !== "date") return value;
  const time = TIME_OF_DAY.exec(value);
  return time === null ? value : value.slice(0, time.index);
}
const TIME_OF_DAY = /[ \t\u3000]+[0-9０-９]{1,2}[:：][0-9０-９]{2}(?:[:：][0-9０-９]{2})?$/;

/**
 * Whether a row labelled `label` gives its key's value rather than one labelled `kept`: the
 * label listed first in the data wins wherever the rows stand (a page's 成文日期 over the 发文日期
 * some sites print beside it, in either order).
 */
export function outranksLabel(label: string, kept: string): boolean {
  return METADATA_ORDER.indexOf(label) < METADATA_ORDER.indexOf(kept);
}
const METADATA_ORDER: readonly string[] = Object.keys(METADATA_KEYS);

// Read with the digits half-width (fitsLabel): a WPS copy's `２０２５年０３月０８日` is a date.
const VALUE_SHAPES: Readonly<Record<Exclude<ValueKind, "text">, RegExp>> = {
  date: /^\d{4}(?:[-年./]\d{1,2}[-月./]\d{1,2}日?|\d{3,4})(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?$/,
  docNumber: /^[\u4e00-\u9fff]*[〔[【(（﹝［]?\d{4}.*号$/,
  count: /^\d+$/,
};

/**
 * Whether `value` can be the value of `label` written alone on the line before it: dates, 文号
 * and counts must look like one; other labels take any value that has no Han character (a code)
 * or that another row of the table follows (`inTable`).
 */
export function fitsLabel(label: string, value: string, inTable: boolean): boolean {
  const kind = VALUE_KINDS[label] ?? "text";
  if (kind !== "text") return VALUE_SHAPES[kind].test(halfWidthDigits(value.trim()));
  return inTable || !/[\u4e00-\u9fff]/.test(value);
}
