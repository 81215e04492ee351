import { ALL_RULES } from "../../core/rules/index.js";
import type { Rule, Severity } from "../../core/rules/types.js";
import { ruleDocMarkdown } from "../../generate/ruleDoc.js";
import { sep } from "node:path";
import { pathToFileURL } from "node:url";
import { pathSegments } from "./filePath.js";
import { jsonText } from "./printable.js";
import { type FileReport, placedMessage, type ReportedFinding, type StreamedFormat, streamedJsonArray, writeAll } from "./report.js";

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
export function formatSarif(reports: readonly FileReport[], version: string, workingFolder?: string): string {
  return writeAll(sarifFormat(version, workingFolder), reports);
}

/**
 * The base a relative artifact URI is resolved against (SARIF 2.1.0 §3.4.4, §3.14.14): the
 * folder plancheck ran in, declared in the run's `originalUriBaseIds`. A URI relative to nothing
 * named was read by GitHub code scanning against the repository's root, so a run from a
 * sub-folder placed its alerts on files that do not exist there.
 */
export const SOURCE_ROOT = "%SRCROOT%";

/**
 * Written file by file, with exactly the text `jsonText(log)` gives: the log is
 * laid out with an empty `results` array, split there, and each file's results are written
 * into it as the file is checked.
 */
export function sarifFormat(version: string, workingFolder?: string): StreamedFormat {
  const rules = ALL_RULES.map((rule) => ruleDescriptor(rule, version));
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "plancheck", version, informationUri: "https://www.npmjs.com/package/policy-plan", rules } },
        // A folder URI ends in "/", or resolving a relative reference against it drops its last segment.
        ...(workingFolder !== undefined ? { originalUriBaseIds: { [SOURCE_ROOT]: { uri: folderUri(workingFolder) } } } : {}),
        columnKind: "utf16CodeUnits",
        results: [],
      },
    ],
  };
  const layout = jsonText(log);
  const at = layout.lastIndexOf('"results": []') + '"results": ['.length;
  // The results array is the fourth level: root, runs, the run, results.
  const results = streamedJsonArray(layout.slice(0, at), layout.slice(at + 1) + "\n", 4);
  return {
    file(report) {
      let out = "";
      for (const finding of report.findings) out += results.add(sarifResult(report, finding, ruleIndex));
      return out;
    },
    end: () => results.end(),
  };
}

/**
 * A file's path as the URI reference SARIF's `artifactLocation.uri` is: each segment
 * percent-encoded, `/` between them. `encodeURI` left `#` and `?` as they were, so `第#1稿?.plan`
 * was read as a fragment and a query; a `:` in a relative path's first segment would be read as
 * a scheme; a `\` in a Linux file name is a character of the name (`a%5Cb.plan`), not a folder
 * (filePath.ts). An absolute path is a `file:` URI: `file:///home/…`, and on Windows
 * `file:///C:/…` for a drive letter and `file://server/share/…` for a UNC path.
 */
export function artifactUri(file: string, separator: string = sep): string {
  const segments = pathSegments(file, separator);
  const encoded = (parts: string[]) => parts.map(encodeURIComponent).join("/");
  if (separator === "\\" && /^[A-Za-z]:$/.test(segments[0]!)) return `file:///${segments[0]}/${encoded(segments.slice(1))}`;
  if (separator === "\\" && segments.length > 2 && segments[0] === "" && segments[1] === "") return `file://${encoded(segments.slice(2))}`;
  return segments.length > 1 && segments[0] === "" ? `file://${encoded(segments)}` : encoded(segments);
}

function folderUri(folder: string): string {
  const href = pathToFileURL(folder).href;
  return href.endsWith("/") ? href : `${href}/`;
}

/** A relative path names its base; an absolute one is a `file:` URI, which may carry none (§3.4.4). */
function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  const uri = artifactUri(file);
  return uri.startsWith("file:") ? { uri } : { uri, uriBaseId: SOURCE_ROOT };
}

function sarifResult(report: FileReport, finding: ReportedFinding, ruleIndex: ReadonlyMap<string, number>) {
  return {
    ruleId: finding.rule,
    ...(ruleIndex.has(finding.rule) ? { ruleIndex: ruleIndex.get(finding.rule) } : {}),
    level: LEVEL[finding.severity],
    message: { text: placedMessage(finding) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(report.file),
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
                  artifactLocation: artifactLocation(report.file),
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
  };
}
