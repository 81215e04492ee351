import type { PlanConfig, RuleSetting } from "./config/schema.js";
import { buildPlan } from "./model/buildPlan.js";
import type { PlanDocument } from "./model/types.js";
import { ALL_RULES, RULES_BY_ID } from "./rules/index.js";
import { applySuppressions } from "./rules/suppressions.js";
import type { SyntaxResult } from "./syntax/parse.js";
import type { Finding, FindingReport, Rule, RuleContext, Severity } from "./rules/types.js";
import { itself, TextMemo } from "./text/textMemo.js";
import { registryFor, type UnitEntryInput, type UnitRegistry } from "./units/registry.js";
import { registryOfPlan } from "./units/documentLevel.js";
import { unitsContextOf } from "./units/planContext.js";
import { ClauseScopedMemo } from "./rules/clauseScopedMemo.js";
import { findingOf } from "./rules/findingShape.js";
import { withoutFixesOverForeignLines } from "./fixes/foreignLines.js";
import { nodesAreKept } from "./syntax/incremental.js";
import { knownParents, resolvePlanParents } from "./parents/resolve.js";
import type { LoadedParent, ParentDocument, ParentFiles, ResolvedParent } from "./parents/types.js";

export interface AnalysisOptions {
  config?: PlanConfig;
  /** Severity overrides from the editor (policyPlan.rules), applied over the config file's. */
  ruleOverrides?: Record<string, RuleSetting>;
  /** Entries of the configuration's `units.registryFiles`, read by the shell (the core reads no files). */
  registryEntries?: readonly UnitEntryInput[];
  /** Parent documents the configuration's `parents` names as files, read and parsed by the shell. */
  parents?: readonly LoadedParent[];
  /**
   * Parent files the shell finds by title, for a front matter 上位文件 or a citation that names
   * none of `parents` nor a built-in document (the `.plan` files of the configuration's folder).
   */
  parentFiles?: ParentFiles;
  /**
   * Which rules run: `all` (the default: the CLI, on open, on save, when typing pauses) or only
   * those whose metadata says `speed: "fast"` (the server while typing). A rule is slow when it
   * reads more than the document's own model (parent documents, the workspace) or costs more
   * than the parse; the server runs slow rules when typing pauses and on save.
   */
  speed?: "fast" | "all";
  /** The parse of `text`, when the caller keeps one (the server's incremental parser). */
  syntax?: SyntaxResult;
  /** The model of `text` (`readModel` with the same options), when the caller has already read it. */
  model?: PlanModel;
}

/** A plan read without running any rule: what is answered from the model (hover, the outline). */
export interface PlanModel {
  plan: PlanDocument;
  /** Every parent document known here (configured files first, then the built-in ones). */
  readonly knownParents: ParentDocument[];
  /** The documents this plan implements: from the configuration, its front matter, its citations. */
  parents: ResolvedParent[];
}

export interface Analysis extends PlanModel {
  findings: Finding[];
}

const KNOWN_RULE_IDS: ReadonlySet<string> = new Set(RULES_BY_ID.keys());
const PLAN_RULES = ALL_RULES.filter((rule) => !rule.meta.judgesDirectives);
const DIRECTIVE_RULES = ALL_RULES.filter((rule) => rule.meta.judgesDirectives);

/**
 * The one entry point both shells call: text and configuration in, model and findings out.
 * The language server and the CLI report identical findings because they both come from here.
 */
