import { pathText } from "../../core/outline.js";
import type { TableRow } from "../../core/model/types.js";
import { inferredBecause, type ParentEntry } from "../../core/parents/types.js";
import type { PositionMapper } from "../../core/text/positions.js";
import { annotationShortName } from "../../core/xref/annotations.js";
import { type Coverage, type CoveredBy, entryNumber, otherBasisNote, scopeNote, sectionName, sectorsSource, type UnmatchedTask, unscopedNote } from "../../core/xref/coverage.js";
import { formatCsv } from "./csv.js";
import { markdownText } from "./markdown.js";
import { printableLines } from "./printable.js";

export const COVERAGE_FORMATS = ["markdown", "csv", "json"] as const;

const score = (value: number) => Math.round(value * 100) / 100;

/** A task-table row as the reports name it: its 序号, its 重点任务 and its line (1-based, as every report counts lines). */
const rowJson = (row: TableRow | null, lines: PositionMapper) => (row === null ? null : { number: row.number, task: row.task, line: lineOf(row, lines) });

const lineOf = (span: { start: number }, lines: PositionMapper) => lines.positionAt(span.start).line + 1;

const byJson = (lines: PositionMapper) => (b: CoveredBy) => ({ path: b.path, how: b.how, score: score(b.score), heading: b.item.heading.text, basis: b.basis, quote: b.quote, row: rowJson(b.row, lines) });

/**
 * One plan's coverage in `plancheck coverage --format json` — the Coverage contract of
 * ../shared/spec/cli-json.md without its `version` (the command adds it, or puts this in
 * `files`), extended (fields added, none changed): each item's `verified`; each covering task's
 * `heading`, `basis` (why an inferred one counts: best, body, heading or quoted; `cited` for an item
 * whose number the task cites, which counts as an annotation does, `how` `annotation`; null for an annotation)
 * and `quote` (the parent's phrase it writes verbatim, or null); the items outside the count
 * (`outOfScope`), the tasks that count for none (`unmatched`), whether the parent was
 * inferred because the plan cites none (`inferred`), and for one inferred through a cited local
 * document on its subject (a province's 实施意见), that document's title (`inferredThrough`, else null);
 * where the task is a row of a task table inside the item (a 工作要点 written as a table), the row
 * (`row`: `number`, `task` — its 重点任务 —, `line`; null for an item's own words), in `by` and in
 * `unmatched`, where a row that counts for none is listed;
 * for a sector plan, its sectors (`sectors`, null for a plan on quality as a whole) and, where the
 * department that issues it gave them rather than its title, that department (`sectorsIssuer`, else null), the items of
 * other sectors being in `outOfScope` with the reason `other-sector`; for a sector plan measured
 * against every item all the same, `unscoped` (`{ reason: "no-table" | "items-differ", sectors,
 * items? }`: a parent of the user's own, or a replacement of the outline whose items differ), else null.
 */
export function coverageJson(file: string, coverage: Coverage, lines: PositionMapper) {
  const byToJson = byJson(lines);
  return {
    file,
    parent: coverage.parent.title,
    covered: coverage.covered,
    total: coverage.total,
    items: coverage.items.map(({ entry, covered, by }) => ({ number: entry.label, title: entry.title, covered, by: by.map(byToJson), verified: entry.verified })),
    outOfScope: coverage.outOfScope.map(({ entry, reason, by }) => ({ number: entry.label, title: entry.title, verified: entry.verified, section: sectionName(entry), reason, by: by.map(byToJson) })),
    unmatched: coverage.unmatched.map(({ item, path, nearest, row }) => ({
      path,
      heading: item.heading.text,
      nearest: nearest ? { number: nearest.entry.label, title: nearest.entry.title, score: score(nearest.score) } : null,
      row: rowJson(row, lines),
    })),
    inferred: coverage.inferred,
    inferredThrough: coverage.inferred ? coverage.inferredThrough : null,
    secondaryTo: coverage.secondaryTo,
    implementsOther: coverage.implementsOther,
    sectors: coverage.sectors,
    sectorsIssuer: coverage.sectorsIssuer,
    unscoped: coverage.unscoped,
  };
}

/**
 * How a plan item takes up a parent item, in words: 标注; 推断 (with the score); or, where the
 * credit rests on a quotation (basis `quoted`: the score would not count), 引用原文 — a bare 0.13
 * would read as a weak guess; where the task names the item's number (basis `cited`), 写明条目.
 */
