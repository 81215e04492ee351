import type { ItemLineNode, LineNode, TextLineNode } from "../syntax/cst.js";
import { textEndOf } from "./inline.js";
import { findNewsHeadlines } from "./newsHeadlines.js";
import { gazetteHeaderAt } from "./gazetteHeader.js";
import { findAccountNames } from "./weChatAccount.js";
import { fitsLabel, furnitureKindOf, isWeChatFurniture, messageLineKindOf, metadataCellsOf, metadataKeyOf, metadataValueOf, outranksLabel, type PageMetadataKey } from "./pageFurniture.js";
import type { DebrisSource, LeadingDebris, PageMetadataValue } from "./types.js";

/**
 * Finds the web-page furniture in the part before the plan: the page's metadata table (as
 * pasted: `label：value` rows, tab-separated cells, or a label alone with its value on the next
 * line), breadcrumbs, print and share bars, a download's file name. Such lines are debris
 * wherever they stand before the first item; the values of the table's 成文日期 (or 发文日期),
 * 发文机关, 文号 and 发布日期 rows are kept, since a notice pasted without its own may still be dated by them.
 * A text forwarded by e-mail or routed by an OA system brings its own: a mail's header and the
 * forward's separator, a 办文单's stamps (pageFurniture.ts `messageLineKindOf`). A mail's fields
 * (抄送：, 主题：, 附件：) count only in a run of such lines that an opening (发件人：) is in:
 * alone, such a line may be the document's own. A WeChat article's headline and news lead over
 * the plan are its debris too (newsHeadlines.ts), and the account's name over its byline
 * (weChatAccount.ts), where the article's own furniture is among these.
 * A 政府公报's name, issue and contents at the text's head, over the document (gazetteHeader.ts),
 * are the gazette's.
 */
export function findLeadingDebris(lines: readonly LineNode[], text: string): Omit<LeadingDebris, "relied"> | null {
  const debris: Array<TextLineNode | ItemLineNode> = [];
  const sources = new Set<DebrisSource>();
  const metadata: Partial<Record<PageMetadataKey, PageMetadataValue>> = {};
  const keep = (label: string, written: string, start: number) => {
    const key = metadataKeyOf(label);
    const value = metadataValueOf(label, written);
    if (key === null || value === "") return;
    const kept = metadata[key];
    if (kept === undefined || outranksLabel(label, kept.label)) metadata[key] = { label, value, start, end: start + value.length };
  };
  /** A label written alone on its line, waiting for its value on the next content line. */
  let pending: string | null = null;
  /** The content line before this one; once one is no debris, the document has begun: a gazette's head is over it, its later page heads are page-number's. */
  let previous: LineNode | null = null;
  let begun = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === "blank" || line.kind === "comment") continue;
    begun ||= previous !== null && debris[debris.length - 1] !== previous;
    previous = line;
    const gazette = begun ? NO_LINES : gazetteHeaderAt(lines, i, text);
    if (gazette.length > 0) {
      for (const head of gazette) debris.push(head as TextLineNode | ItemLineNode);
      sources.add("gazette");
      i = lines.indexOf(gazette[gazette.length - 1]!, i);
      previous = lines[i]!;
      pending = null;
      continue;
    }
    // A forward's separator opens with dashes, which the grammar reads as a —— list entry.
    const separator = line.kind === "list" && messageLineKindOf(text.slice(line.indentEnd, textEndOf(line, text))) === "mailSeparator";
    if (line.kind !== "text" && !separator) {
      pending = null;
      continue;
    }
    const content = text.slice(line.indentEnd, textEndOf(line, text));
    const message = messageLineKindOf(content);
    if (message === "officeStamp" || message === "mailSeparator") {
      debris.push(line);
      sources.add(message === "officeStamp" ? "office" : "mail");
      pending = null;
      continue;
    }
    if (message !== null && line.kind === "text") {
      const header = mailHeaderAt(lines, i, text);
      if (header.length > 0) {
        debris.push(...header);
        sources.add("mail");
        i = lines.indexOf(header[header.length - 1]!, i);
        pending = null;
        continue;
      }
    }
    if (line.kind !== "text") continue;
    const kind = furnitureKindOf(content);
    // A lone label's value on the next line; a date with its time of day (2023年05月06日 09:30)
    // reads as furniture by itself (a WeChat byline's shape), and is the label's value all the same.
    if (pending !== null && (kind === null || kind === "furniture")) {
      const value = content.trim();
      const fits = fitsLabel(pending, value, nextIsFurniture(lines, i + 1, text));
      if (fits) {
        debris.push(line);
        sources.add("web");
        keep(pending, value, line.indentEnd + content.indexOf(value));
      }
      if (fits || kind === null) {
        pending = null;
        continue;
      }
    }
    pending = null;
    if (kind === null) continue;
    debris.push(line);
    sources.add("web");
    if (kind !== "metadata") continue;
    const cells = metadataCellsOf(content);
    for (const cell of cells) keep(cell.label, cell.value, line.indentEnd + cell.valueStart);
    const last = cells[cells.length - 1];
    if (cells.length === 1 && last && last.value === "") pending = last.label;
  }
  if (debris.length === 0) return null;
  // An article's headline and news lead over the plan, where the text has a WeChat article's furniture.
  if (debris.some((line) => isWeChatFurniture(text.slice(line.indentEnd, textEndOf(line, text))))) {
    const headlines = findNewsHeadlines(lines, text, new Set(debris));
    debris.push(...headlines);
    // The account's name over its byline (weChatAccount.ts), asked once the headlines are set apart: a headline is no title after it.
    const accounts = findAccountNames(lines, text, new Set(debris));
    debris.push(...accounts);
    if (headlines.length > 0 || accounts.length > 0) debris.sort((a, b) => a.start - b.start);
  }
  return { start: debris[0]!.indentEnd, end: debris[debris.length - 1]!.contentEnd, lines: debris, metadata, sources: [...sources] };
}

/**
 * The run of mail header lines from `from` (blank lines and comments between them read
 * through), when an opening (发件人：) is among them; else none.
 */
function mailHeaderAt(lines: readonly LineNode[], from: number, text: string): TextLineNode[] {
  const run: TextLineNode[] = [];
  let opened = false;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === "blank" || line.kind === "comment") continue;
    if (line.kind !== "text") break;
    const kind = messageLineKindOf(text.slice(line.indentEnd, textEndOf(line, text)));
    if (kind !== "mailOpening" && kind !== "mailField") break;
    if (kind === "mailOpening") opened = true;
    run.push(line);
  }
  return opened ? run : [];
}

// Not frozen: V8 iterates a frozen array on a slow path (ARCHITECTURE.md, "Frozen arrays").
const NO_LINES: readonly LineNode[] = [];

function nextIsFurniture(lines: readonly LineNode[], from: number, text: string): boolean {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === "blank" || line.kind === "comment") continue;
    return line.kind === "text" && furnitureKindOf(text.slice(line.indentEnd, textEndOf(line, text))) !== null;
  }
  return false;
}
