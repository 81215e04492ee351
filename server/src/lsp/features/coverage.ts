import { type CodeAction, CodeActionKind, type CodeLens, type Range } from "vscode-languageserver";
import type { Analysis } from "../../core/analyze.js";
import type { PlanDocument } from "../../core/model/types.js";
import { knownParents, resolvePlanParents } from "../../core/parents/index.js";
import { PositionMapper } from "../../core/text/positions.js";
import { annotationParent, annotationShortName, isAddressable, referencesText } from "../../core/xref/annotations.js";
import { type Coverage, type CoveredBy, coverageOf, otherBasisNote, type OutOfScope, outOfScope, planScope, scopeNote, sectionName, taskCredits, unscopedNote } from "../../core/xref/coverage.js";
import { mapTaskAt } from "../../core/xref/mapping.js";
import { parentUri } from "../parents.js";
import { type CodeActionProvider, kindRequested } from "./codeActions.js";
import type { LanguageFeature } from "./feature.js";
import { workspaceEdit } from "./workspaceEdits.js";

/** `policyPlan/coverage`: the coverage of one plan, or of every plan in the workspace that has a parent. */
export const COVERAGE_REQUEST = "policyPlan/coverage";
/** The client command the title's code lens runs (VS Code: the coverage table in a webview). */
export const SHOW_COVERAGE_COMMAND = "policyPlan.showCoverage";

export interface CoverageParams {
  uri?: string;
  scope?: "document" | "workspace";
}

/**
 * `basis` and `quote` as CoveredBy's: why an inferred match counts, the phrase the task quotes;
 * `row`, a row of a task table inside the item that counts (its 序号 and 重点任务; `range` is then
 * the row's), or null.
 */
type CoveredByDto = { path: string[]; heading: string; how: "annotation" | "inferred"; score: number; basis: CoveredBy["basis"]; quote: string | null; range: Range; row: RowDto | null };

/** A task-table row as the view names it (CoveredBy `row`). */
type RowDto = { number: string; task: string };

/** One plan's coverage as the client shows it: ranges in the plan and in the parent's document. */
export interface CoverageDto {
  file: string;
  title: string | null;
  /** `inferred`: the plan cites no title; the parent was inferred from its preamble. */
  parent: { id: string; title: string; uri: string; inferred: boolean };
  /** For a sector plan, its sectors (Coverage `sectors`: the count is of their items and the common ones); null otherwise. */
  sectors: string[] | null;
  /** The department whose field gave a plan its sectors, where its title names none (Coverage `sectorsIssuer`, the CLI JSON's too: 省交通运输厅); else null. */
  sectorsIssuer: string | null;
  covered: number;
  total: number;
  items: Array<{
    number: string;
    title: string;
    verified: boolean;
    covered: boolean;
    range: Range;
    by: CoveredByDto[];
  }>;
  /** The parent's items outside the count, with the plan items that take them up all the same. */
  outOfScope: Array<{ number: string; title: string; verified: boolean; section: string; reason: OutOfScope; range: Range; by: CoveredByDto[] }>;
  /** Which items are outside the count and why (`scopeNote`), after why a sector plan counts every item (`unscopedNote`); "" when none is. */
  scope: string;
  /** The plan's tasks that count for no parent item (a task table's rows among them: `row`, as CoveredByDto's), with the item each is nearest to. */
  unmatched: Array<{ path: string[]; heading: string; nearest: { number: string; title: string; score: number } | null; range: Range; row: RowDto | null }>;
}

/**
 * Coverage of the parent's tasks in the editor: a code lens on the plan's title
 * (`覆盖纲要任务 24/30`) that opens the table, the request the table and the workspace view are
 * drawn from, and a refactoring on a task without an annotation that inserts the inferred one.
 * Coverage runs when the editor asks for lenses (after typing pauses), never per keystroke.
 */
