import type { ItemLineNode, LineNode, TextLineNode } from "../syntax/cst.js";
import { isAttachmentLabel, namesTable, opensAttachments, TITLED_ATTACHMENT_LABEL, titledAttachmentHead } from "./attachments.js";
import { type BoxRegion, findBoxes } from "./boxes.js";
import { continuesParent } from "./equivalentForms.js";
import { headingTextOf } from "./inline.js";
import { doubledMarkAfter, toNumberMarker } from "./markers.js";
import { appended, NO_ENTRIES } from "./itemLists.js";
import { isHeadingLike, lineText } from "./prelude.js";
import { MAX_TITLE_LINES, titleLineCount } from "./titleBreaks.js";
import { partOf, partWithin } from "./parts.js";
import { opensUnitTable } from "./unitTableHeader.js";
import { tableLabelOf } from "./tableLabel.js";
import { opensWithArticle } from "../references/articles.js";
import type { Attachment, Box, Heading, NumberedItem, PlanDocument, PlanPart } from "./types.js";
import { isBlankBetween, isSpaceCode, trimSpacesEnd } from "../text/spaces.js";
import { codeUnitSet } from "../text/codeUnits.js";

export interface Outline {
  roots: NumberedItem[];
  all: NumberedItem[];
  attachments: Attachment[];
  boxes: Box[];
  parts: PlanPart[];
  /** The lines from the 附件说明 under the body to the first attachment's label (or the end). */
  attachmentNote: LineNode[];
}

/**
 * Nests numbered items by level: （一） under 一、, 1. under （一） (or directly under 一、 when no
 * level-2 item intervenes), （1） under 1., and `——` entries inside the current item. A level
 * that skips is attached to the nearest open ancestor; reporting it is the numbering rules' job.
 * An attachment label (`附件1`, or `附件2：重点任务分工表` over the attachment's items or table:
 * model/attachments.ts) after the plan's first item starts the attachment's own outline: nothing
 * stays open across it. A 专栏 box (model/boxes.ts, which says where it ends) is set
 * under its host with a list of its own: its items nest among themselves, their parent at the
 * top is the host (so a box item's place reads 二、（一）专栏1 1.), and they are not the host's
 * children. The items open before the box stay open across it: the tasks' count goes on after.
 * A box after the last task of a group (`（二）`, `二、`, an attachment or the end after it) closes
 * the group, as a reader takes it: its host is the group, unless its title (or, without one, its
 * text) takes up more of the task's words than of the group's.
 */
