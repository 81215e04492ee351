import type { UnitRegistry } from "./registry.js";
import type { ClauseSegment } from "../model/types.js";
import { unitNameMeant, unitNameMeantInClause } from "./sharedSuffix.js";
import { runTogetherParts } from "./split.js";

/**
 * The units one written name of a list stands for in the unit report and the task counts: the
 * names it runs together with no separator (`区市场监管局区财政局`: two departments, as
 * units/run-together reads it), else the one name it means in its list (units/sharedSuffix.ts
 * `unitNameMeant`: 柯桥区 of 柯桥区、诸暨市人民政府). Read as one name, a run of two departments
 * was a unit of its own that no department's list found.
 */
export function unitNamesMeant(units: readonly { text: string }[], index: number, registry: UnitRegistry): readonly string[] {
  return runTogetherParts(units[index]!.text, registry) ?? [unitNameMeant(units, index, registry)];
}

/** unitNamesMeant for the name at `index` of a clause's segment `at`, a 各 of the segment before reaching it (units/sharedSuffix.ts `unitNameMeantInClause`). */
export function unitNamesMeantInClause(segments: readonly ClauseSegment[], at: number, index: number, registry: UnitRegistry): readonly string[] {
  return runTogetherParts(segments[at]!.units[index]!.text, registry) ?? [unitNameMeantInClause(segments, at, index, registry)];
}

/** The names a row of the report lists for one written name: its parts where it runs names together, else the name as written. */
export function writtenNames(name: string, registry: UnitRegistry): readonly string[] {
  return runTogetherParts(name, registry) ?? [name];
}
