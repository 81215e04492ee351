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

/** Every detector's answer for one paragraph signature, by detector. */
type Answers = Map<(...args: never[]) => unknown, readonly unknown[]>;

const NOTHING: readonly never[] = Object.freeze([]);
/** Paragraph signatures remembered; cleared when full (a plan has a few thousand paragraphs). */
const SIGNATURES_LIMIT = 20_000;
const bySignature = new Map<string, Answers>();
/** The answers of a paragraph of the current analysis: the four detectors look it up once. */
const byParagraph = new WeakMap<ProseParagraph, Answers>();

function answersFor(text: string, paragraph: ProseParagraph): Answers {
  let answers = byParagraph.get(paragraph);
  if (answers === undefined) {
    const signature = signatureOf(text, paragraph);
    answers = bySignature.get(signature);
    if (answers === undefined) {
      if (bySignature.size >= SIGNATURES_LIMIT) bySignature.clear();
      bySignature.set(detached(signature), (answers = new Map()));
    }
    byParagraph.set(paragraph, answers);
  }
  return answers;
}

/**
 * `<`/`>` when the paragraph starts or ends the text (nothing to read there), else the
 * character; the owned spans as offsets from the start; then the text. Stored as a copy
 * (text/detached.ts): it holds a slice of the plan's text.
 */
function signatureOf(text: string, paragraph: ProseParagraph): string {
  const { start, end } = paragraph;
  let owned = "";
  for (const span of paragraph.owned) owned += `${span.start - start}-${span.end - start},`;
  const before = start === 0 ? "<" : `+${text[start - 1]}`;
  const after = end >= text.length ? ">" : `+${text[end]}`;
  return `${owned}|${before}${after}${text.slice(start, end)}`;
}
