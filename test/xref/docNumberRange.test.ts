import { expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";

/**
 * A 文号 without its 号 (being typed, or cut short: （中发〔2022〕17）): the finding covers the
 * number from its year on, where an editor shows it, and its fix inserts 号 after the number.
 */
it("reports a 文号 without 号 over the number, and inserts 号 at its end", () => {
  for (const cited of ["（中发〔2022〕17）", "（中发〔2022〕1"]) {
    const text = `某县质量提升行动方案\n为贯彻落实《质量强国建设纲要》${cited}，制定本方案。\n一、总体要求\n`;
    const finding = analyze(text).findings.find((each) => each.rule === "xref/doc-number" && each.message.includes("号”结尾"));
    expect(finding, cited).toBeDefined();
    const number = cited.replace(/^（中发/, "").replace(/）$/, "");
    expect(text.slice(finding!.start, finding!.end)).toBe(number);
    const edit = finding!.fix!.edits[0]!;
    expect([edit.start, edit.end, edit.newText]).toEqual([finding!.end, finding!.end, "号"]);
  }
});
