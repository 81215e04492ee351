import type { PlanConfig } from "../config/schema.js";
import type { CitationNode, ClauseNode, DeadlineNode, LineNode } from "../syntax/cst.js";
import { parseSyntax, type SyntaxResult } from "../syntax/parse.js";
import { nodesAreKept } from "../syntax/incremental.js";
import { frontMatterValue, toFrontMatter } from "./frontMatter.js";
import { inlinePartsOf, textEndOf, toResponsibilityClause, toTarget } from "./inline.js";
import { appended, compacted } from "./itemLists.js";
import { issuingDepartments, isIssuersOwn } from "../units/divisions.js";
import { leadingLevelWord } from "../units/names.js";
import { clauseAcrossLinesOf, continuesClauseAbove, isBareClause, paragraphClauseOf, registeredBareClauseOf, trailingClauseOf } from "./clauseReading.js";
import { TableReader } from "./tables.js";
import { keepMarkdownTables, markdownLinesOf, planMarkdownTables } from "./markdownTables.js";
import { readCellLineTables } from "./cellLineTables.js";
import { cutCitations } from "./cutCitations.js";
import { buildOutline, LineOwners } from "./outline.js";
import { isoDate, readPrelude } from "./prelude.js";
import { opensWithArticle } from "../references/articles.js";
import { findLeadingDebris } from "./leadingDebris.js";
import { findRepeatedTitles } from "./repeatedTitle.js";
import { findTitleRowsInTable, repeatsInTable } from "./titleRow.js";
import { findRepeatedPastes } from "./repeatedPaste.js";
import { findReviewBalloons } from "./reviewMarkup.js";
import { findDebrisBeforeAttachments } from "./debrisBeforeAttachments.js";
import { findMediaLines } from "./mediaLines.js";
import { addLinesSetApart } from "./setApart.js";
import { furnitureKindOf } from "./pageFurniture.js";
import { readLines } from "./reading.js";
import type { SpacedParting } from "./spacedTableRows.js";
import { findImprint, findImprintBeforePlan, isImprintLine } from "./imprint.js";
import { opensAttachments } from "./attachments.js";
import { opensUnitTable } from "./unitTableHeader.js";
import { findClosingSignature } from "./signature.js";
import { deadlineAfterClause, trailingDeadlineOf } from "./deadlines.js";
import { registryFor, type UnitRegistry } from "../units/registry.js";
import { splitRunIns } from "./runInItems.js";
import { flattenedLines } from "../numbering/inlineMarkers.js";
import type { ClosingSignature, LeadingDebris, LineBlock, NumberedItem, NumberingPolicy, PlanDocument, PlanMetadata, RunInLine } from "./types.js";

/**
 * Builds the model of a plan from its text: parse → regions (front matter, the part before the
 * plan, the plan, the 版记 closing the document, trailing debris) → outline → inline elements attached to their items.
 * Pure: no I/O, never throws on any input. `parsed` is the parse of `text` when the caller
 * already has it (the language server's incremental parser); `registry` the configuration's
 * (analyze.ts readModel), which tells two names a list joins with 和 from one (units/conjoinedNames.ts);
 * `config` the configuration whose numbering policy (`numbering`, numbering/scope's options) says
 * how each level counts, as the front matter's 编号方式 does: where the numbering stands at a marker
 * inside a line is counted by it, here as in structure/flattened.
 */
export function buildPlan(text: string, parsed: SyntaxResult = parseSyntax(text), registry: UnitRegistry = registryFor(undefined, undefined), config?: PlanConfig): PlanDocument {
  const plan = assemble(text, parsed, registry, parsed.document.lines, NO_RUN_INS);
  // Tasks a paste ran together on one line (model/runInItems.ts) are found on the plan as read
  // (where the numbering stands at each marker, by the plan's numbering policy: a configuration
  // that counts a level on across parents makes a `3.` after （二）'s heading the due number),
  // then read apart: the plan is read again from the split lines. Most plans have none, and
  // are read once.
  const runIns = flattenedLines(plan, config);
  if (runIns.length === 0) return plan;
  return assemble(text, parsed, registry, splitRunIns(parsed.document.lines, runIns, text), runIns);
}

const NO_RUN_INS: readonly RunInLine[] = [];

