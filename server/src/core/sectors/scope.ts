import { builtinCounterpart, builtinItemOf } from "../parents/counterpart.js";
import type { ParentDocument, ParentEntry } from "../parents/types.js";
import { isGeneralRequirements, isSafeguards } from "../xref/tasks.js";
import scopeTable from "./outline-scope.json";

/**
 * Which of a parent's items a sector plan carries out: those of its sectors and those common to
 * every sector, read from a reviewed table (outline-scope.json; docs/sectors.md), never from the
 * items' titles — 服务 in 提升质量基础设施服务效能 names no service sector, and the outline's
 * （七）提高产业质量竞争水平 is of agriculture, manufacturing and services alike though its title
 * names none of them.
 */
interface ParentScope {
  common: Record<string, string>;
  sectors: Record<string, Record<string, string> | undefined>;
}

const TABLE = scopeTable.parents as Record<string, ParentScope | undefined>;

/**
 * Why a sector plan is measured against every item of its parent all the same: `no-table`, the
 * parent is one of the user's own (a province's 实施意见), which no reviewed table divides by
 * sector; `items-differ`, the parent replaces the built-in outline (a file of its title, with the
 * complete text) but numbers or titles `items` (its labels) otherwise than the table's outline, so
 * which of its items are the sector's is not known. Never a guess: the report says which.
 */
export type Unscoped = { reason: "no-table" } | { reason: "items-differ"; items: string[] };

/** The items in scope (null: every item), and for a sector plan measured against every item, why. */
export interface SectorScope {
  items: ReadonlySet<ParentEntry> | null;
  unscoped: Unscoped | null;
}

const EVERY_ITEM: SectorScope = { items: null, unscoped: null };

/**
 * The parent's items in scope for a plan of these sectors. Every item is, for a plan whose title
 * names no sector; and, said in `unscoped`, for a parent the table has no row for, or a
 * replacement of the built-in outline whose items are not the built-in's. A replacement whose
 * items are the built-in's, number for number and title for title (parents/counterpart.ts), is
 * the same document and scoped by the same table.
 */
export function sectorScopeOf(parent: ParentDocument, sectors: ReadonlySet<string> | null): SectorScope {
  if (!sectors) return EVERY_ITEM;
  const builtin = builtinCounterpart(parent);
  const table = builtin ? TABLE[builtin.id] : undefined;
  if (!table) return { items: null, unscoped: { reason: "no-table" } };
  const numbers = new Set<string>();
  for (const sector of sectors) for (const number of Object.keys(table.sectors[sector] ?? {})) numbers.add(number);
  if (numbers.size === 0) return { items: null, unscoped: { reason: "no-table" } };
  for (const number of Object.keys(table.common)) numbers.add(number);
  // Every item the count could hold must be the built-in's: a replacement that adds or renumbers
  // one moves the items after it, whether or not they are rows of the plan's sectors.
  const differ = parent.items.filter((entry) => entry.level === 2 && counted(entry) && builtinItemOf(parent, entry) === null).map((entry) => entry.label);
  if (differ.length > 0) return { items: null, unscoped: { reason: "items-differ", items: differ } };
  return { items: new Set(parent.items.filter((entry) => entry.level === 2 && numbers.has(String(entry.value)))), unscoped: null };
}

/** Whether an item is in some count: not of the 总体要求 or the closing 组织保障, which no plan counts (xref/coverage.ts outOfScope). */
const counted = (entry: ParentEntry) => !entry.section || !(isGeneralRequirements(entry.section.title) || isSafeguards(entry.section.title));

/** The parent's items in scope for a plan of these sectors, or null where every item is (sectorScopeOf). */
export function sectorScope(parent: ParentDocument, sectors: ReadonlySet<string> | null): ReadonlySet<ParentEntry> | null {
  return sectorScopeOf(parent, sectors).items;
}
