import { deferredFix, spanFix } from "../../fixes/fix.js";
import { textEndOf } from "../../model/inline.js";
import { lineBreaksIn } from "../../units/clauseLines.js";
import type { Rule } from "../types.js";
import type { PlanDocument, ResponsibilityClause, Span } from "../../model/types.js";
import { inlinePartsOf, unitNamesOf } from "../../model/inline.js";
import { parseSyntax } from "../../syntax/parse.js";
import { partitionPoint } from "../../text/sorted.js";
import { inlineDebris, overlapsDebris } from "../../text/inlineDebris.js";
import { addLinesSetApart } from "../../model/setApart.js";
import type { LineNode } from "../../syntax/cst.js";

/**
 * A clause a line break cuts in two (`〔责任单位：市工信局、` / `市科技局〕`, or inside a name:
 * `市科` / `技局〕`): text copied out of a PDF or a narrow column. The model reads it as one clause
 * (model/clauseReading.ts), so the task keeps its units; the break itself is the defect, and
 * joining the lines is what the drafter meant. The punctuation rules leave the two halves alone
 * (the open bracket and the missing sentence end are this one defect).
 */
export const clauseLineBreak: Rule = {
  meta: {
    id: "units/clause-line-break",
    family: "units",
    severity: "warning",
    description: "责任分工被换行断开",
    fixable: true,
    speed: "fast",
    docs: {
      rationale:
        "责任分工应写在一行之内。从 PDF 或窄栏复制的文本常在责任分工中间换行：在单位名单中间（如“〔责任单位：市工信局、”换行后接“市科技局〕”），也可能在一个单位名称、标签或“按职责分工负责”的中间（如“市科”换行后接“技局〕”）。编辑器和统计仍按一处责任分工读取，被断开的名称按接上后的名称（市科技局）读取，但段落被拆成两段，括号看似不配对。修复删除换行和下一行的缩进，把两行接成一行；一处责任分工被断开多处时，每一处的修复都把整处责任分工接成一行（只接其中一处，中间的一行接上后可能被读成新的条目，如“3”与“、市农业农村局〕”接成“3、……”）。接成一行后不再能读作同样的责任分工时（如同一行前面留有未闭合的括号：“〔完成时限：2025年底〔责任单位：……”），只报告，不提供修复。",
      incorrect: "一、主要任务\n1.推进两化融合。开展融合贯标。〔责任单位：市工信局、\n市科技局〕\n",
      correct: "一、主要任务\n1.推进两化融合。开展融合贯标。〔责任单位：市工信局、市科技局〕\n",
    },
  },
  check({ plan, report }) {
    // A break where a PDF's measure ended the line is structure/hard-wrap's, whose fix joins it
    // with the document's other wrapped lines: one defect, one finding.
    let wrapped: Set<number> | null = null;
    // A review balloon inside a clause is structure/review-markup's: the breaks about it are left
    // until it is dealt with (joined, its words would be the clause's).
    let setApart: Set<LineNode> | null = null;
    let debris: readonly Span[] | null = null;
    for (const clause of plan.clauses) {
      // A table row pasted one cell a line (model/cellLineTables.ts) breaks between its cells, as
      // the table did: no clause was cut.
      if (clause.tableRow !== null) continue;
      const breaks = lineBreaksIn(plan.text, clause, plan.lines, (setApart ??= addLinesSetApart(plan, new Set<LineNode>()))).filter(
        (lineBreak) => plan.hardWrap === null || !(wrapped ??= new Set(plan.hardWrap.lines.map((line) => textEndOf(line, plan.text)))).has(lineBreak.start),
      );
      // A clause cut more than once is joined whole by each break's fix, one fix shared by its
      // findings: joined one break at a time (the editor's way), a line of the clause's middle
      // could start anew as something else (`3` / `、市农业农村局〕` joined reads as item 3、).
      if (breaks.length === 0) continue;
      const joins = joinedLineKeeps(plan, clause, breaks);
      const whole = breaks.length > 1 ? deferredFix(`删除 ${breaks.length} 处换行，把责任分工接成一行`, () => breaks.map((lineBreak) => ({ start: lineBreak.start, end: lineBreak.end, newText: "" }))) : null;
      for (const lineBreak of breaks) {
        // A break inside a name (市科 / 技局, where a PDF's measure ended) cut the name itself: say which.
        // A name a copy's code runs through (`市{ PAGE }` / `农业农村局`) is not quoted: its code is
        // text/field-code's, and the name the reader would see is not the one the model split.
        const cut = clause.units.find((unit) => unit.start < lineBreak.start && lineBreak.end < unit.end);
        const name = cut && !overlapsDebris((debris ??= inlineDebris(plan)), cut.start, cut.end) ? cut : undefined;
        report({
          start: lineBreak.start,
          end: lineBreak.end,
          message: name ? `责任单位“${name.text}”被换行断开，责任分工被拆成了两段，应写在一行之内` : "责任分工在单位名单中间换行，被拆成了两段，应写在一行之内",
          ...(joins ? { fix: whole ?? spanFix(name ? `删除换行，接成“${name.text}”` : "删除换行，接成一行", lineBreak.start, lineBreak.end, "") } : {}),
        });
      }
    }
  },
};

/**
 * Whether the clause's line, its breaks deleted as the fix deletes them, still reads as a clause
 * with as many names. The model reads a clause over lines from the bracket that a line leaves
 * open (model/clauseReading.ts); on one line the grammar reads it from the line's start, and a
 * bracket left open before it (`〔完成时限：2025年底〔责任单位：…、` / `市卫健委〕`, the deadline's 〕
 * lost) makes it no clause there: the fix would cost the task its units. Where other lines stay
 * inside the clause (a page's edge, left to its own rule), the fix joins no whole line: asked no further.
 */
function joinedLineKeeps(plan: PlanDocument, clause: ResponsibilityClause, breaks: readonly Span[]): boolean {
  const { text, lines, registry } = plan;
  const firstIndex = partitionPoint(lines.length, (k) => lines[k]!.end <= clause.start);
  const lastIndex = partitionPoint(lines.length, (k) => lines[k]!.end < clause.end);
  const first = lines[firstIndex];
  const last = lines[lastIndex];
  // Each break joins two lines: any other line between stays, and the clause is not on one line.
  if (first === undefined || last === undefined || lastIndex - firstIndex !== breaks.length) return true;
  let joined = "";
  let at = first.start;
  for (const lineBreak of breaks) {
    joined += text.slice(at, lineBreak.start);
    at = lineBreak.end;
  }
  joined += text.slice(at, last.contentEnd);
  const line = parseSyntax(joined).document.lines[0];
  // Counted as the model reads names (model/inline.ts unitNamesOf: a merged bureau's name across
  // its 、 is one, two names joined by 和 are two), as the clause's units were.
  return line !== undefined && inlinePartsOf(line).some((part) => part.type === "clause" && part.segments.reduce((count, segment) => count + unitNamesOf(segment.names, joined, registry).length, 0) === clause.units.length);
}
