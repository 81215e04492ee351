import { spanFix } from "../../fixes/fix.js";
import { hasFullwidthDigits, toFullwidthDigits } from "../../model/numerals.js";
import type { PlanDocument } from "../../model/types.js";
import { placeTitleOf } from "../../model/zoneTitle.js";
import { lineAt, noticeAttachmentNote, planAttachmentNumber, shownLabel } from "../../references/attachments.js";
import { internalReferences } from "../../references/index.js";
import type { AttachmentNote, AttachmentNoteEntry, AttachmentTarget } from "../../references/types.js";
import type { Fix, Rule } from "../types.js";
import { sameTitle } from "../../references/numbers.js";

/**
 * The 附件说明 under the body lists the attachments that follow, their numbers and names as the
 * attachments' own pages give them (GB/T 9704: number and title match the 附件说明). A list of
 * two over three attachments, a number that has no attachment, or a name that differs from the
 * attachment's title is reported where it is written. Judged only where the file holds its
 * attachments: a list of annexes kept in other files has nothing here to disagree with. A plan
 * issued as its notice's 附件1 (`附件1` over its title) with no list of its own is held to the
 * notice's list, whose entry 1 is the plan itself.
 */
export const attachmentList: Rule = {
  meta: {
    id: "xref/attachment-list",
    family: "xref",
    severity: "warning",
    description: "附件说明所列的附件与其后的附件不符（数量、编号或名称）",
    fixable: true,
    speed: "fast",
    docs: {
      rationale: [
        "正文之后的附件说明（“附件：1.××××”，其下“2.××××”……；也有逐行写作“附件1.××××”“附件2.××××”的）列出本文件所附的附件。按 GB/T 9704，附件的序号和名称应与附件说明一致。增删附件或修改附件标题后，附件说明常常漏改：附件说明列了两个附件，其后却有三个；说明中的编号在其后没有对应的附件；说明中的名称与附件的标题不同。",
        "",
        "本规则在本文件带有附件时，逐一核对附件说明与其后的附件：附件说明所列编号其后没有该附件、而其后有编号更大的附件的（中间缺了一个），报告在该行（所列编号都在本文件最后一个附件之后的，视为另行成文，如联系人名单、另发的表格，不报告）；其后的附件没有列入附件说明的，报告在附件的标识（“附件3”）上；名称与附件标题不同的（不计空格、书名号和引号，标题折行时只写了前半部分的不算不同），报告在附件说明的名称上。只有一个附件、附件说明不编号（“附件：××××”）的，只核对名称。附件不在本文件中的，不报告。以通知印发、方案本身是通知的附件1（方案标题之上单独一行“附件1”）而方案正文后没有自己的附件说明的，按通知的附件说明核对方案之后的附件（说明中的第1项是方案本身）。附件说明按 1、2……依次列出的正是其后各附件的标题、只是附件的标识没有按先后编号的（删去或移动了一个附件，其余的标识没有改），附件说明是对的，由 xref/attachment-order 报告标识并重新编号，本规则不再逐项报告。",
        "",
        "附件说明按 1、2、3……逐行编号列出（至少两行）、所列各项其后都有对应的附件，漏列的正是紧接其后编号的附件、且该附件有标题时，修复在附件说明末尾按同样的缩进和编号格式补上一行（每次补一个，补完一个再补下一个）。名称不同、或附件说明列了其后没有的附件时，哪一处是对的只有起草人知道，不自动修复。",
      ].join("\n"),
      incorrect: "示例市质量强市建设实施方案\n一、主要任务\n1.提升产品质量。\n附件：1.重点指标表\n      2.重点任务分工表\n附件1\n重点指标表\n一、指标\n附件2\n重点任务清单\n一、任务\n附件3\n重点项目表\n一、项目\n",
      correct: "示例市质量强市建设实施方案\n一、主要任务\n1.提升产品质量。\n附件：1.重点指标表\n      2.重点任务清单\n      3.重点项目表\n附件1\n重点指标表\n一、指标\n附件2\n重点任务清单\n一、任务\n附件3\n重点项目表\n一、项目\n",
    },
  },
  check({ plan, report }) {
    const { attachments, note: ownNote } = internalReferences(plan);
    const annexes = attachments.filter((target) => target.word === "附件");
    if (annexes.length === 0) return;
    // A plan issued as its notice's 附件N with no list of its own: the notice's list names the
    // attachments after it, and the plan itself as N (its entry is the plan's, no attachment's).
    const own = ownNote === null ? planAttachmentNumber(plan) : null;
    const note = ownNote ?? (own === null ? null : noticeAttachmentNote(plan));
    if (note === null) return;
    const entries = own === null ? note.entries : note.entries.filter((entry) => entry.number !== own);
    // Labels off their count (one deleted or moved, the rest not renumbered) under a list that
    // names the attachments in their file order: the list is right and the labels are wrong, which
    // xref/attachment-order reports and its renumbering settles. Compared by number, every entry
    // would be reported too, for one defect.
    if (annexes.some((target, index) => target.number !== index + 1) && listsInFileOrder(entries, annexes)) return;
    const matched = new Set<AttachmentTarget>();
    // Entries past the file's last attachment are annexes kept apart (a contact list, a form issued
    // as its own file, an attachment a web copy left out): the list may name them, the file need not hold them.
    const last = Math.max(0, ...annexes.map((target) => target.number ?? 0));
    for (const entry of entries) {
      const target = targetOf(entry, annexes, entries.length);
      if (target === null && entry.number !== null && entry.number > last) continue;
      if (target === null) {
        report({ start: entry.start, end: entry.end, message: `附件说明列有附件${entry.number}“${entry.title.text}”，本文件其后没有附件${entry.number}` });
        continue;
      }
      matched.add(target);
      if (target.title !== null && !sameTitle(entry.title.text, target.title.text) && !captionOf(plan, entry, target)) {
        report({ start: entry.title.start, end: entry.title.end, message: `附件说明中的名称“${entry.title.text}”与${shownLabel(target).text}的标题“${target.title.text}”不一致` });
      }
    }
    for (const target of annexes) {
      if (matched.has(target)) continue;
      const named = target.title ? `（${target.title.text}）` : "";
      // Only a list whose every entry has its attachment lacks plainly this one: where an entry has
      // none, this attachment may be the one it meant, renumbered.
      const fix = matched.size === entries.length ? appendFix(plan, note, target) : null;
      // Counted as the list counts: the plan itself is one of a notice's attachments.
      const listed = note.entries.length;
      const held = annexes.length + (own === null ? 0 : 1);
      // An attachment pasted with no label is reported at its title, or at the header line it opens at.
      const label = shownLabel(target);
      const line = label.end > label.start ? null : lineAt(plan.lines, target.start);
      const at = line === null ? label : { start: line.indentEnd, end: line.contentEnd };
      report({ ...(fix ? { fix } : {}), start: at.start, end: at.end, message: `${label.text}${named}没有列入附件说明${listed === held ? "" : `（附件说明列有${listed}个附件，${own === null ? "其后有" : "连同方案本身共有"}${held}个）`}` });
    }
  },
};

