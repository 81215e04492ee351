import { printable, printableLines } from "./printable.js";
import { type FileReport, placedMessage } from "./report.js";

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/**
 * Text as XML 1.0 takes it. `printable` first: the C0 controls but tab and line ends, U+FFFE and
 * U+FFFF are not XML characters at all (a parser stops at them, and the CI system shows no
 * report), and the rest of what it writes out (bidi controls, escape sequences) would reach the
 * page or the log that shows the messages. In attribute values a line end is written out too, as
 * a parser would turn it into a space; element text keeps its line breaks.
 */
const escapeXml = (text: string) => printable(text).replace(/[&<>"']/g, (char) => XML_ESCAPES[char]!);
const escapeXmlText = (text: string) => printableLines(text).replace(/[&<>"']/g, (char) => XML_ESCAPES[char]!);

/**
 * `--format junit`: a test suite per file and a failed test case per finding (a passing case
 * for a clean file), as CI systems that show JUnit reports (GitLab, Jenkins, Azure) expect.
 */
export function formatJunit(reports: readonly FileReport[]): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const total = reports.reduce((sum, report) => sum + Math.max(report.findings.length, 1), 0);
  const failures = reports.reduce((sum, report) => sum + report.findings.length, 0);
  out.push(`<testsuites name="plancheck" tests="${total}" failures="${failures}" errors="0">`);
  for (const report of reports) {
    const file = escapeXml(report.file);
    out.push(`  <testsuite name="${file}" tests="${Math.max(report.findings.length, 1)}" failures="${report.findings.length}" errors="0">`);
    if (report.findings.length === 0) out.push(`    <testcase name="plancheck" classname="${file}"/>`);
    for (const finding of report.findings) {
      const place = `${finding.range.start.line + 1}:${finding.range.start.character + 1}`;
      out.push(`    <testcase name="${escapeXml(`${place} ${finding.rule}`)}" classname="${file}">`);
      const message = placedMessage(finding);
      out.push(`      <failure message="${escapeXml(message)}" type="${finding.severity}">${escapeXmlText(`${report.file}:${place} ${message} [${finding.rule}]`)}</failure>`);
      out.push("    </testcase>");
    }
    out.push("  </testsuite>");
  }
  out.push("</testsuites>");
  return out.join("\n") + "\n";
}
