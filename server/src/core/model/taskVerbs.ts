/**
 * The verbs a plan's task opens with (加强质量攻关。推动标准提升。夯实质量发展基础), after an
 * adverb that strengthens them (大力推动、积极推动、充分发挥). Not 坚持 (a principle: 坚持 质量第一。),
 * nor a subject (各地各部门要……): prose under a heading opens so.
 *
 * A heading that opens so sets work to do, whatever noun it ends on: `夯实质量发展基础` and
 * `优化质量发展环境` are tasks, where `发展基础` and `发展环境` alone are a 规划's chapters on where
 * things stand (targets/pastStatements.ts, xref/tasks.ts).
 */
const TASK_VERB = /^(?:大力|积极|充分|全面|着力|切实|进一步|持续|不断)?(?:保障|培养|加强|加快|加大|推动|推进|促进|实施|开展|完善|健全|提升|提高|强化|建立|建设|构建|培育|打造|深化|深入|优化|落实|发展|扩大|规范|创建|夯实|支持|引导|鼓励|严格|做好|抓好|组织|制定|制修订|探索|拓展|深挖|聚焦|激发|发挥|筑牢|实行|推广|巩固|营造|改善|厚植|打牢)/;

/** The longest opening TASK_VERB reads (an adverb and a verb): what a caller need look at. */
export const MAX_TASK_VERB = 6;

/** Whether `text` (a heading or a line's content, from its start) opens with a task's verb. */
export function opensWithTaskVerb(text: string): boolean {
  return TASK_VERB.test(text);
}

/** How long the task's verb `text` opens with is (an adverb with it: 大力推动), or 0 where it opens with none. */
export function taskVerbLength(text: string): number {
  return TASK_VERB.exec(text)?.[0].length ?? 0;
}

/**
 * Whether the noun found at `at` in a heading is the object of a task's verb that opens it
 * (夯实质量发展基础, 优化质量发展环境), not the heading's own subject: `发展基础` and `发展现状与形势`
 * open on the noun (发展 there is no verb), so a noun at the start is never governed.
 */
export function governedByTaskVerb(heading: string, at: number): boolean {
  return at > 0 && TASK_VERB.test(heading);
}
