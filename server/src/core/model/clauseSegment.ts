import type { ClauseSegment, Span, UnitName, UnitRole } from "./types.js";

/**
 * A clause's group of names as the model keeps it. The label's span is two offsets made into a
 * span when read, not an object per clause kept for the plan's life: rules read it for a few
 * clauses, while a plan of one-line tasks holds a labelled segment on every line (an object of
 * two offsets is 40 bytes; the offsets in place, 16). The label's end is kept, not derived: the
 * label a reader sees (`label`) may be shorter than the label as written (责 任 单 位).
 */
export class Segment implements ClauseSegment {
  constructor(
    readonly label: string,
    private readonly labelStart: number,
    private readonly labelEnd: number,
    readonly colon: string,
    readonly units: UnitName[],
    readonly etc: Span | null,
    readonly role: UnitRole,
  ) {}

  /** A segment whose label spans `labelSpan` in the text (null: no label written in the text). */
  static of(label: string, labelSpan: Span | null, colon: string, units: UnitName[], etc: Span | null, role: UnitRole): Segment {
    return labelSpan === null ? new Segment(label, -1, -1, colon, units, etc, role) : new Segment(label, labelSpan.start, labelSpan.end, colon, units, etc, role);
  }

  get labelSpan(): Span | null {
    return this.labelStart < 0 ? null : { start: this.labelStart, end: this.labelEnd };
  }

  /** A group of names says none on the prototype: no field per segment for the rare group that does (NoneGroup). */
  get none(): Span | null {
    return null;
  }
}

/**
 * A group that says its task has none of its kind where its names would be (配合单位：无, 配合单位：—,
 * 配合单位：暂无; model/noneCells.ts): no unit, but its label as written, which is checked as any
 * label is (its colon, the separator before it) and found by the editor.
 */
export class NoneGroup extends Segment {
  constructor(label: string, labelStart: number, labelEnd: number, colon: string, role: UnitRole, private readonly noneStart: number, private readonly noneEnd: number) {
    super(label, labelStart, labelEnd, colon, [], null, role);
  }

  override get none(): Span | null {
    return { start: this.noneStart, end: this.noneEnd };
  }
}