export function analyze(text: string, options: AnalysisOptions = {}): Analysis {
  const steps = analysisSteps(text, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The model of a plan and the documents it implements, without running any rule: the server
 * answers hover, the outline and completion from it while the rules of the same version still
 * run, and hands it to `analysisSteps` (`options.model`) so that it is read once.
 */
export function readModel(text: string, options: Pick<AnalysisOptions, "config" | "registryEntries" | "parents" | "parentFiles" | "syntax"> = {}): PlanModel {
  const plan = buildPlan(text, options.syntax, registryFor(options.config, options.registryEntries), options.config);
  const { parents, loaded } = resolvePlanParents(plan, options.config, options.parents, options.parentFiles);
  return new ModelOfPlan(plan, parents, loaded);
}

/**
 * The known parents are parsed documents (the built-in outline validated and parsed on first
 * use in the process): only a plan that cites or annotates one needs them, so they are
 * computed when a rule or a shell first reads them — a getter on the prototype, as on the
 * rule context (`RuleRun`): an object literal with a getter is made in dictionary mode.
 */
class ModelOfPlan implements PlanModel {
  private known: ParentDocument[] | undefined;

  constructor(
    readonly plan: PlanDocument,
    readonly parents: ResolvedParent[],
    private readonly loaded: readonly LoadedParent[] | undefined,
  ) {}

  get knownParents(): ParentDocument[] {
    return (this.known ??= knownParents(this.loaded));
  }
}

/** A model with its findings; the known parents are the model's, read when first asked. */
class AnalysisOfPlan implements Analysis {
  readonly plan: PlanDocument;
  readonly parents: ResolvedParent[];

  constructor(
    private readonly model: PlanModel,
    readonly findings: Finding[],
  ) {
    this.plan = model.plan;
    this.parents = model.parents;
  }

  get knownParents(): ParentDocument[] {
    return this.model.knownParents;
  }
}

/**
 * The same analysis as a sequence of steps (the model, then one rule at a time), for a caller
 * that must stay responsive: the language server runs a few steps per turn of its event loop
 * and answers requests in between, and drops the rest when a newer version arrives. The core
 * itself keeps no clock; `analyze` runs every step at once.
 */
export function* analysisSteps(text: string, options: AnalysisOptions = {}): Generator<void, Analysis, void> {
  const model = options.model ?? readModel(text, options);
  const { plan, parents } = model;
  const findings: Finding[] = [];
  const shared = new SharedContext(options.config, registryOfPlan(registryFor(options.config, options.registryEntries), plan), parents, model);
  yield;
  const skippedForSpeed = new Set<string>();
  const settings = settingsOf(options);
  // The server's parser keeps nodes from one version to the next: its analyses are the
  // keystrokes of one plan, whose clause rules' findings are kept while the clauses stay.
  const kept = nodesAreKept(plan.syntax);
  for (const rule of PLAN_RULES) {
    if (options.speed === "fast" && rule.meta.speed === "slow") {
      skippedForSpeed.add(rule.meta.id);
      continue;
    }
    const setting = settings.get(rule)!;
    if (setting.severity === "off") continue;
    if (rule.meta.reads === "clauses" && kept) runClauseRule(rule, plan, { severity: setting.severity, options: setting.options }, shared, findings);
    else runRule(rule, plan, setting.severity, setting.options, shared, findings);
    yield;
  }
  // A clause read past a page's edge or a review balloon: no other rule's fix changes those lines.
  withoutFixesOverForeignLines(plan, findings);
  const suppressed = applySuppressions(plan, findings);
  // Rules about the directives themselves, once the directives have done their work.
  shared.directiveUses = suppressed.uses;
  shared.skippedForSpeed = skippedForSpeed;
  for (const rule of DIRECTIVE_RULES) {
    if (options.speed === "fast" && rule.meta.speed === "slow") continue;
    const setting = settings.get(rule)!;
    if (setting.severity === "off") continue;
    runRule(rule, plan, setting.severity, setting.options, shared, suppressed.findings);
  }
  suppressed.findings.sort(byPlace);
  return new AnalysisOfPlan(model, suppressed.findings);
}

/**
 * Findings in document order, those on one span by rule id. Rule ids are lower-case ASCII, digits,
 * `/` and `-` (test/rules/docs.test.ts), which code-unit order ranks as localeCompare does — at
 * a fraction of the cost, on every keystroke's few hundred findings.
 */
export function byPlace(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

/** What every rule of one analysis shares (the directive rules also get what the directives did). */
class SharedContext {
  directiveUses: RuleContext["directiveUses"];
  skippedForSpeed: RuleContext["skippedForSpeed"];

  constructor(
    readonly config: PlanConfig | undefined,
    readonly units: UnitRegistry,
    readonly parents: ResolvedParent[],
    private readonly model: PlanModel,
  ) {}

  get knownParents(): ParentDocument[] {
    return this.model.knownParents;
  }
}

/**
 * A rule's severity and options: the default, then the configuration file, then the editor's
 * override. The editor sets a severity only, so it keeps the options the file gives the rule.
 */
export function resolveSetting(rule: Rule, options: AnalysisOptions): { severity: Severity | "off"; options: Record<string, unknown> } {
  const split = (setting: RuleSetting | undefined) =>
    setting === undefined ? {} : typeof setting === "string" ? { severity: setting } : { severity: setting[0], options: setting[1] };
  const fromFile = split(options.config?.rules?.[rule.meta.id]);
  const fromEditor = split(options.ruleOverrides?.[rule.meta.id]);
  return {
    severity: fromEditor.severity ?? fromFile.severity ?? rule.meta.severity,
    options: fromEditor.options ?? fromFile.options ?? {},
  };
}

type Setting = ReturnType<typeof resolveSetting>;

/** The settings last resolved, with the configuration and overrides they were resolved from. */
let lastSettings: { config: PlanConfig | undefined; overrides: AnalysisOptions["ruleOverrides"]; settings: Map<Rule, Setting> } | null = null;

/**
 * Every rule's setting for these options. A configuration is read once and never changed (a
 * changed file is read into a new object), so the settings of the last pair seen serve every
 * analysis until the shell hands in another: a CLI run's thousand files, a session's keystrokes.
 */
function settingsOf(options: AnalysisOptions): Map<Rule, Setting> {
  if (lastSettings !== null && lastSettings.config === options.config && lastSettings.overrides === options.ruleOverrides) return lastSettings.settings;
  const settings = new Map<Rule, Setting>();
  for (const rule of ALL_RULES) settings.set(rule, resolveSetting(rule, options));
  lastSettings = { config: options.config, overrides: options.ruleOverrides, settings };
  return settings;
}

function runRule(
  rule: Rule,
  plan: PlanDocument,
  severity: Severity,
  options: Record<string, unknown>,
  shared: SharedContext,
  findings: Finding[],
): void {
  try {
    rule.check(new RuleRun(plan, options, shared, (finding) => findings.push(toFinding(finding, rule.meta.id, severity))));
  } catch (error) {
    // A rule bug must not take the other rules' findings (or the editor) down with it.
    findings.push({
      rule: "structure/parse-failure",
      severity: "error",
      start: 0,
      end: 0,
      message: `规则 ${rule.meta.id} 内部错误：${error instanceof Error ? error.message : String(error)}`,
      internal: true,
    });
  }
}

/** The findings of the rules that read only the clauses (RuleMeta.reads), kept between the server's analyses. */
const CLAUSE_SCOPED = new ClauseScopedMemo();

/** A clause rule's run: its last findings moved, when the plan's clauses and unit context read as then. */
function runClauseRule(rule: Rule, plan: PlanDocument, { severity, options }: { severity: Severity; options: Record<string, unknown> }, shared: SharedContext, findings: Finding[]): void {
  const inputs = { registry: shared.units, options, severity, context: unitsContextOf(plan) };
  const recalled = CLAUSE_SCOPED.recall(rule.meta.id, plan, inputs);
  if (recalled !== null) {
    for (const finding of recalled) findings.push(finding);
    return;
  }
  const own: Finding[] = [];
  runRule(rule, plan, severity, options, shared, own);
  CLAUSE_SCOPED.remember(rule.meta.id, plan, inputs, own);
  for (const finding of own) findings.push(finding);
}

/**
 * What one rule is given. A class, not an object literal: a literal with a getter (the known
 * parents, computed when first read) is made in V8's dictionary mode — some 900 bytes per rule
 * per analysis, 56 KB of every analysis whatever its size, and every destructuring of the
 * context a hash look-up. The getter lives on the prototype here.
 */
class RuleRun implements RuleContext {
  readonly config: PlanConfig | undefined;
  readonly units: UnitRegistry;
  readonly parents: ResolvedParent[];
  readonly knownRuleIds = KNOWN_RULE_IDS;
  readonly directiveUses: RuleContext["directiveUses"];
  readonly skippedForSpeed: RuleContext["skippedForSpeed"];

  constructor(
    readonly plan: PlanDocument,
    readonly options: Record<string, unknown>,
    private readonly shared: SharedContext,
    readonly report: (finding: FindingReport) => void,
  ) {
    this.config = shared.config;
    this.units = shared.units;
    this.parents = shared.parents;
    this.directiveUses = shared.directiveUses;
    this.skippedForSpeed = shared.skippedForSpeed;
  }

  // Read through, not copied: copying would parse the known parents for every rule.
  get knownParents(): ParentDocument[] {
    return this.shared.knownParents;
  }
}

/**
 * Messages shared between findings: a template makes a new string (a rope of its pieces) per
 * finding, though a plan repeats the same few hundred messages thousands of times (a 25 MB
 * plan's hundred thousand findings kept some 17 MB of them).
 */
const MESSAGES = new TextMemo<string>(10_000);

/** A reported finding with its rule and severity (rules/findingShape.ts: one of a few shapes). */
function toFinding(report: FindingReport, rule: string, severity: Severity): Finding {
  const message = MESSAGES.lookup(report.message) ?? MESSAGES.remember(report.message, itself);
  const finding = findingOf(report.start, report.end, message, rule, severity, report.fix, report.suggestions);
  if (report.internal !== undefined) finding.internal = report.internal;
  return finding;
}
