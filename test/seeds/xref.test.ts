import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { readSeed, SEED_NAMES, type SeedName } from "../support/seeds";

/** [line (1-based), rule, the text reported, why it is a real defect] */
type Expected = [number, string, string, string];

const FUZHOU_NESTED = "a title nested in 《》 takes 〈〉 (GB/T 15834); the draft typed ASCII <> around 质量强国建设纲要";

/**
 * Every citation finding each real plan gets, and why. Anything else would be a false positive:
 * Ganzhou's 党中央、国务院《质量强国建设纲要》 and 《中共江西省委 江西省人民政府…实施意见》,
 * Nanjing's transmittal form with 〈〉 and its 文号 (中发〔2022〕17号, 苏发〔2022〕33号), Fuzhou's
 * 省委、省政府《关于深化质量强省建设的实施意见》 (issuers outside the brackets), Jiangxi's
 * 国办发〔2016〕18号 / 赣府发〔2012〕25号 and its other documents' titles are all correct.
 */
const EXPECTED: Record<SeedName, Expected[]> = {
  "ganzhou-2024": [],
  "fuzhou-2023-draft": [
    // Line 1 is the web page's copy of the notice's title (structure/repeated-title's to delete):
    // its brackets are reported once, in the copy that stays.
    [3, "xref/nested-title", "<质量强国建设纲要>", FUZHOU_NESTED + " (the notice's title, written twice by the web page)"],
    [5, "xref/nested-title", "<质量强国建设纲要>", FUZHOU_NESTED + " (the draft's title as the notice cites it)"],
  ],
  "nanjing-2023": [],
  "jiangxi-2016": [],
  "chengdu-2023-draft": [],
};

describe.each(SEED_NAMES)("citations in %s", (seed) => {
  it("are reported exactly where a reviewer would mark them", () => {
    const text = readSeed(seed);
    const lineStarts = [0, ...[...text.matchAll(/\r\n|\n|\r/g)].map((m) => m.index + m[0].length)];
    const lineOf = (offset: number) => lineStarts.filter((start) => start <= offset).length;
    const actual = analyze(text)
      .findings.filter((f) => f.rule.startsWith("xref/"))
      .map((f) => [lineOf(f.start), f.rule, text.slice(f.start, f.end)]);
    expect(actual).toEqual(EXPECTED[seed].map(([line, rule, excerpt]) => [line, rule, excerpt]));
  });
});
