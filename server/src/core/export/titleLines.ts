import { printedWidth, TITLE_CHARS_PER_LINE } from "./gongwen.js";

/**
 * Where a title longer than a line is broken (GB/T 9704—2012 §7.3.1: 回行时要做到词意完整，排列
 * 对称): between words only, at the places a title's grammar gives without a dictionary —
 * around its 关于 (the issuer before it; after 关于印发/转发, what is issued), before a cited
 * 《title》 or after it, before a bracket (a year, 征求意见稿), and after the 的 that leads to the
 * 文种 (…的 | 实施方案). Of the ways to break at those places into lines that each fit, the
 * fewest lines, then the most even (the longest line shortest). A title with no such way is
 * left whole, for the word processor to wrap: a break inside a word is the one thing worse.
 */
export function titleLines(line: string, capacity: number = TITLE_CHARS_PER_LINE): string[] {
  if (printedWidth(line) <= capacity) return [line];
  const places = breakPlaces(line);
  let best: { lines: string[]; longest: number } | null = null;
  // Few places (a title has a handful): every choice of them is tried.
  const count = Math.min(places.length, 12);
  for (let mask = 1; mask < 1 << count; mask++) {
    const cuts = places.slice(0, count).filter((_, i) => mask & (1 << i));
    const lines: string[] = [];
    let from = 0;
    for (const cut of [...cuts, line.length]) {
      lines.push(line.slice(from, cut));
      from = cut;
    }
    const widths = lines.map(printedWidth);
    if (widths.some((w) => w > capacity)) continue;
    const longest = Math.max(...widths);
    if (!best || lines.length < best.lines.length || (lines.length === best.lines.length && longest < best.longest)) best = { lines, longest };
  }
  return best ? best.lines : [line];
}

/**
 * The 文种 of a plan after the 的 a title may be broken at: four characters or more, so that the
 * last line is never a lone 意见 — and never 的通知, which stays with what it issues.
 */
const GENRE = /^的(?:实施方案|实施意见|行动计划|行动方案|工作方案|实施办法|若干措施|若干意见)/;
/** Marks a line may not end with (an opening bracket or quote) or start with (a closing one, a 点号). */
const OPENING = new Set(["《", "〈", "（", "(", "“", "‘", "〔", "［", "【"]);
const CLOSING = /^[》〉）)”’〕］】、，。；：！？]/;
const ABOUT = "关于";
const ISSUING = /^关于(?:印发|转发|对)/;

/** Offsets a title may be broken at (a line starts there), in order, never at either end. */
function breakPlaces(line: string): number[] {
  const places = new Set<number>();
  for (let i = 1; i < line.length; i++) {
    const rest = line.slice(i);
    if (rest.startsWith(ABOUT)) {
      places.add(i);
      const issuing = ISSUING.exec(rest);
      places.add(i + (issuing ? issuing[0].length : ABOUT.length));
    }
    const c = line[i]!;
    if (c === "《" || c === "（" || c === "(") places.add(i);
    if (line[i - 1] === "》" && !/^[》）)、，。的]/.test(rest)) places.add(i);
    if (GENRE.test(rest)) places.add(i + 1);
  }
  // A bracket opened inside a cited title: no line ends on it or starts with its close.
  return [...places].filter((p) => p > 0 && p < line.length && !OPENING.has(line[p - 1]!) && !CLOSING.test(line.slice(p))).sort((a, b) => a - b);
}
