import type { LineNode } from "../syntax/cst.js";
import { textEndOf } from "./inline.js";
import { isIssueLine } from "./pageFurniture.js";

/**
 * A 政府公报's head over the document, as a copy of the gazette's PDF brings it: the gazette's
 * name and its issue (`赣州市人民政府公报` / `2024年第3期（总第245期）`), and on the issue's
 * first page its 目录, which lists the issue's documents (`【市政府办公室文件】`,
 * `××关于印发××方案的通知……（1）`), not the plan's headings. The name and issue stand at the
 * head of every page too (structure/page-number reports those in the text); before the plan they
 * are the gazette's, as a web page's furniture is the page's: structure/leading-debris reports
 * them, and the contents with them.
 *
 * A name is read as a gazette's where it says so (`…政府公报`, `国务院公报`), or where an issue
 * line stands right by it: a title ending in 公报 (`××统计公报`) alone is a document's.
 */

/** A gazette's name: a short line ending in 公报, no sentence in it. */
const GAZETTE_NAME = /^[^\s。，；：！？,;:!?]{2,22}公报$/u;
/** A name that says it is a government's gazette, with no issue line needed by it. */
const GOVERNMENT_GAZETTE = /(?:政府|国务院|办公厅)公报$/u;
/** `目录`, letter-spaced or not. */
const CONTENTS_HEADING = /^目[ \t\u3000]*录$/u;
/** A section of the contents: `【市政府文件】`, `〔国务院办公厅文件〕`. */
const SECTION_LABEL = /^[【〔［\[][^】〕］\]]{2,20}[】〕］\]]$/u;
/**
 * An entry of the contents: a document's title, a leader or not, and its page in brackets, bare
 * or between dashes (`……（1）`, `…… 12`, `— 3 —`); at most a printed line or two long.
 */
const ENTRY = /^\S.{3,200}?(?:[…⋯.．·・•_—\-－]{2,}|[ \t\u3000]+)?[ \t\u3000]*(?:[（(][0-9０-９]{1,3}[）)]|[-－—–]?[ \t\u3000]*[0-9０-９]{1,3}[ \t\u3000]*[-－—–]?)$/u;
/**
 * An entry of a table of contents by its leader and page (`……（1）`, `·········3`): set in the
 * contents' own width, never a page's measure (model/hardWrap.ts counts no such line as wider).
 */
const LEADER_AND_PAGE = /(?:[…⋯]{2,}|[.．·・•_]{4,})[ \t\u3000]*(?:[（(][0-9０-９]{1,3}[）)]|[0-9０-９]{1,3})$/u;

/** Whether a line's content is an entry of a table of contents, its leader and page number drawn. */
export function isLeaderEntry(content: string): boolean {
  return LEADER_AND_PAGE.test(content);
}

/** A title of the contents a measure cut: its rest, with the page, on the next line. */
const MAX_ENTRY_LINES = 2;

/** The content of a text line (its indentation and trailing comment aside); "" for other lines. */
function contentOf(line: LineNode, text: string): string {
  return line.kind === "text" ? text.slice(line.indentEnd, textEndOf(line, text)).trim() : "";
}

/** Whether the content line at `index` (blank lines and comments before it aside) is one of the gazette's issue lines. */
function issueAround(lines: readonly LineNode[], index: number, step: 1 | -1, text: string): boolean {
  for (let i = index + step; i >= 0 && i < lines.length; i += step) {
    const line = lines[i]!;
    if (line.kind === "blank" || line.kind === "comment") continue;
    return isIssueLine(contentOf(line, text));
  }
  return false;
}

/**
 * The gazette's head whose name is the line at `index` (of lines before the plan): the name, the
 * issue lines by it, and the contents under them; [] where the line is no gazette's name.
 */
export function gazetteHeaderAt(lines: readonly LineNode[], index: number, text: string): LineNode[] {
  const name = contentOf(lines[index]!, text);
  if (!GAZETTE_NAME.test(name)) return [];
  if (!GOVERNMENT_GAZETTE.test(name) && !issueAround(lines, index, 1, text) && !issueAround(lines, index, -1, text)) return [];
  const head: LineNode[] = [lines[index]!];
  let contents = false;
  /** Lines of an entry read so far whose page has not come: a title the measure cut. */
  let pending: LineNode[] = [];
  for (let i = index + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === "blank" || line.kind === "comment") continue;
    // An entry may be a line the grammar read as an item (its title opens with a marker) or text.
    const content = line.kind === "text" || line.kind === "item" ? text.slice(line.indentEnd, textEndOf(line, text)).trim() : "";
    if (content === "") break;
    if (isIssueLine(content) || (!contents && CONTENTS_HEADING.test(content))) {
      contents ||= CONTENTS_HEADING.test(content);
      head.push(line);
      continue;
    }
    if (!contents) break;
    if (SECTION_LABEL.test(content) && pending.length === 0) {
      head.push(line);
      continue;
    }
    if (ENTRY.test(content)) {
      head.push(...pending, line);
      pending = [];
      continue;
    }
    // The first line of a long title, its page on the next; else the contents have ended.
    if (pending.length + 1 >= MAX_ENTRY_LINES) break;
    pending.push(line);
  }
  return head;
}
