import { builtinParents } from "./resolve.js";
import { normalizeTitle } from "./titles.js";
import type { ParentDocument, ParentEntry } from "./types.js";

/**
 * Which built-in parent a parent is: itself, or — for a user's file of the same title, which
 * replaces the built-in (resolve.ts knownParents: how a user brings the outline's complete text) —
 * the built-in it stands for; null for a parent of its own (a province's 实施意见). Data the
 * checker keeps by the built-in's id (the sector table, sectors/outline-scope.json; the words
 * local plans use, xref/local-keywords.json) is about that document, and a replacement is the
 * same document: keyed by its file path, it got none of it, and a 建筑工程 plan was measured
 * against every item without a word. The built-in is read only for a parent not shipped.
 */
export function builtinCounterpart(parent: ParentDocument): ParentDocument | null {
  if (parent.source === "builtin") return parent;
  const title = normalizeTitle(parent.title);
  return builtinParents().find((builtin) => normalizeTitle(builtin.title) === title) ?? null;
}

/**
 * The built-in's item a parent's item stands for: the built-in's own, or for a replacement the
 * item of the same level and number whose title is the same (spaces and marks aside). Null where
 * the replacement numbers or titles the item otherwise: the complete text may title （二十二）–
 * （三十二）, unconfirmed in the built-in data, differently, and then what the checker knows of the
 * built-in's item is not known of this one.
 */
export function builtinItemOf(parent: ParentDocument, entry: ParentEntry): ParentEntry | null {
  const builtin = builtinCounterpart(parent);
  if (builtin === null) return null;
  if (builtin === parent) return entry;
  const same = builtin.items.find((item) => item.level === entry.level && item.value === entry.value);
  return same !== undefined && sameTitle(same.title, entry.title) ? same : null;
}

const sameTitle = (a: string, b: string) => a.replace(TITLE_NOISE, "") === b.replace(TITLE_NOISE, "");
const TITLE_NOISE = /[\s\u3000、，,。.；;：:“”"]/g;
