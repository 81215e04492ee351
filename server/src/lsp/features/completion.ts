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
import { textEndOf } from "../../core/model/inline.js";
import type { NumberedItem, PlanDocument } from "../../core/model/types.js";
import { preferredClauseStyle } from "../../core/units/clauseStyle.js";
import { CLAUSE_LABELS, clauseContextAt, insideOpenBracket, sentenceEndsAt } from "../../core/units/clauseContext.js";
import { isTaskItem } from "../../core/units/requiredLevels.js";
import { clausesOfTask } from "../../core/units/sharedClause.js";
import { pinyinMatchStart } from "../../core/units/pinyin.js";
import type { PositionMapper } from "../../core/text/positions.js";
import { usageByUnit } from "../unitUsage.js";
import { annotationCompletion, inAnnotation } from "./annotationCompletion.js";
import type { LanguageFeature } from "./feature.js";
import { rankUnitCandidates } from "./unitCandidates.js";

/**
 * Completion where responsibility clauses are typed: unit names after `：`, `、` and `；`, labels
 * after the opening bracket, and at the end of a task with no clause a snippet that inserts
 * the clause in the document's own bracket, label and colon style. The trigger characters are
 * also everyday punctuation, so what they bring up must be clause completion or nothing: the
 * snippet never answers a typed character (Enter would accept it), and a round bracket opens a
 * clause only at the end of a task whose sentence has ended. Names match by characters,
 * pinyin initials and full pinyin, so a drafter half-way through an IME word still gets help;
 * the list is marked incomplete and filtered here, and each item's filterText is what was typed,
 * so the editor's own filter (which knows no pinyin) keeps the server's order.
 */
export const completionFeature: LanguageFeature = {
  capabilities: { completionProvider: { triggerCharacters: ["：", ":", "、", "；", ";", "〔", "（", "("], resolveProvider: false } },
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
      const context = clauseContextAt(text, offset);
      const style = preferredClauseStyle(entry.plan);
      if (!context) return clauseSnippet(entry, offset, params.context);
      if (context.kind === "label" && "（(".includes(context.open) && !taskEndingAt(entry.plan, offset)) return null;
      const range: Range = { start: entry.mapper.positionAt(context.prefixStart), end: params.position };
      // In the middle of a name (`市场<|>监管局`) the chosen name replaces all of it, not only the
      // part before the cursor: as an insert/replace pair where the client takes one (the user's
      // insert mode decides), else replacing to the name's end, which is what accepting means.
      const nameEnd = context.kind === "name" ? context.nameEnd : offset;
      const replace: Range = { start: range.start, end: entry.mapper.positionAt(nameEnd) };
      const insertReplace = session.clientCapabilities.textDocument?.completion?.completionItem?.insertReplaceSupport === true;
      const editTo = (newText: string): TextEdit | InsertReplaceEdit =>
        nameEnd === offset ? { range, newText } : insertReplace ? InsertReplaceEdit.create(newText, range, replace) : { range: replace, newText };
      // The document's own label (责任单位 or 责任部门) first; by characters or pinyin (zrdw).
      const ordered = [style.label, ...CLAUSE_LABELS.filter((label) => label !== style.label)].filter(
        (label) => label.startsWith(context.prefix) || pinyinMatchStart(context.prefix, label) === 0,
      );
      // A label replaces the label being typed, through any rest of it after the cursor, and
      // writes a colon only where none follows (`配合<|>单位：` is completed, not doubled); it never
      // replaces a name after the cursor. One edit, not an insert/replace pair: in insert mode
      // the rest of the label would stay and be written twice.
      const slot = context.labelSlot;
      const labelRange: Range = { start: range.start, end: entry.mapper.positionAt(slot.end) };
      const labels = () =>
        ordered.map((label, index) => ({
          label,
          kind: CompletionItemKind.Keyword,
          detail: label === "牵头单位" ? "牵头负责的单位" : label === "配合单位" ? "配合落实的单位" : "负责落实的单位",
          sortText: `0${index}`,
          filterText: context.prefix,
          textEdit: { range: labelRange, newText: slot.colonAfter ? label : `${label}${style.colon}` },
        }));
      if (context.kind === "label") return { isIncomplete: true, items: labels() };
      const { registry } = session.contextFor(document.uri);
      const usage = usageByUnit(session.workspace.plans());
      const items: CompletionItem[] = rankUnitCandidates(context.prefix, registry, usage, context.namesInClause, entry.plan).map((candidate, index) => ({
        label: candidate.name,
        kind: CompletionItemKind.Value,
        detail: candidate.detail,
        sortText: `1${String(index).padStart(4, "0")}`,
        filterText: context.prefix,
        textEdit: editTo(candidate.name),
      }));
      return { isIncomplete: true, items: context.afterSemicolon ? [...labels(), ...items] : items };
    });
  },
};

/**
 * At the end of an item that has no clause yet: `〔责任单位：…〕` in the standard form this document writes
 * (Nanjing's `〔责任部门：…〕`, never its half-width `(责任部门:…)`), with the cursor placed for the first name.
 */
function clauseSnippet(entry: { plan: PlanDocument; mapper: PositionMapper }, offset: number, request: CompletionContext | undefined): CompletionList | null {
  const plan = entry.plan;
  // Typing `：`, `、`, `；` or `（` is writing the sentence, not ending it. Otherwise the sentence
  // must have ended (`。`), unless the user asked for completion explicitly.
  if (request?.triggerKind === CompletionTriggerKind.TriggerCharacter) return null;
  if (request?.triggerKind !== CompletionTriggerKind.Invoked && !sentenceEndsAt(plan.text, offset)) return null;
  // Inside an open parenthesis (`（包括`) the clause cannot go.
  if (insideOpenBracket(plan.text, offset)) return null;
  const item = taskEndingAt(plan, offset);
  if (!item || clausesOfTask(plan, item).length > 0) return null;
  const style = preferredClauseStyle(plan);
  const escape = (literal: string) => literal.replace(/[$}\\]/g, "\\$&");
  const position = entry.mapper.positionAt(offset);
  return {
    isIncomplete: false,
    items: [
      {
        label: `${style.open}${style.label}${style.colon}…${style.close}`,
        kind: CompletionItemKind.Snippet,
        detail: "插入责任单位（按本文写法）",
        insertTextFormat: InsertTextFormat.Snippet,
        textEdit: { range: { start: position, end: position }, newText: `${escape(style.open + style.label + style.colon)}$1${escape(style.close)}$0` },
        sortText: "0",
      },
    ],
  };
}

/** The task (not a heading or a goal, see isTaskItem) whose text ends where the cursor is. */
function taskEndingAt(plan: PlanDocument, offset: number): NumberedItem | null {
  const item = itemEndingAt(plan, offset);
  return item && isTaskItem(item) ? item : null;
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
