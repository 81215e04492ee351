import { type Coverage, type CoveredBy, scopeNote, sectionName } from "../../core/xref/coverage.js";
import { formatCsv } from "./csv.js";
import { markdownText } from "./markdown.js";
import { jsonText, printableLines } from "./printable.js";

export const COVERAGE_FORMATS = ["markdown", "csv", "json"] as const;

const score = (value: number) => Math.round(value * 100) / 100;

/** `plancheck coverage --format json` — the Coverage contract of ../shared/spec/cli-json.md. */
export function formatCoverageJson(file: string, coverage: Coverage): string {
  return (
    jsonText({
      version: 1,
      file,
      parent: coverage.parent.title,
      covered: coverage.covered,
      total: coverage.total,
      items: coverage.items.map(({ entry, covered, by }) => ({
        number: entry.label,
        title: entry.title,
        covered,
        by: by.map((b) => ({ path: b.path, how: b.how, score: score(b.score) })),
      })),
      outOfScope: coverage.outOfScope.map(({ entry, reason, by }) => ({
        number: entry.label,
        title: entry.title,
        section: sectionName(entry),
        reason,
        by: by.map((b) => ({ path: b.path, how: b.how, score: score(b.score) })),
      })),
    }) + "\n"
  );
}

const HOW: Record<string, string> = { annotation: "标注", inferred: "推断" };

function byText(coverage: { by: readonly CoveredBy[] }): string {
  return coverage.by.map((b) => `${b.path.join("")} ${b.item.heading.text}（${HOW[b.how]}${b.how === "inferred" ? ` ${score(b.score)}` : ""}）`).join("；");
}

export function formatCoverageCsv(file: string, coverage: Coverage): string {
  const rows = [
    ...coverage.items.map((item) => [file, coverage.parent.title, item.entry.label, item.entry.title, "是", item.covered ? "是" : "否", byText(item)]),
    ...coverage.outOfScope.map((item) => [file, coverage.parent.title, item.entry.label, item.entry.title, `否（属${sectionName(item.entry)}）`, item.by.length > 0 ? "是" : "否", byText(item)]),
  ];
  return formatCsv([["文件", "上位文件", "编号", "标题", "计入覆盖率", "是否覆盖", "对应任务"], ...rows]);
}

/** The table a reviewer reads: every parent task, covered or not, and by which plan items. */
export function formatCoverageMarkdown(file: string, coverage: Coverage): string {
  const out = [
    `# 《${markdownText(coverage.parent.title)}》任务覆盖情况`,
    "",
    `${markdownText(file, true)}：覆盖 ${coverage.covered}/${coverage.total} 项任务（《${markdownText(coverage.parent.title)}》共 ${coverage.total + coverage.outOfScope.length} 条，${coverage.outOfScope.length} 条不计入，见文末）。“推断”为按文字相似度推断的对应关系（括号内为相似度），“标注”为〔对应纲要：…〕。`,
    "",
    "| 编号 | 标题 | 覆盖 | 对应任务 |",
    "|---|---|---|---|",
  ];
  for (const item of coverage.items) out.push(`| ${markdownText(item.entry.label)} | ${markdownText(item.entry.title)}${item.entry.verified ? "" : "（标题未核实）"} | ${item.covered ? "✓" : "✗ 未覆盖"} | ${markdownText(byText(item))} |`);
  const missing = coverage.items.filter((i) => !i.covered);
  if (missing.length > 0) out.push("", `未覆盖：${missing.map((i) => markdownText(`${i.entry.label}${i.entry.title}`)).join("、")}`);
  if (coverage.outOfScope.length > 0) {
    // Listed with the plan items that take them up: an annotation on one is the drafter's word.
    out.push("", "## 不计入覆盖率的条目", "", markdownText(scopeNote(coverage), true), "", "| 编号 | 标题 | 所属部分 | 对应任务 |", "|---|---|---|---|");
    for (const item of coverage.outOfScope) out.push(`| ${markdownText(item.entry.label)} | ${markdownText(item.entry.title)}${item.entry.verified ? "" : "（标题未核实）"} | ${markdownText(sectionName(item.entry))} | ${item.by.length > 0 ? markdownText(byText(item)) : "—"} |`);
  }
  return printableLines(out.join("\n") + "\n");
}
