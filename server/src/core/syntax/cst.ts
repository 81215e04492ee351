/**
 * Concrete syntax tree produced by grammar/plan.peggy.
 *
 * Every node carries `start`/`end` offsets into the source text (UTF-16 code units, end
 * exclusive). Top-level nodes (BOM, front matter, lines) tile the whole input; inside a line,
 * heading and body parts tile the line's content. Line/character positions are computed by the
 * host through a PositionMapper, never stored here.
 */

export interface Span {
  start: number;
  end: number;
}

export interface SyntaxDocument {
  type: "document";
  bom: Span | null;
  frontMatter: FrontMatterNode | null;
  lines: LineNode[];
  length: number;
}

export interface FrontMatterNode extends Span {
  type: "frontMatter";
  entries: FrontMatterEntryNode[];
  /** Offset of the closing `---`. */
  closeStart: number;
}

export interface FrontMatterEntryNode {
  lineStart: number;
  key: string;
  keyStart: number;
  /** `:` or `：`, or null for a line with no separator. */
  separator: string | null;
  value: string;
  valueStart: number;
}

interface LineBase extends Span {
  type: "line";
  /** End of the indentation (leading ASCII/full-width spaces). */
  indentEnd: number;
  /** End of the line's content, before its terminator. */
  contentEnd: number;
  /**
   * The line terminator ("\n", "\r\n", "\r"; a line break written as a control where the parse
   * ends a line there, U+000B, U+2028 …: syntax/parse.ts) or "" for the last line.
   */
  eol: string;
}

export interface BlankLineNode extends LineBase {
  kind: "blank";
}

export interface CommentLineNode extends LineBase {
  kind: "comment";
  directive: DirectiveNode | null;
}

export interface DirectiveNode {
  name: "plancheck-disable-next-line" | "plancheck-disable" | "plancheck-enable";
  nameStart: number;
  ruleIds: Array<{ id: string } & Span>;
}

/** The kinds of text line that matter to the part before the plan. */
/** `tableRow`, `pageNumber` and `note` are the model's readings (model/reading.ts, model/notes.ts), never the grammar's. */
export type TextLineKind = "plain" | "docNumber" | "date" | "publicity" | "draftMark" | "attachment" | "part" | "tableRow" | "pageNumber" | "note";

export interface TextLineNode extends LineBase {
  kind: "text";
  textKind: TextLineKind;
  parts: InlineNode[];
}

export interface MarkerNode extends Span {
  /** 1–4 for numbered levels, 5 for list entries: `——`, and the numbered ① ⑴ 1) below （1）. */
  level: 1 | 2 | 3 | 4 | 5;
  text: string;
  /** Numeric value of the marker, null for `——` list entries. */
  value: number | null;
  /** The numeral as written (`十一`, `12`); empty for list entries. */
  numeral: string;
  /** Opening bracket (`（`, `(`) or, for list entries, the dash run. */
  open: string;
  /** Closing bracket or punctuation (`）`, `、`, `.`, `．`, …). */
  close: string;
  /**
   * Never set by the grammar. On a `、` whose numeral was lost (`、总体要求`, read as a level-1
   * heading by model/reading.ts) `value` is inferred, and this says whether it is certain.
   */
  valueCertain?: boolean;
  /**
   * Never set by the grammar. On a marker written in another level's form and read at the level
   * whose count runs on through it (`(4)` between `（三）` and `（五）`, model/misreadMarkers.ts):
   * the level of its form; `level` is the one it is read at.
   */
  writtenLevel?: 1 | 2 | 3 | 4 | 5;
  /**
   * Never set by the grammar. On a bracketed numeral mistyped (`（西）`, `（十人）`) that the model
   * reads as a level-2 marker: `value` is the number due there (certain as `valueCertain` says).
   */
  mistyped?: true;
}

export interface ItemLineNode extends LineBase {
  kind: "item" | "list";
  marker: MarkerNode;
  headingStart: number;
  headingEnd: number;
  /** The 。；： that ended an inline heading, or "" for a heading-only line. */
  terminator: string;
  headingParts: InlineNode[];
  bodyStart: number;
  parts: InlineNode[];
}

