import { PAIRS, pairForm } from "../../punct/chars.js";
import { DEADLINE_LABELS, UNIT_LABELS } from "../../syntax/generated/labels.js";
import { CLAUSE_OPENER, LABEL_SPACE, labelColon } from "../../syntax/labelPatterns.js";
import { spanFix } from "../../fixes/fix.js";
import { unbalancedMarks, unbalancedMarksAcross } from "../../punct/marks.js";
import { brokenParagraphLines, splitParagraphLines } from "../../punct/breaks.js";
import { type ProseParagraph, proseParagraphs, wrappedProseRuns } from "../../punct/prose.js";
import type { PlanDocument } from "../../model/types.js";
import type { LineNode } from "../../syntax/cst.js";
import type { Rule } from "../types.js";
import { partitionPoint } from "../../text/sorted.js";

/**
 * Quotation marks, parentheses, 书名号, 六角括号 and 方头括号 that do not close within their
 * paragraph. Where the missing half belongs cannot be known, so there is no fix — save for a
 * responsibility clause or a deadline left open at the paragraph's end (`〔责任单位：市商务局、
 * 市市场监管局`, typed or cut short): it runs to the end, so its closing bracket goes there, and
 * with it the clause is read as one (in the unit matrix, by the unit rules).
 */
export const unbalanced: Rule = {
  meta: {
    id: "punct/unbalanced",
    family: "punct",
    severity: "warning",
    description: "段落内成对标点（“”‘’（）《》〔〕【】）不配对",
    fixable: true,
    speed: "fast",
    docs: {
      rationale:
        "引号、括号、书名号、六角括号、方头括号应在同一段落内成对出现。缺少一半多是复制时截断或录入遗漏，会使后文的引用、文件名或责任分工被误读。本规则报告没有配对的那一个标点；半角圆括号按全角对待（其写法由 punct/half-width 报告）。从 PDF 复制、按版心折成多行的段落（structure/hard-wrap）按合并后的整段配对：上一行的“与下一行的”是一对，整段未闭合的照样报告。补在何处一般只有起草人知道，因此不提供自动修复；只有段末未闭合的责任分工或完成时限（“〔责任单位：市商务局、市市场监管局”，其后直到段末只有单位名称，没有句末标点和其他成对标点，也不以顿号、逗号等分隔符结尾）例外：括号只能补在段末，修复在段末补上对应的括号，责任分工随之成为完整的一条。",
      incorrect: "一、总体要求\n（一）指导思想\n贯彻落实《质量强国建设纲要，弘扬“质量第一理念。\n",
      correct: "一、总体要求\n（一）指导思想\n贯彻落实《质量强国建设纲要》，弘扬“质量第一”理念。\n",
    },
  },
  check({ plan, report }) {
    const broken = brokenParagraphLines(plan);
    const cut = cutHeadingLines(plan);
    // A paragraph a PDF's measure cut (《 on one line, 》 on the next) is read over its lines, as
    // joined: its pairs close across the cut, and one left open is reported as in the paragraph.
    // A clause the wrap cut is read across the cut with the rest (its lines are broken's only
    // because of the wrap); a run split by a page or a soft return, a run a clause reaches out of
    // (cut by a page's number after the run), or a heading cut, is not read.
    const runs = wrappedProseRuns(plan);
    const split = runs.size === 0 ? broken : splitParagraphLines(plan);
    const runSkipped = (run: readonly ProseParagraph[]) => run.some((line) => split.has(line.line) || cut.has(line.line)) || clauseReachesOut(plan, run);
    for (const paragraph of proseParagraphs(plan)) {
      const run = runs.get(paragraph);
      // A run is read once, at its first line.
      if (run !== undefined && (run[0] !== paragraph || runSkipped(run))) continue;
      if (run === undefined && (broken.has(paragraph.line) || cut.has(paragraph.line))) continue;
      const end = run === undefined ? paragraph.end : run[run.length - 1]!.end;
      for (const problem of run === undefined ? unbalancedMarks(plan.text, paragraph) : unbalancedMarksAcross(plan.text, run)) {
        const opening = pairForm(problem.mark) in PAIRS;
        const clause = opening ? openClauseEnd(plan.text, problem.offset, end) : null;
        if (clause !== null) {
          report({
            start: problem.offset,
            end: problem.offset + 1,
            message: `“${problem.mark}${clause.label}：”的括号没有闭合，段末缺少“${problem.missing}”`,
            fix: spanFix(`在段末补上“${problem.missing}”`, clause.end, clause.end, problem.missing),
          });
          continue;
        }
        report({
          start: problem.offset,
          end: problem.offset + 1,
          message: opening ? `“${problem.mark}”在本段内没有对应的“${problem.missing}”` : `“${problem.mark}”前面缺少对应的“${problem.missing}”`,
        });
      }
    }
  },
};