export function buildOutline(lines: readonly LineNode[], text: string): Outline {
  const roots: NumberedItem[] = [];
  const all: NumberedItem[] = [];
  const attachments: Attachment[] = [];
  const boxes: Box[] = [];
  const parts: PlanPart[] = [];
  const open: NumberedItem[] = [];
  let current: NumberedItem | null = null;
  let attachment: Attachment | null = null;
  let part: PlanPart | null = null;
  let opened: PlanPart | null = null;
  // An attachment headed on one line (`附件2：重点任务分工表`), read where the line is one.
  let head: ReturnType<typeof titledAttachmentHead> = null;
  // The header line of a 分工表 pasted with no label, read where a line opens one.
  let header = -1;
  // Whether the attachment being read holds a table already (a row, a 分工表's header): a second
  // table under a caption of its own is the next attachment, its label lost (unlabelledTableHeader).
  let tableInAttachment = false;
  // Whether the plan's text has a paragraph since the last item or part heading that no item holds
  // (a 保障措施 chapter written as prose): a 分工表 under a caption after it is no content of a heading.
  let proseOutsideItems = false;
  // Which lines no item of the plan follows before an attachment's label: read once, when a 附件说明 first asks.
  let noItemAfter: Uint8Array | undefined;
  // Whether the document is written in articles (two lines open with 第X条), read at the first line that might open one.
  let writtenInArticles: boolean | undefined;
  const attachmentNote: LineNode[] = [];
  const regions = findBoxes(lines, text);
  let nextRegion = 0;
  // The box being read: its region, its items still open, and how many of `open` its host and the host's ancestors are.
  let box: Box | null = null;
  let boxEnd = -1;
  let boxOwnLines: readonly number[] = [];
  const boxOpen: NumberedItem[] = [];
  let hostDepth = 0;

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (box !== null && index >= boxEnd) {
      box = null;
      boxOpen.length = 0;
      current = null;
    }
    const region = regions[nextRegion];
    if (region !== undefined && region.start === index) {
      nextRegion++;
      hostDepth = hostDepthOf(open, region.level);
      if (hostDepth >= 2 && closesGroup(lines, text, regions, nextRegion, open[hostDepth - 2]!.level) && saysNoMoreOf(boxSays(region, lines, text), open[hostDepth - 1]!, open[hostDepth - 2]!)) hostDepth--;
      const host = hostDepth > 0 ? open[hostDepth - 1]! : null;
      box = newBox(region, lines, host, attachment);
      boxEnd = region.end;
      boxOwnLines = [region.start, region.titleLine];
      boxes.push(box);
      if (host) host.boxes = appended(host.boxes, box);
      current = null;
    }
    // A printed page's number (model/reading.ts) belongs to no item and ends none.
    if (line.kind === "text" && line.textKind === "pageNumber") continue;
    if (box !== null) {
      if (!boxOwnLines.includes(index)) readBoxLine(box, line);
    } else if (all.length > 0 && (isAttachmentLabel(line, text) || (head = titledAttachmentHead(lines, index, text)) !== null)) {
      attachment = head === null ? { label: { text: lineText(line, text), start: line.indentEnd, end: line.contentEnd }, title: null, items: [], start: line.indentEnd, end: line.contentEnd } : { ...head, items: [], start: line.indentEnd, end: Math.max(line.contentEnd, head.title.end) };
      head = null;
      attachments.push(attachment);
      tableInAttachment = false;
      open.length = 0;
      current = null;
      part = null;
      continue;
    } else if (attachment === null && all.length > 0 && opensAttachments(line, text) && (noItemAfter ??= itemlessTails(lines, text))[index] === 1) {
      // The 附件说明 under the body (`附件：1.重点任务分工表` / `2.主要指标表`): the plan's text ended
      // above it. Its lines are no task's text (the last task would fold over them and read them
      // as its content); references/attachments.ts reads the list.
      open.length = 0;
      current = null;
      part = null;
      attachmentNote.push(line);
      continue;
    } else if (
      attachment === null
        ? (header = unlabelledTableHeader(lines, index, text)) >= 0 && (attachmentNote.length > 0 || (current !== null ? hasTextOfItsOwn(current, text) : header !== index && proseOutsideItems)) && (noItemAfter ??= itemlessTails(lines, text))[header] === 1
        : tableInAttachment && (header = unlabelledTableHeader(lines, index, text)) > index && !continuesTable(attachment, line, text)
    ) {
      // A 分工表 pasted after the plan's text (or under its 附件说明) with no 附件 label over it: its
      // header (序号 | 重点任务 | 牵头单位 | 配合单位), or the table's title line right above it,
      // opens an attachment with no label, as a label does: the plan's outline ends, and the rows
      // are no text of the last task (which would read a row's names as its own, or its table as
      // its body). Under a heading with no text of its own (五、责任分工), the table is that
      // heading's content; after a paragraph no item holds (a chapter of prose), a table under its
      // own caption (重点任务分工表) is none. Inside an attachment that holds a table already, a 分工表
      // under a caption of its own (not 续表, not the attachment's title again) is the next
      // attachment, whose label was lost: the caption says so, where its place alone does not.
      // A 附表's label over it (附表1 重点任务分工表, or 附表1 alone over the title) is the attachment's
      // label, in the 附表's series: no 附件 label is missing, and its title is what follows the label.
      const tableLabel = header === index ? null : tableLabelOf(line, text);
      const title = header === index ? null : tableLabel !== null ? tableLabel.title : { text: lineText(line, text), start: line.indentEnd, end: line.contentEnd };
      attachment = { label: tableLabel?.label ?? null, title, items: [], start: line.indentEnd, end: line.contentEnd };
      attachments.push(attachment);
      tableInAttachment = false;
      open.length = 0;
      current = null;
      part = null;
      continue;
    } else if (attachment !== null && current !== null && !tableInAttachment && (hasTextOfItsOwn(current, text) || endsList(current, attachment)) && unlabelledTableHeader(lines, index, text) >= 0) {
      // A 分工表 after an attachment's items (重点项目清单's 1. 2., then 重点任务分工表 over its header):
      // the table is the attachment's, never the last item's text — read as its body, the item ran
      // over the caption and every row. Under a heading with no text of its own over no list (二、责任分工
      // after chapters), the table is its content.
      open.length = 0;
      current = null;
    } else if (attachmentNote.length > 0 && attachment === null) {
      attachmentNote.push(line);
      continue;
    } else if (line.kind === "text" && line.textKind === "part" && attachment === null && (opened = partOf(line, text)) !== null) {
      // A part (第二章 …) closes every item open above it: what follows is the part's.
      part = opened;
      // A part's number alone on its line (`01`, `第二章`) over its heading: the heading is its title.
      if (part.title === "") part.title = titleBelow(lines, index, text);
      part.within = partWithin(parts, part);
      parts.push(part);
      open.length = 0;
      current = null;
      proseOutsideItems = false;
      continue;
    } else if (attachment === null && open.length > 0 && line.kind === "text" && opensWithArticle(text, line.indentEnd, line.contentEnd) && (writtenInArticles ??= articleLines(lines, text) >= 2)) {
      // An article (第五条 …) of a document written in articles closes the items the article
      // before it listed (第四条 … （一）…（二）…): its text is its own, no item's body.
      open.length = 0;
      current = null;
    } else if (line.kind === "item" || line.kind === "list") {
      const item = newItem(line, text);
      while (open.length > 0 && open[open.length - 1]!.level >= item.level) open.pop();
      // `（1）加强…` `⑵强化…`: the entry goes on with the item's count, as its sibling (model/equivalentForms.ts).
      if (open.length > 0 && continuesParent(open[open.length - 1]!, item)) open.pop();
      const parent = open[open.length - 1] ?? null;
      item.parent = parent;
      item.attachment = attachment;
      item.part = part;
      if (parent) parent.children = appended(parent.children, item);
      else {
        (attachment ? attachment.items : roots).push(item);
        if (part) part.items.push(item);
      }
      open.push(item);
      all.push(item);
      current = item;
      proseOutsideItems = false;
    } else if (line.kind === "text" && current) {
      // A heading cut in two (`（一）推动质量变革创新，提` / `高经济发展质量效益`): its title goes on.
      if (current.bodyLines.length === 0 && lines[index - 1] === current.line) {
        if (continuesHeading(current, line, lines[index + 1], text)) extendHeading(current, line, text);
        else if (headingBelowMarker(current, line, text)) current.heading = headingOfLine(line, text);
      }
      current.bodyLines = appended(current.bodyLines, line);
    } else if (attachment && attachment.label !== null && !attachment.title && attachment.items.length === 0 && isHeadingLike(line, text) && !opensUnitTable(line, text)) {
      // An attachment with no label opens at its table's title or header: no line under it is its title.
      attachment.title = attachmentTitleAt(lines, index, text);
    }
    // After the plan's first item only: before it, the plan's text is no chapter's (a document that is only a
    // table has none), and a 附件 label written there would read as no label (one is read after an item).
    if (attachment === null ? current === null && all.length > 0 && line.kind === "text" && line.textKind === "plain" && !namesTable(line, text) : !tableInAttachment) {
      if (attachment === null) proseOutsideItems = true;
      else tableInAttachment = isTableLine(line, text);
    }
    if (line.kind !== "blank" && line.kind !== "comment") {
      // An item ends where the last non-blank line of its subtree ends; an attachment likewise.
      // A box is in its host's subtree, not in the subtrees of the items after the host.
      const through = box !== null ? hostDepth : open.length;
      for (let k = 0; k < through; k++) open[k]!.end = line.contentEnd;
      if (box !== null) {
        box.end = line.contentEnd;
        for (const item of boxOpen) item.end = line.contentEnd;
      }
      if (attachment) attachment.end = line.contentEnd;
      if (part) part.end = line.contentEnd;
    }
  }
  return { roots, all, attachments, boxes, parts, attachmentNote };

  /** A line of a box other than its heading: an item of its list, or text of the box or of its current item. */
  function readBoxLine(box: Box, line: LineNode): void {
    if (line.kind === "item" || line.kind === "list") {
      const item = newItem(line, text);
      while (boxOpen.length > 0 && boxOpen[boxOpen.length - 1]!.level >= item.level) boxOpen.pop();
      if (boxOpen.length > 0 && continuesParent(boxOpen[boxOpen.length - 1]!, item)) boxOpen.pop();
      const parent = boxOpen[boxOpen.length - 1] ?? null;
      item.parent = parent ?? box.host;
      item.attachment = box.attachment;
      item.box = box;
      if (parent) parent.children = appended(parent.children, item);
      else box.items.push(item);
      boxOpen.push(item);
      all.push(item);
      current = item;
    } else if (line.kind === "text") {
      if (current) current.bodyLines = appended(current.bodyLines, line);
      else box.bodyLines = appended(box.bodyLines, line);
    }
  }
}

