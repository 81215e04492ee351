import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";
import { type CommandContext, UsageError } from "./command.js";
import { writeFileAtomically } from "./files.js";
import type { FileReport } from "./format/report.js";

export const BASELINE_FILE = ".plancheck-baseline.json";

interface Baseline {
  version: 1;
  /** File (relative to the baseline) → fingerprint → how many findings carry it. */
  files: Record<string, Record<string, number>>;
}

/**
 * A finding's identity across edits: its rule, message and the text of its line — not the line
 * number, so findings keep matching when lines are inserted above them.
 */
const linesOf = new WeakMap<FileReport, string[]>();

function fingerprint(report: FileReport, finding: FileReport["findings"][number]): string {
  let lines = linesOf.get(report);
  if (!lines) linesOf.set(report, (lines = report.text.split(/\r?\n/)));
  const line = lines[finding.range.start.line]?.trim() ?? "";
  return createHash("sha256").update(`${finding.rule}\0${finding.message}\0${line}`).digest("hex").slice(0, 16);
}

/**
 * `--write-baseline` records today's findings; later runs (the baseline file in the current
 * folder, or `--baseline FILE`) drop the findings it records and report only new ones, so
 * a department can adopt the checker on legacy plans without a red CI. Counts are kept per
 * fingerprint: a second copy of a recorded problem is new.
 */
export async function applyBaseline(context: CommandContext, reports: FileReport[]): Promise<"written" | "applied" | "none"> {
  const explicit = context.values.baseline as string | undefined;
  const location = resolve(explicit ?? BASELINE_FILE);
  const key = (file: string) => relative(dirname(location), resolve(file)).split(sep).join("/");
  if (context.values["write-baseline"]) {
    const baseline: Baseline = { version: 1, files: {} };
    let count = 0;
    for (const report of reports) {
      if (report.findings.length === 0) continue;
      const entries: Record<string, number> = {};
      for (const finding of report.findings) {
        const print = fingerprint(report, finding);
        entries[print] = (entries[print] ?? 0) + 1;
        count++;
      }
      baseline.files[key(report.file)] = entries;
    }
    writeFileAtomically(location, JSON.stringify(baseline, null, 2) + "\n");
    context.io.stderr(`已把 ${count} 个问题记入基线 ${location}；此后只报告新问题。\n`);
    return "written";
  }
  if (!existsSync(location)) {
    if (explicit) throw new UsageError(`找不到基线文件：${explicit}`);
    return "none";
  }
  let baseline: Baseline;
  try {
    baseline = JSON.parse(readFileSync(location, "utf8")) as Baseline;
    if (baseline.version !== 1 || typeof baseline.files !== "object") throw new Error("version");
  } catch {
    throw new UsageError(`基线文件无效：${location}（请用 --write-baseline 重新生成）`);
  }
  let dropped = 0;
  for (const report of reports) {
    const remaining = { ...(baseline.files[key(report.file)] ?? {}) };
    report.findings = report.findings.filter((finding) => {
      const print = fingerprint(report, finding);
      if (!remaining[print]) return true;
      remaining[print]--;
      dropped++;
      return false;
    });
  }
  if (dropped > 0) context.io.stderr(`基线 ${location} 中已记录的 ${dropped} 个问题未报告。\n`);
  return "applied";
}