function assemble(text: string, parsed: SyntaxResult, registry: UnitRegistry, syntaxLines: readonly LineNode[], runIns: readonly RunInLine[]): PlanDocument {
  const { document: syntax, internalError } = parsed;
  const { lines, hardWrap, quotedCells, tableOfContents, spacedHeaders, markdownTables } = readLines(syntaxLines, text);
  const frontMatter = syntax.frontMatter ? toFrontMatter(syntax.frontMatter) : null;

  const planStart = findPlanStart(lines, text);
  const { trailerStart, lastItem } = findTrailerStart(lines, planStart, text);
  // The 版记 closes the document before any web debris: cut from the plan, it is no item's body.
  const imprint = findImprint(lines, Math.max(lastItem + 1, planStart), trailerStart, text);
  const planEnd = imprint ? imprint.index : trailerStart;
  const preludeLines = lines.slice(0, planStart);
  // A plan issued by itself is signed after its text: the 落款 is no item's body.
  const signature = findClosingSignature({ lines, planEnd, planStart, text });
  // A block pasted twice in a row (its second copy) and Word's review balloons, wherever they
  // stand, are set apart: no item, no item's body, nothing the inline reading reads.
  const repeatedPastes = findRepeatedPastes(lines, text, planStart);
  // A contents entry pasted twice (model/contents.ts) stands before the plan, before every copy found in it.
  if (tableOfContents !== null && tableOfContents.copies.length > 0) repeatedPastes.unshift(...tableOfContents.copies);
  const reviewBalloons = findReviewBalloons(lines, text);
  // A web page's bar between the text and an attachment (打印本页 关闭窗口 …): debris as the trailer is.
  const debrisBeforeAttachments = findDebrisBeforeAttachments(lines, planStart, planEnd, text);
  // An article's image or video left as 图片 / 图片：caption between the tasks: debris too.
  const mediaLines = findMediaLines(lines, planStart, planEnd, text);
  const setApart = addLinesSetApart({ repeatedPastes, reviewBalloons, debrisBeforeAttachments, mediaLines, tableOfContents }, new Set<LineNode>());
  const outsideOutline = signature === null ? setApart : new Set<LineNode>([...setApart, ...signature.lines, ...signature.notes]);
  const planLines = outsideOutline.size > 0 ? lines.slice(planStart, planEnd).filter((line) => !outsideOutline.has(line)) : lines.slice(planStart, planEnd);
  const outline = buildOutline(planLines, text);
  const debris = findLeadingDebris(preludeLines, text);
  const furniture = new Set<LineNode>(debris?.lines);
  // A 版记 a copy set under the notice, before the plan: the document's all the same (the export
  // sets it on the last page), and no part of the notice: its 印发日期 is no 成文日期.
  const imprintBeforePlan = imprint === null ? findImprintBeforePlan(preludeLines, text, furniture) : null;
  if (imprintBeforePlan !== null) for (const line of imprintBeforePlan.imprint.lines) furniture.add(line);
  for (const balloon of reviewBalloons) furniture.add(balloon.line);
  if (tableOfContents !== null) for (const line of tableOfContents.lines) furniture.add(line);
  let repeatedTitles = findRepeatedTitles(preludeLines, text, furniture);
  // A page heading repeating the title is furniture to the reading of the title too.
  for (const repeat of repeatedTitles) for (const line of repeat.lines) furniture.add(line);
  // The metadata table's own title row over the document's title: the table's, debris with it.
  let titleRows = debris === null ? [] : findTitleRowsInTable(preludeLines, text, new Set<LineNode>(debris.lines), repeatedTitles);
  if (titleRows.length > 0) {
    // A repeat whose first copy is the table's title row is the table's, every line of the copy:
    // reported and deleted with the table, once.
    const inTable = new Set(repeatsInTable(preludeLines, text, titleRows, repeatedTitles));
    if (inTable.size > 0) {
      const rows = new Set<LineNode>(titleRows);
      repeatedTitles = repeatedTitles.filter((repeat) => !inTable.has(repeat));
      titleRows = [...titleRows, ...[...inTable].flatMap((repeat) => repeat.lines.filter((line) => !rows.has(line)))];
    }
    for (const line of titleRows) furniture.add(line);
    debris!.lines = [...debris!.lines, ...titleRows].sort((a, b) => a.start - b.start);
    debris!.start = debris!.lines[0]!.indentEnd;
    debris!.end = debris!.lines[debris!.lines.length - 1]!.contentEnd;
  }
  const prelude = readPrelude(preludeLines, text, furniture, hardWrap);
  const { metadata, relied } = metadataOf(frontMatter, prelude, debris?.metadata ?? {}, signature);
  const leadingDebris: LeadingDebris | null = debris && { start: debris.start, end: debris.end, lines: debris.lines, sources: debris.sources, metadata: debris.metadata, relied };

  const plan: PlanDocument = {
    text,
    syntax,
    lines,
    runIns,
    internalError,
    frontMatter,
    metadata,
    prelude: block(preludeLines),
    leadingDebris,
    tableOfContents,
    repeatedTitles,
    repeatedPastes,
    reviewBalloons,
    title: prelude.title,
    dateLine: prelude.dateLine ?? signature?.dateLine ?? null,
    preamble: prelude.preamble,
    items: outline.roots,
    attachments: outline.attachments,
    parts: outline.parts,
    attachmentNote: outline.attachmentNote,
    allItems: outline.all,
    boxes: outline.boxes,
    hardWrap,
    quotedCells,
    imprint: imprint?.imprint ?? imprintBeforePlan?.imprint ?? null,
    signature,
    trailer: block(lines.slice(trailerStart)),
    debrisBeforeAttachments,
    mediaLines,
    clauses: [],
    tables: [],
    targets: [],
    citations: [],
    docNumbers: [],
    annotations: [],
    deadlines: [],
    placeholders: [],
    comments: [],
    registry,
    memos: [],
  };
  // The line readings read the Markdown tables of these lines: the plan's are those (one reading).
  keepMarkdownTables(plan, markdownTables);
  const read = lines.slice(0, planEnd);
  collectInlineElements(plan, setApart.size > 0 ? read.filter((line) => !setApart.has(line)) : read, new LineOwners(outline.all), spacedHeaders);
  for (const item of outline.all) compactItem(item);
  for (const box of outline.boxes) box.bodyLines = compacted(box.bodyLines);
  return plan;
}

