/**
 * The words that are a plan's own subject, and how little each tells its tasks apart. A plan of
 * one subject writes it in its title and in (nearly) every task's heading: 计量 in a metrology
 * plan, 品牌 in a brand plan. Against the parent such a word is strong evidence — 计量 is
 * （二十二）'s keyword alone — so, read as any other word, it pulled every task to the one item
 * whose word it is, and the item each task carries out (能源计量 is （四）'s green item, 计量人才
 * （二十五）'s) went uncredited. A word every task has says what the plan is about, not which item
 * a task implements: its weight in a task's vector falls with the share of the plan's tasks that
 * have it, as idf does across documents, so tasks map by the words that distinguish them.
 *
 * Statistics only: which words a title or a heading has is xref/mapping.ts's reading.
 */

/**
 * A plan's subject words by the weight each keeps in its tasks' vectors, under 1; a word not in it
 * keeps 1. With the plan's title, whose phrases are the subject's however many words they have
 * (食品安全 in 食品安全提升行动方案: mapping.ts `ownPhraseSubjects`).
 */
export type SubjectWeights = ReadonlyMap<string, number> & { readonly title?: string };

export const NO_SUBJECT: SubjectWeights = new Map();

/**
 * Fewer tasks than this say nothing of a plan's subject: a few tasks that share a word may
 * simply all carry out the item whose word it is (three of four tasks on 质量信用, （二十六）'s).
 */
const MIN_TASKS = 6;

/**
 * The least weight a subject word keeps, and the weight of a word of the title's subject: it
 * carries little evidence, not none — a task that says nothing but the plan's subject
 * (开展校园食品安全守护行动 in a food plan) still maps by it. Measured on the seeds and the
 * real-shaped fixtures against the hand labels (test/xref/mapping.test.ts): at 0.5 a brand plan's
 * 实施产品品牌培育行动 and a food plan's 推动食品生产企业提质升级 fell under the threshold for the
 * item they carry out, at 0.2 the food plan's 餐饮 task went to （十七）; at 0.65 only that 餐饮
 * task falls under it. Whether the subject names an item is decided apart (mapping.ts
 * `keywordsNamed`, `headingNames`: never), which is what freed the metrology plans' tasks.
 */
const SUBJECT_FLOOR = 0.65;

/**
 * The weight of a word in `count` of `tasks` tasks: 1 up to about half of them (a word several
 * tasks share still tells them from the rest), then falling as log((T + 1) / (df + 1)) does, to
 * the floor.
 */
function weightOf(count: number, tasks: number): number {
  return Math.max(SUBJECT_FLOOR, Math.min(1, Math.log((tasks + 1) / (count + 1)) / Math.LN2));
}

/**
 * The subject words of a plan, from the words of each task's heading and of its title's subject:
 * each word in more than about half of the headings (of MIN_TASKS or more), with its weight, and
 * each word of the title at the floor — the title states the subject outright, whatever the
 * number of tasks.
 */
export function subjectWeights(headings: ReadonlyArray<Iterable<string>>, title: Iterable<string>, titleText = ""): SubjectWeights {
  const weights = new Map<string, number>();
  if (headings.length >= MIN_TASKS) {
    const counts = new Map<string, number>();
    for (const words of headings) for (const word of new Set(words)) counts.set(word, (counts.get(word) ?? 0) + 1);
    for (const [word, count] of counts) {
      const weight = weightOf(count, headings.length);
      if (weight < 1) weights.set(word, weight);
    }
  }
  for (const word of title) weights.set(word, SUBJECT_FLOOR);
  return Object.assign(weights, { title: titleText });
}
