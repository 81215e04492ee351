import type { ItemLineNode, LineNode, MarkerNode, TextLineNode } from "../syntax/cst.js";
import { codeUnitSet } from "../text/codeUnits.js";
import { isAttachmentLabel } from "./attachments.js";
import { textEndOf } from "./inline.js";
import { hasClause, textLineAsItem } from "./misreadMarkers.js";
import { asLostTask, isHeading, isTask, opensWithClause } from "./lostMarkers.js";
import type { HardWrap } from "./types.js";
import { MAX_TASK_VERB, opensWithTaskVerb } from "./taskVerbs.js";

/**
 * A group of tasks that lost all their markers: Word's and WPS's automatic numbering dropped on
 * paste for one list, so under `（一）提升产品质量` stand
 *
 *   加强质量攻关。围绕重点产业开展质量攻关。〔责任单位：市工信局、市科技局〕
 *   推动标准提升。制修订地方标准20项。〔责任单位：市市场监管局〕
 *
 * while the plan's other groups number theirs (`1.落实主体责任。…〔责任单位：…〕`). Read as text,
 * the tasks are the heading's body: the heading owns every clause, the unit matrix loses the
 * tasks' rows and no finding says why. model/lostMarkers.ts restores one marker between two
 * written ones; here no written sibling is left, so the plan's own numbering is the evidence,
 * and every sign must agree:
 * - the plan numbers its tasks: at least `MIN_NUMBERED_TASKS` item lines of the level are tasks
 *   (a heading sentence closed by `。` and a responsibility clause);
 * - the group's heading is a heading alone (its words, or a lead-in sentence closed by `。` with
 *   nothing after it), one level up — or at the numbered tasks' level or below, where a web page
 *   lost every 1. and the numbered ones left are a chapter's tasks in the groups' form
 *   (`（一）加强党的领导。…〔责任单位：…〕`): its tasks are then the level below it — and its
 *   scope holds no item at all until an item of its own level or higher (an attachment ends it too);
 * - every content line of the scope is a task of that shape (a heading of at most 30
 *   characters that starts with a Han character and holds no comma, then `。`), its clause on the
 *   line or on the line after it — a paragraph of any other kind means the text is the heading's
 *   body, and nothing is read;
 * - there are at least two of them (one is a paragraph with a clause as often as a task), and
 *   no PDF measure carried one on from the line above.
 * They are then read as items of the level numbered from 1 with an empty marker (style
 * `missingNumeral`, value certain), and numbering/missing-numeral reports each with its marker.
 *
 * A plan that lost every task's marker (a web page's list copied without its numbering) numbers
 * no task, and the evidence is the groups themselves: each group's scope is two tasks or more of
 * the shape above, under a heading of words alone (the tasks are the level below it), the plan's groups
 * hold at least `MIN_UNNUMBERED_TASKS` of them together, and in each group either every task has
 * its clause or every task opens with a task's verb (加强、推动、实施 …, not 坚持: a principle is no task). A section of prose — a lead
 * sentence, a paragraph with a comma in its first sentence, one that opens with its subject
 * (各地各部门要……) — is read as it is.
 */
export function readLostTaskRuns(lines: LineNode[], text: string, hardWrap: HardWrap | null): void {
  // Read on every keystroke: the plan's numbering is counted only once a heading has a line of
  // plain text right under it, which most headings have not.
  let level: 2 | 3 | 4 | null | undefined;
  let wrapped: Set<LineNode> | null | undefined;
  // In a plan that numbers no task, the groups found, read only if together they hold enough tasks.
  let unnumbered: Array<{ run: number[]; level: number }> | null = null;
  let unnumberedTasks = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind !== "item" || line.marker.level >= 4 || !isHeadingAlone(line) || !opensWithText(lines, i + 1)) continue;
    if (level === undefined) level = numberedTaskLevel(lines);
    // A lead-in sentence alone (closed by 。) heads a group only where the plan's numbered tasks
    // are evidence that its paragraphs, each with its clause, are tasks; in a plan that numbers
    // none, such a line is as often a paragraph of its own.
    if (level === null && !isHeading(line)) continue;
    // A heading's tasks are the level below it, whatever the level of the plan's numbered tasks:
    // where a web page lost the 1. of every task, the numbered ones left may be a chapter's tasks
    // written as （一）, and the groups' tasks are the level below their （一）; where it lost the
    // （一） of the groups, a chapter's lead-in groups with their clauses (四、组织保障 over
    // 加强党的领导。…〔责任单位：…〕) are the level below the chapter.
    const taskLevel = line.marker.level + 1;
    if (wrapped === undefined) wrapped = hardWrap === null ? null : new Set<LineNode>(hardWrap.lines);
    const run = lostRunUnder(lines, text, wrapped, i + 1, taskLevel, level === null);
    if (run === null) continue;
    if (level === null) {
      // Read once the plan's groups together hold enough of them (below).
      (unnumbered ??= []).push({ run, level: taskLevel });
      unnumberedTasks += run.length;
    } else asRun(lines, text, run, taskLevel);
  }
  if (unnumbered !== null && unnumberedTasks >= MIN_UNNUMBERED_TASKS) for (const group of unnumbered) asRun(lines, text, group.run, group.level);
}