/** Once built, an item's lists are cut to their length (model/itemLists.ts). */
function compactItem(item: NumberedItem): void {
  item.bodyLines = compacted(item.bodyLines);
  item.children = compacted(item.children);
  item.boxes = compacted(item.boxes);
  item.clauses = compacted(item.clauses);
  item.targets = compacted(item.targets);
  item.citations = compacted(item.citations);
  item.annotations = compacted(item.annotations);
  item.deadlines = compacted(item.deadlines);
}

/**
 * The plan starts at its first level-1 item, or at its first item of any kind if it has none;
 * at the part heading before it (第一章 …) where the plan is divided into parts; in a document
 * of neither, written in articles (第一条、第二条…: two lines open with one, as
 * references/articles.ts reads them), at its first article, so that the lines before it are read
 * as its title and preamble.
 */
function findPlanStart(lines: readonly LineNode[], text: string): number {
  let firstItem = -1;
  let firstArticle = -1;
  let articles = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === "text" && line.textKind === "part" && firstItem < 0) return i;
    if (line.kind === "item" && line.marker.level === 1) return i;
    if (firstItem < 0 && (line.kind === "item" || line.kind === "list")) firstItem = i;
    if (firstItem < 0 && articles < 2 && line.kind === "text" && opensWithArticle(text, line.indentEnd, line.contentEnd)) {
      if (articles++ === 0) firstArticle = i;
    }
  }
  return firstItem >= 0 ? firstItem : articles >= 2 ? firstArticle : 0;
}

/**
 * Trailing debris starts at the first line of web-page furniture after the plan's last item and
 * after its last attachment's label or 附件说明 (`附件：重点任务分工表`): debris a page put between
 * the text and an attachment (a 分工表 one cell a line, no items) is no trailer, or deleting the
 * trailer would delete the attachment; in a text with no item, after its last sentence. Returns where, and the index of that item (planStart - 1 when there is none).
 */
