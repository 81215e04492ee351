import { annotationDocumentName, annotationShortName } from "../../core/xref/annotations.js";
import { entryNumber, OUT_OF_SCOPE_REASONS, outOfScope, outOfScopeText, planScope, type TaskCredit, taskCredits } from "../../core/xref/coverage.js";
import type { PlanModel } from "../../core/analyze.js";
import type { PlanDocument } from "../../core/model/types.js";
import { isOwnTitle } from "../../core/parents/titles.js";
import type { CitationNode } from "../../core/syntax/cst.js";
import { mapTaskAt } from "../../core/xref/mapping.js";
import type { ParentDocument, ParentEntry } from "../../core/parents/index.js";
import { xrefTargetAt } from "../xrefTargets.js";
import type { HoverProvider } from "./hover.js";

/**
 * Hover on a citation of a known document (issuer, 文号, date and, for a parent, its outline; a
 * short title the plan declares, 《纲要》 after 以下简称《纲要》, says which document it stands for),
 * on an annotation's number or a number the text cites after the parent's name (落实《纲要》第
 * （十七）条: the parent item's title, section and keywords), and on a task's
 * heading (the parent items it most likely implements, inferred).
 */
export const citationHover: HoverProvider = ({ analysis, mapper }, offset) => {
  const target = xrefTargetAt(analysis, offset);
  if (!target) return null;
  const lines: string[] = [];
  if (target.kind === "reference") {
    if (!target.parent) lines.push(...unknownParentItem(annotationDocumentName(target.annotation), target.reference.text));
    else if (!target.entry) lines.push(`《${target.parent.title}》中没有“${target.reference.text}”`);
    else lines.push(...describeEntry(target.parent, target.entry), ...countNote(analysis, target.parent, target.entry));
  } else if (target.kind === "unknownCited") {
    lines.push(...unknownParentItem(target.title, target.number));
  } else if (target.kind === "cited") {
    if (!target.entry) lines.push(`《${target.parent.title}》中没有“${target.cited.text}”`);
    else lines.push(...describeEntry(target.parent, target.entry), ...countNote(analysis, target.parent, target.entry));
  } else {
    const parent = target.parent;
    const document = target.kind === "citation" ? target.document : null;
    // A short title the plan declares says what it stands for, also for a document the checker does not know.
    const short = target.kind === "citation" && target.declared ? `《${target.citation.title}》是本文注明的简称，指《${target.declared.title}》` : null;
    if (short !== null) lines.push(short, "");
    if (!parent && !document) {
      if (target.kind !== "citation") return null;
      lines.push(...unknownDocument(analysis.plan, target.declared ?? target.citation));
      return { contents: { kind: "markdown", value: lines.join("\n") }, range: mapper.rangeOf(target.span) };
    }
    const title = parent?.title ?? document!.title;
    lines.push(`**《${title}》**`);
    const facts = [
      ["发文机关", parent?.issuer ?? document?.issuer],
      ["文号", parent?.docNumber ?? document?.docNumber],
      ["日期", parent?.date ?? document?.date],
    ].filter(([, value]) => value);
    // A parent file may say none of them: no list, and no blank line for it.
    if (facts.length > 0) lines.push("", ...facts.map(([label, value]) => `- ${label}：${value}`));
    if (parent) {
      if (parent.sections.length > 0) lines.push("", "纲目：", "", ...parent.sections.map((s) => `${s.label}、${s.title}${s.verified ? "" : "（未核实）"}`).map((l) => `- ${l}`));
      if (parent.unconfirmed.length > 0) lines.push("", ...parent.unconfirmed.map((u) => `> ${u}`));
      lines.push("", "转到定义（F12）打开全文");
    }
  }
  return { contents: { kind: "markdown", value: lines.join("\n") }, range: mapper.rangeOf(target.span) };
};

/**
 * A cited document the checker does not know (《XX省质量强省建设实施方案》): what the plan says of
 * it (its 文号), that it is no parent the plan is checked against, and how to make it one. The
 * plan's own title (现将《…》印发给你们) is said to be so instead.
 */
function unknownDocument(plan: PlanDocument, citation: CitationNode): string[] {
  const number = citation.docNumber ? plan.text.slice(citation.docNumber.start, citation.docNumber.end) : null;
  const lines = [`**《${citation.title}》**`, ...(number ? ["", `- 文号：${number}`] : [])];
  if (isOwnTitle(plan, citation.title)) return [...lines, "", "本方案自身的标题"];
  return [...lines, "", "不是已知的上位文件：没有这份文件的全文，不按它检查目标与覆盖情况。", "", HOW_TO_LOAD];
}

