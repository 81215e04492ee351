import type { Attachment, NumberedItem, PlanPart, Span } from "../model/types.js";
import type { Article } from "./articles.js";

/**
 * What a plan's text says of its own parts: `见附件1`, `（详见附件2：重点任务分工表）`, `附表1`,
 * `本方案第三部分`, `上述第（五）项任务`, `本办法第三条`. A citation of another document (`《纲要》第（十二）条`)
 * is no such reference: xref/citedNumbers.ts reads those.
 */
export type InternalReference = AttachmentReference | SectionReference;

export interface AttachmentReference extends Span {
  kind: "attachment";
  /** 附件 or 附表: an annex's label or a table's. */
  word: "附件" | "附表";
  /** The number written (附件一, 附件1, 附件１ are 1); 1 for a bare `附件` (`bare`). */
  number: number;
  /**
   * `见附件` with no number: read only where the plan has one attachment and it is unnumbered
   * (a single `附件` label, or a 附件说明 of one unnumbered entry), which it then names.
   */
  bare?: true;
  /** The reference as written (`附件 2`). */
  written: string;
  /** A title written after it (`附件2：重点任务分工表`), or null. */
  title: (Span & { text: string }) | null;
}

export interface SectionReference extends Span {
  kind: "section";
  /**
   * The reference as written (`本方案第三部分`, `上述第（五）项`); in a list, this number's own
   * words (`本方案第二`, `四部分` of `本方案第二、四部分`; `第五部分` of `本方案第三部分和第五部分`).
   */
  written: string;
  /** The whole list or range the reference is one number of (`本方案第二、四部分`, `上述第（一）至（三）项`), or null. */
  list: string | null;
  /**
   * An end of a range (`第一至三部分`): it names the numbers between as well, and a renumbering
   * that moved one in or out of it would change what it names, so a renumbering leaves it as written.
   */
  range: boolean;
  /** The part or level-1 item named (`第三部分`: 3, with its word; `第三条`, the word 条: an article, references/articles.ts), or null where only an item is named. */
  part: { value: number; word: string } | null;
  /** The level-2 item named (`第（五）项`: 5), or null where only a part is named. */
  item: number | null;
  /** Named by what was just said (上述, 前述, 上文), not by the plan's name: inside an attachment, the attachment's. */
  relative: boolean;
}

/** An attachment of the file, numbered by its label (`附件2`, `附 件 二`; `附件` alone: null). */
export interface AttachmentTarget extends Span {
  word: "附件" | "附表";
  number: number | null;
  /** The label as written; null for an attachment pasted with none (model/types.ts Attachment `label`). */
  label: (Span & { text: string }) | null;
  /** The attachment's title: the line under its label, or the text after the label's colon; null if none. */
  title: (Span & { text: string }) | null;
  /** The model's attachment (its outline); null for a 附表's label, which the model does not read as one. */
  attachment: Attachment | null;
}

/** One entry of the 附件说明 (`附件：1.重点工作清单` and the lines of the list under it). */
export interface AttachmentNoteEntry extends Span {
  /** The entry's number (`1.`), or null for a single attachment named without one. */
  number: number | null;
  /** Where the number and its point are written, or null. */
  numberSpan: Span | null;
  title: Span & { text: string };
}

/** The 附件说明 under the body (GB/T 9704: `附件：1.××××`, `2.××××` under it). */
export interface AttachmentNote extends Span {
  entries: AttachmentNoteEntry[];
}

/** What a reference points at in the same file. */
export type ReferenceTarget = { kind: "attachment"; target: AttachmentTarget } | { kind: "part"; part: PlanPart } | { kind: "item"; item: NumberedItem } | { kind: "article"; article: Article };

export interface InternalReferences {
  references: InternalReference[];
  /** The file's attachments (附件) and tables' labels (附表), in document order. */
  attachments: AttachmentTarget[];
  /** The 附件说明 between the body and the first attachment, or null. */
  note: AttachmentNote | null;
  /** The plan's articles (第一条、第二条…), where it numbers by 条; else empty. */
  articles: Article[];
}
