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
const provincePlan = (units: string) => `江西省质量强省建设实施方案\n\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、主要任务\n（一）推动工作。开展工作。（责任单位：${units}）\n`;
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

  it("reads a central construction group's bureau named without its number as an enterprise (中铁大桥局)", () => {
    expect(findings(cityPlan("中铁大桥局、中铁电气化局、中铁隧道局集团有限公司、中国铁建电气化局、中建八局、市住建局"))).toEqual([]);
    const registry = buildRegistry(undefined);
    for (const name of ["中铁大桥局", "中铁电气化局", "中铁大桥局集团有限公司", "江西铜业股份公司"]) expect(registry.resolve(name)?.entry.source, name).toBe(SOURCES.enterprise);
    // A department's 局 is still a department's: no group's short name before it.
    expect(registry.resolve("市大桥局")?.entry.source).not.toBe(SOURCES.enterprise);
  });

  it("offers no “two plates” for a run with an enterprise in it: only the missing 、", () => {
    const text = provincePlan("江铜集团省工业和信息化厅、中铁大桥局省住房城乡建设厅、江西铜业股份公司省国资委、工商银行省分行省财政厅、市城投集团市财政局、省发展改革委省能源局");
    const runs = analyze(text).findings.filter((finding) => finding.rule.startsWith("units/"));
    expect(runs.map((finding) => [finding.rule, finding.message, (finding.suggestions ?? []).map((fix) => fix.description)])).toEqual([
      ["units/run-together", "“江铜集团”“省工业和信息化厅”连写在一起，中间没有分隔符：应以“、”分开", ["以“、”分开：江铜集团、省工业和信息化厅"]],
      ["units/run-together", "“中铁大桥局”“省住房城乡建设厅”连写在一起，中间没有分隔符：应以“、”分开", ["以“、”分开：中铁大桥局、省住房城乡建设厅"]],
      ["units/run-together", "“江西铜业股份公司”“省国资委”连写在一起，中间没有分隔符：应以“、”分开", ["以“、”分开：江西铜业股份公司、省国资委"]],
      ["units/run-together", "“工商银行省分行”“省财政厅”连写在一起，中间没有分隔符：应以“、”分开", ["以“、”分开：工商银行省分行、省财政厅"]],
      ["units/run-together", "“市城投集团”“市财政局”连写在一起，中间没有分隔符：应以“、”分开", ["以“、”分开：市城投集团、市财政局"]],
      ["units/run-together", "“省发展改革委”“省能源局”连写在一起，中间没有分隔符：若是2个单位，应以“、”分开；若是同一机构的两块牌子，宜写作“省发展改革委（省能源局）”", ["以“、”分开：省发展改革委、省能源局", "写作同一机构的两块牌子：省发展改革委（省能源局）"]],
    ]);
    // The unit report's note says the same: two units, no second plate.
    const notes = unitReport(buildPlan(text), registryFor(undefined, undefined)).notes.map((note) => note.message).filter((message) => message.includes("连写"));
    expect(notes.filter((message) => message.includes("两块牌子"))).toEqual(["“省发展改革委省能源局”连写在一起，按 2 个单位（省发展改革委、省能源局）分别计入各单位的任务；若是同一机构的两块牌子，请写作“省发展改革委（省能源局）”"]);
    expect(notes).toHaveLength(6);
  });

  it("reads a bank by its name as an enterprise, not a kind of bank nor the central bank", () => {
    expect(findings(cityPlan("工商银行、赣州银行、各商业银行、村镇银行、人民银行、市金融办"))).toEqual([
      ["units/unknown", "村镇银行"],
      ["units/unknown", "人民银行"],
    ]);
  });
});