/**
 * How many of the open items the box's host and its ancestors are: the host is the innermost
 * open item above the level of the box's list (a box of `1.` after task `2.` is its （一）'s);
 * for a box of text, the innermost open item.
 */
/**
 * For each line, 1 where no item or list entry of the plan follows it before an attachment's
 * label (or the end): a line there that opens the attachments is the 附件说明 under the body, not
 * a line inside a task (`附件：……` written as a task's text, with tasks after it). One pass from the end.
 */
function itemlessTails(lines: readonly LineNode[], text: string): Uint8Array {
  const tails = new Uint8Array(lines.length);
  let itemless = 1;
  for (let index = lines.length - 1; index >= 0; index--) {
    tails[index] = itemless;
    const line = lines[index]!;
    if (line.kind === "item" || line.kind === "list") itemless = 0;
    else if (isAttachmentLabel(line, text) || titledAttachmentHead(lines, index, text) !== null) itemless = 1;
  }
  return tails;
}

/**
 * Whether an item says something past its heading: its line's text beyond a heading, or a line of
 * text under it other than a table's title (`五、责任分工` / `重点任务分工表` / the table: the
 * heading's content, title and all).
 */
function hasTextOfItsOwn(item: NumberedItem, text: string): boolean {
  return !item.headingOnly || item.bodyLines.some((line) => !namesTable(line, text));
}

