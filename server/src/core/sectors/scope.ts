import type { ParentDocument, ParentEntry } from "../parents/types.js";
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
 * The parent's items in scope for a plan of these sectors, or null where every item is: a plan
 * whose title names no sector, or a parent the table has no row for (a user's own parent), or
 * sectors none of which the table lists for it.
 */
export function sectorScope(parent: ParentDocument, sectors: ReadonlySet<string> | null): ReadonlySet<ParentEntry> | null {
  const table = TABLE[parent.id];
  if (!sectors || !table) return null;
  const numbers = new Set<string>();
  for (const sector of sectors) for (const number of Object.keys(table.sectors[sector] ?? {})) numbers.add(number);
  if (numbers.size === 0) return null;
  for (const number of Object.keys(table.common)) numbers.add(number);
  return new Set(parent.items.filter((entry) => entry.level === 2 && numbers.has(String(entry.value))));
}

