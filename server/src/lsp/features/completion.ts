import {
  type CompletionContext,
  type CompletionItem,
  CompletionItemKind,
  type CompletionList,
  CompletionTriggerKind,
  InsertReplaceEdit,
  InsertTextFormat,
  type Range,
  type TextEdit,
} from "vscode-languageserver";
import { roleOfLabel, textEndOf } from "../../core/model/inline.js";
import type { UnitRole } from "../../core/model/types.js";
import type { NumberedItem, PlanDocument } from "../../core/model/types.js";
import type { PlanConfig } from "../../core/config/schema.js";
import { documentClauseStyle, preferredClauseStyle } from "../../core/units/clauseStyle.js";
import { ANNOTATION_LABEL, CLAUSE_LABELS, type ClauseContext, clauseContextAt, DEADLINE_LABEL, insideOpenBracket, sentenceEndsAt, tableCellNameContext } from "../../core/units/clauseContext.js";
import { unitColumnsOfHeader } from "../../core/model/tables.js";
import { tableExtents } from "../../core/model/tableExtents.js";
import { partitionPoint } from "../../core/text/sorted.js";
import { isDivisionLabel, UNIT_LABELS } from "../../core/units/labels.js";
import { isDepartmentPlan } from "../../core/units/divisions.js";
import { clauseRequirement, inTaskPlace, isTaskItem } from "../../core/units/requiredLevels.js";
import { clausesOfTask } from "../../core/units/sharedClause.js";
import { pinyinMatchStart } from "../../core/units/pinyin.js";
import type { PositionMapper } from "../../core/text/positions.js";
import { UnitKeys, usageByUnit } from "../unitUsage.js";
import { annotationCompletion, inAnnotation } from "./annotationCompletion.js";
import { citationCompletion } from "./citationCompletion.js";
import { deadlineCompletion } from "./deadlineCompletion.js";
import type { LanguageFeature } from "./feature.js";
import { completionCandidates } from "./unitCandidates.js";
import { registryOfPlan } from "../../core/units/documentLevel.js";

/** What a label's completion says its units do. */
const LABEL_DETAIL: Record<UnitRole, string> = { lead: "牵头负责的单位", support: "配合落实的单位", responsible: "负责落实的单位" };

/**
 * Completion where responsibility clauses are typed: unit names after `：`, `、` and `；`, labels
 * after the opening bracket, and at the end of a task with no clause a snippet that inserts
 * the clause in the document's own bracket, label and colon style; inside `《` the titles of the
 * documents the checker knows (citationCompletion.ts). The trigger characters are
 * also everyday punctuation, so what they bring up must be clause (or title) completion or nothing: the
 * snippet never answers a typed character (Enter would accept it), and a round bracket opens a
 * clause only at the end of a task whose sentence has ended. Names match by characters,
 * pinyin initials and full pinyin, so a drafter half-way through an IME word still gets help;
 * the list is marked incomplete and filtered here, and each item's filterText is what was typed,
 * so the editor's own filter (which knows no pinyin) keeps the server's order.
 */