/**
 * Whether an item is the last entry of a list (its siblings, two or more, none with items under
 * it: 1.建设市计量检测中心 / 2.建设国家级质检中心), whose heading names an entry, not a part whose
 * content follows.
 */
function endsList(item: NumberedItem, attachment: Attachment): boolean {
  const siblings = item.parent?.children ?? attachment.items;
  return siblings.length >= 2 && siblings.every((sibling) => sibling.children.length === 0);
}

/**
 * The index of the 分工表 header (model/unitTableHeader.ts) that the line at `index` opens: the
 * line itself, or the header right under it where the line is the table's title (blank lines,
 * comments and a page's edge between them read past); -1 where it opens none.
 */
function unlabelledTableHeader(lines: readonly LineNode[], index: number, text: string): number {
  const line = lines[index]!;
  if (opensUnitTable(line, text)) return underTitledLabel(lines, index, text) ? -1 : index;
  // A 附表's label (model/tableLabel.ts) over the table: alone, over the table's title, or with its title on its line.
  const tableLabel = tableLabelOf(line, text);
  if (tableLabel === null && (!namesTable(line, text) || underTitledLabel(lines, index, text))) return -1;
  let next = lineBelow(lines, index);
  if (tableLabel !== null && tableLabel.title === null && next < lines.length && isHeadingLike(lines[next], text) && !opensUnitTable(lines[next]!, text)) next = lineBelow(lines, next);
  return next < lines.length && opensUnitTable(lines[next]!, text) ? next : -1;
}

/** The index of the nearest line below `index` that is no gap, or the lines' count. */
function lineBelow(lines: readonly LineNode[], index: number): number {
  let next = index + 1;
  while (next < lines.length && isGapLine(lines[next]!)) next++;
  return next;
}

/**
 * Whether a table's caption inside an attachment goes on with the table above rather than heading
 * one of its own: 续表 (续表1, （续表）), as a table set over pages is captioned on the next, or the
 * attachment's title written again over the page's part of it.
 */
function continuesTable(attachment: Attachment, line: LineNode, text: string): boolean {
  const caption = lineText(line, text);
  return CONTINUED_TABLE.test(caption) || (attachment.title !== null && caption === attachment.title.text);
}

