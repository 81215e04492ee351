import type { NumberedItem } from "../../model/types.js";
import { pathOf } from "../../units/matrix.js";
import { itemTextWithin, taskItems } from "../../xref/tasks.js";
import type { Rule } from "../types.js";

/**
 * A task whose heading and text repeat an earlier task's (xref/tasks.ts `taskItems`, its
 * sub-items' text with its own): a paragraph pasted twice, or a task copied to be rewritten and
 * left as it was. Near-exact counts: the two may differ in spaces, punctuation and full- or
 * half-width forms, and in their responsibility clauses, annotations and comments — the units
 * are not what the task is (a pasted copy whose units were then corrected is still a copy).
 * Deadlines are kept: the same work due in another year is another task. A task that is only a
 * heading an earlier task with words wrote (2.推进追溯平台互联互通。推动… then 3.推进追溯平台互联互通。)
 * is such a copy with its words lost: units/missing-clause and structure/empty-task leave a heading
 * alone, with no clause, to the rules that read it, and this is the one (with a clause it is
 * empty-task's). Reported on the later one, naming the earlier; no fix, since which to delete (or rewrite) is the drafter's call.
 *
 * Linear: headings are counted first, and only a task whose heading another task has is read
 * whole and hashed. Each outline scope (the plan, each attachment) is checked on its own: an
 * attachment that lists the plan's tasks repeats them by design.
 */
export const duplicateTask: Rule = {
  meta: {
    id: "structure/duplicate-task",
    family: "structure",
    severity: "warning",
    description: "任务与前文的任务重复（标题和内容相同）",
    fixable: false,
    speed: "fast",
    docs: {
      rationale: [
        "同一项任务出现两次，多半是起草时把一段文字重复粘贴，或复制一项任务准备改写后忘了改。本规则报告标题和内容都与前文某项任务相同的任务，并指出前文是哪一项。",
        "",
        "比较时不计空格、标点和全角半角的差别，也不计责任单位、〔对应纲要：…〕标注和注释：重复粘贴后改过责任单位的，仍是同一项任务。任务下的（1）（2）等子项随任务一起比较；完成时限计入比较，同样的工作在不同年份完成是两项任务。只有标题相同、内容不同的不报告；但只有标题、没有内容也没有责任单位的一项与前文某项有内容的任务标题相同的，是重复粘贴时丢了内容（或复制后未改写），同样报告（写了责任单位的由 structure/empty-task 报告）。附件中的任务只与同一附件中的任务比较（附件列出正文任务是常见写法）；专栏中的项目、“保障措施”和“实施步骤”中的条目不是任务，不在检查之列。",
        "",
        "删除哪一项、或把哪一项改写成别的任务，由起草者决定，因此本规则不提供自动修复。",
      ].join("\n"),
      incorrect:
        "一、主要任务\n1.强化产业基础质量支撑。实施产业基础质量提升工程。〔责任单位：市工信局〕\n2.推动集群质量发展。开展产业集群质量诊断。〔责任单位：市发展改革委〕\n3.强化产业基础质量支撑。实施产业基础质量提升工程。〔责任单位：市科技局〕\n",
      correct:
        "一、主要任务\n1.强化产业基础质量支撑。实施产业基础质量提升工程。〔责任单位：市工信局〕\n2.推动集群质量发展。开展产业集群质量诊断。〔责任单位：市发展改革委〕\n3.推动绿色低碳发展。实施工业节能降碳改造。〔责任单位：市生态环境局〕\n",
    },
  },
  check({ plan, report }) {
    const tasks = taskItems(plan);
    // Headings first, by a number (a map of 100,000 headings' strings took a tenth of a
    // second): most tasks have a heading of their own and are never read whole. Two headings
    // of one hash need not be one heading; the whole text's key below tells.
    const hashes = new Array<number>(tasks.length);
    const counts = new Map<number, number>();
    for (let i = 0; i < tasks.length; i++) {
      const hash = hashOf(normalized(tasks[i]!.heading.text), tasks[i]!.attachment?.start ?? -1);
      hashes[i] = hash;
      counts.set(hash, (counts.get(hash) ?? 0) + 1);
    }
    const seen = new Map<string, NumberedItem>();
    // A task's words as compared: its body and its sub-items', clauses, annotations and comments
    // left out, deadlines kept. Each task read once: the first of a heading is compared with every later one, and a task
    // may be long (a list's 1000th line past a level's 999 is the body of the 999th).
    const words = new Map<NumberedItem, string>();
    const wordsOf = (task: NumberedItem) => {
      let read = words.get(task);
      if (read === undefined) words.set(task, (read = itemTextWithin(plan, task, true).body));
      return read;
    };
    // The first task of each heading with words of its own: a later one of that heading with
    // none is a copy whose words were lost (or never rewritten).
    const firstWithWords = new Map<string, NumberedItem>();
    for (let i = 0; i < tasks.length; i++) {
      const task = tasks[i]!;
      if (counts.get(hashes[i]!)! < 2) continue;
      const heading = normalized(task.heading.text);
      if (heading === "") continue;
      const body = normalized(wordsOf(task));
      const headingKey = scopedKey(task, heading);
      // With a clause of its own it is structure/empty-task's (a heading and its units only): one finding.
      if (body === "" && task.clauses.length === 0) {
        const copied = firstWithWords.get(headingKey);
        if (copied !== undefined) {
          report({
            start: task.marker.start,
            end: Math.max(task.heading.end, task.marker.end),
            message: `任务“${task.marker.text}${task.heading.text}”只有标题，与前文的任务“${copied.marker.text}${copied.heading.text}”（${pathOf(plan, copied).join("")}）标题相同，疑为重复粘贴时丢了内容，应删除或补写`,
          });
          continue;
        }
      } else if (!firstWithWords.has(headingKey)) firstWithWords.set(headingKey, task);
      const key = scopedKey(task, `${heading}\n${body}`);
      const earlier = seen.get(key);
      if (earlier === undefined) {
        seen.set(key, task);
        continue;
      }
      const exact = task.heading.text === earlier.heading.text && wordsOf(task) === wordsOf(earlier);
      report({
        start: task.marker.start,
        end: Math.max(task.heading.end, task.marker.end),
        message: `任务“${task.marker.text}${task.heading.text}”与前文的任务“${earlier.marker.text}${earlier.heading.text}”（${pathOf(plan, earlier).join("")}）标题和内容${exact ? "完全相同" : "相同（仅空格或标点不同）"}，疑为重复粘贴，应删除或改写其中一项`,
      });
    }
  },
};