function findTrailerStart(lines: readonly LineNode[], planStart: number, text: string): { trailerStart: number; lastItem: number } {
  let lastLabel = -1;
  // A 分工表's header opens an attachment as its label does: a page's debris over a table pasted
  // with no label (附件下载： and its links) is no trailer, which would take the table with it.
  for (let i = lines.length - 1; i >= planStart && lastLabel < 0; i--) if (opensAttachments(lines[i]!, text) || opensUnitTable(lines[i]!, text)) lastLabel = i;
  let lastItem = planStart - 1;
  for (let i = lines.length - 1; i >= planStart; i--) {
    const line = lines[i]!;
    if (line.kind !== "item" && line.kind !== "list") continue;
    // A page's numbered downloads (相关附件： / 1.某某方案.docx) are numbered like items but are
    // file names: the page's furniture, not the plan's last item.
    if (furnitureKindOf(text.slice(line.headingStart, textEndOf(line, text))) === "fileName") continue;
    // A 公众号 article's closing line `—END—` reads as a list's dash and its words: furniture, no item.
    if (line.kind === "list" && furnitureKindOf(text.slice(line.indentEnd, textEndOf(line, text))) !== null) continue;
    lastItem = i;
    break;
  }
  // Under a 附件说明's label alone on its line (附件：), a page lists the attachments as its download
  // links (1.重点任务分工表.docx): their titles are the note's, the page's only their extensions
  // (structure/trailing-text deletes those, never the titles).
  // A text with no item at all (a plan pasted as one line, its markers inside it) ends where its
  // last sentence does: a page's furniture (首页 > 政策文件, 【字体：大 中 小】) may stand before it, and
  // a trailer from there would be the whole text, which structure/trailing-text's fix deletes.
  const from = lastItem < planStart && lastLabel < 0 ? lastSentenceLine(lines, planStart, text) + 1 : Math.max(lastItem, lastLabel) + 1;
  let underNote = false;
  // A trailer follows the plan: furniture before any of its text (a line of 分享到 QQ that opens
  // the text) is no trailer, or structure/trailing-text's fix would delete the whole text.
  let sawText = lines.slice(0, from).some((line) => line.kind !== "blank" && line.kind !== "comment");
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === "blank" || line.kind === "comment") continue;
    if (isFileNameLine(line, text) && (underNote || (underNote = followsBareNoteLabel(lines, i, text)))) continue;
    underNote = false;
    // A 版记's 公开方式 line is a web page's metadata row too: the 版记 reads it (model/imprint.ts).
    if (line.kind === "text" && furnitureKindOf(text.slice(line.indentEnd, textEndOf(line, text))) !== null && !isImprintLine(line, text)) {
      if (sawText) return { trailerStart: i, lastItem };
      continue;
    }
    sawText = true;
  }
  return { trailerStart: lines.length, lastItem };
}

/** The last line from `from` on whose text holds a sentence's end (。！？), or `from` − 1: page furniture holds none. */
function lastSentenceLine(lines: readonly LineNode[], from: number, text: string): number {
  for (let i = lines.length - 1; i >= from; i--) {
    const line = lines[i]!;
    if (line.kind === "blank" || line.kind === "comment") continue;
    if (SENTENCE_END.test(text.slice(line.indentEnd, line.contentEnd))) return i;
  }
  return from - 1;
}

const SENTENCE_END = /[。！？]/;

/** A line that is a file's name (`1.重点任务分工表.docx`, `主要指标.pdf（356KB）`), numbered or not. */
export function isFileNameLine(line: LineNode, text: string): boolean {
  if (line.kind !== "item" && line.kind !== "text") return false;
  const from = line.kind === "text" ? line.indentEnd : line.headingStart;
  return furnitureKindOf(text.slice(from, textEndOf(line, text))) === "fileName";
}

/**
 * The download links a page listed under the 附件说明's label (附件： / 1.重点任务分工表.docx) right
 * before line `before` (the trailer's first line, or the end), in document order; none where
 * the lines above are no such list.
 */
