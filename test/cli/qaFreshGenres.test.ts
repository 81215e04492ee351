import { expect, it } from "vitest";
import { describeFreshPlan } from "../support/freshPlan";

/**
 * qa-46f: three plans of genres no other fixture is, run through the whole checker as a reviewer
 * would (test/fixtures/plans-new/README.md lists what is planted): a county's 食品安全三年行动方案
 * with （一）1.（1） levels and a 实施步骤 chapter; a provincial bureau's 工作要点, its title naming it,
 * each point ending with its own divisions in brackets and no label; a city's 质量强市 plan pasted
 * from its government's web page (breadcrumb, 来源/发布时间, 字号 line, its 分工表 under the 附件,
 * the download link and the site's footer after it). The CLI must report exactly the planted
 * defects and what a reviewer agrees with (rule and 1-based line).
 */
describeFreshPlan(
  "a county's 食品安全三年行动方案",
  "county-food-safety.plan",
  {
    findings: [
      // 食用农产品例行监测合格率达到  %以上: the figure left blank.
      [15, "targets/blank"],
      // 县食药监局: the 2018 reform's 县市场监管局, which the clause lists too.
      [43, "units/unknown"],
      // （二）1. 2. 4.: the third task's number lost.
      [45, "numbering/sequence"],
      // （四）2. names no unit, where the 1. tasks beside it do: one task's （1）（2） sharing the
      // clause below them does not make level 4 the only level that carries clauses.
      [59, "units/missing-clause"],
    ],
  },
  (plan) => {
    it("counts the retired 县食药监局 as the 县市场监管局", async () => {
      expect((await plan.unit("县市场监管局"))?.writings).toEqual(["县市场监管局", "县食药监局"]);
      expect((await plan.units()).map((row) => row.unit)).not.toContain("县食药监局");
    });
  },
);

describeFreshPlan(
  "a provincial bureau's 工作要点 with its divisions in brackets",
  "province-ip-points.plan",
  {
    findingsTest: "reads each point's bracket as its clause and reports the planted defects only",
    findings: [
      // 《质量强国建设纲要》（中发〔2023〕17号): the outline is 中发〔2022〕17号.
      [3, "xref/title"],
      // 知识产权质押融资登记金额达到   亿元: blank.
      [5, "targets/blank"],
      // 6. names no division, where every other point does.
      [21, "units/missing-clause"],
      // （知识产权保护处，省公安厅，省法院）: the gap after the bureau's own division sets its
      // divisions apart (valid); the comma between two other departments is a slip.
      [27, "units/separator"],
    ],
  },
  (plan) => {
    it("lists the bureau's divisions, 机关党委 among them, with their points", async () => {
      expect((await plan.unit("知识产权保护处"))?.tasks).toBe(6);
      expect((await plan.unit("机关党委"))?.tasks).toBe(2);
      expect((await plan.unit("省公安厅"))?.tasks).toBe(1);
    });
  },
);

describeFreshPlan("a city's 质量强市 plan pasted from its government's web page", "city-quality-web.plan", {
  findingsTest: "reports the page's debris and the planted defects",
  findings: [
    // Breadcrumb, 来源/发布时间 and 字号 lines: one finding for the page's head.
    [1, "structure/leading-debris"],
    // The outline's 制造业质量竞争力指数 has no figure of the city's (reported by design).
    [21, "targets/parent-not-localised"],
    // 市质监局: retired in 2018; its successor is listed in the same clause.
    [33, "units/unknown"],
    // （三）1. names no unit.
    [45, "units/missing-clause"],
    // （三） is followed by （五）.
    [49, "numbering/sequence"],
    // The 分工表's title and header follow the 附件说明 with no 附件 label: the page lost its line.
    [65, "structure/attachment-label"],
    // The table's row 3 leaves out the text's 市市场监管局.
    [69, "units/table-mismatch"],
    // 附件下载, the links and the site's footer.
    [73, "structure/trailing-text"],
  ],
});
