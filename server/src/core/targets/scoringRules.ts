import type { PlanTarget } from "./types.js";

/**
 * A scoring rule's threshold (a 考核评分细则's `覆盖率低于50%的扣3分`, `合格率达到95%以上的得10分`,
 * `处理率达到100%的，加2分`, `低于98%扣3分`): the figure says when points are given or taken, no level
 * the plan sets for the indicator — read as one, it was a second, lower statement of the goal
 * (targets/inconsistent) or a weak one (targets/weaker-than-parent). The points after it (扣3分) are
 * none either: a count's reading never takes them (分 counts nothing done). Read by the words right
 * after the target: the clause goes on to the points, after 的 and a comma at most.
 */
export function isScoringThreshold(text: string, target: Pick<PlanTarget, "end">): boolean {
  let at = target.end;
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  // One code unit decides for nearly every target: what follows a goal is a mark, 的 of a noun, or a verb.
  const first = text.charCodeAt(at);
  if (first !== DE && !SCORE_VERB_CODES.has(first) && !COMMAS.has(first)) return false;
  return SCORE_AFTER.test(text.slice(at, at + LOOK_AHEAD));
}

/** Drops the scoring thresholds among targets[from..] (isScoringThreshold), in place. */
export function dropScoringThresholds(targets: PlanTarget[], from: number, text: string): void {
  let kept = from;
  for (let k = from; k < targets.length; k++) {
    const target = targets[k]!;
    if (!isScoringThreshold(text, target)) targets[kept++] = target;
  }
  targets.length = kept;
}

/** How far past a target the points are looked for: `的，扣 3 分` and no more. */
const LOOK_AHEAD = 16;
const DE = 0x7684;
/** 得, 扣, 加, 减, 计, 记, 不 (不得分): the first code unit of the points' verb. */
const SCORE_VERB_CODES = new Set([0x5f97, 0x6263, 0x52a0, 0x51cf, 0x8ba1, 0x8bb0, 0x4e0d]);
const COMMAS = new Set([0xff0c, 0x2c]);
const isSpace = (code: number): boolean => code === 0x20 || code === 0x3000 || code === 0x09;
/** The points a threshold gives or takes: 的，扣3分, 得10分, 加 2 分, 不得分, 扣分, 不计分. */
const SCORE_AFTER = /^的?\s*[，,]?\s*(?:则|即)?\s*(?:(?:得|扣除?|加|减|计|记)\s*[0-9０-９]+(?:\.[0-9]+)?\s*分|不得分|不计分|扣分)/;
