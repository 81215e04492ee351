import type { NumberedItem } from "../../server/src/core/model/types";

/** The outline as `marker|heading` labels with their children: what a test of a pasted plan's reading compares. */
export type OutlineTree = Array<string | [string, OutlineTree]>;

export function outlineTree(items: readonly NumberedItem[]): OutlineTree {
  return items.map((item) => {
    const label = `${item.marker.text}|${item.heading.text}`;
    return item.children.length > 0 ? [label, outlineTree(item.children)] : label;
  });
}
