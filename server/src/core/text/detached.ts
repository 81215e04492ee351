/**
 * A copy of `text` that keeps no other string alive. V8 cuts a substring out of a long string
 * as a view into it, and a string made with `+` keeps its parts; so a long-lived cache keyed by
 * such a string, or holding one, keeps the whole text it came from — in the server, one whole
 * version of the plan per keystroke. Every cache that outlives an analysis stores what it
 * remembers through this. (JSON.stringify writes a new string; parsing it back gives the text.)
 */
export function detached(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}
