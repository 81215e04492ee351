import { internalReferences } from "../../references/index.js";
import type { AttachmentTarget } from "../../references/types.js";
import { spanFix } from "../../fixes/fix.js";
import type { Rule } from "../types.js";

/**
 * Attachments number 1, 2, 3 … in the order they follow (GB/T 9704 numbers them as the 附件说明
 * lists them): `附件1`, `附件3` with no 附件2, a number twice, or 附件2 before 附件1 is an
 * attachment deleted, moved or renumbered with its label left. Each label that breaks the count
 * is reported once. A 附表's labels count apart from the 附件's.
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
        "本规则按文件中的先后核对附件（单独成行的“附件N”）的编号，以及附表（单独成行的“附表N”）的编号，两者各自计数：第一个编号不是1、或不是前一个编号加1的，报告该标识。只有一个附件、标识为“附件”而不编号的，不报告。",
        "",
        "有两个以上附件、标识都只写“附件”而不编号的，修复按先后补上编号（附件1、附件2……）。其他情况下改编号会使正文中的引用和附件说明随之需要修改，由起草人决定，不自动修复。",
      ].join("\n"),
      incorrect: "示例市质量强市建设实施方案\n一、主要任务\n1.提升产品质量。\n附件1\n重点指标表\n一、指标\n附件3\n重点任务清单\n一、任务\n",
      correct: "示例市质量强市建设实施方案\n一、主要任务\n1.提升产品质量。\n附件1\n重点指标表\n一、指标\n附件2\n重点任务清单\n一、任务\n",
    },
  },
  check({ plan, report }) {
    const { attachments } = internalReferences(plan);
    for (const word of ["附件", "附表"] as const) {
      const labels = attachments.filter((target) => target.word === word);
      if (labels.length < 2 && labels.every((label) => label.number === null || label.number === 1)) continue;
      // Labels all written bare (附件, 附件) take their numbers in order: nothing else is written to disagree.
      const bare = labels.every((label) => label.number === null && label.label.text === word);
      let expected = 1;
      for (const label of labels) {
        if (label.number === expected) {
          expected++;
          continue;
        }
        const fix = bare ? spanFix(`改为“${word}${expected}”`, label.label.end, label.label.end, String(expected)) : undefined;
        report({ ...(fix ? { fix } : {}), start: label.label.start, end: label.label.end, message: message(label, expected, labels) });
        // Counting goes on from what is written: one label out of place is one finding, not every one after it.
        if (label.number === null) expected++;
        else if (label.number > expected) expected = label.number + 1;
      }
    }
  },
};

function message(label: AttachmentTarget, expected: number, labels: readonly AttachmentTarget[]): string {
  const word = label.word;
  if (label.number === null) return `“${label.label.text}”没有编号，本文件有${labels.length}个${word}，应为“${word}${expected}”`;
  const earlier = labels.find((other) => other !== label && other.number === label.number && other.start < label.start);
  if (earlier) return `${word}${label.number}出现了两次，此处按顺序应为“${word}${expected}”`;
  if (label.number < expected) return `“${label.label.text}”排在${word}${expected - 1}之后，编号顺序颠倒`;
  return `“${label.label.text}”之前缺少${word}${expected}${label.number === expected + 2 ? `、${word}${expected + 1}` : label.number > expected + 2 ? `至${word}${label.number - 1}` : ""}，编号应连续`;
}
