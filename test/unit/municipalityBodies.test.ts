import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";

/**
 * The 直辖市 (北京, 上海, 天津, 重庆) keep committees where other cities have bureaus (上海市商务委员会,
 * 北京市交通委员会, 重庆市经济和信息化委员会), and their districts name theirs alike (区商务委,
 * 区科委, Pudong's 区科经委 and 区建交委).
 */
const unknown = (text: string) => analyze(text).findings.filter((finding) => finding.rule === "units/unknown").map((finding) => text.slice(finding.start, finding.end));

const plan = (head: string, units: string) => `${head}\n一、主要任务\n（一）推动产业质量升级。开展质量提升行动。（责任单位：${units}）\n`;

describe("a 直辖市's committees", () => {
  it("are known in its districts' plans", () => {
    const pudong = plan("浦东新区质量强区建设实施方案\n上海市浦东新区人民政府", "区科经委、区商务委、区建交委、区经委、区科委、区建管委、区市场监管局、区府办");
    expect(unknown(pudong)).toEqual([]);
    const chaoyang = plan("朝阳区质量强区建设实施方案\n北京市朝阳区人民政府", "区商务局、区交通委、区教委、区城市管理委、区住房城乡建设委、区园林绿化局");
    expect(unknown(chaoyang)).toEqual([]);
  });

  it("are known in its own plans", () => {
    expect(unknown(plan("上海市质量强市建设实施方案\n上海市人民政府", "市经济信息化委、市商务委、市住房城乡建设管理委、市交通委、市科委、市教委、市绿化市容局"))).toEqual([]);
    expect(unknown(plan("重庆市质量强市建设实施方案\n重庆市人民政府", "市经济信息委、市商务委、市住房城乡建委、市农业农村委、市文化旅游委"))).toEqual([]);
    // A county of 重庆 names its bodies as the city does.
    expect(unknown(plan("巫山县质量强县建设实施方案\n重庆市巫山县人民政府办公室", "县文化旅游委、县商务委、县经济信息委、县住房城乡建委、县农业农村委"))).toEqual([]);
  });

  it("are known in a district's plan that names only its district, or cites only its city's document", () => {
    // 嘉定 is only 上海's district; a district's plan rarely repeats its city.
    expect(unknown(plan("嘉定区2026年质量强区建设行动计划", "区经委、区科委、区商务委、区建设管理委、区农业农村委、区绿化市容局"))).toEqual([]);
    expect(unknown(plan("渝北区质量强区建设实施方案", "区经济信息委、区住房城乡建委、区文化旅游委"))).toEqual([]);
    // 普陀区 is 舟山's too: the preamble's 《上海市…》 says whose.
    const putuo = "普陀区质量强区建设行动计划\n为贯彻落实《上海市质量强市建设实施方案》，结合本区实际，制定本行动计划。";
    expect(unknown(plan(putuo, "区经委、区科委、区商务委"))).toEqual([]);
    // Neither: a district of another city keeps its bureaus.
    expect(unknown(plan("普陀区质量强区建设行动计划\n为贯彻落实《浙江省质量强省建设实施方案》，结合本区实际，制定本行动计划。", "区经委、区科委"))).toEqual(["区经委", "区科委"]);
  });

  it("know the offices 北京 and 上海 keep (信访办, 上海's 城运中心 of 一网统管) in the city's and its districts' plans", () => {
    expect(unknown(plan("上海市质量强市建设实施方案\n上海市人民政府", "市信访办、市城运中心、市城市运行管理中心"))).toEqual([]);
    expect(unknown(plan("嘉定区质量强区建设实施方案\n上海市嘉定区人民政府", "区信访办、区城运中心"))).toEqual([]);
    expect(unknown(plan("赣州市质量强市建设实施方案\n赣州市人民政府", "市城运中心"))).toEqual(["市城运中心"]);
  });

  it("are no other city's: there a committee's name is still reported, with the bureau suggested", () => {
    expect(unknown(plan("赣州市质量强市建设实施方案\n赣州市人民政府", "市商务委、市科经委"))).toEqual(["市商务委", "市科经委"]);
  });
});

describe("a 直辖市's fire service", () => {
  it("is a 总队, its districts' and counties' 支队, as a province's and a city's are", () => {
    expect(unknown(plan("大兴区质量强区建设实施方案\n北京市大兴区人民政府", "区消防救援支队、区应急局"))).toEqual([]);
    expect(unknown(plan("巫山县质量强县建设实施方案\n重庆市巫山县人民政府办公室", "县消防救援支队、县应急局"))).toEqual([]);
    expect(unknown(plan("上海市质量强市建设实施方案\n上海市人民政府", "市消防救援总队、市应急局"))).toEqual([]);
    // A district's traffic police is a 支队 too (上海's 交警支队, 北京's 交通支队, 重庆's 交巡警支队).
    expect(unknown(plan("嘉定区质量强区建设实施方案\n上海市嘉定区人民政府", "区交警支队、区公安分局"))).toEqual([]);
    expect(unknown(plan("大兴区质量强区建设实施方案\n北京市大兴区人民政府", "区交通支队、区公安分局"))).toEqual([]);
    expect(unknown(plan("渝北区质量强区建设实施方案\n重庆市渝北区人民政府", "区交巡警支队、区公安分局"))).toEqual([]);
    // Elsewhere a district's is a 大队, and a 支队 is the city's.
    expect(unknown(plan("章贡区质量强区建设实施方案\n赣州市章贡区人民政府", "区交警支队、区应急局"))).toEqual(["区交警支队"]);
    expect(unknown(plan("章贡区质量强区建设实施方案\n赣州市章贡区人民政府", "区消防救援支队、区应急局"))).toEqual(["区消防救援支队"]);
  });
});
