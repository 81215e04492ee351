import { ALL_RULES } from "../../core/rules/index.js";
import type { Rule, Severity } from "../../core/rules/types.js";
import { ruleDocMarkdown } from "../../generate/ruleDoc.js";
import type { FileReport } from "./report.js";

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note", hint: "note" };

/**
 * Where a rule's doc page is online: the docs ship in the npm package (`files`), and unpkg
 * serves any file of a published version, so the link matches the version that reported it.
 * A development build (`0.0.0-dev`, a prerelease) was never published: no link rather than a dead
 * one. The package has no repository or homepage URL to link to instead.
 */
export function ruleDocUrl(ruleId: string, version: string): string | undefined {
  return /-/.test(version) ? undefined : `https://unpkg.com/policy-plan@${version}/docs/rules/${ruleId}.md`;
}

/** A rule's reportingDescriptor: name, descriptions, default level, its doc page as help, fixability. */
export function ruleDescriptor(rule: Rule, version: string) {
  const { meta } = rule;
  return {
    id: meta.id,
    name: meta.id.split("/")[1]!.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()),
    shortDescription: { text: meta.description },
    fullDescription: { text: meta.docs.rationale.replace(/`/g, "") },
    ...(ruleDocUrl(meta.id, version) ? { helpUri: ruleDocUrl(meta.id, version) } : {}),
    // The doc page itself, so code-scanning dashboards show it whether or not the link resolves.
    help: { text: `${meta.description}\n\n${meta.docs.rationale.replace(/`/g, "")}`, markdown: ruleDocMarkdown(rule) },
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: { tags: [meta.family], fixable: meta.fixable },
  };
}

/**
 * SARIF 2.1.0 for code-scanning dashboards (GitHub code scanning, Azure DevOps). SARIF lines and
 * columns are 1-based; columns are counted in UTF-16 code units, which `columnKind` states.
 * Every rule is described (name, descriptions, default level, help link, fixability).
 */
export function formatSarif(reports: readonly FileReport[], version: string): string {
  const rules = ALL_RULES.map((rule) => ruleDescriptor(rule, version));
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const results = reports.flatMap((report) =>
    report.findings.map((finding) => ({
      ruleId: finding.rule,
      ...(ruleIndex.has(finding.rule) ? { ruleIndex: ruleIndex.get(finding.rule) } : {}),
      level: LEVEL[finding.severity],
      message: { text: finding.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeURI(report.file.split("\\").join("/")) },
            region: {
              startLine: finding.range.start.line + 1,
              startColumn: finding.range.start.character + 1,
              endLine: finding.range.end.line + 1,
              endColumn: finding.range.end.character + 1,
            },
          },
        },
      ],
      ...(finding.fix
        ? {
            fixes: [
              {
                description: { text: finding.fix.description },
                artifactChanges: [
                  {
                    artifactLocation: { uri: encodeURI(report.file.split("\\").join("/")) },
                    replacements: finding.fix.edits.map((edit, index) => {
                      const range = finding.editRanges![index]!;
                      return {
                        deletedRegion: { startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 },
                        insertedContent: { text: edit.newText },
                      };
                    }),
                  },
                ],
              },
            ],
          }
        : {}),
    })),
  );
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{ tool: { driver: { name: "plancheck", version, informationUri: "https://www.npmjs.com/package/policy-plan", rules } }, columnKind: "utf16CodeUnits", results }],
  };
  return JSON.stringify(log, null, 2) + "\n";
}