const howWord = (b: CoveredBy) => (b.basis === "cited" ? "写明条目" : b.how === "annotation" ? "标注" : b.basis === "quoted" ? "引用原文" : "推断");

function howText(b: CoveredBy): string {
  return b.basis === "quoted" ? `引用原文“${b.quote}”` : howWord(b);
}

function byText(coverage: { by: readonly CoveredBy[] }, lines: PositionMapper): string {
  return coverage.by.map((b) => `${pathText(b.path)} ${taskTitle(b, lines)}（${howText(b)}${b.how === "inferred" ? `，相似度 ${score(b.score)}` : ""}）`).join("；");
}

/**
 * A task as a reviewer looks it up: its heading, or for a row of a task table its 重点任务 and
 * line (`推动工业品质量提升（第 52 行）`) — the section's heading says only where the row stands.
 */
function taskTitle(task: CoveredBy | UnmatchedTask, lines: PositionMapper): string {
  return task.row === null ? task.item.heading.text : `${task.row.task}（第 ${lineOf(task.row, lines)} 行）`;
}

const unverified = (entry: ParentEntry) => (entry.verified ? "" : "（标题未核实）");

const CSV_HEADER = ["文件", "上位文件", "编号", "标题", "标题已核实", "计入覆盖率", "是否覆盖", "对应任务", "任务标题", "方式", "相似度", "行号"];

/**
 * One row per parent item and plan item that takes it up (an item nobody takes up gets one row
 * with the task columns empty), then the items outside the count, then the tasks that count for
 * none (方式 无对应, with the item it is most like, as the Markdown says it): every value in a
 * column of its own, the score a number to sort by. A row of a task table is named by its
 * 重点任务 (任务标题); 行号 is the line of the task (the row's, or the item's marker). With the
 * BOM and the header: the first plan's; `coverageCsvRows` for the next ones.
 */
export function formatCoverageCsv(file: string, coverage: Coverage, lines: PositionMapper): string {
  return formatCsv([CSV_HEADER, ...csvRows(file, coverage, lines)]);
}

/** The CSV rows of a plan after the first: no BOM, no header. */
export function coverageCsvRows(file: string, coverage: Coverage, lines: PositionMapper): string {
  return formatCsv(csvRows(file, coverage, lines)).slice(1);
}

/** The CSV of a run that covered no plan (each had no parent): the header alone. */
export function formatCoverageCsvHeader(): string {
  return formatCsv([CSV_HEADER]);
}

/** The line a task starts on (1-based): its row's, or its item's marker's. */
const taskLine = (task: CoveredBy | UnmatchedTask, lines: PositionMapper) => String(lineOf(task.row ?? task.item.marker, lines));

/** A task's own words for the CSV: a row's 重点任务 (its line has a column of its own), an item's heading. */
const csvTitle = (task: CoveredBy | UnmatchedTask) => (task.row !== null ? task.row.task : task.item.heading.text);

function csvRows(file: string, coverage: Coverage, lines: PositionMapper): string[][] {
  const rows: string[][] = [];
  const add = (entry: ParentEntry, counted: string, covered: boolean, by: readonly CoveredBy[]) => {
    const head = [file, coverage.parent.title, entryNumber(entry), entry.title, entry.verified ? "是" : "否", counted, covered ? "是" : "否"];
    if (by.length === 0) rows.push([...head, "", "", "", "", ""]);
    for (const b of by) rows.push([...head, pathText(b.path), csvTitle(b), howWord(b), b.how === "inferred" ? String(score(b.score)) : "", taskLine(b, lines)]);
  };
  for (const item of coverage.items) add(item.entry, "是", item.covered, item.by);
  for (const item of coverage.outOfScope) add(item.entry, `否（${item.reason === "other-sector" ? "其他领域，" : ""}属${sectionName(item.entry)}）`, item.by.length > 0, item.by);
  for (const task of coverage.unmatched) rows.push([file, coverage.parent.title, "", "", "", "", "", pathText(task.path), csvTitle(task), `无对应${nearestText(task)}`, "", taskLine(task, lines)]);
  return rows;
}

/** The Markdown section of a plan whose parent is unknown: the run goes on with the others. */
export function formatNoParentMarkdown(file: string, problem: string): string {
  return printableLines(`# 任务覆盖情况\n\n${markdownText(file, true)}：${markdownText(problem)}\n`);
}

