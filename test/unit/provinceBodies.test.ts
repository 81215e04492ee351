import { expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";

/** QA round 15: Hubei's 水利和湖泊局, known to that province's plans only (province-bodies.json). */
const unknownOf = (text: string) =>
  analyze(text)
    .findings.filter((finding) => finding.rule === "units/unknown")
    .map((finding) => text.slice(finding.start, finding.end));

const TASKS = (word: string) => `一、重点任务\n（一）强化工程质量保障。（责任单位：${word}住建局、${word}水利和湖泊局）\n（二）加强水利工程监管。（责任单位：${word}水利局）\n`;

it("knows 水利和湖泊局 as the 水利 bureau in a Hubei prefecture's plan, by its issuer or the province it cites", () => {
  expect(unknownOf(`---\n发文机关: 恩施土家族苗族自治州人民政府\n---\n恩施州质量强州建设实施方案\n${TASKS("州")}`)).toEqual([]);
  expect(unknownOf(`示例县质量强县建设实施方案\n为贯彻落实《湖北省质量强省建设实施方案》，制定本方案。\n${TASKS("县")}`)).toEqual([]);
  expect(unknownOf(`---\n发文机关: 荆州市人民政府\n---\n荆州市质量强市建设实施方案\n${TASKS("市")}`)).toEqual([]);
});

it("keeps 水利和湖泊局 unknown in another province's plan", () => {
  expect(unknownOf(`---\n发文机关: 成都市人民政府\n---\n成都市质量强市建设实施方案\n${TASKS("市")}`)).toEqual(["市水利和湖泊局"]);
});

it("reads the two writings as one unit in a Hubei plan", () => {
  const text = `---\n发文机关: 荆州市人民政府\n---\n荆州市质量强市建设实施方案\n${TASKS("市")}`;
  const aliases = analyze(text).findings.filter((finding) => finding.rule === "units/alias");
  expect(aliases.map((finding) => [text.slice(finding.start, finding.end), finding.message])).toEqual([["市水利局", "“市水利局”与本文的“市水利和湖泊局”是同一单位，应统一写作规范名称“市水利和湖泊局”"]]);
});

it("knows 水利和湖泊局 in a Hubei county's plan that names only its county, by its prefecture's document or bodies", () => {
  // The preamble implements its prefecture's plan.
  expect(unknownOf(`谷城县质量强县建设实施方案\n为贯彻落实《襄阳市质量强市建设实施方案》，制定本方案。\n${TASKS("县")}`)).toEqual([]);
  // Its clauses name its prefecture's 分局 and the 金融监管 office there.
  const branches = "一、重点任务\n（一）强化工程质量保障。（责任单位：县住建局、县水利和湖泊局、襄阳市生态环境局谷城分局）\n（二）加强金融支持。（责任单位：县财政局、国家金融监督管理总局襄阳监管分局）\n";
  expect(unknownOf(`谷城县质量强县建设实施方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n${branches}`)).toEqual([]);
  // Another province's prefecture says another province.
  expect(unknownOf(`信丰县质量强县建设实施方案\n为贯彻落实《赣州市质量强市建设实施方案》，制定本方案。\n${branches.replaceAll("襄阳", "赣州").replace("谷城", "信丰")}`)).toEqual(["县水利和湖泊局"]);
});