export const completionFeature: LanguageFeature = {
  capabilities: { completionProvider: { triggerCharacters: ["：", ":", "、", "；", ";", "〔", "（", "(", "《"], resolveProvider: false } },
  register(session) {
    session.connection.onCompletion((params): CompletionList | null => {
      // The model of the current text, without waiting for the rules: completion keeps up with
      // typing even in a document whose analysis takes a while.
      const document = session.documents.get(params.textDocument.uri);
      const modeled = document ? session.modelOf(document.uri) : undefined;
      if (!document || !modeled) return null;
      const entry = { plan: modeled.analysis.plan, mapper: modeled.mapper };
      const offset = entry.mapper.offsetAt(params.position);
      const text = entry.plan.text;
      // Inside 〔对应纲要： the parent's numbers are offered; that needs the analysed document (its
      // parents), so it is asked for only there and ordinary completion stays on the bare model.
      if (inAnnotation(text, offset)) {
        const analysed = session.get(document.uri);
        const annotation = analysed ? annotationCompletion(analysed, offset) : null;
        if (annotation) return annotation;
      }
      // Inside 《 a document's title is typed: the titles the checker knows, from the model.
      const citation = citationCompletion(modeled, offset);
      if (citation) return citation;
      // After 完成时限： the ends of the plan's years and the standing values (deadlineCompletion.ts).
      const deadline = deadlineCompletion(modeled, offset);
      if (deadline) return deadline;
      const context = clauseContextAt(text, offset) ?? unitCellContext(entry.plan, offset);
      const style = preferredClauseStyle(entry.plan);
      const config = session.configFor(document.uri);
      if (!context) return clauseSnippet(entry, offset, params.context, config);
      if (context.kind === "label" && "（(".includes(context.open) && !taskEndingAt(entry.plan, offset, config)) return null;
      // A clause is never written inside another bracket: the 〔 typed in `（中发〔` opens a 发文字号's year.
      if (context.kind === "label" && insideOpenBracket(text, openerBefore(text, context.prefixStart))) return null;
      const range: Range = { start: entry.mapper.positionAt(context.prefixStart), end: params.position };
      // In the middle of a name (`市场<|>监管局`) the chosen name replaces all of it, not only the
      // part before the cursor: as an insert/replace pair where the client takes one (the user's
      // insert mode decides), else replacing to the name's end, which is what accepting means.
      const nameEnd = context.kind === "name" ? context.nameEnd : offset;
      const replace: Range = { start: range.start, end: entry.mapper.positionAt(nameEnd) };
      const insertReplace = session.clientCapabilities.textDocument?.completion?.completionItem?.insertReplaceSupport === true;
      const editTo = (newText: string): TextEdit | InsertReplaceEdit =>
        nameEnd === offset ? { range, newText } : insertReplace ? InsertReplaceEdit.create(newText, range, replace) : { range: replace, newText };
      // The document's own label (责任单位 or 责任部门) first; by characters or pinyin (zrdw). The
      // common labels are offered before anything is typed; once typed, any label that fits
      // (主 → 主要责任单位, 主办单位 …).
      // The labels of divisions (责任科室) only in a department's own plan, which assigns them.
      const registry = registryOfPlan(session.contextFor(document.uri).registry, entry.plan);
      const divisions = isDepartmentPlan(entry.plan, registry);
      const offered = context.prefix === "" ? CLAUSE_LABELS : [...CLAUSE_LABELS, ...UNIT_LABELS.filter((label) => !CLAUSE_LABELS.includes(label) && (divisions || !isDivisionLabel(label)))];
      const ordered = [style.label, ...offered.filter((label) => label !== style.label)].filter(
        (label) => label.startsWith(context.prefix) || pinyinMatchStart(context.prefix, label) === 0,
      );
      // A label replaces the label being typed, through any rest of it after the cursor, and
      // writes a colon only where none follows (`配合<|>单位：` is completed, not doubled); it never
      // replaces a name after the cursor. One edit, not an insert/replace pair: in insert mode
      // the rest of the label would stay and be written twice.
      const slot = context.labelSlot;
      const labelRange: Range = { start: range.start, end: entry.mapper.positionAt(slot.end) };
      const labels = (offeredLabels: readonly string[] = ordered) =>
        offeredLabels.map((label, index) => ({
          label,
          kind: CompletionItemKind.Keyword,
          detail: LABEL_DETAIL[roleOfLabel(label)],
          sortText: `0${index}`,
          filterText: context.prefix,
          textEdit: { range: labelRange, newText: slot.colonAfter ? label : `${label}${style.colon}` },
        }));
      if (context.kind === "label") return { isIncomplete: true, items: [...labels(), ...otherLabels(entry.plan, text, context, labelRange, style.colon, ordered.length)] };
      // Names are read as the plan's rules read them (documentLevel.ts registryOfPlan).
      const plans = session.workspace.plans();
      const keys = new UnitKeys(plans);
      const usage = usageByUnit(plans, keys);
      const keyOf = (name: string) => keys.keyOf({ plan: entry.plan, registry }, name);
      // A department's own plan assigns its divisions too: those it already names come first (completionCandidates).
      const candidates = completionCandidates(context.prefix, { registry, usage, keyOf, namesInClause: context.namesInClause, plan: entry.plan });
      const items: CompletionItem[] = candidates.map((candidate, index) => ({
        label: candidate.name,
        kind: CompletionItemKind.Value,
        detail: candidate.detail,
        sortText: `1${String(index).padStart(4, "0")}`,
        filterText: context.prefix,
        textEdit: editTo(candidate.name),
      }));
      return { isIncomplete: true, items: context.afterSemicolon ? [...labels(nextLabels(ordered, context.labelsInClause)), ...items] : items };
    });
  },
};

