/**
 * The endings a glob's last part spells out in plain characters: `*.txt` and `方案*.docx` name
 * one, `*.{plan,txt}` and `*.{txt,md}` one per alternative of the braces. A glob that names the
 * files' kind takes the files it matches, as ESLint does; an alternative that names none
 * (`{*.txt,*}`) adds no ending, and the others' still count.
 */
export function writtenEndings(glob: string): string[] {
  const last = glob.slice(glob.lastIndexOf("/") + 1);
  const endings = new Set<string>();
  for (const name of braceAlternatives(last)) {
    const ending = /\.[^.*?[\]{}()!+@\\]+$/.exec(name)?.[0];
    if (ending !== undefined) endings.add(ending);
  }
  return [...endings];
}

/** Past this many alternatives a glob's braces are not expanded: a pattern, not a list of kinds. */
const MAX_ALTERNATIVES = 64;

/**
 * A part's brace groups expanded (`a.{b,c}` → `a.b`, `a.c`; nested groups too). A group with no
 * comma at its level (`{1..3}`, a range) or an escaped brace is left as written, and so names no
 * ending; so is a part past MAX_ALTERNATIVES.
 */
function braceAlternatives(part: string): string[] {
  if (part.includes("\\")) return [part];
  const group = firstGroup(part);
  if (group === null) return [part];
  const { open, close, options } = group;
  const head = part.slice(0, open);
  const tail = part.slice(close + 1);
  const out: string[] = [];
  for (const option of options) {
    for (const expanded of braceAlternatives(head + option + tail)) {
      out.push(expanded);
      if (out.length > MAX_ALTERNATIVES) return [part];
    }
  }
  return out;
}

/** The first brace group with a comma at its own level, its bounds and its alternatives. */
function firstGroup(part: string): { open: number; close: number; options: string[] } | null {
  for (let open = part.indexOf("{"); open !== -1; open = part.indexOf("{", open + 1)) {
    let depth = 0;
    let start = open + 1;
    const options: string[] = [];
    for (let i = open; i < part.length; i++) {
      const code = part.charCodeAt(i);
      if (code === 0x7b /* { */) depth++;
      else if (code === 0x7d /* } */ && --depth === 0) {
        if (options.length === 0) break; // no comma: a range or a literal, not a list
        options.push(part.slice(start, i));
        return { open, close: i, options };
      } else if (code === 0x2c /* , */ && depth === 1) {
        options.push(part.slice(start, i));
        start = i + 1;
      }
    }
  }
  return null;
}
