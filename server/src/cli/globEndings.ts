import { lazy } from "../core/lazy.js";

/** Brace expansion as Bash does it, loaded only when a glob's last part has braces. */
const braces = lazy(() => require("braces") as typeof import("braces"));

/**
 * Past this many commas a glob's braces are not expanded: `{a,b}` written twelve times is 4,096
 * names, and a list of file kinds never needs so many. The part as written still names its
 * ending, if it writes one after its last brace.
 */
const MAX_COMMAS = 12;

/**
 * The endings a glob's last part spells out in plain characters: `*.txt` and `方案*.docx` name
 * one, `*.{plan,txt}` and `*.{txt,md}` one per alternative of the braces. A glob that names the
 * files' kind takes the files it matches, as ESLint does; an alternative that names none
 * (`{*.txt,*}`) adds no ending, and the others' still count. The braces are expanded by the
 * library picomatch itself uses for them, so that a range (`*.{1..3}`) or an escaped brace
 * reads as it matches.
 */
export function writtenEndings(glob: string): string[] {
  const last = glob.slice(glob.lastIndexOf("/") + 1);
  const endings = new Set<string>();
  for (const name of alternatives(last)) {
    const ending = /\.[^.*?[\]{}()!+@\\]+$/.exec(name)?.[0];
    if (ending !== undefined) endings.add(ending);
  }
  return [...endings];
}

function alternatives(part: string): string[] {
  if (!part.includes("{")) return [part];
  let commas = 0;
  for (let i = part.indexOf(","); i !== -1; i = part.indexOf(",", i + 1)) commas++;
  if (commas > MAX_COMMAS) return [part];
  try {
    return braces().expand(part);
  } catch {
    // A range past the library's limit (`{1..100000}`) names no kind of file.
    return [part];
  }
}