export function downloadsUnderNote(lines: readonly LineNode[], before: number, text: string): readonly LineNode[] {
  const found: LineNode[] = [];
  let first = before;
  for (let j = before - 1; j >= 0; j--) {
    const line = lines[j]!;
    // A comment (a drafter's `//` note, a plancheck-disable directive) is no end of the list, as a blank line is none.
    if (line.kind === "blank" || line.kind === "comment") continue;
    if (!isFileNameLine(line, text)) break;
    found.push(line);
    first = j;
  }
  if (found.length === 0) return NO_DOWNLOADS;
  // Under the label alone, or after it on its line (附件：重点任务分工表.docx, a page's one download).
  return followsBareNoteLabel(lines, first, text) || opensWithNoteLabel(lines[first]!, text) ? found.reverse() : NO_DOWNLOADS;
}

/** A 附件说明's label at a line's start with a name after it (`附件：`, `附件1：`). */
const NOTE_LABEL_BEFORE_NAME = /^附[ \t\u3000]*件[ \t\u3000]*[0-9０-９]*[ \t\u3000]*[:：]/;

function opensWithNoteLabel(line: LineNode, text: string): boolean {
  return line.kind === "text" && NOTE_LABEL_BEFORE_NAME.test(text.slice(line.indentEnd, line.contentEnd));
}

const NO_DOWNLOADS: readonly LineNode[] = [];

/** A 附件说明's label with nothing after it (`附件：`, `附件`). */
const BARE_NOTE_LABEL = /^附[ \t\u3000]*件[ \t\u3000]*[:：]?$/;

/** Whether the content line before `index` (blank lines and comments aside) is a 附件说明's label alone on its line. */
function followsBareNoteLabel(lines: readonly LineNode[], index: number, text: string): boolean {
  for (let j = index - 1; j >= 0; j--) {
    const line = lines[j]!;
    if (line.kind === "blank" || line.kind === "comment") continue;
    return line.kind === "text" && BARE_NOTE_LABEL.test(text.slice(line.indentEnd, textEndOf(line, text)).trim());
  }
  return false;
}

function block(lines: LineNode[]): LineBlock | null {
  const content = lines.filter((line) => line.kind !== "blank");
  if (content.length === 0) return null;
  return { start: content[0]!.indentEnd, end: content[content.length - 1]!.contentEnd, lines };
}

const NO_LINES: ReadonlySet<LineNode> = new Set();

/**
 * Gathers inline elements in document order and attaches them to the item whose text holds
 * them (a clause a line break cuts, to the item of the line it opens on: model/clauseReading.ts). A `到2025年` sets the horizon of the targets after it, within the item that says it
 * and that item's descendants; an item at the same or a higher level ends its scope.
 */
