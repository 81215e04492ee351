/**
 * What is left of a unit's name when a drafter's edit went wrong: a piece of it (市科技 of
 * 市科技局), the name with a character left out (市市场监局) or typed twice (市住建建局). Only
 * these forms are certainly debris of the name beside them — a name with another word in it may
 * be a body of its own — so units/unknown deletes such a name where its clause lists the unit,
 * and the fix guard (fixes/clauseInventory.ts) counts it as that unit: one reading for both, so
 * the deletion the rule offers is never refused as the loss of a department.
 */
export function isLeftoverOf(name: string, form: string): boolean {
  return isPieceOf(name, form) || isOneLeftOutOf(name, form) || isTypedTwiceIn(name, form);
}

/** Whether `name` is a run of `of`'s characters, shorter than it (市科技 of 市科技局). */
function isPieceOf(name: string, of: string): boolean {
  return name.length >= 2 && name.length < of.length && of.includes(name);
}

/** Whether `name` is `of` with one of its characters left out (市市场监局 of 市市场监管局). */
function isOneLeftOutOf(name: string, of: string): boolean {
  if (name.length < 2 || name.length + 1 !== of.length) return false;
  let at = 0;
  while (at < name.length && name.charCodeAt(at) === of.charCodeAt(at)) at++;
  return name.slice(at) === of.slice(at + 1);
}

/** Whether `name` is `of` with one of its characters typed twice (市住建建局 of 市住建局). */
function isTypedTwiceIn(name: string, of: string): boolean {
  if (name.length !== of.length + 1) return false;
  let at = 0;
  while (at < of.length && name.charCodeAt(at) === of.charCodeAt(at)) at++;
  // The extra character is the one before it again, and the rest is the same.
  return at > 0 && name.charCodeAt(at) === name.charCodeAt(at - 1) && name.slice(at + 1) === of.slice(at);
}