export const coverageFeature: LanguageFeature = {
  capabilities: { codeLensProvider: { resolveProvider: false } },
  register(session) {
    session.connection.onCodeLens((params): CodeLens[] => {
      const entry = session.get(params.textDocument.uri);
      if (!entry) return [];
      const coverage = planCoverage(entry.analysis);
      if (!coverage) return [];
      const { plan } = entry.analysis;
      const at = plan.title ?? plan.items[0] ?? { start: 0, end: 0 };
      // A sector plan's count is of its sectors' items: the lens says so, as 3/8 alone would read as the whole parent's.
      const sector = coverage.sectors !== null ? `${coverage.sectors.join("、")}领域` : "";
      const label = coverage.parent.title.includes("纲要") ? `覆盖纲要${sector}任务` : `覆盖《${coverage.parent.title}》${sector}任务`;
      // A plan that implements another document than its folder's parent: a count of the folder's parent would read as its own.
      const title = coverage.implementsOther !== null ? `方案贯彻《${coverage.implementsOther}》，不按《${coverage.parent.title}》推断覆盖` : `${label} ${coverage.covered}/${coverage.total}`;
      return [{ range: entry.mapper.rangeOf({ start: at.start, end: at.start }), command: { title, command: SHOW_COVERAGE_COMMAND, arguments: [params.textDocument.uri] } }];
    });

    session.connection.onRequest(COVERAGE_REQUEST, (params: CoverageParams): CoverageDto[] => {
      if (params.scope === "workspace") {
        return session.workspace.plans().flatMap(({ uri, plan, mapper }) => {
          const context = session.contextFor(uri);
          const { parents, loaded } = resolvePlanParents(plan, context.config, context.parents, context.parentFiles);
          const known = knownParents(loaded);
          const parent = parents[0]?.parent;
          return parent ? [toDto(uri, plan, mapper, coverageOf(plan, parent, parents, known))] : [];
        });
      }
      const entry = params.uri ? session.get(params.uri) : undefined;
      const coverage = entry ? planCoverage(entry.analysis) : null;
      return entry && coverage ? [toDto(params.uri!, entry.analysis.plan, entry.mapper, coverage)] : [];
    });
  },
};

function planCoverage(analysis: Analysis): Coverage | null {
  const parent = analysis.parents[0]?.parent;
  return parent ? coverageOf(analysis.plan, parent, analysis.parents, analysis.knownParents) : null;
}

function toDto(file: string, plan: PlanDocument, mapper: PositionMapper, coverage: Coverage): CoverageDto {
  const parentMapper = new PositionMapper(coverage.parent.text);
  const score = (value: number) => Math.round(value * 100) / 100;
  // A row of a task table is found at the row, not at its section's heading.
  const taskRange = (item: CoveredBy["item"], row: CoveredBy["row"]) => mapper.rangeOf(row ?? { start: item.marker.start, end: item.heading.end });
  const rowDto = (row: CoveredBy["row"]): RowDto | null => (row === null ? null : { number: row.number, task: row.task });
  const byDto = (b: CoveredBy): CoveredByDto => ({ path: b.path, heading: b.item.heading.text, how: b.how, score: score(b.score), basis: b.basis, quote: b.quote, range: taskRange(b.item, b.row), row: rowDto(b.row) });
  const rangeOf = (entry: Coverage["items"][number]["entry"]) => parentMapper.rangeOf({ start: entry.span.start, end: entry.headingSpan.end });
  return {
    file,
    title: plan.metadata.title,
    parent: { id: coverage.parent.id, title: coverage.parent.title, uri: parentUri(coverage.parent), inferred: coverage.inferred },
    sectors: coverage.sectors,
    sectorsIssuer: coverage.sectorsIssuer,
    covered: coverage.covered,
    total: coverage.total,
    items: coverage.items.map(({ entry, covered, by }) => ({ number: entry.label, title: entry.title, verified: entry.verified, covered, range: rangeOf(entry), by: by.map(byDto) })),
    outOfScope: coverage.outOfScope.map(({ entry, reason, by }) => ({
      number: entry.label,
      title: entry.title,
      verified: entry.verified,
      section: sectionName(entry),
      reason,
      range: rangeOf(entry),
      by: by.map(byDto),
    })),
    // A sector plan measured against every item says why before which items are outside the count.
    scope: [otherBasisNote(coverage), unscopedNote(coverage), scopeNote(coverage)].filter(Boolean).join(""),
    unmatched: coverage.unmatched.map(({ item, path, nearest, row }) => ({
      path,
      heading: item.heading.text,
      nearest: nearest ? { number: nearest.entry.label, title: nearest.entry.title, score: score(nearest.score) } : null,
      range: taskRange(item, row),
      row: rowDto(row),
    })),
  };
}

