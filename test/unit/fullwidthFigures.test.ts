import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { extractTargets } from "../../server/src/core/targets/extract";

/**
 * Figures in full-width digits (`达到９８．５％`, `到２０２５年`, `（２０２３—２０２５年）`, pasted
 * from WPS or a web page) are the same figures: the targets read the same values, horizons and
 * period, and the targets family reports the same findings at the same places as on the text
 * in half-width digits. The text itself is kept as written.
 */
const HALF = [
  "某市深化质量强市建设实施方案（2023—2025年）",
  "",
  "为贯彻落实《质量强国建设纲要》，制定本方案。",
  "一、总体要求",
  "（一）主要目标",
  "到2025年，制造业产品质量合格率达到90%，争创中国质量奖2个、中国专利奖5个，食品抽检合格率稳定在98.5%以上。",
  "到2027年，新增国家级质量标杆企业3家。",
  "二、主要任务",
  "1.提升产品质量。到2025年，农产品质量安全例行监测合格率达到97%。〔责任单位：市市场监管局〕",
  "",
].join("\n");

const FULL_DIGITS = "０１２３４５６７８９";
/** Every ASCII digit as its full-width form, a point between digits as `．`, `%` as `％`. */
const fullWidth = (text: string) => text.replace(/(?<=\d)\.(?=\d)/g, "．").replace(/%/g, "％").replace(/[0-9]/g, (digit) => FULL_DIGITS[Number(digit)]!);

const targetFindings = (text: string) =>
  analyze(text)
    .findings.filter((finding) => finding.rule.startsWith("targets/"))
    .map((finding) => `${finding.rule}@${finding.start}-${finding.end}`);

describe("targets written in full-width digits", () => {
  const full = fullWidth(HALF);

  it("the fixture really is in full-width figures", () => {
    expect(full).not.toMatch(/[0-9]/);
    expect(full).toContain("９８．５％");
  });

  it("read the same values, kinds, horizons and indicators", () => {
    const read = (text: string) =>
      extractTargets(analyze(text).plan).targets.map((target) => ({ indicator: target.indicator, kind: target.kind, value: target.value ?? null, horizon: target.horizon, start: target.start }));
    const half = read(HALF);
    expect(half.length).toBeGreaterThanOrEqual(6);
    expect(read(full)).toEqual(half);
  });

  it("draw the same targets findings at the same places (weaker than the outline, horizon after the period)", () => {
    const half = targetFindings(HALF);
    expect(half.some((finding) => finding.startsWith("targets/weaker-than-parent"))).toBe(true);
    expect(half.some((finding) => finding.startsWith("targets/horizon"))).toBe(true);
    expect(targetFindings(full)).toEqual(half);
  });

  it("keep the value as written", () => {
    const target = analyze(full).plan.targets.find((entry) => entry.valueText.startsWith("９０"));
    expect(target?.value).toBe(90);
    expect(target?.valueText).toBe("９０");
    const count = extractTargets(analyze(full).plan).targets.find((entry) => entry.kind === "count" && entry.indicator === "中国质量奖");
    expect(count?.value).toBe(2);
    expect(count?.valueText).toBe("２");
  });
});

describe("a table of indicators and an indicator's Latin letters in full width", () => {
  const half = [
    "---",
    "成文日期: 2023-06-01",
    "---",
    "某市深化质量强市建设实施方案",
    "为贯彻落实《质量强国建设纲要》，制定本方案。",
    "一、总体要求",
    "（一）主要目标",
    "到2025年，单位GDP能耗比2020年下降13.5%。",
    "序号\t指标名称\t单位\t2022年基数\t2025年目标",
    "1\t食品抽检合格率\t%\t97.5\t≥97",
    "2\t公共服务质量满意度\t分\t78\t82",
    "",
  ].join("\n");
  const LETTERS = "ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ";
  // Outside the front matter: every digit, point and % full width, and GDP too.
  const full = half.replace(/(?<=---\n)([^]*)$/, (body) => fullWidth(body).replace(/GDP/g, (word) => [...word].map((letter) => LETTERS[letter.charCodeAt(0) - 0x41]).join("")));
  const rows = (text: string) =>
    extractTargets(analyze(text).plan).targets.map((target) => [target.indicator.replace(/ＧＤＰ/, "GDP"), target.comparator, target.value, target.unit, target.horizon, target.baseValue]);

  it("read the table by its columns and the indicator as the outline's, as in half width", () => {
    expect(full).toContain("２０２５年目标");
    expect(full).toContain("单位ＧＤＰ能耗");
    expect(rows(half)).toEqual([
      ["单位GDP能耗", "下降", 13.5, "%", 2025, null],
      ["食品抽检合格率", "≥", 97, "%", 2025, 97.5],
      ["公共服务质量满意度", "", 82, "分", 2025, 78],
    ]);
    expect(rows(full)).toEqual(rows(half));
    expect(targetFindings(full)).toEqual(targetFindings(half));
    expect(targetFindings(half).some((finding) => finding.startsWith("targets/weaker-than-parent"))).toBe(true);
  });
});
