import { attachmentsOf, internalReferences } from "../../references/index.js";
import { sameTitle } from "../../references/numbers.js";
import type { AttachmentTarget, InternalReferences } from "../../references/types.js";
import type { Rule } from "../types.js";

/**
 * `见附件3` where the file's attachments are 附件1 and 附件2: an attachment deleted or renumbered
 * while the body still points at it. Judged only where the file has attachments of that word (or
 * a 附件说明 listing them): a team that keeps its annexes in other files writes 见附件1 with none
 * here, and that is no defect this file can show. A title written with the reference (`附件2：
 * 重点任务分工表`) that is another attachment's is reported as well, the drafter choosing which
 * to keep.
 */
export const attachmentRef: Rule = {
  meta: {
    id: "xref/attachment-ref",
    family: "xref",
    severity: "warning",
    description: "正文引用的附件（附件N、附表N）在本文件中不存在，或所写名称与该附件的标题不符",
    fixable: false,
    speed: "fast",
    docs: {
      rationale: [
        "方案正文常写“具体指标见附件1”“（详见附件2：重点任务分工表）”“见附表1”。附件删除、调整顺序或重新编号后，正文中的引用容易漏改，读者按编号找不到对应的附件。",
        "",
        "本规则核对正文中的“附件N”“附表N”（阿拉伯数字、全角数字或汉字数字，如“附件1”“附件１”“附件一”，以及网页中“附 件 1”这样隔开的写法）：本文件有附件（或有附件说明列出附件），而附件和附件说明中都没有所引编号的，报告；引用后写出的名称（“附件2：重点任务分工表”“附件2《……》”）与该附件的标题不符的，也报告，名称是另一个附件的标题时，建议改为该附件的编号。附件另行成文、本文件一个附件也没有的，不报告（起草时附件常放在另外的文件中）。“附件一并报送”“附件一式两份”“附表一览”这样的词和“附件1-2”这样的分项编号不视为引用。",
        "",
        "编号写错只有起草人知道应为哪一个，不自动修复。",
      ].join("\n"),
      incorrect: "示例市质量强市建设实施方案\n一、主要任务\n1.提升产品质量。具体指标见附件3。\n附件：1.重点指标表\n      2.重点任务分工表\n附件1\n重点指标表\n一、指标\n附件2\n重点任务分工表\n一、任务\n",
      correct: "示例市质量强市建设实施方案\n一、主要任务\n1.提升产品质量。具体指标见附件1。\n附件：1.重点指标表\n      2.重点任务分工表\n附件1\n重点指标表\n一、指标\n附件2\n重点任务分工表\n一、任务\n",
    },
  },
  check({ plan, report }) {
    const read = internalReferences(plan);
    for (const reference of read.references) {
      if (reference.kind !== "attachment") continue;
      const known = knownNumbers(read, reference.word);
      if (known === null) continue;
      const targets = attachmentsOf(read, reference);
      if (targets.length === 0 && !known.includes(reference.number)) {
        report({ start: reference.start, end: reference.end, message: `本文件中没有“${reference.word}${reference.number}”：${listed(reference.word, known)}` });
        continue;
      }
      const title = reference.title;
      const target = targets[0];
      if (title === null || target === undefined || target.title === null || sameTitle(title.text, target.title.text)) continue;
      const other = read.attachments.find((candidate) => candidate !== target && candidate.word === reference.word && candidate.number !== null && candidate.title !== null && sameTitle(candidate.title.text, title.text));
      const replacement = other ? `${reference.word}${other.number}` : null;
      report({
        start: reference.start,
        end: title.end,
        message: `“${reference.written}”的标题是“${target.title.text}”，不是“${title.text}”${replacement ? `；“${title.text}”是${replacement}的标题` : ""}`,
        ...(replacement ? { suggestions: [{ description: `改为“${replacement}”`, edits: [{ start: reference.start, end: reference.end, newText: replacement }] }] } : {}),
      });
    }
  },
};

/** The numbers the file gives to its attachments of a word (labels and the 附件说明's list); null where it has none. */
function knownNumbers(read: InternalReferences, word: AttachmentTarget["word"]): number[] | null {
  const labels = read.attachments.filter((target) => target.word === word);
  // Labels without numbers (附件, 附件) number nothing to check against: xref/attachment-order asks for them.
  if (labels.length > 1 && labels.every((target) => target.number === null)) return null;
  // An attachment the 附件说明 lists is the file's though kept apart (xref/attachment-list judges the list).
  // A single entry without a number (`附件：重点任务分工表`) is the one attachment, 附件1 to a reference.
  const listed = word === "附件" && read.note !== null ? read.note.entries.flatMap((entry, _, all) => (entry.number === null ? (all.length === 1 ? [1] : []) : [entry.number])) : [];
  if (labels.length > 0) return [...labels.flatMap((target) => (target.number === null ? (labels.length === 1 ? [1] : []) : [target.number])), ...listed];
  return read.note !== null && word === "附件" ? listed : null;
}

function listed(word: string, numbers: readonly number[]): string {
  if (numbers.length === 0) return `本文件的${word}没有编号`;
  return `本文件的${word}为${[...new Set(numbers)].sort((a, b) => a - b).map((n) => `${word}${n}`).join("、")}`;
}