/**
 * The report a reviewer reads: every parent task, covered or not, and by which plan items; the
 * items outside the count; the plan's tasks that count for none.
 */
export function formatCoverageMarkdown(file: string, coverage: Coverage, lines: PositionMapper): string {
  const out = [
    `# 《${markdownText(coverage.parent.title)}》任务覆盖情况`,
    "",
    ...(coverage.inferred ? [`方案没有引用上位文件的标题；${markdownText(inferredBecause(coverage.inferredThrough))}，推断为《${markdownText(coverage.parent.title)}》。`, ""] : []),
    ...(coverage.secondaryTo !== null
      ? [`方案标题对应所引用的《${markdownText(coverage.secondaryTo)}》，是该文件的专项落实方案，对《${markdownText(coverage.parent.title)}》是一并贯彻：未覆盖的条目多属正常，覆盖率仅供参考。`, ""]
      : []),
    ...(coverage.implementsOther !== null
      ? [markdownText(otherBasisNote(coverage)), ""]
      : []),
    ...(coverage.sectors !== null
      ? [`${markdownText(sectorsSource(coverage))}表明是${markdownText(coverage.sectors.join("、"))}领域的专项方案：只计入《${markdownText(coverage.parent.title)}》中本领域的条目和各领域共同的条目，其他领域的条目不计入，见文末。`, ""]
      : []),
    ...(coverage.unscoped !== null ? [markdownText(unscopedNote(coverage)), ""] : []),
    `${markdownText(file, true)}：覆盖 ${coverage.covered}/${coverage.total} 项任务（《${markdownText(coverage.parent.title)}》共 ${coverage.total + coverage.outOfScope.length} 条，${coverage.outOfScope.length} 条不计入，见文末）。“推断”为按文字相似度推断的对应关系（括号内为相似度），“引用原文”为任务照录该条的原文短语，“写明条目”为任务文字写明该条编号（如“落实纲要第（五）条”），“标注”为〔对应${markdownText(annotationShortName(coverage.parent))}：…〕。`,
    "",
    "| 编号 | 标题 | 覆盖 | 对应任务 |",
    "|---|---|---|---|",
  ];
  for (const item of coverage.items) out.push(`| ${markdownText(entryNumber(item.entry))} | ${markdownText(item.entry.title)}${unverified(item.entry)} | ${item.covered ? "✓" : "✗ 未覆盖"} | ${markdownText(byText(item, lines))} |`);
  const missing = coverage.items.filter((i) => !i.covered);
  if (missing.length > 0) out.push("", `未覆盖：${missing.map((i) => markdownText(`${entryNumber(i.entry)}${i.entry.title}`)).join("、")}`);
  if (coverage.unmatched.length > 0) {
    // A local addition or a task the matcher missed: the reviewer tells which.
    out.push("", "## 未对应上位文件条目的任务", "", "地方自行增加的任务，或未能识别对应关系的任务（括号内为最接近的条目及其相似度）。", "");
    for (const task of coverage.unmatched) {
      const nearest = nearestText(task);
      out.push(`- ${markdownText(`${pathText(task.path)} ${taskTitle(task, lines)}${nearest}`)}`);
    }
  }
  if (coverage.outOfScope.length > 0) {
    // Listed with the plan items that take them up: an annotation on one is the drafter's word.
    out.push("", "## 不计入覆盖率的条目", "", markdownText(scopeNote(coverage), true), "", "| 编号 | 标题 | 所属部分 | 对应任务 |", "|---|---|---|---|");
    for (const item of coverage.outOfScope) out.push(`| ${markdownText(entryNumber(item.entry))} | ${markdownText(item.entry.title)}${unverified(item.entry)} | ${markdownText(sectionName(item.entry))}${item.reason === "other-sector" ? "（其他领域）" : ""} | ${item.by.length > 0 ? markdownText(byText(item, lines)) : "—"} |`);
  }
  return printableLines(out.join("\n") + "\n");
}

/** `（最接近 （二十一）争创国内国际知名品牌，相似度 0.16）` after a task that counts for no item: what it is most like, below what counts. */
function nearestText(task: UnmatchedTask): string {
  return task.nearest ? `（最接近 ${entryNumber(task.nearest.entry)}${task.nearest.entry.title}，相似度 ${score(task.nearest.score)}）` : "";
}
