import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { UNIT_LABELS } from "../../server/src/core/units/labels";

/**
 * docs/units.md states the clause labels and what may stand between two of them as the grammar
 * reads them (the shared spec lists a few): the labels are the grammar's UnitLabel, one for one,
 * and every bracketed example of the two lines reads as one clause with a segment per label.
 */
const DOC = readFileSync(join(__dirname, "../../docs/units.md"), "utf8").split("\n");
const labelsLine = DOC.find((line) => line.startsWith("- 标签（"))!;
const separatorsLine = DOC.find((line) => line.startsWith("- 两个标签之间"))!;
const quoted = (line: string) => [...line.matchAll(/`([^`]+)`/g)].map((match) => match[1]!);

describe("the clause labels docs/units.md documents", () => {
  it("are the grammar's labels, one for one", () => {
    expect(labelsLine).toBeDefined();
    const documented = quoted(labelsLine.slice(0, labelsLine.indexOf("。"))).filter((word) => !word.includes("/") && word !== "UnitLabel");
    expect(documented).toEqual([...UNIT_LABELS]);
  });

  it("give examples that read as one clause with a segment per label written, any separator before a label reported as the 、 slip is", () => {
    expect(separatorsLine).toBeDefined();
    const examples = [...quoted(labelsLine), ...quoted(separatorsLine)].filter((example) => /^[〔（(]/.test(example));
    expect(examples.length).toBeGreaterThanOrEqual(4);
    for (const example of examples) {
      const text = `一、主要任务\n1.开展工作。推进建设。${example}\n`;
      const plan = buildPlan(text);
      const written = UNIT_LABELS.filter((label) => example.includes(`${label}：`) && !UNIT_LABELS.some((longer) => longer !== label && longer.endsWith(label) && example.includes(`${longer}：`)));
      expect(plan.clauses.map((clause) => clause.segments.filter((segment) => segment.label !== "").map((segment) => segment.label)), example).toEqual([written]);
      const separators = analyze(text).findings.filter((finding) => finding.rule === "units/label-separator");
      expect(separators.length, example).toBe(/[，、 ]+(?:牵头|配合)[^：]*：/.test(example) ? 1 : 0);
    }
  });
});
