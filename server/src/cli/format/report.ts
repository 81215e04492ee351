import type { RefusedFinding } from "../../core/fixes/applyFixes.js";
import { FIX_LOSS_TEXT, type FixLoss } from "../../core/fixes/fixLoss.js";
import type { Finding, Severity } from "../../core/rules/types.js";
import { PositionMapper, type Range } from "../../core/text/positions.js";
import { jsonText } from "./printable.js";

/**
 * The findings of one file, positions converted once for every output format. A report keeps
 * no text of its own: a check of a thousand files holds a thousand reports, and what an output
 * format or the baseline needs from the text is taken out of it when the report is made.
 */
export interface FileReport {
  file: string;
  findings: ReportedFinding[];
  /** `--fix`: fixes refused because they would have lost a responsibility clause or unit, or re-pointed a reference. */
  refused: RefusedFix[];
  /** With `sourceLines`: each finding's first line, trimmed, in the order of `findings` (the baseline's fingerprints). */
  findingLines?: string[];
}

export interface ReportedFinding extends Finding {
  range: Range;
  /** For a converted .docx: the 1-based Word paragraph. */
  paragraph?: number;
  /** With `editRanges`: the range of each of the fix's edits (the formats that print edits). */
  editRanges?: Range[];
}

/** What a report takes out of the text besides the findings' ranges. */
export interface ReportNeeds {
  /** The ranges of fix edits: the json and sarif formats print them. */
  editRanges?: boolean;
  /** The text of each finding's line: a baseline is written or applied. */
  sourceLines?: boolean;
}

/** A finding whose fix `--fix` refused; the finding itself is still among the findings. */
export interface RefusedFix {
  rule: string;
  /** The fix's description. */
  description: string;
  /** What applying it would have cost: a clause or unit (`clause`), or what a reference names (`reference`). */
  reason: FixLoss;
  range: Range;
  paragraph?: number;
}

/**
 * A finding's message as the formats that show one message per finding write it (text, GitHub,
 * SARIF, JUnit): in a converted .docx the line number is of the converted text, which the reader
 * never sees, so the Word paragraph goes first.
 */
export function placedMessage(finding: Pick<ReportedFinding, "message" | "paragraph">): string {
  return finding.paragraph !== undefined ? `（Word 第 ${finding.paragraph} 段）${finding.message}` : finding.message;
}

/** The Chinese line that says why a fix was not applied (stylish and text formats, stderr otherwise). */
export function refusedMessage(refused: RefusedFix): string {
  return `未自动修复：修复“${refused.description}”${FIX_LOSS_TEXT[refused.reason]}，已跳过，请手动修改`;
}

/**
 * `paragraphOfLine`: for a converted .docx, the 1-based Word paragraph of each 0-based line. A
 * converted document's findings carry no fix: `--fix` never writes it back and the edits are
 * ranges of the converted text, which no reader of the report has, so a fix there would be
 * counted as "可用 --fix 自动修复" and given to SARIF consumers to apply to the .docx's bytes.
 */
export function fileReport(file: string, text: string, findings: readonly Finding[], paragraphOfLine?: readonly number[], refused: readonly RefusedFinding[] = [], needs: ReportNeeds = {}): FileReport {
  const mapper = new PositionMapper(text);
  const reported = findings.map((finding) => reportedFinding(finding, mapper, paragraphOfLine, needs));
  const report: FileReport = {
    file,
    refused: refused.map((finding) => {
      const range = mapper.rangeOf(finding);
      const paragraph = paragraphOfLine?.[range.start.line];
      const item: RefusedFix = { rule: finding.rule, description: finding.fix?.description ?? "", reason: finding.loss, range };
      if (paragraph !== undefined) item.paragraph = paragraph;
      return item;
    }),
    findings: reported,
  };
  if (needs.sourceLines) {
    const lines = text.split(/\r?\n/);
    report.findingLines = reported.map((finding) => lines[finding.range.start.line]?.trim() ?? "");
  }
  return report;
}