/**
 * Whether an attachment has for its title the caption a web page kept over its table, the name
 * the list writes in full without the words it shares with the plan's title
 * (`萍乡市深化质量强市建设重点任务分工表` over `重点任务分工表` in 萍乡市深化质量强市建设实施方案):
 * the same table, named without its place and plan. Labelled or not alike — structure/attachment-label's
 * fix and the export write the lost label over such a caption, and the attachment is no other for it.
 */
function captionOf(plan: PlanDocument, entry: AttachmentNoteEntry, target: AttachmentTarget): boolean {
  const title = placeTitleOf(plan)?.replace(/\s+/gu, "");
  if (target.title === null || !title) return false;
  const full = entry.title.text.replace(/\s+/gu, "");
  const caption = target.title.text.replace(/\s+/gu, "");
  // 重点任务分工表 over 任务分工表 leaves off a word of the table's own name, none of the plan's.
  return full.length > caption.length && full.endsWith(caption) && title.startsWith(full.slice(0, full.length - caption.length));
}

/** Whether the list numbers 1 … n the file's n attachments in their order, each by its title. */
function listsInFileOrder(entries: readonly AttachmentNoteEntry[], annexes: readonly AttachmentTarget[]): boolean {
  if (entries.length !== annexes.length || entries.length < 2) return false;
  return entries.every((entry, index) => {
    const title = annexes[index]!.title;
    return entry.number === index + 1 && title !== null && sameTitle(entry.title.text, title.text);
  });
}

/** The attachment an entry names: the one of its number, or the only one where the list names one without a number. */
function targetOf(entry: AttachmentNoteEntry, annexes: readonly AttachmentTarget[], count: number): AttachmentTarget | null {
  if (entry.number === null) return count === 1 && annexes.length >= 1 ? annexes[0]! : null;
  return annexes.find((target) => target.number === entry.number) ?? (annexes.length === 1 && annexes[0]!.number === null && entry.number === 1 ? annexes[0]! : null);
}

/**
 * The entry a list numbered 1 … k on lines of their own lacks for the attachment numbered k + 1,
 * written after its last line as that line is written: its indent, its figures' width, its
 * point. Only there is it plain what the line says and where it goes; where the list numbers
 * otherwise, or the attachment has no title, the drafter writes it.
 */
function appendFix(plan: PlanDocument, note: AttachmentNote, target: AttachmentTarget): Fix | null {
  const entries = note.entries;
  if (target.title === null || target.number !== entries.length + 1 || entries.length < 2) return null;
  if (entries.some((entry, index) => entry.number !== index + 1)) return null;
  const last = entries[entries.length - 1]!;
  const line = lineAt(plan.lines, last.start);
  if (line === null || line.eol === "" || line.indentEnd !== last.start) return null;
  const number = plan.text.slice(last.numberSpan!.start, last.numberSpan!.end);
  const written = number.replace(/[0-9０-９]+/u, (digits) => (hasFullwidthDigits(digits) ? toFullwidthDigits(String(target.number)) : String(target.number)));
  const text = `${plan.text.slice(line.start, line.indentEnd)}${written}${target.title.text}${line.eol}`;
  return spanFix(`在附件说明中补列“${written}${target.title.text}”`, line.end, line.end, text);
}
