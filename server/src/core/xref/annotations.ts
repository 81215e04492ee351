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

