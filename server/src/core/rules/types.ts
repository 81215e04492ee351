import type { z } from "zod";
import type { PlanConfig } from "../config/schema.js";
import type { Comment, PlanDocument, Span } from "../model/types.js";
import type { DirectiveNode } from "../syntax/cst.js";
import type { ParentDocument, ResolvedParent } from "../parents/types.js";
import type { UnitRegistry } from "../units/registry.js";

export type Severity = "error" | "warning" | "info" | "hint";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info", "hint"];

export type RuleFamily = "numbering" | "units" | "targets" | "xref" | "punct" | "text" | "structure" | "config";

export interface RuleMeta {
  /** `family/name`, e.g. `numbering/sequence`. */
  id: string;
  family: RuleFamily;
  severity: Severity;
  /** One line, Chinese, shown in rule lists and docs. */
  description: string;
  /** True when the rule's fixes are safe to apply in bulk (`plancheck --fix`, fix-all). */
  fixable: boolean;
  /**
   * The schema of the rule's options (`[severity, { … }]` in the configuration), so a bad
   * option is reported in the configuration file rather than ignored. None: the rule takes none.
   */
  optionsSchema?: z.ZodType;
  /** Fast rules run on every keystroke; slow ones on save and in the CLI. */
  speed?: "fast" | "slow";
  /**
   * The rule judges the `plancheck-disable` directives by what they suppressed: it runs after
   * every other rule and the suppressions, gets `directiveUses`, and its findings cannot be
   * suppressed (a directive cannot hide its own uselessness).
   */
  judgesDirectives?: true;
  /**
   * What the rule's findings depend on, where that is only the plan's responsibility clauses as
   * read (each clause's text, in order; a table row's columns) and the plan's unit context (its
   * level, places and year, the registry it reads names with: units/planContext.ts), with every
   * finding and every edit inside a clause. The server then keeps the rule's findings from one
   * keystroke to the next while every clause reads as before (rules/clauseScopedMemo.ts).
   */
  reads?: "clauses";
  docs: RuleDocs;
}

/**
 * The rule's documentation, from which docs/rules/<family>/<name>.md is generated. The examples
 * are linted by the tests: `incorrect` must produce the rule's finding, `correct` must not.
 */
export interface RuleDocs {
  /** Why the rule exists and what it accepts, in Chinese (Markdown). */
  rationale: string;
  incorrect: string;
  correct: string;
  /** Options the rule takes, if any, described in Chinese. */
  options?: string;
}

/** A replacement of the text between two offsets. */
export interface TextEdit extends Span {
  newText: string;
}

export interface Fix {
  /** Chinese, shown as the code action title. */
  description: string;
  edits: TextEdit[];
  /**
   * The text whose unit names the fix deletes on purpose, because the plan still writes them: a
   * repeat of a name its clause lists, a residue of one, a copy of a block that stays. The fix
   * guard refuses any other deletion of a name the registry knows (fixes/deletedNames.ts).
   */
  deletes?: Span;
}

export interface Finding extends Span {
  rule: string;
  severity: Severity;
  message: string;
  fix?: Fix;
  /** Edits the user may choose from in the editor (ESLint's suggestions); never applied in bulk. */
  suggestions?: Fix[];
  /** Set on the finding that stands for a rule's own crash (a bug, not a problem of the plan): the CLI exits 2. */
  internal?: true;
}

export type FindingReport = Span & { message: string; fix?: Fix; suggestions?: Fix[]; internal?: true };

export interface RuleContext {
  plan: PlanDocument;
  /** The rule's options from the configuration (already validated by the rule's schema). */
  options: Record<string, unknown>;
  /**
   * The whole configuration, for rules that read settings outside their own options (the
   * numbering rules read `numbering` per level); undefined means the built-in defaults.
   */
  config?: PlanConfig;
  /** Ids of every rule the checker knows, for rules that check rule references. */
  knownRuleIds: ReadonlySet<string>;
  /** The responsible-unit registry: built-in, configuration and registry files merged. */
  units: UnitRegistry;
  /**
   * Every parent document known (configured files, then built-in), for citation checks. Computed
   * when first read (the built-in outline is parsed then): read it only when the plan has
   * something to check against it, and not by destructuring the context, which reads it.
   */
  readonly knownParents: readonly ParentDocument[];
  /** The documents this plan implements (configuration, front matter 上位文件, citations before the plan). */
  parents: readonly ResolvedParent[];
  /** What each directive did (only for rules with `judgesDirectives`). */
  directiveUses?: readonly DirectiveUse[];
  /** Rules left out of this analysis because they are slow (while typing): their findings are unknown. */
  skippedForSpeed?: ReadonlySet<string>;
  report(finding: FindingReport): void;
}

/**
 * One rule id of one directive (or the whole directive when it names no rule), and whether it
 * did anything: suppressed a finding (`disable`, `disable-next-line`) or closed a `disable`
 * (`enable`).
 */
export interface DirectiveUse {
  comment: Comment;
  directive: DirectiveNode;
  /** The rule id as written, with its span; null for a directive that names no rule (every rule). */
  rule: ({ id: string } & Span) | null;
  used: boolean;
  /** For an `enable`: the `disable` it closed (a pair is useless together when the `disable` is). */
  closes?: DirectiveUse;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}
