import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { documentLevel, documentPlace } from "../../server/src/core/units/documentLevel";

/**
 * An autonomous prefecture's or county's full name (黔东南苗族侗族自治州, 北川羌族自治县) is read by its
 * shape — the place, its peoples, 自治州 or 自治县 — as the same place as its short form (黔东南州).
 */
const TASKS = "一、重点任务\n1.甲。（责任单位：州市场监管局）\n";
const placeOf = (heading: string, word: string) => documentPlace(buildPlan(`${heading}\n${TASKS}`), word);

describe("an autonomous area's place", () => {
  it("is read from its full name in a title or an issuer, as from its short form", () => {
    for (const [full, short, place] of [
      ["黔东南苗族侗族自治州", "黔东南州", "黔东南"],
      ["恩施土家族苗族自治州", "恩施州", "恩施"],
      ["延边朝鲜族自治州", "延边州", "延边"],
      // The place's last character could begin a people's name: the peoples are named, not guessed.
      ["西双版纳傣族自治州", "西双版纳州", "西双版纳"],
      ["黔西南布依族苗族自治州", "黔西南州", "黔西南"],
      // Some write a people without 族.
      ["博尔塔拉蒙古自治州", "博州", "博尔塔拉"],
    ]) {
      expect(placeOf(`${full}质量强州建设实施方案`, "州")).toBe(place);
      expect(placeOf(`---\n发文机关: ${full}人民政府\n---\n质量强州建设实施方案`, "州")).toBe(place);
      if (short.length > 2) expect(placeOf(`${short}质量强州建设实施方案`, "州")).toBe(place);
    }
  });

  it("is read for an autonomous county, and for a county after its autonomous prefecture", () => {
    expect(placeOf("北川羌族自治县质量强县建设实施方案", "县")).toBe("北川");
    const county = "恩施土家族苗族自治州宣恩县质量强县建设实施方案";
    expect([placeOf(county, "州"), placeOf(county, "县")]).toEqual(["恩施", "宣恩"]);
    expect(placeOf("---\n发文机关: 中共恩施土家族苗族自治州宣恩县委\n---\n质量强县建设实施方案", "县")).toBe("宣恩");
  });

  it("gives the prefecture's province its way of naming bodies, whichever form the plan writes", () => {
    // 湖北's 水利和湖泊局 (province-bodies.json), known by the prefecture its issuer names in full.
    const text = "---\n发文机关: 恩施土家族苗族自治州人民政府\n---\n质量强州建设实施方案\n一、重点任务\n1.甲。（责任单位：州水利和湖泊局）\n";
    expect(analyze(text).findings.filter((finding) => finding.rule === "units/unknown")).toEqual([]);
  });

  it("makes a plan whose names say no level yet a county's where its title or issuer names an autonomous county or banner no list holds", () => {
    const empty = "一、重点任务\n1.甲。〔责任单位：〕\n";
    for (const county of ["长阳土家族自治县", "五峰土家族自治县", "莫力达瓦达斡尔族自治旗"]) {
      const word = county.slice(-1);
      expect(documentLevel(buildPlan(`${county}质量提升行动方案\n${empty}`)), county).toEqual({ level: "县", word });
      expect(documentLevel(buildPlan(`---\n发文机关: ${county}人民政府办公室\n---\n质量提升行动方案\n${empty}`)), county).toEqual({ level: "县", word });
    }
    // An autonomous prefecture is a city's level.
    expect(documentLevel(buildPlan(`恩施土家族苗族自治州质量提升行动方案\n${empty}`)).level).toBe("市");
  });
});