function collectInlineElements(plan: PlanDocument, lines: readonly LineNode[], owners: LineOwners, spacedHeaders: ReadonlyMap<number, SpacedParting>): void {
  let horizon: { year: number; level: number } | null = null;
  const tables = new TableReader(plan.text, plan.attachments, plan.tables, plan.deadlines, plan.registry, plan.quotedCells, markdownLinesOf(plan.lines, planMarkdownTables(plan)), spacedHeaders, lines);
  // Tables a PDF copy pasted one cell a line: their rows, by the line each starts on.
  const cellLineRows = readCellLineTables(lines, plan.text, plan.attachments, plan.tables, plan.deadlines, plan.registry);
  const wrapped: ReadonlySet<LineNode> = plan.hardWrap === null ? NO_LINES : new Set(plan.hardWrap.lines);
  // Where the server's parser keeps nodes, what a line says of itself is remembered by its node.
  const kept = nodesAreKept(plan.syntax);
  // Titles a PDF's measure cut (model/cutCitations.ts): each read whole, on the line it opens on;
  // what the grammar read of its pieces (a 文号 after the stray 》) is the citation's.
  const cut = cutCitations(lines, plan.text, plan.hardWrap);
  let nextCut = 0;
  const isKnown = knownUnitName(plan);
  for (let lineIndex = 0; lineIndex < lines.length; lineIndex++) {
    const line = lines[lineIndex]!;
    // A line holds at most the end of one cut title and the start of the next.
    while (nextCut < cut.length && cut[nextCut]!.end <= line.start) nextCut++;
    const closing = nextCut < cut.length && cut[nextCut]!.start < line.start ? cut[nextCut]! : null;
    const after = closing === null ? nextCut : nextCut + 1;
    const opening = after < cut.length && cut[after]!.start < line.end ? cut[after]! : null;
    if (line.kind === "comment") {
      plan.comments.push({ start: line.indentEnd, end: line.contentEnd, directive: line.directive });
      continue;
    }
    const item = owners.ownerOf(line);
    if (item && line === item.line && horizon && item.level <= horizon.level) horizon = null;
    // An indexed loop: this runs over every line on every keystroke, and V8 did not remove the
    // array iterator of a for…of around this switch (an object per line).
    const parts = inlinePartsOf(line);
    let stated = false;
    // Where the line's last clause closes: a deadline may be the sentence after it.
    let clauseEnd = -1;
    const deadlinesBefore = plan.deadlines.length;
    for (let index = 0; index < parts.length; index++) {
      const part = parts[index]!;
      if (part.type !== "text" && ((closing !== null && part.start < closing.end) || (opening !== null && part.start >= opening.start))) continue;
      switch (part.type) {
        case "clause": {
          // A bracket of names alone at a line's end, on a line that goes on with a clause opened
          // above (`〔` / `责任单位：市委组织部（市委人才办）` / `、各县人民政府〕`), is a name's second name:
          // the clause read across the lines holds it.
          if (isBareClause(part) && continuesClauseAbove(lines, lineIndex, plan.text)) break;
          stated = true;
          clauseEnd = part.end;
          addClause(plan, item, part);
          break;
        }
        case "target": {
          const target = toTarget(part, horizon?.year ?? null);
          target.item = item;
          plan.targets.push(target);
          if (item) item.targets = appended(item.targets, target);
          break;
        }
        case "horizon":
          horizon = { year: part.year, level: item?.level ?? 0 };
          break;
        case "citation":
          addCitation(plan, item, part);
          break;
        case "docNumber":
          plan.docNumbers.push(part);
          break;
        case "annotation":
          plan.annotations.push(part);
          if (item) item.annotations = appended(item.annotations, part);
          break;
        case "deadline":
          addDeadline(plan, item, part);
          break;
        case "placeholder":
          plan.placeholders.push(part);
          break;
        case "comment":
          plan.comments.push({ start: part.start, end: part.end, directive: null });
          break;
        case "text":
          break;
      }
    }
    if (opening !== null) addCitation(plan, item, opening);
    // A clause the grammar cannot see on one line: cut by a line break, a group's sentence,
    // labels on a line of their own without brackets, or, where the line states none in
    // brackets, its last sentence.
    const read =
      clauseAcrossLinesOf(lines, lineIndex, plan.text, kept) ??
      paragraphClauseOf(lines, lineIndex, plan.text, wrapped, kept) ??
      (stated ? null : (trailingClauseOf(line, plan.text, kept, item) ?? registeredBareClauseOf(lines, lineIndex, plan.text, isKnown)));
    if (read !== null) addClause(plan, item, read);
    // A deadline written as the line's last sentence, without brackets, where none was read: after
    // a label, or the sentence right after the line's bracketed clause.
    const due =
      plan.deadlines.length === deadlinesBefore ? (trailingDeadlineOf(line, plan.text) ?? (clauseEnd >= 0 ? deadlineAfterClause(line, plan.text, clauseEnd) : null)) : null;
    if (due !== null) addDeadline(plan, item, due);
    // A row of a responsibility table is its task's clause, not the clause of the item the
    // outline puts the line under.
    const row = tables.read(line) ?? cellLineRows?.get(line) ?? null;
    if (row !== null) plan.clauses.push(row);
  }
}

/**
 * The names a bracket of names alone at a paragraph's end may hold besides those its shape says
 * are bodies': the registry's, and in a department's own plan (a 厅's 工作要点 ending each point
 * with （知识产权保护处、省公安厅）) the issuer's divisions and bodies, which no registry lists.
 * The issuer is read only when a name the registry does not know is met: the model is built on
 * every keystroke, and most plans' brackets hold registry names or none.
 */
function knownUnitName(plan: PlanDocument): (name: string) => boolean {
  const registry = plan.registry;
  let issuersOwn: ((name: string) => boolean) | undefined;
  return (name) => registry.resolve(name) !== null || (issuersOwn ??= issuersOwnNames(plan, registry))(name);
}