/** 续表, 续表1, （续表）, 续表一: a table's caption on the page it goes on to. */
const CONTINUED_TABLE = /^[（(]?续表/u;

/** Whether a line of an attachment is a table's: a row (tabs: model/reading.ts) or a 分工表's header. */
function isTableLine(line: LineNode, text: string): boolean {
  return line.kind === "text" && (line.textKind === "tableRow" || opensUnitTable(line, text));
}

/**
 * Whether a `附件1：重点任务分工表` line stands right over the line (past gaps), or over the
 * table's title right over it: the table's label with its name, the title under it written
 * again; no label is missing.
 */
function underTitledLabel(lines: readonly LineNode[], index: number, text: string): boolean {
  let previous = lineAbove(lines, index);
  if (previous >= 0 && namesTable(lines[previous]!, text)) previous = lineAbove(lines, previous);
  const above = lines[previous];
  return above !== undefined && above.kind === "text" && above.textKind === "attachment" && TITLED_ATTACHMENT_LABEL.test(lineText(above, text));
}

/** The index of the nearest line above `index` that is no gap, or -1. */
function lineAbove(lines: readonly LineNode[], index: number): number {
  let previous = index - 1;
  while (previous >= 0 && isGapLine(lines[previous]!)) previous--;
  return previous;
}

function isGapLine(line: LineNode): boolean {
  return line.kind === "blank" || line.kind === "comment" || (line.kind === "text" && line.textKind === "pageNumber");
}

function hostDepthOf(open: readonly NumberedItem[], level: number | null): number {
  let depth = open.length;
  if (level !== null) while (depth > 0 && open[depth - 1]!.level >= level) depth--;
  return depth;
}

/**
 * Whether a box sits at the end of a group: the first item after it (past any box after it) is
 * of the group's level or above (`（二）` after a box set after the last task of `（一）`), or no
 * item follows in the plan or its attachment. Such a box closes the group, as the national
 * 纲要's boxes close their sections; one among a group's tasks (a task of the same run after it)
 * sits beside the task before it.
 */
function closesGroup(lines: readonly LineNode[], text: string, regions: readonly BoxRegion[], nextRegion: number, groupLevel: number): boolean {
  let region = nextRegion - 1;
  for (let index = regions[region]!.end; index < lines.length; index++) {
    const next = regions[region + 1];
    if (next !== undefined && next.start === index) {
      region++;
      index = next.end - 1;
      continue;
    }
    const line = lines[index]!;
    if (line.kind === "item") return line.marker.level <= groupLevel;
    if (isAttachmentLabel(line, text)) return true;
  }
  return true;
}

/** What a box says: its title, else its lines. */
function boxSays(region: BoxRegion, lines: readonly LineNode[], text: string): string {
  if (region.heading.title !== null) return region.heading.title.text;
  const last = lines[Math.max(region.start, region.end - 1)]!;
  return text.slice(lines[region.start]!.indentEnd, last.contentEnd);
}

/**
 * Whether a box at the end of a group says no more of the group's last task than of the group:
 * the share of each heading's character pairs the box's words hold. A box whose title takes up
 * the task's words (`专栏3 品牌培育重点项目` after `8.加强品牌培育`) is the task's; one that takes up
 * the group's, or neither more than the other, is the group's, where it sits.
 */
function saysNoMoreOf(says: string, task: NumberedItem, group: NumberedItem): boolean {
  return headingShare(says, task.heading.text) <= headingShare(says, group.heading.text);
}

/** The share (0–1) of a heading's distinct character pairs, punctuation aside, that a text holds. */
function headingShare(says: string, heading: string): number {
  const words = heading.replace(/[\s\p{P}\p{S}0-9０-９]+/gu, "");
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) pairs.add(words.slice(i, i + 2));
  if (pairs.size === 0) return 0;
  let held = 0;
  for (const pair of pairs) if (says.includes(pair)) held++;
  return held / pairs.size;
}

function newBox(region: BoxRegion, lines: readonly LineNode[], host: NumberedItem | null, attachment: Attachment | null): Box {
  const own = [lines[region.start] as TextLineNode];
  if (region.titleLine >= 0) own.push(lines[region.titleLine] as TextLineNode);
  const first = own[0]!;
  return {
    label: region.heading.label,
    title: region.heading.title,
    lines: own,
    host,
    items: [],
    bodyLines: NO_ENTRIES,
    attachment,
    start: first.indentEnd,
    end: first.contentEnd,
  };
}

