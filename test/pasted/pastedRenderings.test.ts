import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { outlineEntries, type OutlineEntry } from "../../server/src/core/outline";
import { extractTargets } from "../../server/src/core/targets/extract";
import { PositionMapper } from "../../server/src/core/text/positions";
import { registryFor } from "../../server/src/core/units/registry";
import { unitReport } from "../../server/src/core/units/report";
import { asPdfViewerCopy, asWpsCopy } from "../support/pdfCut";
import { readSeed } from "../support/seeds";

/**
 * Two seeds and a fixture pasted as a user would paste them: from a PDF viewer (lines cut at 38
 * characters, the page's number `— n —` and the running title at every page's edge) and from WPS
 * (every paragraph opened with 　　), and from a PDF of the WPS text. The outline, the units and
 * the targets are the clean plan's; the findings are too, but for those about the debris itself
 * (the hard wrap, the page numbers).
 */
const PLANS: Record<string, string> = {
  ganzhou: readSeed("ganzhou-2024"),
  fuzhou: readSeed("fuzhou-2023-draft"),
  boxes: readFileSync(join(__dirname, "../fixtures/pasted/variant-mixed-levels-boxes.plan"), "utf8"),
};
const DEBRIS_RULES = new Set(["structure/hard-wrap", "structure/page-number"]);

function renderings(clean: string): Record<string, string> {
  const head = analyze(clean).plan.title?.text ?? "";
  return { pdf: asPdfViewerCopy(clean, 76, 22, head), wps: asWpsCopy(clean), "pdf of wps": asPdfViewerCopy(asWpsCopy(clean), 76, 22, head) };
}

function reading(text: string) {
  const { plan, findings } = analyze(text);
  const walk = (entries: OutlineEntry[]): string[] => entries.flatMap((entry) => [`${entry.marker}${entry.title}`, ...walk(entry.children)]);
  const rules = new Map<string, number>();
  for (const finding of findings) if (!DEBRIS_RULES.has(finding.rule)) rules.set(finding.rule, (rules.get(finding.rule) ?? 0) + 1);
  return {
    outline: walk(outlineEntries(plan, new PositionMapper(text))),
    units: unitReport(plan, registryFor(undefined, undefined)).units.map((unit) => unit.unit).sort(),
    targets: extractTargets(plan).targets.map((target) => `${target.indicator} ${target.value}${target.unit} ${target.horizon}`),
    findings: Object.fromEntries([...rules].sort()),
  };
}

describe("a plan pasted from a PDF viewer and from WPS reads as the clean plan", () => {
  for (const [name, clean] of Object.entries(PLANS)) {
    const expected = reading(clean);
    for (const [how, text] of Object.entries(renderings(clean))) {
      it(`${name}, ${how}: the outline, the units and the targets`, () => {
        const read = reading(text);
        expect(read.outline).toEqual(expected.outline);
        expect(read.units).toEqual(expected.units);
        expect(read.targets).toEqual(expected.targets);
      });
    }
  }

  // A paragraph the page's edge cut is one paragraph: its half-width marks one finding, as in the clean plan.
  for (const name of ["ganzhou", "fuzhou"]) {
    it(`${name}, pdf of wps: the findings but the debris's`, () => {
      expect(reading(renderings(PLANS[name]!)["pdf of wps"]!).findings).toEqual(reading(PLANS[name]!).findings);
    });
  }
});
