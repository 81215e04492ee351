// The floor: the least any line-oriented checker of plan text must do — decode the bytes as
// UTF-8, split into lines, and classify each line with one regex (its numbering marker).
export const MARKER = /^[ \t\u3000]*(?:[一二三四五六七八九十]+[、.．,]|[（(][一二三四五六七八九十]+[）)]|\d{1,3}[.．、](?!\d)|[（(]\d{1,3}[）)]|——|--|—)/;

const decoder = new TextDecoder();

/** Number of marker lines in the text of `bytes` (the count keeps the work from being optimised away). */
export function floorBytes(bytes) {
  return floorText(decoder.decode(bytes));
}

export function floorText(text) {
  let markers = 0;
  for (const line of text.split(/\r\n|\n|\r/)) if (MARKER.test(line)) markers++;
  return markers;
}