/**
 * Built field by field, in one order, never by spreading the finding: a spread copy with an
 * added field gets a hidden class of its own in V8, which over a thousand plans' findings held
 * until the output is written cost more memory than the findings themselves.
 */
function reportedFinding(finding: Finding, mapper: PositionMapper, paragraphOfLine: readonly number[] | undefined, needs: ReportNeeds): ReportedFinding {
  const range = mapper.rangeOf(finding);
  const entry: ReportedFinding = { start: finding.start, end: finding.end, message: finding.message, rule: finding.rule, severity: finding.severity, range };
  if (finding.fix !== undefined && paragraphOfLine === undefined) entry.fix = finding.fix;
  if (finding.suggestions !== undefined) entry.suggestions = finding.suggestions;
  if (finding.internal !== undefined) entry.internal = finding.internal;
  const paragraph = paragraphOfLine?.[range.start.line];
  if (paragraph !== undefined) entry.paragraph = paragraph;
  if (needs.editRanges && entry.fix) entry.editRanges = entry.fix.edits.map((edit) => mapper.rangeOf(edit));
  return entry;
}

export type SeverityCounts = Record<"errors" | "warnings" | "infos" | "hints", number>;

const COUNT_KEY: Record<Severity, keyof SeverityCounts> = { error: "errors", warning: "warnings", info: "infos", hint: "hints" };

/** What a run's summary needs, summed file by file as the reports are written. */
export interface RunTotals extends SeverityCounts {
  files: number;
  /** Findings that carry a fix. */
  fixable: number;
  /** Findings `--quiet` left out of the reports (counted in none of the above). */
  hidden: number;
}

export function emptyTotals(): RunTotals {
  return { files: 0, errors: 0, warnings: 0, infos: 0, hints: 0, fixable: 0, hidden: 0 };
}

/** `--quiet`'s part of a summary, so that "no problem found" is never said of findings it hid. */
export function hiddenNote(totals: RunTotals): string {
  return totals.hidden > 0 ? `（--quiet 未显示 ${totals.hidden} 个非错误问题）` : "";
}

export function addToTotals(totals: RunTotals, report: FileReport): void {
  totals.files++;
  for (const finding of report.findings) {
    totals[COUNT_KEY[finding.severity]]++;
    if (finding.fix) totals.fixable++;
  }
}

/**
 * A format that is written file by file (stylish, text, github, json, sarif): each file's part
 * as soon as the file is checked, then the run's summary. A check of a thousand plans then holds
 * no reports, only the totals. A format may keep state between its parts (json's commas), so
 * each run makes its own.
 */
export interface StreamedFormat {
  file(report: FileReport): string;
  end(totals: RunTotals): string;
}

/** The whole output of a streamed format over reports already in hand. */
export function writeAll(format: StreamedFormat, reports: readonly FileReport[]): string {
  const totals = emptyTotals();
  let out = "";
  for (const report of reports) {
    addToTotals(totals, report);
    out += format.file(report);
  }
  return out + format.end(totals);
}

/**
 * `jsonText(value)` of a value that sits `depth` levels deep in a document that is itself
 * written with two-space indentation: the same text the whole document's `jsonText` would give
 * for it (JSON strings hold no raw newline, so every newline is a line break).
 */
export function jsonAtDepth(value: unknown, depth: number): string {
  return jsonText(value).replace(/\n/g, `\n${"  ".repeat(depth)}`);
}

/**
 * The elements of one JSON array written one at a time, with exactly the text
 * `jsonText(document)` gives: `open` is the document up to and including the
 * array's `[`, `close` the rest after its `]`, `depth` the array's elements' depth.
 */
export function streamedJsonArray(open: string, close: string, depth: number) {
  let count = 0;
  const indent = "  ".repeat(depth);
  return {
    /** The text that adds `value` to the array (the document's opening with the first). */
    add(value: unknown): string {
      return `${count++ === 0 ? open : ","}\n${indent}${jsonAtDepth(value, depth)}`;
    },
    /** The rest of the document (with its opening, if nothing was added). */
    end(): string {
      return count === 0 ? `${open}]${close}` : `\n${"  ".repeat(depth - 1)}]${close}`;
    },
  };
}