/** Marks a heading's words never end in, and a line of its rest never holds: a sentence's, a clause's, a closing bracket. */
const NOT_A_HEADING_CUT = /[。；;：:！!？?…”’）)〕】》]$/u;
const SENTENCE_MARKS = /[。；;：:！!？?]/u;
/** A heading's rest is short: a heading is a line or two of the page's measure (28 characters). */
const MAX_HEADING_REST = 30;

let words: Intl.Segmenter | undefined;

/**
 * Whether a text line right under a heading-only item is the rest of the heading's words, cut
 * in two by a PDF's line or a copy's (`（一）推动质量变革创新，提` / `高经济发展质量效益`): the
 * heading ends in none of a sentence's or a bracket's closing marks, the line is short, holds no
 * sentence mark and nothing but text, stands on its own (a blank line, an item or the end after
 * it: it opens no paragraph), and the break cuts a word (提 / 高 is 提高), as the measure cuts
 * where it falls and a writer never breaks a line (or the heading ends in a comma or a 、, which
 * no heading does). A subtitle or a paragraph that lost its 。
 * starts with a word of its own. Cut between two words (`（一）开展产品质量` / `提升行动`), the
 * heading goes on only where its first half cannot be a whole heading (`cannotEndHeading`):
 * `（二）推进产业质量` over `提升` may be a heading over a line of its own.
 */
function continuesHeading(item: NumberedItem, line: LineNode, next: LineNode | undefined, text: string): boolean {
  if (!item.headingOnly || item.heading.text === "" || NOT_A_HEADING_CUT.test(item.heading.text)) return false;
  if (line.kind !== "text" || line.textKind !== "plain" || line.parts.some((part) => part.type !== "text")) return false;
  if (next !== undefined && next.kind !== "blank" && next.kind !== "item" && next.kind !== "list") return false;
  const rest = lineText(line, text);
  if (rest === "" || rest.length > MAX_HEADING_REST || SENTENCE_MARKS.test(rest)) return false;
  // A heading never ends in a comma or a 、: cut after one, it goes on too.
  return HEADING_CUT_AFTER_MARK.test(item.heading.text) || cutsWord(item.heading.text.slice(-6), rest.slice(0, 6)) || cannotEndHeading(item.heading.text);
}

/**
 * Whether a heading's words cannot end where they stop, so that a cut between two words is
 * certain: a quotation mark or a bracket left open (`实施“质量` / `强企”工程`), a word that joins
 * or governs what follows (`推进质量基础设施和` / `检验检测能力建设`: 和, 与, 及, 的, 对 …), or a verb
 * of doing (开展, 实施, 组织, 举办, 启动) whose object is not yet the thing done (`开展产品质量` /
 * `提升行动`: one 开展s a 行动, a 活动, a 工作, never a 质量).
 */
function cannotEndHeading(heading: string): boolean {
  return opensMore(heading, "“", "”") || opensMore(heading, "《", "》") || opensMore(heading, "（", "）") || opensMore(heading, "(", ")") || JOINING_END.test(heading) || (DOING_START.test(heading) && !DONE_END.test(heading));
}

function opensMore(text: string, open: string, close: string): boolean {
  return text.split(open).length > text.split(close).length;
}

const JOINING_END = /[和与及并或暨的对为以把将向从由]$/u;
const DOING_START = /^(?:深入|全面|大力|积极|持续|扎实|广泛)?(?:开展|实施|组织|举办|启动)/u;
/** What one 开展s or 实施s: an action, a campaign, a programme and their kinds; and a heading of doing itself (组织实施). */
const DONE_END = /(?:实施|落实|推进|行动|工作|活动|工程|计划|战略|专项|试点|示范|创建|认证|评价|评选|改革|攻关|调查|检查|整治|监测|抽检|培训|宣传|竞赛|服务|项目|制度|机制|提升|升级|建设|治理|管理|对标|达标|帮扶|诊断|评估|标准化|月|年|周)$/u;

const HEADING_CUT_AFTER_MARK = /[，,、]$/u;

/** Whether a word of the two pieces joined starts in the first and ends in the second. */
function cutsWord(before: string, after: string): boolean {
  words ??= new Intl.Segmenter("zh", { granularity: "word" });
  for (const segment of words.segment(before + after)) {
    if (segment.index >= before.length) return false;
    if (segment.index + segment.segment.length > before.length) return segment.isWordLike === true && segment.segment.length >= 2;
  }
  return false;
}

