import type { AnnotationNode, AnnotationReferenceNode } from "../syntax/cst.js";
import type { ParentDocument, ParentEntry, ResolvedParent } from "../parents/types.js";
import { findEntry } from "../parents/resolve.js";

/**
 * The parent an annotation points into. `〔对应纲要：…〕` names its parent by a short name after
 * 对应: the plan's parent whose title contains it (纲要 → 质量强国建设纲要), else any known
 * parent whose title does; with no short name, the plan's first parent.
 */
export function annotationParent(annotation: Pick<AnnotationNode, "label">, parents: readonly ResolvedParent[], known: readonly ParentDocument[]): ParentDocument | null {
  const shortName = annotation.label.replace(/^对应/, "").trim();
  if (!shortName) return parents[0]?.parent ?? null;
  return parents.find((p) => p.parent.title.includes(shortName))?.parent ?? known.find((p) => p.title.includes(shortName)) ?? null;
}

/** The section or item a reference names in the parent: `七` → section 七, `（七）` → item 7. */
export function referencedEntry(parent: ParentDocument, reference: AnnotationReferenceNode): ParentEntry | null {
  return findEntry(parent, reference.level, reference.value);
}

/**
 * Whether an annotation can name the entry: its number names the first entry of its level with
 * it (`findEntry`), so where a parent's numbering restarts — a city plan's 1. 2. under each of
 * its （一）（二） — only the first of each number can be annotated; writing the number for a
 * later one would name another task.
 */
export function isAddressable(parent: ParentDocument, entry: ParentEntry): boolean {
  return findEntry(parent, entry.level, entry.value) === entry;
}

/**
 * Entries as an annotation writes them side by side: `（八）（十九）`, `七（二十一）`; two bare
 * numbers of the third level with a 、 between them, `1、2`, which written together would read
 * as one number, 12.
 */
export function referencesText(entries: readonly ParentEntry[]): string {
  let text = "";
  entries.forEach((entry, i) => {
    if (i > 0 && entry.level === 3 && entries[i - 1]!.level === 3) text += "、";
    text += entry.label;
  });
  return text;
}

/**
 * What an annotation to the parent writes after 对应: 纲要 for the outline (and any 纲要, as
 * plans write it), else the parent's title, which `annotationParent` finds it by.
 */
export function annotationShortName(parent: ParentDocument): string {
  return parent.title.includes("纲要") ? "纲要" : parent.title;
}
