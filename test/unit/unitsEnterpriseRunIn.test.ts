import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { buildRegistry, registryFor } from "../../server/src/core/units/registry";
import { SOURCES } from "../../server/src/core/units/registryEntries";
import { unitReport } from "../../server/src/core/units/report";

/**
 * An enterprise's name run into the department after it, as a pasted 责任单位 list has it
 * (江铜集团市工信局): read as a place before the department, the enterprise became a city called
 * 江铜集团 and the list's two units one invented unit that no finding questioned.
 */
const cityPlan = (units: string) => `九江市质量强市建设实施方案\n\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、主要任务\n（一）推动工作。开展工作。（责任单位：${units}）\n`;

function findings(text: string): Array<[string, string]> {
  return analyze(text)
    .findings.filter((finding) => finding.rule.startsWith("units/"))
    .map((finding) => [finding.rule, text.slice(finding.start, finding.end)]);
}

describe("an enterprise run into a department", () => {
  it("is no place of the department's", () => {
    const registry = buildRegistry(undefined);
    for (const name of ["江铜集团市工信局", "正邦集团市农业农村局", "于都农商行县财政局", "赣州银行市金融办", "江西建工集团有限公司市住建局", "赣南脐橙股份有限公司市商务局"]) {
      expect(registry.resolve(name), name).toBeNull();
    }
    // A place's own company and bank, and the 人民银行's branch, are still read after their place.
    expect(registry.resolve("赣州农商银行")).not.toBeNull();
    expect(registry.resolve("人民银行九江市分行")?.place).toBe("九江");
    expect(registry.resolve("九江市工信局")?.place).toBe("九江");
  });

  it("is two units, the run-together finding's and the report's", () => {
    const text = cityPlan("江铜集团市工信局、正邦集团市农业农村局、赣州银行市金融办、江西建工集团有限公司市住建局、市市场监管局");
    expect(findings(text)).toEqual([
      ["units/run-together", "江铜集团市工信局"],
      ["units/run-together", "正邦集团市农业农村局"],
      ["units/run-together", "赣州银行市金融办"],
      ["units/run-together", "江西建工集团有限公司市住建局"],
    ]);
    expect(unitReport(buildPlan(text), registryFor(undefined, undefined)).units.map((unit) => unit.unit).sort()).toEqual(["市市场监管局", "市工信局", "市农业农村局", "市金融办", "市住建局", "江铜集团", "正邦集团", "赣州银行", "江西建工集团有限公司"].sort());
  });

  it("reads a bank's branch and a construction group's numbered bureau as enterprises, not departments", () => {
    // The 局 of 中建三局 and the 市 of 工商银行市分行 are no department's; a placeholder's branch stays blank.
    expect(findings(cityPlan("中建三局集团有限公司、中铁十一局、中交一航局集团有限公司、工商银行市分行、农业银行赣州分行、中国银行股份有限公司九江分行、建设银行某某支行、市金融办"))).toEqual([["units/blank", "建设银行某某支行"]]);
    // Run into the department after it, still two units; a form's word alone is no enterprise.
    expect(findings(cityPlan("中建三局集团有限公司市住建局、工商银行市分行市金融办"))).toEqual([
      ["units/run-together", "中建三局集团有限公司市住建局"],
      ["units/run-together", "工商银行市分行市金融办"],
    ]);
    const registry = buildRegistry(undefined);
    for (const name of ["集团有限公司", "县工信局有限公司", "人民银行市分行", "村镇银行县支行"]) expect(registry.resolve(name)?.entry.source, name).not.toBe(SOURCES.enterprise);
  });

  it("reads a bank by its name as an enterprise, not a kind of bank nor the central bank", () => {
    expect(findings(cityPlan("工商银行、赣州银行、各商业银行、村镇银行、人民银行、市金融办"))).toEqual([
      ["units/unknown", "村镇银行"],
      ["units/unknown", "人民银行"],
    ]);
  });
});