function asRun(lines: LineNode[], text: string, run: readonly number[], level: number): void {
  for (let k = 0; k < run.length; k++) {
    const task = lines[run[k]!] as TextLineNode;
    lines[run[k]!] = textLineAsItem(task, runMarker(task, level, k + 1), text);
  }
}

/**
 * A group's heading alone on its line: its words, or its heading sentence closed by `。` with
 * nothing after it (`（一）贯彻新发展理念，增加质量强市建设新动能。`, a bold lead-in set as a line of its own).
 */
function isHeadingAlone(line: ItemLineNode): boolean {
  return isHeading(line) || (line.terminator === "。" && line.parts.length === 0);
}

/** Whether the first content line from `from` is a line of plain text. */
function opensWithText(lines: readonly LineNode[], from: number): boolean {
  for (let j = from; j < lines.length; j++) {
    const line = lines[j]!;
    if (line.kind === "blank" || line.kind === "comment") continue;
    return line.kind === "text" && line.textKind === "plain";
  }
  return false;
}

/** Numbered tasks a plan needs before an unnumbered group of them is read as lost numbering. */
const MIN_NUMBERED_TASKS = 3;

/** The level at which the plan numbers its tasks (2–4), or null when it does not. */
function numberedTaskLevel(lines: readonly LineNode[]): 2 | 3 | 4 | null {
  const tasks = [0, 0, 0, 0, 0];
  for (const line of lines) if (line.kind === "item" && line.marker.level >= 2 && line.marker.level <= 4 && isTask(line)) tasks[line.marker.level]!++;
  let best: 2 | 3 | 4 | null = null;
  for (const level of [2, 3, 4] as const) if (tasks[level]! >= MIN_NUMBERED_TASKS && (best === null || tasks[level]! > tasks[best]!)) best = level;
  return best;
}

/**
 * The lines of the tasks that make up the whole scope starting at `from`, or null when the scope
 * is anything else: an item of a lower level in it, a line that is no task, fewer than two.
 */
function lostRunUnder(lines: readonly LineNode[], text: string, wrapped: ReadonlySet<LineNode> | null, from: number, level: number, unnumbered: boolean): number[] | null {
  if (level > 4) return null;
  const run: number[] = [];
  // Whether the last task still waits for its clause on the next line.
  let awaitingClause = false;
  // In a plan that numbers no task: whether every task so far has its clause, and opens with a task's verb.
  let clauses = true;
  let verbs = true;
  // Whether the last task's line ends in a sentence still open (a page's break in its middle).
  let open = false;
  for (let j = from; j < lines.length; j++) {
    const line = lines[j]!;
    if (line.kind === "blank" || line.kind === "comment") continue;
    if (line.kind === "item") {
      if (line.marker.level >= level && line.marker.level !== 5) return null;
      break;
    }
    if (line.kind !== "text") return null;
    // An attachment's label (附件1) ends the plan's outline.
    if (isAttachmentLabel(line, text)) break;
    if (line.textKind !== "plain" || (wrapped?.has(line) ?? false)) return null;
    // A line that goes on with a task's open sentence (`…内外销“同线` / `同标同质”帮扶活动，…`) is
    // that task's, unless it has a task's shape itself.
    if (open && asLostTask(line, text, runMarker(line, level, run.length + 1)) === null) {
      open = endsOpen(text, line);
      if (awaitingClause && line.parts.some((part) => part.type === "clause")) awaitingClause = false;
      continue;
    }
    if (awaitingClause) {
      awaitingClause = false;
      if (opensWithClause(lines, j, j + 1)) continue;
      if (!unnumbered) return null;
      // No clause for the task above: it is one only as the verb's task.
      clauses = false;
    }
    // No marker numbers more (the grammar's go to 999): a longer run is no list that lost them.
    if (run.length === MAX_RUN) return null;
    const task = asLostTask(line, text, runMarker(line, level, run.length + 1));
    if (task === null) return null;
    run.push(j);
    open = endsOpen(text, line);
    awaitingClause = !hasClause(task);
    if (unnumbered && verbs && !opensWithTaskVerb(text.slice(line.indentEnd, line.indentEnd + MAX_TASK_VERB))) verbs = false;
    if (unnumbered && !clauses && !verbs) return null;
  }
  if (!unnumbered) return run.length >= 2 && !awaitingClause ? run : null;
  if (awaitingClause) clauses = false;
  return run.length >= 2 && (clauses || verbs) ? run : null;
}

const MAX_RUN = 999;

/** Whether a line ends in a sentence still open: its last character no sentence's end nor a closing bracket or quote. */
function endsOpen(text: string, line: TextLineNode): boolean {
  const end = textEndOf(line, text);
  return end > line.indentEnd && !CLOSING.has(text.charCodeAt(end - 1));
}

const CLOSING = codeUnitSet("。！？!?；;…）)〕】」』”’");

/** Tasks a plan that numbers none must hold in such groups, all told, before they are read as lost numbering. */
const MIN_UNNUMBERED_TASKS = 3;


function runMarker(line: TextLineNode, level: number, value: number): MarkerNode {
  const start = line.indentEnd;
  return { level: level as MarkerNode["level"], text: "", value, numeral: "", open: "", close: "", start, end: start, valueCertain: true };
}