/**
 * Whether an item's marker stands alone on its line, its words on the line right under it
 * (`（一）` / `指导思想`, `1.` / `完善计量标准体系。围绕……`): a PDF that set the number apart from its
 * text, or Word's numbering copied as a paragraph of its own. The reader sees the heading beside
 * its number; the outline names the item by it, and numbering/marker-space joins the two lines.
 */
function headingBelowMarker(item: NumberedItem, line: LineNode, text: string): line is TextLineNode {
  return item.kind === "item" && item.headingOnly && item.heading.text === "" && line.kind === "text" && line.textKind === "plain" && WORD_START.test(text.charAt(line.indentEnd));
}

/** What a heading's words start with: a Chinese character, or a quotation mark or 《 that opens one (not `——`, `=,`). */
const WORD_START = /[一-鿿㐀-䶿“‘《]/u;

/** A line's heading as an item line's is cut: up to its first sentence mark or inline part, else the whole line. */
function headingOfLine(line: TextLineNode, text: string): NumberedItem["heading"] {
  let end = line.contentEnd;
  for (const part of line.parts) {
    if (part.type !== "text") {
      end = part.start;
      break;
    }
  }
  for (let at = line.indentEnd; at < end; at++) {
    if (HEADING_END_CODES.has(text.charCodeAt(at))) {
      end = at;
      break;
    }
  }
  end = trimSpacesEnd(text, line.indentEnd, end);
  return { text: text.slice(line.indentEnd, end), start: line.indentEnd, end };
}

const HEADING_END_CODES = codeUnitSet("。；;：:！!？?");

/** The heading read on through its rest's line: its title is both lines' words, its span to the rest's end. */
function extendHeading(item: NumberedItem, line: LineNode, text: string): void {
  const rest = lineText(line, text);
  item.heading = { text: item.heading.text + rest, start: item.heading.start, end: line.indentEnd + rest.length };
}

function newItem(line: ItemLineNode, text: string): NumberedItem {
  const marker = toNumberMarker(line.marker, doubledMarkAfter(line, text));
  const heading = headingTextOf(line, text);
  if (marker.doubled && heading.start < marker.doubled.end) {
    // The doubled mark is the marker's defect, not the heading's first character; nor are the
    // spaces after it (`（二）、 工作原则`), which the heading skips after a marker too.
    let start = Math.min(marker.doubled.end, heading.end);
    while (start < heading.end && isSpaceCode(text.charCodeAt(start))) start++;
    heading.text = text.slice(start, heading.end);
    heading.start = start;
  }
  const headingOnly = line.parts.every((part) => part.type === "comment" || isBlankBetween(text, part.start, part.end));
  return {
    kind: line.kind === "list" ? "list" : "item",
    level: line.marker.level,
    marker,
    heading,
    headingOnly,
    line,
    bodyLines: NO_ENTRIES,
    parent: null,
    children: NO_ENTRIES,
    attachment: null,
    part: null,
    box: null,
    boxes: NO_ENTRIES,
    clauses: NO_ENTRIES,
    targets: NO_ENTRIES,
    citations: NO_ENTRIES,
    annotations: NO_ENTRIES,
    deadlines: NO_ENTRIES,
    start: line.indentEnd,
    end: line.contentEnd,
  };
}

/**
 * The item each line belongs to (its own line or one of its body lines), asked line by line in
 * document order: items and their body lines are in document order, so one cursor answers in
 * constant time where a map of every line was the largest structure of a large plan's model.
 */
export class LineOwners {
  private next = 0;
  private current: NumberedItem | null = null;
  private body = 0;

  constructor(private readonly items: readonly NumberedItem[]) {}

  /** The owner of `line`, or null; lines are asked in document order, skipping none of the items' own or body lines. */
  ownerOf(line: LineNode): NumberedItem | null {
    const candidate = this.items[this.next];
    if (candidate !== undefined && candidate.line === line) {
      this.next++;
      this.current = candidate;
      this.body = 0;
      return candidate;
    }
    const current = this.current;
    if (current !== null && current.bodyLines[this.body] === line) {
      this.body++;
      return current;
    }
    return null;
  }
}

/**
 * What the outline shows under an item, in document order: its children and the 专栏 boxes set
 * under it (a box is no child: its items number apart and are not tasks, model/boxes.ts). For
 * the views (the editor's outline, folding, `plancheck outline`), not for rules.
 */
