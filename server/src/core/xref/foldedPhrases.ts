/**
 * The phrases a clause writes apart around a verb that puts one thing into another: 将质量工作纳入政府
 * 绩效考核 says that quality work is assessed, the outline's 质量工作考核, though no stretch of it
 * writes the keyword whole (强化考核评价 over that clause scored 0.14 for （三十一） and counted for
 * nothing). In 将/把 X 纳入 (列入, 融入, 作为) Y, the thing X is put into Y, and every word Y ends with is
 * said of X: X followed by each tail of Y is what the clause says, read as a phrase of its own
 * (`foldedPhrases`). A keyword found there must take words from both sides of the fold (`joint`):
 * one written within X or within Y alone is read where it stands already.
 */

/** A thing put into another: 将 or 把, the thing, the verb, what it is put into (up to a mark or a break). */
const PUT_INTO = /[将把]([\u3400-\u9fff]{2,12}?)(?:纳入|列入|融入|作为)([\u3400-\u9fff]{2,16})/g;

/** A phrase a clause writes apart: `at`, where the clause's 将 stands; `joint`, where the thing ends in `phrase`. */
export interface FoldedPhrase {
  at: number;
  phrase: string;
  joint: number;
}

/** The folds of a text's put-into clauses, each thing with every tail of what it is put into. */
export function foldedPhrases(text: string): FoldedPhrase[] {
  // A cheap look first: most tasks write none of the verbs.
  if (!/纳入|列入|融入|作为/.test(text)) return [];
  const found: FoldedPhrase[] = [];
  for (const match of text.matchAll(PUT_INTO)) {
    const thing = match[1]!;
    const into = match[2]!;
    for (let i = 0; i + 2 <= into.length; i++) found.push({ at: match.index, phrase: thing + into.slice(i), joint: thing.length });
  }
  return found;
}

/** Whether a match in a folded phrase takes at least two characters from each side of the fold. */
export function spansFold(fold: FoldedPhrase, start: number, end: number): boolean {
  return start + 2 <= fold.joint && end >= fold.joint + 2;
}
