import { expect } from "vitest";
import { runCli } from "../../server/src/cli/main";

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs `plancheck` in process with the given arguments (and standard input), capturing both streams. */
export async function runPlancheck(args: readonly string[], stdin?: string | Uint8Array): Promise<CliRun> {
  let out = "";
  let err = "";
  const code = await runCli(args, {
    stdout: (text) => (out += text),
    stderr: (text) => (err += text),
    ...(stdin !== undefined ? { readStdin: async () => (typeof stdin === "string" ? new TextEncoder().encode(stdin) : stdin) } : {}),
  });
  return { code, out, err };
}

/**
 * The JSON of `plancheck <command> --no-config --format json <file>`, parsed. A report (targets,
 * units, coverage, outline) exits 0, a check 0 or 1 (1: findings); any other exit is a failure,
 * its message on stderr, and fails the test here rather than as JSON that does not parse.
 */
export async function jsonReport<T>(command: string, file: string): Promise<T> {
  const { code, out, err } = await runPlancheck([command, "--no-config", "--format", "json", file]);
  if (command === "check") expect([0, 1], err).toContain(code);
  else expect(code, err).toBe(0);
  return JSON.parse(out) as T;
}

/** A finding as `check --format json` reports it, the fields the QA tests read. */
export interface ReportedFinding {
  rule: string;
  message: string;
  range: { start: { line: number } };
}

/** The findings of one plan as `plancheck check --no-config --format json` reports them. */
export async function checkedFindings(file: string): Promise<ReportedFinding[]> {
  const report = await jsonReport<{ files: { findings: ReportedFinding[] }[] }>("check", file);
  return report.files[0]!.findings;
}

/** Each finding of one plan as its 1-based line and rule, in the report's order: what a QA test pins. */
export async function findingLines(file: string): Promise<[number, string][]> {
  return (await checkedFindings(file)).map((finding) => [finding.range.start.line + 1, finding.rule]);
}

/** A row of `plancheck units --format json`: a unit, how the plan writes it, its tasks. */
export interface UnitReportRow {
  unit: string;
  writings: string[];
  tasks: number;
  taskList: { path: string[] }[];
}

/** The rows of `plancheck units --format json` on one file. */
export async function unitRows(file: string): Promise<UnitReportRow[]> {
  return (await jsonReport<{ files: { units: UnitReportRow[] }[] }>("units", file)).files[0]!.units;
}

/** A row of `plancheck targets --format json`: the fields the QA tests read. */
export interface TargetReportRow {
  indicator: string;
  kind: string;
  value: number | null;
  unit: string;
  horizon: number | null;
  verdict: string;
  blank: boolean;
  range: { start: { line: number } };
}

/** The rows of `plancheck targets --format json` on one file. */
export async function targetRows(file: string): Promise<TargetReportRow[]> {
  return (await jsonReport<{ rows: TargetReportRow[] }>("targets", file)).rows;
}
