import { detached } from "../text/detached.js";
import type { DetectorAnswers, ProseParagraph } from "./prose.js";

/** Detectors memoised so far: each has its slot in the answers. */
let slots = 0;

/**
 * The punctuation detectors' answers for a paragraph, remembered by what they read of it: its
 * text with one character either side (they look at the neighbours of a mark at its edges),
 * and where the spans other families own lie in it. While a plan is edited every keystroke
 * runs them over every paragraph, and all but the edited one read as they did before. Answers
 * are kept with offsets from the paragraph's start and moved to where it stands now.
 */
export function memoPerParagraph<T>(detect: (text: string, paragraph: ProseParagraph) => T[], move: (found: T, by: number) => T): (text: string, paragraph: ProseParagraph) => readonly T[] {
  // The detector's place in every paragraph's answers, for the life of the process.
  const slot = slots++;
  return (text, paragraph) => {
    const answers = answersFor(text, paragraph);
    let relative = answers[slot] as readonly T[] | undefined;
    if (relative === undefined) {
      const found = detect(text, paragraph);
      relative = found.length === 0 ? NOTHING : found.map((each) => move(each, -paragraph.start));
      answers[slot] = relative;
    }
    return relative.length === 0 ? NOTHING : relative.map((each) => move(each, paragraph.start));
  };
}


// Not frozen: V8 iterates a frozen array on a slow path (ARCHITECTURE.md, "Frozen arrays").
const NOTHING: readonly never[] = [];
/** Paragraph texts remembered; cleared when full (a plan has a few thousand paragraphs). */
const TEXTS_LIMIT = 20_000;
/** Ways one text is remembered to stand (usually one or two). */
const STANDINGS_LIMIT = 32;

/**
 * One way a paragraph's text can stand: what lies beyond each edge (a code unit; -1 at the
 * text's start or end: nothing to read there) and the owned spans as offsets from its start
 * (`ownedKey`, "" for most paragraphs).
 */
interface Standing {
  before: number;
  after: number;
  ownedKey: string;
  answers: DetectorAnswers;
}

/**
 * By the paragraph's text, then by how it stands (usually one way): a look-up of a string the
 * paragraph already has and a comparison of two numbers, with no key built per paragraph.
 * A stored text is a copy (text/detached.ts): a slice of the plan would keep that version alive.
 */
const byText = new Map<string, Standing[]>();

function answersFor(text: string, paragraph: ProseParagraph): DetectorAnswers {
  // The four detectors look a paragraph up once: the answers stay on the paragraph.
  let answers = paragraph.answers;
  if (answers === null) {
    const { start, end, content } = paragraph;
    let standings = byText.get(content);
    if (standings === undefined) {
      if (byText.size >= TEXTS_LIMIT) byText.clear();
      byText.set(detached(content), (standings = []));
    }
    const before = start === 0 ? -1 : text.charCodeAt(start - 1);
    const after = end >= text.length ? -1 : text.charCodeAt(end);
    const ownedKey = ownedKeyOf(paragraph);
    answers = standings.find((standing) => standing.before === before && standing.after === after && standing.ownedKey === ownedKey)?.answers ?? null;
    if (answers === null) {
      // A text that stands in many ways (a hostile file) starts its list again: a bound on the search.
      if (standings.length >= STANDINGS_LIMIT) standings.length = 0;
      // As many places as detectors (all are made when their modules load): an empty array
      // would grow to seventeen on its first answer.
      standings.push({ before, after, ownedKey, answers: (answers = new Array<readonly unknown[] | undefined>(slots)) });
    }
    paragraph.answers = answers;
  }
  return answers;
}

/** The owned spans as offsets from the paragraph's start (merged: only what they cover is read). */
function ownedKeyOf(paragraph: ProseParagraph): string {
  // Most paragraphs own nothing: no loop, so no iterator, on every paragraph of every keystroke.
  if (paragraph.owned.length === 0) return "";
  const owned = paragraph.owned;
  let key = "";
  for (let i = 0; i < owned.length; i += 2) key += `${owned[i]! - paragraph.start}-${owned[i + 1]! - paragraph.start},`;
  return key;
}
