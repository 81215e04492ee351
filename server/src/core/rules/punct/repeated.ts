import { FULL_WIDTH } from "../../punct/chars.js";
import { isOneMarkRun, repeatedRuns } from "../../punct/marks.js";
import { proseParagraphs } from "../../punct/prose.js";
import type { Rule } from "../types.js";
import { spanFix } from "../../fixes/fix.js";

/** A 点号 written twice or more in a row (`。。`, `，，`, `,，`): one is meant. */
export const repeated: Rule = {
  meta: {
    id: "punct/repeated",
    family: "punct",
    severity: "warning",
    description: "标点重复（如“。。”“，，”）",
    fixable: true,
    speed: "fast",
    docs: {
      rationale:
        "句号、逗号、顿号、分号、冒号、问号、叹号连写两次以上多是录入或粘贴时的失误（“。。”“，，”“、、”，或半角与全角各一个“,，”）。修复只保留一个全角标点。省略号“……”和破折号“——”不在此列。",
      incorrect: "一、总体要求\n（一）指导思想\n坚持质量第一，，效益优先。。\n",
      correct: "一、总体要求\n（一）指导思想\n坚持质量第一，效益优先……\n",
    },
  },
  check({ plan, report }) {
    for (const paragraph of proseParagraphs(plan)) {
      for (const run of repeatedRuns(plan.text, paragraph)) {
        // Marks of different kinds in a row (`，。`) are punct/stacked's.
        if (!isOneMarkRun(plan.text, run)) continue;
        const written = plan.text.slice(run.start, run.end);
        const mark = FULL_WIDTH[written[0]!] ?? written[0]!;
        report({
          ...run,
          message: `标点“${written}”重复，应为一个“${mark}”`,
          fix: spanFix(`改为一个“${mark}”`, run.start, run.end, mark),
        });
      }
    }
  },
};
