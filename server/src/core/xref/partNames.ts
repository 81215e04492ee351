import type { ParentDocument, ParentEntry } from "../parents/types.js";
import { bigramsOf, withoutGenericWords } from "./mapping.js";
import { isGeneralRequirements, isSafeguards } from "./tasks.js";

/**
 * The parts of a parent a task's heading names by their title's own phrase: 创新质量治理模式 writes
 * the 质量治理 of the outline's 十、推进质量治理现代化, a phrase no item of it writes (its items are
 * 加强质量法治建设, 健全质量政策制度, 优化质量监管效能 …). Local plans take the parent's part titles
 * for their own headings and put the part's several items into one task; such a heading names no
 * item, so its task scores low for each (Nanjing's 0.11–0.14) and counted for none, while the part
 * it names says where its clauses belong (coverage.ts `partClauseSubjects`).
 *
 * A phrase counts where it is PART_PHRASE_MIN characters or more, written whole in the heading and
 * the part's title, and in no item's title or keyword: 质量基础设施 is the part's and （二十二）'s
 * title word, so it names that item, not the part; 产业质量竞争 is （七）'s. And where it carries the
 * part's own subject, a word its items' titles write (质量 of 质量治理, which 加强质量法治建设 and
 * 优化质量监管效能 write; 工程 of 六、提升建设工程品质's 工程品质): the rest of the title says what is
 * done to that subject, and alone names any field — 治理现代 is 推进社会治理现代化's as much.
 * The 总体要求 and the 组织保障 parts hold no task to carry out (coverage.ts `outOfScope`).
 */
export function partsNamedBy(parent: ParentDocument, heading: string): ParentEntry[] {
  const named: ParentEntry[] = [];
  for (const part of partsOf(parent)) {
    if (isGeneralRequirements(part.title) || isSafeguards(part.title)) continue;
    if (ownPhrasesOf(parent, part).some((phrase) => heading.includes(phrase))) named.push(part);
  }
  return named;
}

/** The least length of a part's own phrase: a two-character word (质量, 治理) is every heading's. */
const PART_PHRASE_MIN = 4;

/** The parts of a parent that hold items, in the parent's order. */
function partsOf(parent: ParentDocument): ParentEntry[] {
  const parts: ParentEntry[] = [];
  for (const item of parent.items) if (item.section && !parts.includes(item.section)) parts.push(item.section);
  return parts;
}

const ownPhrases = new WeakMap<ParentEntry, string[]>();

/**
 * The phrases of PART_PHRASE_MIN characters of a part's title, the genre's words cut out (推进 of
 * 推进质量治理现代化: 推进质量 is every plan's 推进质量强县建设), that no item's title or keyword writes
 * and that hold a bigram of the part's items' titles (`partsNamedBy`). A longer phrase holds one of
 * these, so a heading that writes it writes one too.
 */
function ownPhrasesOf(parent: ParentDocument, part: ParentEntry): string[] {
  let phrases = ownPhrases.get(part);
  if (phrases) return phrases;
  const itemWords = parent.items.flatMap((item) => [item.title, ...item.keywords]);
  const subject = subjectGrams(parent, part);
  phrases = [];
  for (const run of withoutGenericWords(part.title).split(NOT_HAN)) {
    for (let start = 0; start + PART_PHRASE_MIN <= run.length; start++) {
      const phrase = run.slice(start, start + PART_PHRASE_MIN);
      if (!itemWords.some((word) => word.includes(phrase)) && [...bigramsOf(phrase)].some((gram) => subject.has(gram))) phrases.push(phrase);
    }
  }
  ownPhrases.set(part, phrases);
  return phrases;
}

/** The bigrams the titles of a part's items write, the genre's words cut out: what the part is about. */
function subjectGrams(parent: ParentDocument, part: ParentEntry): Set<string> {
  const titles = parent.items.filter((item) => item.section === part).map((item) => withoutGenericWords(item.title));
  return new Set(titles.flatMap((title) => title.split(NOT_HAN).flatMap((run) => [...bigramsOf(run)])));
}

const NOT_HAN = /[^\u3400-\u9fff]+/;
