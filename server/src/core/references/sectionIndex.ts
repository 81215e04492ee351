import { PlanMemo } from "../model/planMemo.js";
import type { NumberedItem, PlanDocument, PlanPart } from "../model/types.js";

/** An item's number: as written, or as a renumbering will write it (references/renumbering.ts). */
export type ItemValue = (item: NumberedItem) => number | null;

/** A part's number: as written, or as a renumbering will write it. */
export type PartValue = (part: PlanPart) => number;

export const writtenValue: ItemValue = (item) => item.marker.value;
export const writtenPartValue: PartValue = (part) => part.value;

type Numbered<T> = Map<number | null, T[]>;

/**
 * The plan's parts, chapters (its level-1 items outside boxes) and level-2 items grouped by their
 * number, for what a reference names (index.ts `sectionsOf`) and what a renumbering carries
 * (renumbering.ts). One index per plan and way of reading numbers (as written, or as a
 * renumbering will write them), each group made on first use: every reference used to filter all
 * of the plan's items, and 16,000 references to `第（N）项` took minutes.
 */
export class SectionIndex {
  private static readonly cache = new PlanMemo<WeakMap<ItemValue, WeakMap<PartValue, SectionIndex>>>();

  static of(plan: PlanDocument, valueOf: ItemValue = writtenValue, partValueOf: PartValue = writtenPartValue): SectionIndex {
    let byValue = SectionIndex.cache.get(plan);
    if (byValue === undefined) SectionIndex.cache.set(plan, (byValue = new WeakMap()));
    let byPartValue = byValue.get(valueOf);
    if (byPartValue === undefined) byValue.set(valueOf, (byPartValue = new WeakMap()));
    let index = byPartValue.get(partValueOf);
    if (index === undefined) byPartValue.set(partValueOf, (index = new SectionIndex(plan, valueOf, partValueOf)));
    return index;
  }

  private partsByWord: Map<string, Numbered<PlanPart>> | null = null;
  private chapterList: NumberedItem[] | null = null;
  private chaptersByValue: Numbered<NumberedItem> | null = null;
  private levelTwoByValue: Numbered<NumberedItem> | null = null;
  private levelTwoCount = 0;
  private readonly levelTwoByScope = new Map<PlanPart | NumberedItem, Numbered<NumberedItem>>();

  private constructor(
    private readonly plan: PlanDocument,
    private readonly valueOf: ItemValue,
    private readonly partValueOf: PartValue,
  ) {}

  /** Whether the plan is divided into parts of this word (第一章 …). */
  hasParts(word: string): boolean {
    return this.partsOfWord().has(word);
  }

  /** The parts of a word and number, in order. */
  partsNumbered(word: string, value: number): readonly PlanPart[] {
    return this.partsOfWord().get(word)?.get(value) ?? NONE;
  }

  /** The plan's chapters: its level-1 items outside boxes. */
  chapters(): readonly NumberedItem[] {
    return (this.chapterList ??= this.plan.items.filter((item) => item.level === 1 && item.box === null));
  }

  chaptersNumbered(value: number | null): readonly NumberedItem[] {
    this.chaptersByValue ??= grouped(this.chapters(), this.valueOf);
    return this.chaptersByValue.get(value) ?? NONE;
  }

  /** Whether the plan has level-2 items outside attachments and boxes (the ones a reference names). */
  hasLevelTwo(): boolean {
    this.levelTwo();
    return this.levelTwoCount > 0;
  }

  /** The level-2 items of a number outside attachments and boxes, in order. */
  levelTwoNumbered(value: number | null): readonly NumberedItem[] {
    return this.levelTwo().get(value) ?? NONE;
  }

  /**
   * The level-2 items of a number under a part (its own, and those under its level-1 items) or
   * under a chapter (its children), in order.
   */
  levelTwoUnder(scope: PlanPart | NumberedItem, value: number | null): readonly NumberedItem[] {
    let byValue = this.levelTwoByScope.get(scope);
    if (byValue === undefined) this.levelTwoByScope.set(scope, (byValue = grouped(levelTwoOf(scope), this.valueOf)));
    return byValue.get(value) ?? NONE;
  }

  private levelTwo(): Numbered<NumberedItem> {
    if (this.levelTwoByValue === null) {
      const items = this.plan.allItems.filter((item) => item.level === 2 && item.kind === "item" && item.attachment === null && item.box === null);
      this.levelTwoCount = items.length;
      this.levelTwoByValue = grouped(items, this.valueOf);
    }
    return this.levelTwoByValue;
  }

  private partsOfWord(): Map<string, Numbered<PlanPart>> {
    if (this.partsByWord === null) {
      this.partsByWord = new Map();
      for (const part of this.plan.parts) {
        let byValue = this.partsByWord.get(part.word);
        if (byValue === undefined) this.partsByWord.set(part.word, (byValue = new Map()));
        push(byValue, this.partValueOf(part), part);
      }
    }
    return this.partsByWord;
  }
}

const NONE: readonly never[] = [];

/** The level-2 items a part or a chapter holds, in order. */
function levelTwoOf(scope: PlanPart | NumberedItem): NumberedItem[] {
  const found: NumberedItem[] = [];
  if ("children" in scope) {
    for (const child of scope.children) if (child.level === 2 && child.kind === "item") found.push(child);
    return found;
  }
  for (const item of scope.items) {
    if (item.level === 2 && item.kind === "item") found.push(item);
    else if (item.level === 1) for (const child of item.children) if (child.level === 2 && child.kind === "item") found.push(child);
  }
  return found;
}

function grouped<T>(entries: readonly T[], valueOf: (entry: T) => number | null): Numbered<T> {
  const byValue: Numbered<T> = new Map();
  for (const entry of entries) push(byValue, valueOf(entry), entry);
  return byValue;
}

function push<T>(byValue: Numbered<T>, value: number | null, entry: T): void {
  const list = byValue.get(value);
  if (list === undefined) byValue.set(value, [entry]);
  else list.push(entry);
}
