import { internalReferences } from "../../references/index.js";
import { isLabelled, labelledTargets, type LabelledTarget, planAttachmentNumber } from "../../references/attachments.js";
import type { AttachmentTarget } from "../../references/types.js";
import { deferredFix, spanFix } from "../../fixes/fix.js";
import type { PlanDocument } from "../../model/types.js";
import { attachmentRenumbering } from "../../references/attachmentRenumbering.js";
import type { Fix, Rule } from "../types.js";

/**
 * Attachments number 1, 2, 3 … in the order they follow (GB/T 9704 numbers them as the 附件说明
 * lists them): `附件1`, `附件3` with no 附件2, a number twice, or 附件2 before 附件1 is an
 * attachment deleted, moved or renumbered with its label left. Each label that breaks the count
 * is reported once. A 附表's labels count apart from the 附件's. A plan that is itself the
 * notice's 附件1 (`附件1` over its title) numbers its own attachments from 附件2. Numbered labels out of order
 * are renumbered by their order, with the references and the 附件说明 that name them, where
 * that is exact (references/attachmentRenumbering.ts).
 */
export const attachmentOrder: Rule = {
  meta: {
    id: "xref/attachment-order",
    family: "xref",
    severity: "warning",
    description: "附件（附表）编号不连续、重复或顺序颠倒",
    fixable: true,
    speed: "fast",
    docs: {
      rationale: [
        "附件按其在文件中的先后编号：附件1、附件2、附件3……（附件说明按同一顺序列出）。删去、移动或新增附件后，附件的标识常常漏改，出现“附件1”之后是“附件3”、同一编号出现两次、或“附件2”在“附件1”之前。",
        "",
        "本规则按文件中的先后核对附件（单独成行的“附件N”）的编号，以及附表（单独成行的“附表N”）的编号，两者各自计数：第一个编号不是1、或不是前一个编号加1的，报告该标识。只有一个附件、标识为“附件”而不编号的，不报告。以通知印发、方案本身是通知的附件1（方案标题之上单独一行“附件1”，通知的附件说明依次列出方案、分工表等）的，方案之后的附件从附件2起算。",
        "",
        "有两个以上附件、标识都只写“附件”而不编号的，修复按先后补上编号（附件1、附件2……）。",
        "",
        "标识都有编号、没有重号的（移动了附件而标识随之移动，如“附件2”在“附件1”之前；或删去了一个附件），修复按文件中的先后重新编号全部标识（只改数字，保持“附件二”“附件２”的写法），并随之更新：正文中的引用改为所指附件的新编号（“见附件2”在附件2改为附件1后改为“见附件1”，“附件1、2”“附件2和3”中只写数字的编号随之改动）；附件说明各项的序号不变，名称按新的先后排列。每一处报告都带有这同一个修复，从任一处一次改完，并写明“并更新 N 处引用”。只在确定无疑时才修复：正文引用了文件中没有的编号（另行成文或已删去的附件）、“附件1至3”这样的范围改号后不再是原来那几个附件的，或附件说明所列与文件中的附件不能按名称一一对应、某项名称折行的，不自动修复，由起草人决定。",
      ].join("\n"),
      incorrect: "示例市质量强市建设实施方案\n一、主要任务\n1.提升产品质量。\n附件1\n重点指标表\n一、指标\n附件3\n重点任务清单\n一、任务\n",
      correct: "示例市质量强市建设实施方案\n一、主要任务\n1.提升产品质量。\n附件1\n重点指标表\n一、指标\n附件2\n重点任务清单\n一、任务\n",
    },
  },
  check({ plan, report }) {
    const { attachments } = internalReferences(plan);
    // The plan itself as the notice's 附件1 (its label over the title): the attachments after it go on from 附件2.
    const own = planAttachmentNumber(plan);
    for (const word of ["附件", "附表"] as const) {
      // An attachment pasted with no label (a 分工表 after the text) holds its place in the count,
      // its missing label structure/attachment-label's: the labels after it go on from it.
      const all = attachments.filter((target) => target.word === word);
      const labels = labelledTargets(attachments, word);
      const first = word === "附件" && own !== null ? own + 1 : 1;
      if (labels.length < 2 && labels.every((label) => label.number === null || label.number === first)) continue;
      // Labels all written bare (附件, 附件) take their numbers in order: nothing else is written to disagree.
      const bare = labels.every((label) => label.number === null && label.label.text === word);
      let expected = first;
      // Numbered labels out of order are renumbered by their order in one fix, which every label
      // reported carries (the same fix object: whichever finding the drafter stands on offers it,
      // and a fix-all applies it once, its edits overlapping themselves): each label's fix alone
      // would leave two labels of one number and the references to both reading alike. Computed
      // only where a label breaks the count.
      let renumbering: Fix | undefined | null = bare ? undefined : null;
      for (const label of all) {
        if (!isLabelled(label)) {
          expected++;
          continue;
        }
        if (label.number === expected) {
          expected++;
          continue;
        }
        // Renumbering counts from 附件1 (references/attachmentRenumbering.ts): not where the plan is one.
        if (renumbering === null) renumbering = first === 1 ? renumberingFix(plan, word) : undefined;
        const fix = bare ? spanFix(`改为“${word}${expected}”`, label.label.end, label.label.end, String(expected)) : renumbering;
        report({ ...(fix ? { fix } : {}), start: label.label.start, end: label.label.end, message: message(label, expected, all) });
        // Counting goes on from what is written: one label out of place is one finding, not every one after it.
        if (label.number === null) expected++;
        else if (label.number > expected) expected = label.number + 1;
      }
    }
  },
};

/** The renumbering of every label of `word` by its order (references/attachmentRenumbering.ts), or undefined where it is not exact. */
function renumberingFix(plan: PlanDocument, word: "附件" | "附表"): Fix | undefined {
  const renumbering = attachmentRenumbering(plan, word);
  if (renumbering === null) return undefined;
  const description = `按先后重新编号${word}：${renumbering.changes.join("，")}${renumbering.carried > 0 ? `，并更新 ${renumbering.carried} 处引用` : ""}`;
  const edits = renumbering.edits;
  return deferredFix(description, () => edits);
}

function message(label: LabelledTarget, expected: number, labels: readonly AttachmentTarget[]): string {
  const word = label.word;
  if (label.number === null) return `“${label.label.text}”没有编号，本文件有${labels.length}个${word}，应为“${word}${expected}”`;
  const earlier = labels.find((other) => other !== label && other.number === label.number && other.start < label.start);
  if (earlier) return `${word}${label.number}出现了两次，此处按顺序应为“${word}${expected}”`;
  if (label.number < expected) return `“${label.label.text}”排在${word}${expected - 1}之后，编号顺序颠倒`;
  return `“${label.label.text}”之前缺少${word}${expected}${label.number === expected + 2 ? `、${word}${expected + 1}` : label.number > expected + 2 ? `至${word}${label.number - 1}` : ""}，编号应连续`;
}
