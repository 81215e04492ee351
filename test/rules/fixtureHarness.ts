import { analyze } from "../../server/src/core/analyze";
import type { PlanConfig } from "../../server/src/core/config/schema";
import { fixAll } from "../../server/src/core/fixes/applyFixes";

/**
 * Fixture files carry their expectations inline (after markdownlint): a trailing
 * `// expect: rule[, rule]` on the offending line, or a comment line `// expect-next-line: rule`
 * before it. A finding belongs to the line it starts on.
 */
export function expectationsOf(text: string): string[] {
  const expected: string[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  let pending: string[] = [];
  lines.forEach((line, index) => {
    const nextLine = /^\s*\/\/\s*expect-next-line:\s*(.+)$/.exec(line);
    if (nextLine) {
      pending.push(...splitRules(nextLine[1]!));
      return;
    }
    const trailing = /\s\/\/\s*expect:\s*(.+)$/.exec(line);
    const rules = [...pending, ...(trailing ? splitRules(trailing[1]!) : [])];
    pending = [];
    for (const rule of rules) expected.push(`${index + 1}: ${rule}`);
  });
  return expected.sort();
}

function splitRules(list: string): string[] {
  return list.split(/[,，\s]+/).filter(Boolean);
}

export function actualFindingsOf(text: string, config?: PlanConfig): string[] {
  const { findings } = analyze(text, { config });
  const lineStarts = [0];
  for (const match of text.matchAll(/\r\n|\n|\r/g)) lineStarts.push(match.index + match[0].length);
  const lineOf = (offset: number) => {
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= offset) line++;
    return line + 1;
  };
  return findings.map((finding) => `${lineOf(finding.start)}: ${finding.rule}`).sort();
}

export function fixedTextOf(text: string, config?: PlanConfig): { text: string; remainingFixable: string[] } {
  const fixed = fixAll(text, { config }).text;
  const remainingFixable = analyze(fixed, { config }).findings.filter((f) => f.fix).map((f) => `${f.rule}: ${f.message}`);
  return { text: fixed, remainingFixable };
}
