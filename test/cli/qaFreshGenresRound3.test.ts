import { expect, it } from "vitest";
import { describeFreshPlan } from "../support/freshPlan";

/**
 * qa-47f: three more plans of genres no other fixture is (test/fixtures/plans-new/README.md lists
 * what is planted): a province's 实施意见 on 质量强省 in prose paragraphs （一）…（十八） with
 * `（省市场监管局牵头，…等按职责分工负责）` after each and Hubei's 各市、州、直管市、神农架林区人民政府; a
 * city's 特种设备 专项整治 plan pasted from a WeChat 公众号 article (byline, headline, ▲ and ● marks,
 * 01 02 sections, 【一、…】 headings, 来源/编辑/审核, —END— and 点击关注); a town's yearly plan whose
 * units are the town's own offices and stations (镇经济发展办, 镇市场监管所) and 各村（社区）. The CLI
 * must report exactly the planted defects and what a reviewer agrees with (rule and 1-based line).
 */
describeFreshPlan(
  "a province's 实施意见 in prose paragraphs with a lead and 按职责分工负责",
  "province-opinion-hubei.plan",
  {
    findings: [
      // （中发〔2021〕17号，以下简称《纲要》）: the 文号 shares its bracket with the short title (missed before qa-47f).
      [4, "xref/title"],
      // 制造业产品质量合格率达到93.5% by 2027, the outline's 94% for 2025.
      [10, "targets/weaker-than-parent"],
      // 每万人口高价值发明专利拥有量达到  件.
      [10, "targets/blank"],
      // （五） then （七）.
      [22, "numbering/sequence"],
      // （十） names no unit.
      [28, "units/missing-clause"],
      // 省质监局 beside the 省市场监管局.
      [32, "units/unknown"],
    ],
  },
  (plan) => {
    it("reads Hubei's local governments as a group and 神农架林区人民政府 as the one body it names", async () => {
      expect((await plan.units()).map((row) => row.unit)).not.toContain("直管市人民政府");
      expect((await plan.unit("神农架林区人民政府"))?.tasks).toBe(1);
      expect((await plan.unit("省市场监管局"))?.writings).toEqual(["省市场监管局", "省质监局"]);
    });
  },
);

describeFreshPlan(
  "a city's 特种设备 专项整治 plan pasted from a WeChat 公众号 article",
  "city-wechat-special-equipment.plan",
  {
    findingsTest: "reports the planted defects and the article's head and foot",
    findings: [
      // The account's name (read since qa-48c), the byline, the headline, ▲点击上方蓝字 and the news lead.
      [1, "structure/leading-debris"],
      // 在用气瓶电子标签覆盖率达到   %.
      [16, "targets/blank"],
      // 【一、】【二、】【四、】 (the headings in 【】 were no items before qa-47f: no outline at all).
      [40, "numbering/sequence"],
      // 市质监局 beside the 市市场监管局.
      [42, "units/unknown"],
      // 来源/编辑/审核, —END— (read as a list's dash before qa-47f) and 点击关注.
      [60, "structure/trailing-text"],
    ],
  },
  (plan) => {
    it("reads the headings in 【】 as the items their markers say, inside the article's 03 section", async () => {
      const items = await plan.outline();
      // The 01 … 05 sections are the plan's parts (qa-48c: before, the outline's title was `03 重点任务`).
      expect(items.map((item) => [item.marker, item.title])).toEqual([
        ["01", "工作目标"],
        ["02", "整治范围"],
        ["03", "重点任务"],
        ["04", "时间安排"],
        ["05", "工作要求"],
      ]);
      expect(items[2]!.children.map((item) => [item.marker, item.title])).toEqual([
        ["一、", "压实企业主体责任"],
        ["二、", "开展重点领域隐患排查"],
        ["四、", "强化执法检查"],
      ]);
    });
  },
);

describeFreshPlan(
  "a town's yearly plan with the town's offices as its units",
  "town-annual-plan.plan",
  {
    findingsTest: "reports the planted defects and nothing else: the town's offices are bodies",
    findings: [
      // The county's plan beside it in this folder is its parent: targets the town has no figure for (hints).
      [5, "targets/parent-not-localised"],
      [5, "targets/parent-not-localised"],
      [5, "targets/parent-not-localised"],
      [5, "targets/parent-not-localised"],
      // 完成农产品合格证开具主体培训  户.
      [7, "targets/blank"],
      // 1. 2. 4.
      [17, "numbering/sequence"],
      // 镇工商所: merged into the 市场监管所 in 2018.
      [17, "units/unknown"],
      // （二）2. names no unit.
      [23, "units/missing-clause"],
    ],
  },
  (plan) => {
    it("counts each office's tasks", async () => {
      const tasks = async (unit: string) => (await plan.unit(unit))?.tasks;
      // 4.'s 镇工商所 too: a retired station counts as its successor, as 区工商局 does as 区市场监管局.
      expect(await tasks("镇市场监管所")).toBe(4);
      expect(await tasks("镇经济发展办")).toBe(2);
      expect(await tasks("镇农业综合服务中心")).toBe(2);
    });
  },
);
