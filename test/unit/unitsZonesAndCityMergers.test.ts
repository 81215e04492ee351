import { describe, expect, it } from "vitest";
import { analyze, type AnalysisOptions } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { unitIdentities } from "../../server/src/core/units/identity";
import { buildRegistry } from "../../server/src/core/units/registry";

/**
 * QA 44g: a county's zone read place first (攸县高新区 is 攸县's 县高新区, not the 新区 of a place
 * 攸县高), a prefecture's merged bureaus (南充市经济合作和外事局), the name the registry makes for a
 * merger never pressed on a plan that writes it one way, and a customs office written without 驻.
 */
const registry = buildRegistry(undefined);

const head = (title: string) => `${title}\n\n为深入贯彻落实《质量强国建设纲要》，结合实际，制定本方案。\n\n一、主要任务\n\n`;
const task = (n: string, units: string) => `（${n}）推进专项工作。开展专项工作。（责任单位：${units}）\n`;

function unitFindings(text: string, options: AnalysisOptions = {}): string[] {
  return analyze(text, options).findings.filter((finding) => finding.rule.startsWith("units/")).map((finding) => `${finding.rule} ${text.slice(finding.start, finding.end)}: ${finding.message}`);
}

describe("a zone named after its government's place", () => {
  it("reads the place up to its level word, then the zone's kind, whichever way the kind is written", () => {
    const cases: Array<[string, string, string]> = [
      // one-character counties: the place is the character before 县
      ["攸县高新区管委会", "县高新区", "攸"],
      ["攸县高新技术产业开发区管委会", "县高新区", "攸"],
      ["攸县经开区管委会", "县经开区", "攸"],
      ["攸县经济技术开发区管委会", "县经开区", "攸"],
      ["曹县经济技术开发区", "县经开区", "曹"],
      ["曹县经济开发区管委会", "县经济开发区", "曹"],
      ["攸县工业园区管委会", "县工业园区", "攸"],
      ["曹县综合保税区", "县综合保税区", "曹"],
      // longer places end at their level word as well
      ["兴国县高新区管委会", "县高新区", "兴国"],
      ["兴国县高新技术产业开发区管委会", "县高新区", "兴国"],
      ["章贡区高新区", "区高新区", "章贡"],
    ];
    for (const [written, canonical, place] of cases) expect(registry.resolve(written), written).toMatchObject({ canonical, place });
  });

  it("keeps the zones named by their place alone (赣州高新区, 蓉江新区) and a place no level word ends as they were", () => {
    expect(registry.resolve("赣州高新技术产业开发区管委会")).toMatchObject({ canonical: "赣州高新区", place: "赣州" });
    // a city's place fits the zone patterns as it did
    expect(registry.resolve("赣州市经济技术开发区")).toMatchObject({ canonical: "赣州市经开区", place: "赣州市" });
    expect(registry.resolve("蓉江新区")).toMatchObject({ canonical: "蓉江新区", place: "蓉江" });
    // 州 ends names of every level (赣州, 抚州): no place of one character before it
    expect(registry.resolve("抚州高新区")).toMatchObject({ canonical: "抚州高新区", place: "抚州" });
  });

  it("makes one unit of a county's zone however its kind is written, apart from another county's, in a city's plan", () => {
    const plan = buildPlan(`${head("株洲市深入推进质量强市建设实施方案")}${task("一", "攸县高新区管委会、茶陵县高新区管委会")}`);
    const identity = unitIdentities(plan, registry);
    const key = (name: string) => identity(registry.resolve(name)!).key;
    expect(key("攸县高新技术产业开发区管委会")).toBe(key("攸县高新区管委会"));
    expect(key("攸县经济技术开发区管委会")).toBe(key("攸县经开区管委会"));
    expect(key("茶陵县高新区管委会")).not.toBe(key("攸县高新区管委会"));
    expect(key("攸县经开区管委会")).not.toBe(key("攸县高新区管委会"));
  });

  it("reports a county's zone written two ways as one unit", () => {
    const text = `${head("株洲市深入推进质量强市建设实施方案")}${task("一", "市工信局、攸县高新区管委会")}${task("二", "市商务局、攸县高新技术产业开发区管委会")}`;
    expect(unitFindings(text)).toEqual([
      "units/alias 攸县高新技术产业开发区管委会: “攸县高新技术产业开发区管委会”与本文的“攸县高新区管委会”是同一单位，应统一写作本文多用的写法“攸县高新区管委会”",
    ]);
  });
});