/** Whether a clause that starts or ends in `run` (a wrapped paragraph's lines) reaches past its first or last line. */
function clauseReachesOut(plan: PlanDocument, run: readonly ProseParagraph[]): boolean {
  const start = run[0]!.line.start;
  const end = run[run.length - 1]!.line.end;
  const clauses = plan.clauses;
  // The clauses that start before the run's end, the last of them first: one that ends before the run starts ends the search.
  for (let k = partitionPoint(clauses.length, (i) => clauses[i]!.start < end) - 1; k >= 0; k--) {
    const clause = clauses[k]!;
    if (clause.end <= start) break;
    if (clause.start < start || clause.end > end) return true;
  }
  return false;
}

/**
 * The lines of a heading cut in two whose marks pair across the cut (`（三）实施“质量` /
 * `强企”工程`, model/outline.ts `continuesHeading`): the heading is one, its “ and ” a pair.
 */
function cutHeadingLines(plan: PlanDocument): Set<LineNode> {
  const lines = new Set<LineNode>();
  for (const item of plan.allItems) {
    if (item.heading.end <= item.line.contentEnd || item.bodyLines.length === 0) continue;
    if (!pairsUp(item.heading.text)) continue;
    lines.add(item.line).add(item.bodyLines[0]!);
  }
  return lines;
}

/** Whether every opening mark of a heading's words has its closing one after it, and no closing one comes first. */
function pairsUp(words: string): boolean {
  const open: string[] = [];
  for (const ch of words) {
    const form = pairForm(ch);
    if (form in PAIRS) open.push(form);
    else if (CLOSING.has(form) && PAIRS[open.pop() ?? ""] !== form) return false;
  }
  return open.length === 0;
}

const CLOSING = new Set(Object.values(PAIRS));

/** A clause's or a deadline's opening: its bracket, its label and colon (〔责任单位：, （牵头单位:, 【完成时限：). */
const OPEN_CLAUSE = new RegExp(`^${CLAUSE_OPENER}${LABEL_SPACE}${labelColon([...UNIT_LABELS, ...DEADLINE_LABELS])}`);
/** What a clause's names and a deadline's value never hold: a sentence's end, another pair's mark. */
const LIST_GOES_ON = /[、，,；;：:]$/;
const NOT_IN_CLAUSE = /[。！？!?“”‘’《》〈〉〔〕（）()【】[\]]/;

/**
 * Where an open clause at `open` ends, for its closing bracket, and its label: the paragraph's
 * end before its trailing spaces, when from its label to there stand names (or a deadline)
 * only; else null.
 */
function openClauseEnd(text: string, open: number, paragraphEnd: number): { end: number; label: string } | null {
  // A clause is short: a bound on what is read of a paragraph that is not one.
  if (paragraphEnd - open > 400) return null;
  const rest = text.slice(open, paragraphEnd);
  const label = OPEN_CLAUSE.exec(rest);
  if (label === null) return null;
  const body = rest.slice(label[0].length).trimEnd();
  // Cut after a separator (`〔责任单位：市商务局、`), the list goes on somewhere: which names are
  // missing only the drafter knows, and closing it would hide that.
  if (body === "" || NOT_IN_CLAUSE.test(body) || LIST_GOES_ON.test(body)) return null;
  return { end: open + label[0].length + body.length, label: label[1]! };
}