/** Whether a name is a division or body of the plan's issuing department (none where the plan has no department for issuer). */
function issuersOwnNames(plan: PlanDocument, registry: UnitRegistry): (name: string) => boolean {
  const departments = issuingDepartments(plan, registry);
  if (departments === null) return () => false;
  const word = leadingLevelWord(departments.values().next().value!) ?? "市";
  return (name) => isIssuersOwn(name, registry, departments, word);
}

/**
 * A clause read on a line (in brackets, or across lines and sentences by model/clauseReading.ts),
 * filed under the plan and the item that owns the line, with the deadline it states.
 */
function addClause(plan: PlanDocument, item: NumberedItem | null, node: ClauseNode): void {
  const clause = toResponsibilityClause(node, plan.text, plan.registry);
  clause.item = item;
  plan.clauses.push(clause);
  if (item) item.clauses = appended(item.clauses, clause);
  if (node.deadline !== null) addDeadline(plan, item, node.deadline);
}

function addDeadline(plan: PlanDocument, item: NumberedItem | null, deadline: DeadlineNode): void {
  plan.deadlines.push(deadline);
  if (item) item.deadlines = appended(item.deadlines, deadline);
}

/** A citation, and the 文号 it carries (xref reads 文号s apart from their titles too). */
function addCitation(plan: PlanDocument, item: NumberedItem | null, citation: CitationNode): void {
  plan.citations.push(citation);
  if (item) item.citations = appended(item.citations, citation);
  if (citation.docNumber) plan.docNumbers.push(citation.docNumber);
}

/**
 * The plan's metadata: front matter first, then what the text says (the notice before the plan,
 * else the 落款 after it), then the rows of a pasted web page's metadata table (a notice pasted
 * without its 文号 or 成文日期 may still have them there) — and which of those rows it relies
 * on: the ones nothing else states, which the debris' deletion must carry over (in the order
 * front matter lists them). Both are read from the same sources, so they are computed
 * together; the debris itself is left as found.
 */
export function metadataOf(
  frontMatter: PlanDocument["frontMatter"],
  prelude: ReturnType<typeof readPrelude>,
  page: LeadingDebris["metadata"],
  signature: ClosingSignature | null = null,
): { metadata: PlanMetadata; relied: LeadingDebris["relied"] } {
  const textIssuer = prelude.issuer ?? signature?.issuer ?? null;
  const textDate = prelude.date ?? signature?.date ?? null;
  const relied: Array<LeadingDebris["relied"][number]> = [];
  if (page.issuer && frontMatterValue(frontMatter, "发文机关") === null && textIssuer === null) relied.push("issuer");
  if (page.docNumber && frontMatterValue(frontMatter, "文号") === null && prelude.docNumber === null) relied.push("docNumber");
  if (page.date && frontMatterValue(frontMatter, "成文日期") === null && textDate === null) relied.push("date");
  const date = frontMatterValue(frontMatter, "成文日期") ?? (textDate === null ? page.date?.value : undefined) ?? null;
  const numbering = frontMatterValue(frontMatter, "编号方式");
  const parents = frontMatterValue(frontMatter, "上位文件");
  const status = frontMatterValue(frontMatter, "状态") ?? prelude.draftStatus ?? (prelude.docNumber ? "正式" : null);
  const metadata: PlanMetadata = {
    title: frontMatterValue(frontMatter, "标题") ?? prelude.title?.text ?? null,
    issuer: frontMatterValue(frontMatter, "发文机关") ?? textIssuer ?? page.issuer?.value ?? null,
    docNumber: frontMatterValue(frontMatter, "文号") ?? prelude.docNumber ?? page.docNumber?.value ?? null,
    date: date ? isoDate(date) ?? date : textDate,
    level: frontMatterValue(frontMatter, "层级"),
    parents: parents ? parents.split(/[、,，]/).map((p) => p.trim().replace(/^《|》$/g, "")).filter(Boolean) : [],
    numbering: numberingPolicy(numbering),
    status,
  };
  return { metadata, relied };
}

const NUMBERING_POLICIES: Record<string, NumberingPolicy> = {
  连续: "continuous",
  continuous: "continuous",
  分章: "restart",
  restart: "restart",
  自动: "auto",
  auto: "auto",
};

function numberingPolicy(value: string | null): NumberingPolicy {
  return (value && NUMBERING_POLICIES[value]) || "auto";
}
