import type { UnitName } from "../../core/model/types.js";

export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

/**
 * The edits that write `newName` over a unit name as the plan writes it. A name a line break cuts
 * in two (a PDF's page edge: `市` / `— 3 —` / `市场监管局`) spans the lines between its pieces;
 * writing over the whole span would join the lines and drop the page's edge, which is no part
 * of the name. There the new name goes over the first piece and the later pieces are removed,
 * every character between them kept. Where the name's characters cannot be found in order in
 * the span (a name the model read through other marks), the span is written over as a whole.
 */
export function unitNameEdits(text: string, unit: UnitName, newName: string): OffsetEdit[] {
  const whole = [{ start: unit.start, end: unit.end, newText: newName }];
  if (!/[\n\r]/.test(text.slice(unit.start, unit.end))) return whole;
  const pieces: Array<{ start: number; end: number }> = [];
  let at = unit.start;
  for (let k = 0; k < unit.text.length; k++) {
    const wanted = unit.text.charCodeAt(k);
    while (at < unit.end && text.charCodeAt(at) !== wanted) at++;
    if (at === unit.end) return whole;
    const last = pieces[pieces.length - 1];
    if (last !== undefined && last.end === at) last.end = at + 1;
    else pieces.push({ start: at, end: at + 1 });
    at++;
  }
  return pieces.map((piece, index) => ({ start: piece.start, end: piece.end, newText: index === 0 ? newName : "" }));
}