/** How a document becomes a parent the plan is checked against, said wherever one is not. */
const HOW_TO_LOAD = "要以它为上位文件：把全文写成标题与此相同的 `.plan` 文件，放在方案所在的文件夹（或其子文件夹）中；或在 `.plancheck.json` 的 `parents` 中写明该文件的路径。";

/**
 * An annotation's item number in a document no loaded parent is (〔对应《省方案》第（八）项〕 with no
 * 省方案 loaded; 〔对应：（八）〕 in a plan with no parent): the number cannot be looked up, said
 * as the hover on a citation of an unknown document says it, never an empty hover.
 */
function unknownParentItem(name: string, item: string): string[] {
  if (name === "") return [`**${item}**`, "", "本方案没有已知的上位文件：无法查到该项的内容，也不按它检查覆盖情况。", "", "要指定上位文件：在文首元数据写“上位文件: 文件标题”，或在 `.plancheck.json` 的 `parents` 中写明该文件的路径。"];
  return [`**《${name}》${item}**`, "", `“${name}”不是已知的上位文件：没有加载这份文件的全文，无法查到该项的内容，也不按它检查覆盖情况。`, "", HOW_TO_LOAD];
}

function describeEntry(parent: ParentDocument, entry: ParentEntry): string[] {
  const lines = [`**${entry.level === 1 ? `${entry.label}、` : entryNumber(entry)}${entry.title}**${entry.verified ? "" : "（标题未核实）"}`, "", `《${parent.title}》${entry.section ? ` ${entry.section.label}、${entry.section.title}` : ""}`];
  if (entry.keywords.length > 0) lines.push("", `关键词：${entry.keywords.join("、")}`);
  if (entry.body) lines.push("", entry.body.length > 160 ? `${entry.body.slice(0, 160)}……` : entry.body);
  return lines;
}

/**
 * Whether an annotation's item counts in the plan's coverage, as the report says it: only for
 * the parent coverage is of (the plan's first), and for an item, not a part. An annotation of
 * （二十九）–（三十二） is the drafter's word, listed apart by the report, never counted.
 */
function countNote(analysis: PlanModel, parent: ParentDocument, entry: ParentEntry): string[] {
  if (entry.level === 1 || analysis.parents[0]?.parent !== parent) return [];
  const reason = outOfScope(entry, planScope(analysis.plan, parent));
  return ["", reason === null ? "计入覆盖率" : `${outOfScopeText(entry, planScope(analysis.plan, parent))}：${OUT_OF_SCOPE_REASONS[reason]}`];
}

/**
 * Hover on a task heading without an annotation: the inferred parent items, best first, each
 * marked where coverage counts it (`taskCredits`, the one answer the table and the lens give),
 * and the items the task quotes that rank lower.
 */
export const mappingHover: HoverProvider = ({ analysis, mapper }, offset) => {
  const parent = analysis.parents[0]?.parent;
  if (!parent) return null;
  // The items coverage reads: the tasks, and the items of the 保障措施 that may take up the parent's.
  const mapping = mapTaskAt(analysis.plan, parent, (item) => offset >= item.marker.start && offset <= item.heading.end);
  if (!mapping || mapping.item.annotations.length > 0 || mapping.candidates.length === 0) return null;
  const { item } = mapping;
  const credits = taskCredits(parent, mapping);
  // A credit to an item outside the count (another sector's, the parent's 组织保障) is shown, not counted: the table lists it apart.
  const scope = planScope(analysis.plan, parent);
  const shown = [...mapping.candidates, ...credits.filter((c) => !mapping.candidates.some((m) => m.entry === c.entry))];
  const lines = [`**推断对应《${parent.title}》**（按文字相似度，未标注）`, ""];
  for (const c of shown) {
    const credit = credits.find((k) => k.entry === c.entry);
    lines.push(`- ${entryNumber(c.entry)}${c.entry.title}　相似度 ${c.score.toFixed(2)}${c.entry.verified ? "" : "（标题未核实）"}${credit ? `　${outOfScopeText(c.entry, scope) ?? creditText(credit)}` : ""}`);
  }
  lines.push("", `可用快速操作（Ctrl+.）插入〔对应${annotationShortName(parent)}：…〕标注`);
  return { contents: { kind: "markdown", value: lines.join("\n") }, range: mapper.rangeOf({ start: item.marker.start, end: item.heading.end }) };
};

/** Why the item counts, where the reason is the task's own words: a quotation, or the item cited by number. */
function creditText(credit: TaskCredit): string {
  // A cited item counts by the drafter's word, not by likeness: the similarity beside it is no reason.
  if (credit.basis === "cited") return "计入覆盖（写明条目：正文写明落实此条）";
  return credit.basis === "quoted" ? `计入覆盖（引用原文“${credit.quote}”）` : "计入覆盖";
}
