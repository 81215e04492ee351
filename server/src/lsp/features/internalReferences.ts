import type { Location } from "vscode-languageserver";
import type { PlanDocument } from "../../core/model/types.js";
import { internalReferences, referenceAt, referenceLabel, referencesTo, targetAt, targetsOf, targetTitle } from "../../core/references/index.js";
import type { AttachmentReference, ReferenceTarget } from "../../core/references/types.js";
import { shownLabel } from "../../core/references/attachments.js";
import type { Span } from "../../core/model/types.js";
import type { DefinitionProvider } from "./definition.js";
import type { HoverProvider } from "./hover.js";
import type { ReferencesProvider } from "./references.js";

/**
 * A plan's references to itself in the editor: go to definition from `附件2` to its label's line,
 * from `本方案第三部分` to its heading, from `本办法第三条` to the article, from `上述第（五）项` to the item (each candidate where the
 * plan numbers （一） afresh in each part); hover shows the target's title, or says that the file
 * has none. Answered from the model (core/references), never waiting for the rules.
 */
export const internalReferenceDefinition: DefinitionProvider = (session, params) => {
  const entry = session.modelOf(params.textDocument.uri);
  if (!entry) return null;
  const plan = entry.analysis.plan;
  const reference = referenceAt(plan, entry.mapper.offsetAt(params.position));
  if (!reference) return null;
  const targets = targetsOf(plan, reference);
  if (!targets || targets.length === 0) return null;
  const locations: Location[] = targets.map((target) => ({ uri: params.textDocument.uri, range: entry.mapper.rangeOf(spanOf(target)) }));
  return locations.length === 1 ? locations[0]! : locations;
};

export const internalReferenceHover: HoverProvider = ({ analysis, mapper }, offset) => {
  const plan = analysis.plan;
  const reference = referenceAt(plan, offset);
  if (!reference) return null;
  const targets = targetsOf(plan, reference);
  let value: string;
  if (targets === undefined) value = `本文件不按“${reference.kind === "section" ? reference.part?.word ?? "" : ""}”分部分，无法确定${referenceLabel(reference)}所指`;
  else if (targets.length === 0) value = reference.kind === "attachment" ? absentAttachment(plan, reference) : `本文件中没有${referenceLabel(reference)}所指的内容`;
  else value = targets.map((target) => `**${targetTitle(target)}**`).join("\n\n") + (targets.length > 1 ? `\n\n（所指不唯一：本文件有 ${targets.length} 处可指，请写明所在部分或改正重复的编号）` : "");
  return { contents: { kind: "markdown", value }, range: mapper.rangeOf(reference) };
};

/**
 * Find all references from an attachment's label, a part's heading or an item (or a reference to
 * one): every place of the text that points at it, and for an attachment the 附件说明's entry of
 * its number — what a drafter asks before deleting or moving it. The target itself when the
 * request includes the declaration.
 */
export const internalReferenceReferences: ReferencesProvider = (session, params) => {
  const entry = session.modelOf(params.textDocument.uri);
  if (!entry) return null;
  const plan = entry.analysis.plan;
  const target = targetAt(plan, entry.mapper.offsetAt(params.position));
  if (!target) return null;
  const spans: Span[] = referencesTo(plan, target);
  if (target.kind === "attachment" && target.target.word === "附件" && target.target.number !== null) {
    const listed = internalReferences(plan).note?.entries.find((noteEntry) => noteEntry.number === target.target.number);
    if (listed) spans.push(listed);
  }
  if (params.context.includeDeclaration) spans.unshift(spanOf(target));
  spans.sort((a, b) => a.start - b.start);
  return spans.map((span) => ({ uri: params.textDocument.uri, range: entry.mapper.rangeOf(span) }));
};

/** Where the editor goes: an attachment's label, a part's heading, an article's 第三条, an item's line. */
function spanOf(target: ReferenceTarget): Span {
  if (target.kind === "attachment") return shownLabel(target.target);
  if (target.kind === "part") return target.part.heading;
  if (target.kind === "article") return target.article.heading;
  return { start: target.item.line.indentEnd, end: target.item.heading.end };
}

/** An attachment the file does not hold: listed in its 附件说明 (kept apart), or none of the file's. */
function absentAttachment(plan: PlanDocument, reference: AttachmentReference): string {
  const read = internalReferences(plan);
  const entries = reference.word === "附件" ? (read.note?.entries ?? []) : [];
  // The note's only entry, unnumbered, is what a bare `见附件` (or 附件1) names.
  const listed = entries.find((entry) => entry.number === reference.number) ?? (entries.length === 1 && entries[0]!.number === null && reference.number === 1 ? entries[0] : undefined);
  if (listed) return `**${listed.number === null ? "附件" : `附件${listed.number}`}　${listed.title.text}**\n\n列于附件说明，不在本文件中（另行成文）`;
  // Kept apart only where the file neither holds nor lists one (xref/attachment-ref's reading): a
  // 附件说明 that lists 附件1 alone says 附件3 is no attachment of it, though none is in the file.
  if (entries.length === 0 && read.attachments.every((target) => target.word !== reference.word)) return `本文件中没有${reference.word}（可能另行成文）`;
  return `本文件中没有“${reference.written}”所指的内容`;
}