/**
 * Spaces and punctuation out, full- and half-width forms one: what near-exact leaves aside.
 * Between two figures or Latin letters a mark stays a mark (one for all): 1.5 is not 15, nor
 * 1-11 11-1. A loop over code units (headings are read on every keystroke): full-width ASCII
 * forms are their ASCII ones, and a mark is ASCII punctuation, a space, or a character of the
 * general punctuation, CJK punctuation and full-width punctuation blocks.
 */
function normalized(text: string): string {
  let out = "";
  let runStart = 0;
  let pendingMark = false;
  let previous = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
    if (isMark(code)) {
      if (!pendingMark) out += text.slice(runStart, i);
      pendingMark = true;
      continue;
    }
    if (pendingMark) {
      if (isAlnum(previous) && isAlnum(code)) out += "|";
      pendingMark = false;
      runStart = i;
    }
    if (code !== text.charCodeAt(i)) {
      // A full-width form: written as its ASCII one.
      out += text.slice(runStart, i) + String.fromCharCode(code);
      runStart = i + 1;
    }
    previous = code;
  }
  return pendingMark ? out : out + text.slice(runStart);
}

function isMark(code: number): boolean {
  if (code < 0x80) return !isAlnum(code);
  return code === 0xa0 || (code >= 0x2000 && code <= 0x206f) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xfe30 && code <= 0xfe4f) || code === 0xff5f || code === 0xff60 || (code >= 0xff61 && code <= 0xff65);
}

function isAlnum(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** FNV-1a of a text and a scope (an attachment's offset, or −1 for the plan's own). */
function hashOf(text: string, scope: number): number {
  let hash = Math.imul(0x811c9dc5 ^ (scope & 0xffff), 0x01000193);
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

/** A key within the task's outline scope: the plan, or its attachment (told apart by the attachment's offset). */
function scopedKey(task: NumberedItem, key: string): string {
  return `${task.attachment?.start ?? -1}\n${key}`;
}
