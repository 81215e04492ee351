import { expect, it } from "vitest";
import { PositionMapper } from "../../server/src/core/text/positions";
import { analyze } from "../../server/src/core/analyze";
import { coverageOf } from "../../server/src/core/xref/coverage";
import { coverageJson } from "../../server/src/cli/format/coverage";

const BODY = "一、总体要求\n（一）主要目标\n到2025年，制造业产品质量合格率达到93%。\n二、主要任务\n1.甲任务。开展工作。〔责任单位：市科技局〕\n";
const viaOf = (text: string) => analyze(text).parents.map((entry) => [entry.parent.title, entry.via, entry.span ? text.slice(entry.span.start, entry.span.end) : null]);

it("infers the outline for a 质量强市 plan that implements the 质量强国 decisions and cites nothing, and says so", () => {
  const text = `关于深入推进质量强市建设的实施方案（2023—2027年）\n为贯彻落实党中央、国务院和省委、省政府关于建设质量强国、质量强省的决策部署，制定本方案。\n${BODY}`;
  expect(viaOf(text)).toEqual([["质量强国建设纲要", "inferred", "贯彻落实党中央、国务院和省委、省政府关于建设质量强国"]]);
  const weaker = analyze(text).findings.find((finding) => finding.rule === "targets/weaker-than-parent");
  expect(weaker?.message).toContain("《质量强国建设纲要》（推断：方案未引用）");
});

it("infers nothing where the plan names a basis, for a special-topic plan, or without the words", () => {
  // A citation names the basis, though the checker does not know it, and it is on no known document's subject.
  expect(viaOf(`示例市质量强市建设实施方案\n为贯彻落实《示例省数字经济发展实施意见》和建设质量强国的决策部署，制定本方案。\n${BODY}`)).toEqual([]);
  // A special-topic plan implements its own national document.
  expect(viaOf(`示例市标准化发展行动计划\n为贯彻落实党中央、国务院关于建设质量强国的决策部署，制定本方案。\n${BODY}`)).toEqual([]);
  // A 质量强市 plan that does not say it implements the 质量强国 decisions.
  expect(viaOf(`示例市质量强市建设实施方案\n为推动高质量发展，制定本方案。\n${BODY}`)).toEqual([]);
  // Front matter names another parent: that one, nothing inferred.
  expect(viaOf(`---\n上位文件: 不存在的文件\n---\n示例市质量强市建设实施方案\n为贯彻落实关于建设质量强国的决策部署，制定本方案。\n${BODY}`)).toEqual([]);
});

/** QA round 15 (德清): a county plan citing only its province's and city's 实施意见 carries out the outline through them. */
it("infers the outline through a cited document on its subject the checker does not know, and says through which", () => {
  const province = "中共浙江省委 浙江省人民政府关于深化质量强省建设的实施意见";
  const text = `示例县深化质量强县建设行动方案\n为贯彻落实《${province}》和《示例市人民政府关于深化质量强市建设的实施意见》，制定本方案。\n${BODY}`;
  const analysis = analyze(text);
  expect(analysis.parents.map((entry) => [entry.parent.title, entry.via, entry.through, entry.secondaryTo])).toEqual([["质量强国建设纲要", "inferred", province, null]]);
  expect(text.slice(analysis.parents[0]!.span!.start, analysis.parents[0]!.span!.end)).toBe(`《${province}》`);
  const weaker = analysis.findings.find((finding) => finding.rule === "targets/weaker-than-parent");
  expect(weaker?.message).toContain(`《质量强国建设纲要》（推断：方案未引用，经所引《${province}》贯彻）`);
});

it("infers nothing through a cited document for a plan dated before the known one was issued", () => {
  const text = `---\n成文日期: 2016-05-10\n---\n示例县质量强县建设实施方案\n为贯彻落实《示例省人民政府关于加快质量强省建设的实施意见》，制定本方案。\n${BODY}`;
  expect(viaOf(text)).toEqual([]);
});

it("infers nothing through the plan's own title its 印发通知 cites", () => {
  const text = `关于印发示例县深化质量强县建设行动方案的通知\n各乡镇人民政府：\n现将《示例县深化质量强县建设行动方案》印发给你们，请认真贯彻执行。\n示例县人民政府办公室\n2024年3月28日\n示例县深化质量强县建设行动方案\n${BODY}`;
  expect(viaOf(text)).toEqual([]);
});

it("infers nothing through a call for comments on the plan's own draft", () => {
  const text = `关于公开征求《示例县深化质量强县建设行动方案（征求意见稿）》意见的通知\n现将《示例县深化质量强县建设行动方案（征求意见稿）》全文公布，公开征求意见。\n示例县市场监督管理局\n2024年3月28日\n示例县深化质量强县建设行动方案\n（2024—2026年）\n${BODY}`;
  expect(viaOf(text)).toEqual([]);
});

it("names in the coverage JSON the cited document the outline was inferred through", () => {
  const province = "中共浙江省委 浙江省人民政府关于深化质量强省建设的实施意见";
  const through = `示例县深化质量强县建设行动方案\n为贯彻落实《${province}》，制定本方案。\n${BODY}`;
  const direct = `关于深入推进质量强县建设的实施方案\n为贯彻落实党中央、国务院关于建设质量强国的决策部署，制定本方案。\n${BODY}`;
  const json = (text: string) => {
    const analysis = analyze(text);
    const coverage = coverageOf(analysis.plan, analysis.parents[0]!.parent, analysis.parents, analysis.knownParents);
    return coverageJson("plan.plan", coverage, new PositionMapper(text));
  };
  expect([json(through).inferred, json(through).inferredThrough]).toEqual([true, province]);
  expect([json(direct).inferred, json(direct).inferredThrough]).toEqual([true, null]);
});
