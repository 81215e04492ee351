import { FULL_WIDTH } from "../../punct/chars.js";
import { isOneMarkRun, repeatedRuns } from "../../punct/marks.js";
import { proseParagraphs } from "../../punct/prose.js";
import { spanFix } from "../../fixes/fix.js";
import { SpanCover } from "../../text/coverage.js";
import type { Rule } from "../types.js";

/** The marks that end a sentence: after a mark within it (`，。`), the sentence ends with them. */
const SENTENCE_END = new Set(["。", "？", "！"]);
/** GB/T 15834 lets a question and an exclamation go together (`？！`): no slip. */
const QUESTION_OR_EXCLAMATION = /^[？！?!]+$/u;

/**
 * 点号 of different kinds in a row: `，。` where a clause was cut and its comma left, `；。`,
 * `、，`, `。，`. One mark is meant. Where the run ends a sentence after marks within it (`，。`,
 * `；。`, `：？`) the sentence's end is the one meant, and the fix keeps it; a run in any
 * other order (`。，`, `，；`) is reported without a fix: whether the sentence ends there or goes
 * on, only the drafter knows.
 */
export const stacked: Rule = {
  meta: {
    id: "punct/stacked",
    family: "punct",
    severity: "warning",
    description: "不同的点号连用（如“，。”“；。”“。，”）",
    fixable: true,
    speed: "fast",
    docs: {
      rationale:
        "逗号、顿号、分号、冒号与句号等点号不能连用（问号与叹号连用“？！”除外）。“……等工作，。”这样的连用多是删改文字后留下的：删去了后半句，前面的逗号没有删。句内点号之后接句末点号的（“，。”“；。”“、。”），句子在此结束，修复只保留句末点号；其他顺序的（“。，”“，；”），句子是在此结束还是继续，只有起草人知道，只报告，不修复。同一个标点重复的（“。。”“，，”）由 punct/repeated 报告。",
      incorrect: "一、总体要求\n（一）指导思想\n坚持质量第一、效益优先，。推动高质量发展；。\n",
      correct: "一、总体要求\n（一）指导思想\n坚持质量第一、效益优先。推动高质量发展。\n",
    },
  },
  check({ plan, report }) {
    let clauses: SpanCover | null = null;
    for (const paragraph of proseParagraphs(plan)) {
      for (const run of repeatedRuns(plan.text, paragraph)) {
        if (isOneMarkRun(plan.text, run)) continue;
        // Between a clause's names (市市场监管局，；配合单位) the separators are units/separator's.
        if ((clauses ??= new SpanCover(plan.clauses)).covers(run.start)) continue;
        const written = plan.text.slice(run.start, run.end);
        if (QUESTION_OR_EXCLAMATION.test(written)) continue;
        const last = fullWidthOf(written.charAt(written.length - 1));
        if (endsSentence(written)) {
          report({ start: run.start, end: run.end, message: `点号“${written}”连用：句子在此结束，应只用“${last}”`, fix: spanFix(`只保留“${last}”`, run.start, run.end, last) });
        } else {
          report({ start: run.start, end: run.end, message: `点号“${written}”连用，应只用其中一个` });
        }
      }
    }
  },
};

function fullWidthOf(mark: string): string {
  return FULL_WIDTH[mark] ?? mark;
}

/** Whether the run is marks within a sentence followed by the mark that ends it (`，。`, `；？`). */
function endsSentence(written: string): boolean {
  const last = fullWidthOf(written.charAt(written.length - 1));
  if (!SENTENCE_END.has(last)) return false;
  for (let i = 0; i < written.length - 1; i++) if (SENTENCE_END.has(fullWidthOf(written.charAt(i)))) return false;
  return true;
}
