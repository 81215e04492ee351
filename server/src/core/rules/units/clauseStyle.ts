import { deferredFix } from "../../fixes/fix.js";
import type { ResponsibilityClause } from "../../model/types.js";
import { colonOffset, documentClauseStyle, expectedForm, RESPONSIBILITY_LABELS, type DocumentClauseStyle } from "../../units/clauseStyle.js";
import type { Rule, TextEdit } from "../types.js";

/**
 * A clause written differently from the document's majority, counted among standard forms only:
 * a half-width bracket or colon where the document also writes standard ones (Nanjing's 27
 * `(责任部门:…)` next to one `〔责任部门:…〕`), or another standard bracket or label than the
 * majority. So the fix never turns a correct clause into a half-width one; with no clear
 * standard majority (one of each) a standard form is left alone. The provincial form keeps its
 * round brackets.
 */
export const clauseStyle: Rule = {
  meta: {
    id: "units/clause-style",
    family: "units",
    severity: "warning",
    description: "责任单位的括号、标签或冒号写法与本文多数不一致",
    fixable: true,
    speed: "fast",
    reads: "clauses",
    docs: {
      rationale: [
        "一份方案中的责任分工应写法统一、规范：括号用六角括号〔〕或全角圆括号（），标签用“责任单位”或“责任部门”，冒号用全角“：”。多数只在规范写法中计算：半角括号和半角冒号（多从网页复制而来）在本文另有规范写法时改为本文多数的规范写法；规范写法之间（〔〕与（），责任单位与责任部门）跟随本文多数规范写法，没有明显多数时不报告。通篇一致使用半角写法的方案不报告。",
        "因此，即使本文多数责任分工写作“(责任部门:……)”，也不会要求把规范的“〔责任部门：……〕”改成半角，而是反过来。省级方案的“（……按职责分工负责）”写法本就使用圆括号，不随“〔〕”改动。",
        "“牵头单位”“配合单位”等标签含义不同，不视为写法差异。修复把该处改为规范且与本文一致的写法，快速修复的标题列出所改的括号、标签或冒号，如：将“(”改为“〔”、“:”改为“：”、“)”改为“〕”。",
      ].join("\n\n"),
      incorrect:
        "一、主要任务\n1.加快区域质量创新发展。〔责任单位：市市场监管局〕\n2.增强产业质量竞争能力。〔责任单位：市工信局〕\n3.筑牢绿色发展质量根基。(责任部门:市发展改革委)\n",
      correct: "一、主要任务\n1.加快区域质量创新发展。〔责任单位：市市场监管局〕\n2.增强产业质量竞争能力。〔责任单位：市工信局〕\n3.筑牢绿色发展质量根基。〔责任单位：市发展改革委〕\n",
    },
  },
  check({ plan, report }) {
    const style = documentClauseStyle(plan);
    for (const clause of plan.clauses) {
      const changes = restyleChanges(plan.text, clause, style);
      if (changes.length === 0) continue;
      report({
        start: clause.start,
        end: clause.end,
        message: `责任分工的写法与规范或本文其他各处不一致：${changes.map(({ what, written, expected }) => `${what}“${written}”应为“${expected}”`).join("，")}`,
        // Only `clause` is captured per clause: the edits are made when the fix is read.
        fix: deferredFix(fixDescription(changes), () => restyleEdits(plan.text, clause, style)),
      });
    }
  },
};

interface StyleChange {
  readonly what: string;
  readonly written: string;
  readonly expected: string;
}

/** What `clause` writes otherwise than `style`, each distinct change once (two `:` in one clause are one change). */
function restyleChanges(text: string, clause: ResponsibilityClause, style: DocumentClauseStyle): StyleChange[] {
  const changes = new Map<string, StyleChange>();
  restyle(text, clause, style, (_start, _end, written, expected, what) => changes.set(`${what}\u0000${written}\u0000${expected}`, { what, written, expected }));
  return [...changes.values()];
}

/**
 * The quick fix's title names every mark or label it replaces: a drafter sees that `(` becomes
 * `〔` and 责任部门 becomes 责任单位 before applying it, as the message says it.
 */
function fixDescription(changes: readonly StyleChange[]): string {
  return `将${changes.map(({ written, expected }) => `“${written}”改为“${expected}”`).join("、")}`;
}

function restyleEdits(text: string, clause: ResponsibilityClause, style: DocumentClauseStyle): TextEdit[] {
  const edits: TextEdit[] = [];
  restyle(text, clause, style, (start, end, _written, expected) => edits.push({ start, end, newText: expected }));
  return edits;
}

/**
 * Each part of `clause` written otherwise than `style` expects, in document order: where it
 * is, what is written, what is expected. It runs for every clause on every keystroke, so it
 * passes offsets, not span objects.
 */
function restyle(
  text: string,
  clause: ResponsibilityClause,
  style: DocumentClauseStyle,
  change: (start: number, end: number, written: string, expected: string, what: string) => void,
): void {
  // The provincial form is written in round brackets: it follows the other provincial clauses, never 〔〕.
  const provincial = clause.form === "provincial";
  const open = expectedForm("open", clause.open, provincial ? style.provincialOpen : style.open);
  if (open !== null) change(clause.start, clause.start + clause.open.length, clause.open, open, "");
  const close = expectedForm("close", clause.close, provincial ? style.provincialClose : style.close);
  if (close !== null) change(clause.end - clause.close.length, clause.end, clause.close, close, "");
  for (let index = 0; index < clause.segments.length; index++) {
    const segment = clause.segments[index]!;
    if (segment.labelSpan && RESPONSIBILITY_LABELS.has(segment.label)) {
      const label = expectedForm("label", segment.label, style.label);
      if (label !== null) change(segment.labelSpan.start, segment.labelSpan.end, segment.label, label, "");
    }
    const colon = colonOffset(text, clause, index);
    if (colon === null) continue;
    const expected = expectedForm("colon", segment.colon, style.colon);
    if (expected !== null) change(colon, colon + segment.colon.length, segment.colon, expected, "冒号");
  }
}
