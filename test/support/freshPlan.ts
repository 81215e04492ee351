import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findingLines, jsonReport, targetRows, unitRows, type TargetReportRow, type UnitReportRow } from "./cli";

/**
 * How the fresh-genre QA tests (test/cli/qaFreshGenres*.test.ts) read one plan of
 * test/fixtures/plans-new/: the CLI's reports on it, each run once and shared by the plan's tests,
 * and the one test every such plan has — the findings, exactly the planted defects and what a
 * reviewer agrees with, as 1-based line and rule in the report's order.
 */
export const PLANS_NEW = join(__dirname, "..", "fixtures", "plans-new");

/** A heading of `plancheck outline --format json`. */
export interface OutlineEntry {
  marker: string;
  title: string;
  children: OutlineEntry[];
}

/** A row of `plancheck coverage --format json`: an item of the parent and whether a task carries it out. */
export interface CoverageRow {
  number: string;
  title: string;
  covered: boolean;
  /** The plan's tasks that count for the item, and how (`annotation` for a number the plan writes, `inferred`). */
  by: { path: string[]; how: string; basis: string | null }[];
}

/** One plan's reports, each read when a test first asks and kept for the plan's other tests. */
export interface FreshPlan {
  readonly path: string;
  findings(): Promise<[number, string][]>;
  outline(): Promise<OutlineEntry[]>;
  units(): Promise<UnitReportRow[]>;
  /** The units report's row of one unit (by the report's name of it), or undefined. */
  unit(name: string): Promise<UnitReportRow | undefined>;
  targets(): Promise<TargetReportRow[]>;
  coverage(): Promise<CoverageRow[]>;
}

export function freshPlan(file: string): FreshPlan {
  const path = join(PLANS_NEW, file);
  const once = <T>(read: () => Promise<T>): (() => Promise<T>) => {
    let kept: Promise<T> | null = null;
    return () => (kept ??= read());
  };
  const units = once(() => unitRows(path));
  return {
    path,
    findings: once(() => findingLines(path)),
    outline: once(async () => (await jsonReport<{ items: OutlineEntry[] }>("outline", path)).items),
    units,
    unit: async (name) => (await units()).find((row) => row.unit === name),
    targets: once(() => targetRows(path)),
    coverage: once(async () => (await jsonReport<{ items: CoverageRow[] }>("coverage", path)).items),
  };
}

export interface FreshPlanPins {
  /** The findings' test's name where it says more than the default. */
  findingsTest?: string;
  /** Every finding of `plancheck check`, [1-based line, rule] in the report's order. */
  findings: [number, string][];
}

/**
 * A describe block for one plan of plans-new: the test of its findings (`pins`), then the plan's
 * own tests, which `more` declares on the same reports.
 */
export function describeFreshPlan(title: string, file: string, pins: FreshPlanPins, more?: (plan: FreshPlan) => void): void {
  describe(title, () => {
    const plan = freshPlan(file);
    it(pins.findingsTest ?? "reports the planted defects and nothing else", async () => {
      expect(await plan.findings()).toEqual(pins.findings);
    });
    more?.(plan);
  });
}

/** One indicator's targets in a plan's targets report, in the report's order: value and year. */
export async function figures(plan: FreshPlan, indicator: string): Promise<Array<[number | null, number | null]>> {
  return (await plan.targets()).filter((row) => row.indicator === indicator).map((row) => [row.value, row.horizon]);
}
