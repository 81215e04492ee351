import { describe, expect, it } from "vitest";
import { analyze, type Analysis } from "../../server/src/core/analyze";
import { exportPlanDocx } from "../../server/src/core/export/exportDocx";
import { resolveExportOptions } from "../../server/src/core/export/options";
import { readDocxAsPlanText } from "../../server/src/node/docx";
import { readSeed, SEED_NAMES } from "../support/seeds";

/** The outline as a reader sees it: level, marker, heading and the units each item names. */
function outline({ plan }: Analysis): string[] {
  return plan.allItems.map((item) => `${item.level} ${item.marker.text}${item.heading.text} ${item.clauses.flatMap((c) => c.units.map((u) => u.text)).join("、")}`);
}

/** Findings without their places (the .docx has no blank lines, so line numbers move). */
function findings({ findings }: Analysis): string[] {
  return findings.map((finding) => `${finding.rule} ${finding.message}`);
}

describe("docx export round trip: export a seed, read the .docx back (node/docx), check again", () => {
  for (const name of SEED_NAMES) {
    it(`${name}: same title, outline and findings`, async () => {
      const source = readSeed(name);
      const before = analyze(source);
      const read = readDocxAsPlanText(await exportPlanDocx(before.plan, resolveExportOptions()));
      if (!read.ok) throw new Error(read.error);
      const after = analyze(read.text);
      expect(after.plan.metadata.title).toBe(before.plan.metadata.title);
      expect(outline(after)).toEqual(outline(before));
      expect(before.plan.allItems.length).toBeGreaterThan(10);
      // Two findings cannot survive by design: web-page debris is not exported, and a sentence
      // broken by a blank line is two Word paragraphs, which read back with no blank between.
      const trailer = before.plan.trailer;
      const kept = before.findings.filter((f) => !(trailer && f.start >= trailer.start) && f.rule !== "text/broken-sentence");
      expect(findings(after)).toEqual(findings({ ...before, findings: kept }));
    });
  }

  it("keeps a title broken over two lines as two lines", async () => {
    const source = readSeed("ganzhou-2024");
    const read = readDocxAsPlanText(await exportPlanDocx(analyze(source).plan, resolveExportOptions()));
    expect(read.ok && read.text.split("\n").slice(1, 3)).toEqual(["赣州市人民政府关于印发", "赣州市深化质量强市建设实施方案的通知"]);
  });
});