/**
 * The name being typed in a unit cell of a tab-separated 分工表 (`2<TAB>推进标准化<TAB>市发改委、市科<|>`),
 * as after a clause's label: the cell's column is a unit column of the table the line stands in
 * (a row the model read, or the line right after its last, where the next row is being written).
 * Null anywhere else.
 */
function unitCellContext(plan: PlanDocument, offset: number): ClauseContext | null {
  const text = plan.text;
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const cellStart = text.lastIndexOf("\t", offset - 1) + 1;
  if (cellStart <= lineStart || plan.tables.length === 0) return null;
  const extents = tableExtents(plan);
  const extent = extents[partitionPoint(extents.length, (k) => extents[k]!.start < lineStart) - 1];
  if (extent === undefined) return null;
  const { table, end } = extent;
  // The table reaches the line: its header's or a row's line, or the line after its last row.
  const lineAfterEnd = text.indexOf("\n", end);
  if (lineStart > (lineAfterEnd < 0 ? text.length : lineAfterEnd + 1)) return null;
  let column = 0;
  for (let at = lineStart; at < cellStart; at++) if (text.charCodeAt(at) === 0x09) column++;
  const label = table.columns[column];
  if (label === undefined || !unitColumnsOfHeader(table.columns)?.includes(column)) return null;
  return tableCellNameContext(text, cellStart, offset, label);
}

/**
 * The labels offered after `；` in a clause that has `written` already: none of those again, and
 * after a lead's label (牵头单位：…；) the supporting ones first, the part a clause has next.
 */
function nextLabels(ordered: readonly string[], written: readonly string[]): string[] {
  const roles = new Set(written.map(roleOfLabel));
  const fresh = ordered.filter((label) => !written.includes(label));
  if (!roles.has("lead") || roles.has("support")) return fresh;
  return [...fresh.filter((label) => roleOfLabel(label) === "support"), ...fresh.filter((label) => roleOfLabel(label) !== "support")];
}

/**
 * A deadline's and an annotation's label where a bracket is opened at a task's end: after the
 * unit labels, or before them when the task has its units already (`…〔责任单位：市商务局〕〔`: a
 * second clause is not what comes next). Inside `〔对应纲要：` the outline's items are offered
 * (annotationCompletion.ts) once a number is begun (`（` is a trigger character).
 */
function otherLabels(plan: PlanDocument, text: string, context: { prefix: string; prefixStart: number; open: string }, range: Range, colon: string, unitLabels: number): CompletionItem[] {
  if (context.open !== "〔" && context.open !== "【") return [];
  const open = openerBefore(text, context.prefixStart);
  const lineStart = text.lastIndexOf("\n", open - 1) + 1;
  const hasUnits = plan.clauses.some((clause) => clause.start >= lineStart && clause.end <= open);
  const offered = [
    { label: DEADLINE_LABEL, detail: "完成任务的时限，如“2025年底前”" },
    { label: ANNOTATION_LABEL, detail: "本任务对应的上位文件条目，如“（七）”" },
  ].filter(({ label }) => label.startsWith(context.prefix) || pinyinMatchStart(context.prefix, label) === 0);
  return offered.map(({ label, detail }, index) => ({
    label,
    kind: CompletionItemKind.Keyword,
    detail,
    // Before the unit labels (sorted 0…) once the task has its units, else after them.
    sortText: hasUnits ? `/${index}` : `0${String(unitLabels + index).padStart(2, "0")}`,
    filterText: context.prefix,
    textEdit: { range, newText: `${label}${colon}` },
  }));
}

/** Where the bracket a label is typed after stands: back from the label over the spaces after it. */
function openerBefore(text: string, prefixStart: number): number {
  let at = prefixStart - 1;
  while (at > 0 && " \t\u3000".includes(text[at]!)) at--;
  return at;
}

/**
 * At the end of an item that has no clause yet: the clause in the form this document writes —
 * `〔责任单位：…〕` in its standard brackets, label and colon (Nanjing's `〔责任部门：…〕`, never its
 * half-width `(责任部门:…)`), or, where most of its clauses are the provincial form, `（…按职责分工负责）`
 * with its ending (Jiangxi's) — with the cursor placed for the first name.
 */