export function outlineChildren(item: NumberedItem): ReadonlyArray<NumberedItem | Box> {
  if (item.boxes.length === 0) return item.children;
  const merged: Array<NumberedItem | Box> = [];
  let k = 0;
  for (const child of item.children) {
    while (k < item.boxes.length && item.boxes[k]!.start < child.start) merged.push(item.boxes[k++]!);
    merged.push(child);
  }
  while (k < item.boxes.length) merged.push(item.boxes[k++]!);
  return merged;
}

/** Whether an outline node is a 专栏 box. */
export function isBox(node: NumberedItem | Box): node is Box {
  return "host" in node;
}

/** The outline's top level, in document order: the plan's items and the boxes before any item (host null). */
export function outlineRoots(items: readonly NumberedItem[], boxes: readonly Box[], attachment: Attachment | null): ReadonlyArray<NumberedItem | Box> {
  const loose = boxes.filter((box) => box.host === null && box.attachment === attachment);
  if (loose.length === 0) return items;
  return [...items, ...loose].sort((a, b) => a.start - b.start);
}

/** The plan's top-level nodes under the part (第一章 …) each is in; `part` null before the first part or in a plan without parts. */
export interface PartSection {
  part: PlanPart | null;
  nodes: ReadonlyArray<NumberedItem | Box>;
}


/**
 * The plan's outline roots (`outlineRoots`) grouped by part, in document order: one section
 * with no part for a plan that has none. A part with no item of its own (a chapter of prose) is
 * a section too, so that every part shows in the outline.
 */
export function partSections(plan: PlanDocument): PartSection[] {
  const roots = outlineRoots(plan.items, plan.boxes, null);
  if (plan.parts.length === 0) return [{ part: null, nodes: roots }];
  const sections: PartSection[] = [];
  let nextPart = 0;
  let current: { part: PlanPart | null; nodes: Array<NumberedItem | Box> } | null = null;
  const open = (part: PlanPart) => (current = { part, nodes: [] });
  for (const node of roots) {
    // Parts whose heading comes before the node open their sections first (empty ones too).
    while (nextPart < plan.parts.length && plan.parts[nextPart]!.start <= node.start) sections.push(open(plan.parts[nextPart++]!));
    if (current === null) sections.push((current = { part: null, nodes: [] }));
    current.nodes.push(node);
  }
  while (nextPart < plan.parts.length) sections.push(open(plan.parts[nextPart++]!));
  return sections;
}

/** How deep a part stands among the parts (0 for a 章 of a plan of 章, 1 for its 节). */
export function partDepth(part: PlanPart): number {
  let depth = 0;
  for (let within = part.within; within !== null; within = within.within) depth++;
  return depth;
}

/** How many lines open with an article's heading (第三条　…), up to two: a document written in articles has two or more. */
function articleLines(lines: readonly LineNode[], text: string): number {
  let found = 0;
  for (const line of lines) if (line.kind === "text" && opensWithArticle(text, line.indentEnd, line.contentEnd) && ++found >= 2) break;
  return found;
}

/** The heading on the content line right under a part's marker line, or "" where that line is no heading (an item, a paragraph). */
function titleBelow(lines: readonly LineNode[], index: number, text: string): string {
  for (let i = index + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === "blank" || line.kind === "comment") continue;
    return isHeadingLike(line, text) ? lineText(line, text) : "";
  }
  return "";
}

/**
 * An attachment's title from its first line under the label: with the lines right under it where
 * the title goes on there (model/titleBreaks.ts, the rule the export breaks a long title by: printed
 * over two lines, it reads back as one title; a drafter's break too). A blank line, a table's
 * header or any line no title's can be ends it.
 */
function attachmentTitleAt(lines: readonly LineNode[], index: number, text: string): Heading {
  const words = [lineText(lines[index]!, text)];
  for (let next = index + 1; next < lines.length && words.length < MAX_TITLE_LINES; next++) {
    const line = lines[next]!;
    if (!isHeadingLike(line, text) || opensUnitTable(line, text)) break;
    words.push(lineText(line, text));
  }
  const count = titleLineCount(words);
  return { text: words.slice(0, count).join(""), start: lines[index]!.indentEnd, end: lines[index + count - 1]!.contentEnd };
}