/**
 * The kind of the insert-annotation action. A missing annotation is no defect (no finding
 * reports it), so it is not a quick fix: as one it lit the light bulb on every task and came
 * up wherever quick fixes were asked for. A refactoring is offered where the user looks for one.
 */
export const INSERT_ANNOTATION_KIND = `${CodeActionKind.Refactor}.annotate.policyPlan`;

/**
 * On the heading line of a task without an annotation: insert `〔对应纲要：（七）〕` for each of
 * the parent items coverage counts it for (`taskCredits`: a match at 0.06 is noise, not a
 * suggestion; an item the task quotes is one), before its responsibility clause (where
 * plan-markup.md puts it) or at the end. Where it counts for several, the first action, the
 * preferred one, writes them all side by side (`〔对应纲要：（八）（十九）〕`, in the parent's
 * order): an annotation replaces the inference, so writing one of them would drop the others
 * from the coverage the task had.
 */
export const insertAnnotationAction: CodeActionProvider = (entry, params, session) => {
  const { analysis, mapper } = entry;
  // The editor asks for quick fixes alone on every hover and diagnostic: no mapping for those.
  if (!kindRequested(params.context.only, INSERT_ANNOTATION_KIND)) return [];
  const parent = analysis.parents[0]?.parent;
  // A plan that implements another document (ResolvedParent `implementsOther`) is offered none of its folder's parent's items.
  if (!parent || analysis.parents[0]!.implementsOther !== null) return [];
  const offset = mapper.offsetAt(params.range.start);
  // Only on the line with the task's number and heading, not anywhere in its body paragraphs.
  const mapping = mapTaskAt(analysis.plan, parent, (item) => offset >= item.line.start && offset <= item.line.contentEnd);
  if (!mapping) return [];
  const { item } = mapping;
  if (item.annotations.some((a) => annotationParent(a, analysis.parents, analysis.knownParents) === parent)) return [];
  const lastLine = item.bodyLines[item.bodyLines.length - 1] ?? item.line;
  const at = item.clauses[0]?.start ?? lastLine.contentEnd;
  const shortName = annotationShortName(parent);
  const insert = (labels: string): CodeAction["edit"] => workspaceEdit(entry, [{ start: at, end: at, newText: `〔对应${shortName}：${labels}〕` }], session);
  // Only the items an annotation's number names: where the parent's numbering restarts, the
  // number of a later item would name an earlier one (isAddressable).
  const credits = taskCredits(parent, mapping).filter((credit) => isAddressable(parent, credit.entry));
  const single = credits.map(
    (credit): CodeAction => ({
      title: `插入〔对应${shortName}：${credit.entry.label}〕${credit.entry.title}（${credit.basis === "quoted" ? `引用原文“${credit.quote}”，` : ""}相似度 ${credit.score.toFixed(2)}）`,
      kind: INSERT_ANNOTATION_KIND,
      edit: insert(credit.entry.label),
    }),
  );
  if (credits.length < 2) return single;
  const labels = referencesText(credits.map((credit) => credit.entry).sort((a, b) => parent.items.indexOf(a) - parent.items.indexOf(b)));
  // Items outside the count (（三十）, another sector's) are written too, but the title does not call them counted.
  const scope = planScope(analysis.plan, parent);
  const outside = credits.filter((credit) => outOfScope(credit.entry, scope) !== null).length;
  const what = outside === 0 ? `本任务计入覆盖的全部 ${credits.length} 项` : `本任务对应的全部 ${credits.length} 项，其中 ${outside} 项不计入覆盖率`;
  const all: CodeAction = { title: `插入〔对应${shortName}：${labels}〕（${what}）`, kind: INSERT_ANNOTATION_KIND, isPreferred: true, edit: insert(labels) };
  return [all, ...single];
};