function clauseSnippet(entry: { plan: PlanDocument; mapper: PositionMapper }, offset: number, request: CompletionContext | undefined, config: PlanConfig | undefined): CompletionList | null {
  const plan = entry.plan;
  // Typing `：`, `、`, `；` or `（` is writing the sentence, not ending it. Otherwise the sentence
  // must have ended (`。`), unless the user asked for completion explicitly.
  if (request?.triggerKind === CompletionTriggerKind.TriggerCharacter) return null;
  if (request?.triggerKind !== CompletionTriggerKind.Invoked && !sentenceEndsAt(plan.text, offset)) return null;
  // Inside an open parenthesis (`（包括`) the clause cannot go.
  if (insideOpenBracket(plan.text, offset)) return null;
  const item = taskEndingAt(plan, offset, config);
  if (!item || clausesOfTask(plan, item).length > 0) return null;
  const { before, after } = newClauseForm(plan);
  const escape = (literal: string) => literal.replace(/[$}\\]/g, "\\$&");
  const position = entry.mapper.positionAt(offset);
  return {
    isIncomplete: false,
    items: [
      {
        label: `${before}…${after}`,
        kind: CompletionItemKind.Snippet,
        detail: "插入责任单位（按本文写法）",
        insertTextFormat: InsertTextFormat.Snippet,
        textEdit: { range: { start: position, end: position }, newText: `${escape(before)}$1${escape(after)}$0` },
        sortText: "0",
      },
    ],
  };
}

/** The endings of the provincial form, as the grammar reads them (ClauseSuffix). */
const PROVINCIAL_ENDINGS = ["按职责分工负责", "按职责负责", "分别负责"];

/**
 * The text a new clause is written with, before and after its names: the labeled form in the
 * document's standard forms; the provincial form where the document writes more clauses in it
 * than labeled ones, in its standard brackets and with the ending most of them have.
 */
function newClauseForm(plan: PlanDocument): { before: string; after: string } {
  const provincial = plan.clauses.filter((clause) => clause.form === "provincial");
  if (provincial.length * 2 <= plan.clauses.length) {
    const style = preferredClauseStyle(plan);
    return { before: style.open + style.label + style.colon, after: style.close };
  }
  const { provincialOpen, provincialClose } = documentClauseStyle(plan);
  const endings = new Map<string, number>();
  for (const clause of provincial) {
    const inside = plan.text.slice(clause.start, clause.end - clause.close.length);
    const ending = PROVINCIAL_ENDINGS.find((e) => inside.endsWith(e));
    if (ending) endings.set(ending, (endings.get(ending) ?? 0) + 1);
  }
  const ending = [...endings].sort((a, b) => b[1] - a[1])[0]?.[0] ?? PROVINCIAL_ENDINGS[0]!;
  return { before: provincialOpen?.value ?? "（", after: ending + (provincialClose?.value ?? "）") };
}

/**
 * The task whose text ends where the cursor is: a task (isTaskItem), or a heading-only item with
 * nothing under it where the document's tasks carry clauses (`6.提升公共服务质量。` among tasks
 * with clauses: a task whose text is still to come) — never a heading that groups tasks or a goal.
 */
function taskEndingAt(plan: PlanDocument, offset: number, config: PlanConfig | undefined): NumberedItem | null {
  const item = itemEndingAt(plan, offset);
  if (!item) return null;
  if (isTaskItem(item)) return item;
  return item.headingOnly && item.children.length === 0 && inTaskPlace(item) && clauseRequirement(plan, config).appliesTo(item) ? item : null;
}

/** The item whose text ends where the cursor is: the end of its line, or of its last body line. */
function itemEndingAt(plan: PlanDocument, offset: number): NumberedItem | null {
  for (const item of plan.allItems) {
    if (offset < item.start || offset > item.end + 1) continue;
    const lastLine = item.bodyLines[item.bodyLines.length - 1] ?? item.line;
    const textEnd = textEndOf(lastLine, plan.text);
    if (textEnd > lastLine.indentEnd && offset >= textEnd && offset <= lastLine.contentEnd) return item;
  }
  return null;
}
