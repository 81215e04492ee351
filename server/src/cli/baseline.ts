import { existsSync, readFileSync } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";
import { type CommandContext, UsageError } from "./command.js";
import { writeFileAtomically } from "./files.js";
import { systemErrorText } from "./systemError.js";
import { jsonText } from "./format/printable.js";
import type { FileReport } from "./format/report.js";
import { sha256 } from "../node/sha256.js";

export const BASELINE_FILE = ".plancheck-baseline.json";

interface Baseline {
  version: 1;
  /** File (relative to the baseline) → fingerprint → how many findings carry it. */
  files: Record<string, Record<string, number>>;
}

/**
 * A finding's identity across edits: its rule, message and the text of its line — not the line
 * number, so findings keep matching when lines are inserted above them. The report must have
 * been made with `sourceLines` (see `baselineInUse`).
 */
function fingerprint(report: FileReport, index: number): string {
  const finding = report.findings[index]!;
  const line = report.findingLines![index]!;
  return sha256().update(`${finding.rule}\0${finding.message}\0${line}`).digest("hex").slice(0, 16);
}

/** Location of the baseline the run writes or applies: `--baseline FILE`, else the current folder's. */
function baselineLocation(context: CommandContext): string {
  return resolve((context.values.baseline as string | undefined) ?? BASELINE_FILE);
}

/**
 * `--write-baseline` records today's findings; later runs (the baseline file in the current
 * folder, or `--baseline FILE`) drop the findings it records and report only new ones, so
 * a department can adopt the checker on legacy plans without a red CI. Counts are kept per
 * fingerprint: a second copy of a recorded problem is new.
 *
 * Opened before the first plan is read and given each file's report as soon as it is made, so
 * that reports can be written out one file at a time; reports must then be made with
 * `sourceLines` (`mode !== "none"`).
 */
export interface BaselineRun {
  readonly mode: "write" | "apply" | "none";
  /** Records the report's findings (write) or drops the recorded ones from it (apply). */
  take(report: FileReport): void;
  /** Writes the baseline file (write) or says how many findings it kept back (apply). */
  finish(): void;
}

export function openBaseline(context: CommandContext): BaselineRun {
  const explicit = context.values.baseline as string | undefined;
  const location = baselineLocation(context);
  const key = (file: string) => relative(dirname(location), resolve(file)).split(sep).join("/");
  // Standard input with no --stdin-filename names no file (ESLint and the cache leave it out too):
  // recorded under "<stdin>", any later unnamed text would have the findings of this one dropped.
  if (context.values.stdin === true && context.values["stdin-filename"] === undefined) return unnamedInput(context);
  if (context.values["write-baseline"]) {
    context.writes.declare(location, "基线文件", "请用 --baseline 另选文件");
    const baseline: Baseline = { version: 1, files: {} };
    // What an earlier run recorded for files this run does not check is theirs to keep:
    // `--write-baseline new.plan` must not put every other plan's legacy findings back in CI.
    // An unreadable baseline is simply replaced: rewriting it is what its error message asks.
    const earlier = readBaseline(location);
    const checked = new Set<string>();
    let count = 0;
    return {
      mode: "write",
      take(report) {
        checked.add(key(report.file));
        if (report.findings.length === 0) return;
        const entries: Record<string, number> = {};
        for (let index = 0; index < report.findings.length; index++) {
          const print = fingerprint(report, index);
          entries[print] = (entries[print] ?? 0) + 1;
          count++;
        }
        baseline.files[key(report.file)] = entries;
      },
      finish() {
        const kept = keptEntries(earlier, checked, dirname(location));
        // Sorted, so that the file committed with the plans changes where its plans did.
        const files = { ...baseline.files, ...kept.files };
        baseline.files = Object.fromEntries(Object.keys(files).sort().map((file) => [file, files[file]!]));
        // Committed and reviewed with the plans: a file name's bidi controls are written as escapes (jsonText).
        try {
          writeFileAtomically(location, jsonText(baseline) + "\n");
        } catch (error) {
          // A folder that is not there or not writable is the user's to fix, not a bug to report.
          throw new UsageError(`无法写入基线文件 ${location}：${systemErrorText(error)}`);
        }
        const others = kept.count > 0 ? `（另保留了本次未检查的 ${kept.fileCount} 个文件已记录的 ${kept.count} 个问题）` : "";
        context.io.stderr(`已把 ${count} 个问题记入基线 ${location}${others}；此后只报告新问题。\n`);
      },
    };
  }
  if (!existsSync(location)) {
    if (explicit) throw new UsageError(`找不到基线文件：${explicit}`);
    return { mode: "none", take() {}, finish() {} };
  }
  const baseline = readBaseline(location);
  if (!baseline) throw new UsageError(`基线文件无效：${location}（请用 --write-baseline 重新生成）`);
  let dropped = 0;
  return {
    mode: "apply",
    take(report) {
      const remaining = { ...(baseline.files[key(report.file)] ?? {}) };
      const kept: number[] = [];
      for (let index = 0; index < report.findings.length; index++) {
        const print = fingerprint(report, index);
        if (remaining[print]) {
          remaining[print]--;
          dropped++;
        } else kept.push(index);
      }
      report.findings = kept.map((index) => report.findings[index]!);
      report.findingLines = kept.map((index) => report.findingLines![index]!);
    },
    finish() {
      if (dropped > 0) context.io.stderr(`基线 ${location} 中已记录的 ${dropped} 个问题未报告。\n`);
    },
  };
}

/**
 * The run for unnamed standard input: nothing recorded (the baseline file is left as it is) and
 * nothing dropped; --write-baseline says why on stderr. The mode stays what was asked, so that a
 * run recording a baseline still writes no report.
 */
function unnamedInput(context: CommandContext): BaselineRun {
  if (!context.values["write-baseline"]) return { mode: "none", take() {}, finish() {} };
  return {
    mode: "write",
    take() {},
    finish() {
      context.io.stderr("注意：标准输入没有文件名，其问题不记入基线（基线按文件记录问题；请用 --stdin-filename 指定方案的文件名）。\n");
    },
  };
}

/** The baseline at `location`, or undefined when there is none or it is not one (any JSON value may be in the file). */
function readBaseline(location: string): Baseline | undefined {
  try {
    const data = JSON.parse(readFileSync(location, "utf8")) as Partial<Baseline> | null;
    const files = data?.files;
    return data?.version === 1 && typeof files === "object" && files !== null && !Array.isArray(files) ? (data as Baseline) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The entries of an earlier baseline for files this run did not check and that are still there
 * (relative to the baseline's folder): a plan deleted or renamed since takes its entries with it.
 */
function keptEntries(earlier: Baseline | undefined, checked: ReadonlySet<string>, folder: string): { files: Baseline["files"]; fileCount: number; count: number } {
  const files: Baseline["files"] = {};
  let fileCount = 0;
  let count = 0;
  for (const [file, entries] of Object.entries(earlier?.files ?? {})) {
    if (checked.has(file) || typeof entries !== "object" || entries === null || !existsSync(resolve(folder, file))) continue;
    files[file] = entries;
    fileCount++;
    for (const times of Object.values(entries)) count += typeof times === "number" ? times : 0;
  }
  return { files, fileCount, count };
}
