import { detached } from "../text/detached.js";
import type { ProseParagraph } from "./prose.js";

/**
 * The punctuation detectors' answers for a paragraph, remembered by what they read of it: its
 * text with one character either side (they look at the neighbours of a mark at its edges),
 * and where the spans other families own lie in it. While a plan is edited every keystroke
 * runs them over every paragraph, and all but the edited one read as they did before. Answers
 * are kept with offsets from the paragraph's start and moved to where it stands now.
 */
export function memoPerParagraph<T>(detect: (text: string, paragraph: ProseParagraph) => T[], move: (found: T, by: number) => T): (text: string, paragraph: ProseParagraph) => T[] {
  return (text, paragraph) => {
    const answers = answersFor(text, paragraph);
    let relative = answers.get(detect) as readonly T[] | undefined;
    if (relative === undefined) {
      const found = detect(text, paragraph);
      relative = found.length === 0 ? NOTHING : found.map((each) => move(each, -paragraph.start));
      answers.set(detect, relative);
    }
    return relative.length === 0 ? [] : relative.map((each) => move(each, paragraph.start));
  };
}

/** Every detector's answer for one paragraph as it reads, by detector. */
type Answers = Map<(...args: never[]) => unknown, readonly unknown[]>;

const NOTHING: readonly never[] = Object.freeze([]);
/** Paragraph texts remembered; cleared when full (a plan has a few thousand paragraphs). */
const TEXTS_LIMIT = 20_000;
/**
 * By the paragraph's text, then by its surroundings (surroundingsOf): two look-ups of strings
 * the plan already has or that are short, instead of one of a key built from the whole text.
 * A stored text is a copy (text/detached.ts): a slice of the plan would keep that version alive.
 */
const byText = new Map<string, Map<string, Answers>>();
/** The answers of a paragraph of the current analysis: the four detectors look it up once. */
const byParagraph = new WeakMap<ProseParagraph, Answers>();

function answersFor(text: string, paragraph: ProseParagraph): Answers {
  let answers = byParagraph.get(paragraph);
  if (answers === undefined) {
    const content = text.slice(paragraph.start, paragraph.end);
    let bySurroundings = byText.get(content);
    if (bySurroundings === undefined) {
      if (byText.size >= TEXTS_LIMIT) byText.clear();
      byText.set(detached(content), (bySurroundings = new Map()));
    }
    const surroundings = surroundingsOf(text, paragraph);
    answers = bySurroundings.get(surroundings);
    if (answers === undefined) bySurroundings.set(surroundings, (answers = new Map()));
    byParagraph.set(paragraph, answers);
  }
  return answers;
}

/**
 * The owned spans as offsets from the paragraph's start, then `<`/`>` when the paragraph starts
 * or ends the text (nothing to read there), else the character beyond each edge.
 */
function surroundingsOf(text: string, paragraph: ProseParagraph): string {
  const { start, end } = paragraph;
  let owned = "";
  for (const span of paragraph.owned) owned += `${span.start - start}-${span.end - start},`;
  const before = start === 0 ? "<" : `+${text[start - 1]}`;
  const after = end >= text.length ? ">" : `+${text[end]}`;
  return `${owned}|${before}${after}`;
}