export type LineNode = BlankLineNode | CommentLineNode | TextLineNode | ItemLineNode;

export type InlineNode =
  | TextRunNode
  | TrailingCommentNode
  | AnnotationNode
  | DeadlineNode
  | ClauseNode
  | CitationNode
  | DocNumberNode
  | TargetNode
  | HorizonNode
  | PlaceholderNode;

export interface TextRunNode extends Span {
  type: "text";
}

export interface TrailingCommentNode extends Span {
  type: "comment";
  /** Offset just after the `//`. */
  textStart: number;
}

export interface AnnotationReferenceNode extends Span {
  kind: "reference";
  /** As written: `七`, `（七）`, `7`, or `第（七）条`, `第七条`, `第七部分` (xref/annotation-form rewrites those). */
  text: string;
  /** 1 for `七` (and `第七部分`), 2 for `（七）` (and `第七条`), 3 for `7`. */
  level: 1 | 2 | 3;
  value: number;
}

export interface AnnotationNode extends Span {
  type: "annotation";
  /** `对应纲要` and the like: 对应 + the parent document's short name. */
  label: string;
  labelStart: number;
  /**
   * The brackets and colon as written: `〔`, `：`, `〕` in the canonical form; a near form
   * (`【对应纲要：（四）】`, `〔对应纲要（三）〕`, grammar AnnotationNearForm) has others, or "" for
   * no colon. xref/annotation-form reports them.
   */
  open: string;
  colon: string;
  close: string;
  /** Where the references (with their separators) start and end: between the colon and the close. */
  referencesStart: number;
  referencesEnd: number;
  references: AnnotationReferenceNode[];
  junk: Array<{ kind: "junk"; text: string } & Span>;
}

export interface DeadlineNode extends Span {
  type: "deadline";
  value: string;
  valueStart: number;
  open: string;
  close: string;
}

export interface UnitNameNode extends Span {
  text: string;
}

export interface ClauseSegmentNode {
  /** 责任单位, 牵头单位, …; "" for the provincial form. */
  label: string;
  labelStart: number;
  colon: string;
  /** The separator between two names is the text between them (core/units/separators.ts). */
  names: UnitNameNode[];
  /** The trailing 等, when present. */
  etc: Span | null;
  end: number;
  /**
   * The role word the group's names end in (`牵头`, `配合`, `负责` …; from `市市场监管局牵头，…` or
   * `市市场监管局（牵头）`), "" when they end in none: the label (or nothing) says what they do.
   */
  role: string;
}

export interface ClauseNode extends Span {
  type: "clause";
  form: "labeled" | "provincial";
  open: string;
  close: string;
  segments: ClauseSegmentNode[];
  /** `按职责分工负责` and the like after the last name, or "". */
  suffix: string;
  suffixStart: number;
  /** The deadline the clause states beside its units (`；完成时限：2025年12月底`), or null. */
  deadline: DeadlineNode | null;
}

export interface NestedTitleNode extends Span {
  kind: "nested";
  text: string;
  open: string;
  close: string;
  title: string;
}

export interface DocNumberNode extends Span {
  type: "docNumber";
  code: string;
  codeStart: number;
  yearOpen: string;
  year: number;
  yearClose: string;
  number: number;
}

export interface CitationNode extends Span {
  type: "citation";
  titleStart: number;
  title: string;
  nested: NestedTitleNode[];
  docNumber: DocNumberNode | null;
  /** In quotation marks (“质量强国建设纲要”, grammar QuotedCitation), not 《》: xref/title-marks reports it. */
  quoted: boolean;
}

export interface TargetNode extends Span {
  type: "target";
  comparator: string;
  valueStart: number;
  value: number | null;
  valueText: string;
  blank: boolean;
  placeholder: boolean;
  unit: string;
  qualifier: string;
  /** The indicator text before the comparator, back to the nearest delimiter. */
  indicator: ({ text: string } & Span) | null;
}

export interface HorizonNode extends Span {
  type: "horizon";
  year: number;
}

export interface PlaceholderNode extends Span {
  type: "placeholder";
  text: string;
}
