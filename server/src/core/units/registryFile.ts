import { type ConfigProblem, parseJsoncWith } from "../config/load.js";
import { lazySchema } from "../config/lazyZod.js";
import { unitEntrySchema } from "../config/schema.js";
import type { UnitEntryInput } from "./registry.js";

/**
 * A unit registry file (`units.registryFiles` in .plancheck.json): a JSON array of entries in the
 * same form as `units.registry`, comments and trailing commas allowed. Parsing is pure — the
 * shells read the file and hand its text here — so the CLI and the server agree on it.
 */
export const registryFileSchema = lazySchema((z) => z.array(unitEntrySchema()).describe("责任单位名录：与 .plancheck.json 中 units.registry 的条目格式相同"));

export type RegistryFileParse = { ok: true; entries: UnitEntryInput[] } | { ok: false; problems: ConfigProblem[] };

/** The entries of a registry file, each remembering where it is written so the editor can change it. */
export function parseRegistryText(text: string, file: string): RegistryFileParse {
  const result = parseJsoncWith(registryFileSchema(), text, []);
  if (!result.ok) return result;
  return { ok: true, entries: result.value.map((entry, index) => ({ ...entry, origin: { file, path: [index] } })) };
}
