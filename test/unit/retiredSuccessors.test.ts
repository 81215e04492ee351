import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import type { PlanConfig } from "../../server/src/core/config/schema";

/**
 * A body the 2018 reform abolished did not have one successor everywhere: a 经信委 became the
 * 工业和信息化 department in most places and the 经济和信息化 one in others (浙江省经济和信息化厅,
 * 四川, 成都市经济和信息化局), both current. A retired name's successor is the one the plan (or the
 * workspace's registry) uses; never another place's name in its stead. With nothing to go by,
 * each is offered and the message names them all.
 */
function unknownOf(text: string, config?: PlanConfig) {
  return analyze(text, { config })
    .findings.filter((finding) => finding.rule === "units/unknown")
    .map((finding) => [text.slice(finding.start, finding.end), finding.message, finding.suggestions?.map((suggestion) => suggestion.description)]);
}

const PROVINCE = (units: string) => `---\n层级: 省\n---\n一、主要任务\n（一）甲任务。开展工作。（省科技厅、${units}按职责分工负责）\n（二）乙任务。开展工作。（省科技厅、省经济和信息化厅按职责分工负责）\n`;

describe("the successor of a retired name", () => {
  it("is the body the plan uses: 省经信委 in a plan that writes 省经济和信息化厅 is 省经信厅", () => {
    expect(unknownOf(PROVINCE("省经信委"))).toEqual([
      ["省经信委", "“省经信委”是2018年机构改革前的旧称（“经信委”的职责已划入“省经信厅”），应写作现行名称“省经信厅”", ["改为“省经信厅”"]],
    ]);
    expect(unknownOf(PROVINCE("省经济和信息化委员会"))[0]![2]).toEqual(["改为“省经信厅”"]);
  });

  it("is the body the workspace registers, where the plan says none", () => {
    const config: PlanConfig = { units: { registry: [{ name: "市经济和信息化局", aliases: ["市经信局"], level: "市", constituent: true }] } };
    const text = "一、主要任务\n1.甲任务。开展工作。〔责任单位：市科技局、市经信委〕\n";
    expect(unknownOf(text, config)).toEqual([
      ["市经信委", "“市经信委”是2018年机构改革前的旧称（“经信委”的职责已划入“市经济和信息化局”），应写作现行名称“市经济和信息化局”", ["改为“市经济和信息化局”"]],
    ]);
  });

  it("is each of the current bodies, none preferred, where nothing says which", () => {
    const text = "一、主要任务\n1.甲任务。开展工作。〔责任单位：市科技局、市经信委〕\n";
    const [found] = analyze(text).findings.filter((finding) => finding.rule === "units/unknown");
    expect(found!.message).toBe("“市经信委”是2018年机构改革前的旧称（“经信委”的职责各地分别划入“市工信局”或“市经信局”），应写作本地的现行名称");
    expect(found!.fix).toBeUndefined();
    expect(found!.suggestions!.map((suggestion) => suggestion.description)).toEqual(["改为“市工信局”", "改为“市经信局”"]);
  });

  it("deletes the retired name where the clause lists its successor, whichever the place's is", () => {
    const text = "一、主要任务\n1.甲任务。开展工作。〔责任单位：市经信局、市经信委〕\n";
    expect(unknownOf(text)).toEqual([
      ["市经信委", "“市经信委”是2018年机构改革前的旧称（“经信委”的职责已划入“市经信局”），应写作现行名称“市经信局”，本处已列出", ["删除“市经信委”"]],
    ]);
  });

  it("is found at a province's level in a registry without the built-in list (省经济和信息化厅)", () => {
    const config: PlanConfig = { units: { useBuiltin: false, registry: [{ name: "省经济和信息化厅", level: "省" }, { name: "省科技厅", level: "省" }] } };
    expect(unknownOf(PROVINCE("省经信委"), config)).toEqual([
      ["省经信委", "“省经信委”是2018年机构改革前的旧称（“经信委”的职责已划入“省经济和信息化厅”），应写作现行名称“省经济和信息化厅”", ["改为“省经济和信息化厅”"]],
    ]);
  });
});