describe("a prefecture's merged bureau", () => {
  it("reads departments named by their whole stems at a city's level, after the city's name too", () => {
    expect(registry.resolve("南充市经济合作和外事局")).toMatchObject({ place: "南充" });
    expect(registry.resolve("市经济合作和外事局")?.entry).toBe(registry.resolve("南充市经济合作和外事局")?.entry);
    expect(registry.resolve("市商务经济合作和外事局")).not.toBeNull();
    expect(registry.resolve("市商务经济合作和外事局")?.entry).not.toBe(registry.resolve("市经济合作和外事局")?.entry);
    expect(registry.resolve("州经济合作和外事局")?.entry.level).toBe("市");
  });

  it("is the registry's own entry where the registry lists the merger (市教育和体育局 is 市教体局)", () => {
    expect(registry.resolve("市教育和体育局")?.entry).toBe(registry.resolve("市教体局")?.entry);
  });

  it("reads no first characters, no vertically managed body and no stem no department has at a city's level", () => {
    // nor a name without its 和 (市科技工业信息化局 is 海南's own, province-bodies.json), nor the congress's 人大
    for (const written of ["市卫体局", "市教科体局", "市财政和税务局", "市气象和应急局", "市发展和改革局", "市经济合作和外世局", "市经济合作外事局", "市科技工业信息化局", "市人大和农业农村局"]) expect(registry.resolve(written), written).toBeNull();
    // a county's merger keeps its first characters
    expect(registry.resolve("县卫体局")).not.toBeNull();
  });

  it("leaves a city plan's merged bureau and centre alone", () => {
    const text = `${head("南充市深入推进质量强市建设实施方案")}${task("一", "市经济合作和外事局、市商务经济合作和外事局、市政务服务和公共资源交易服务中心")}`;
    expect(unitFindings(text)).toEqual([]);
  });
});

describe("the name the registry makes for a merger", () => {
  const canonical = { config: { rules: { "units/alias": ["warning", { prefer: "canonical" }] } } } as AnalysisOptions;

  it("is never pressed on a plan that writes the merger one way, in canonical mode either", () => {
    for (const name of ["县政务服务和公共资源交易服务中心", "县卫生健康和体育局", "县商务经济合作和外事局"]) {
      expect(unitFindings(`${head("示例县质量强县建设实施方案")}${task("一", `${name}、县财政局`)}${task("二", name)}`, canonical), name).toEqual([]);
    }
    expect(unitFindings(`${head("南充市深入推进质量强市建设实施方案")}${task("一", "市经济合作和外事局")}`, canonical)).toEqual([]);
  });

  it("unifies a merger written two ways to a writing of the plan, in canonical mode too", () => {
    const text = `${head("示例县质量强县建设实施方案")}${task("一", "县政务服务和公共资源交易服务中心")}${task("二", "县政务服务和公共资源交易服务中心")}${task("三", "县政务服务与公共资源交易中心")}`;
    const expected = ["units/alias 县政务服务与公共资源交易中心: “县政务服务与公共资源交易中心”与本文的“县政务服务和公共资源交易服务中心”是同一单位，应统一写作本文多用的写法“县政务服务和公共资源交易服务中心”"];
    expect(unitFindings(text)).toEqual(expected);
    expect(unitFindings(text, canonical)).toEqual(expected);
  });

  it("still asks a registry entry's alias for its canonical name in canonical mode", () => {
    expect(unitFindings(`${head("示例县质量强县建设实施方案")}${task("一", "县财政局、县发展和改革委员会")}`, canonical).some((finding) => finding.startsWith("units/alias 县发展和改革委员会"))).toBe(true);
  });
});

describe("a customs office", () => {
  it("is one office with or without its 驻", () => {
    expect(registry.resolve("成都海关南充办事处")).toMatchObject({ canonical: "成都海关驻南充办事处", form: "alias" });
    expect(registry.resolve("成都海关驻南充办事处")).toMatchObject({ canonical: "成都海关驻南充办事处", form: "canonical" });
    expect(registry.resolve("各海关南充办事处")).toBeNull();
  });
});

describe("a zone named after the zone it lies in (QA 45c)", () => {
  it("is the inner zone, its place the outer zone as written: no place 经开 of a 区综合保税区", () => {
    const cases: Array<[string, string, string]> = [
      ["经开区综保区", "经开区综合保税区", "经开区"],
      ["赣州经开区综保区", "赣州经开区综合保税区", "赣州经开区"],
      ["高新区综合保税区", "高新区综合保税区", "高新区"],
      ["经济开发区综保区管委会", "经济开发区综合保税区", "经济开发区"],
    ];
    for (const [written, canonical, place] of cases) expect(registry.resolve(written), written).toMatchObject({ canonical, place });
    // A zone named after its city stays the city's, and a district's zone its district's.
    expect(registry.resolve("赣州综保区")).toMatchObject({ canonical: "赣州综合保税区", place: "赣州" });
    expect(registry.resolve("章贡区高新区")).toMatchObject({ canonical: "区高新区", place: "章贡" });
  });

  it("is one unit in a clause, not two zones", () => {
    const text = `${head("赣州市质量强市建设实施方案")}${task("一", "市商务局、经开区综保区")}${task("二", "市商务局、经开区综合保税区")}`;
    expect(unitFindings(text)).toEqual([
      "units/alias 经开区综保区: “经开区综保区”与本文的“经开区综合保税区”是同一单位，应统一写作规范名称“经开区综合保税区”",
    ]);
  });
});
