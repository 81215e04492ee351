/**
 * Whether a defect is the copy's habit rather than slips: a paste wrote it so throughout (a WPS tab
 * after every marker, every number full-width, a web page's markup on line after line, a level's
 * every marker lost). Then one finding at the first place stands for all of them, its fix mending
 * every place, instead of the same finding a hundred times burying the rest; a few slips among
 * places written right stay findings of their own. `count` places show the defect and `rightForm`
 * places of the same kind are written right: at least `minimum` of them, and more than the right ones.
 */
export function isPasteHabit(count: number, rightForm: number, minimum: number): boolean {
  return count >= minimum && count > rightForm;
}
