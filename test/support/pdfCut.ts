/** `text` as a PDF copy cut by characters gives it: every line longer than `measure` cut into pieces. */
export function cutEvery(text: string, measure: number): string {
  return text
    .split("\n")
    .flatMap((line) => {
      const chars = [...line];
      if (chars.length <= measure) return [line];
      const pieces: string[] = [];
      for (let at = 0; at < chars.length; at += measure) pieces.push(chars.slice(at, at + measure).join(""));
      return pieces;
    })
    .join("\n");
}
