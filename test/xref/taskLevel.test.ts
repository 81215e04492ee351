import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import type { PlanDocument } from "../../server/src/core/model/types";
import { pathText } from "../../server/src/core/outline";
import { registryFor } from "../../server/src/core/units/registry";
import { unitReport } from "../../server/src/core/units/report";
import { coverageOf } from "../../server/src/core/xref/coverage";
import { coverageItems, taskItems } from "../../server/src/core/xref/tasks";

/**
 * What a plan's tasks are (xref/tasks.ts): the items of a run of tasks, read with the
 * `（1）（2）（3）` under them; not the 总体要求, a 专栏 box's list, or the carrying-out parts
 * (保障措施, 实施步骤), which coverage still matches but never lists as tasks. The QA plans:
 * test/fixtures/boxes/lead-lines-sub-items.plan (tasks 1. and 4. with sub-items) and
 * yearly-zhuanlan.plan (a 实施步骤 chapter of phases and a 保障措施 chapter).
 */
const read = (name: string) => readFileSync(join(__dirname, "..", "fixtures", "boxes", name), "utf8");
const headings = (plan: PlanDocument) => taskItems(plan).map((item) => `${item.marker.text}${item.heading.text}`);

function coverage(text: string) {
  const { plan, parents, knownParents } = analyze(text);
  return coverageOf(plan, parents[0]!.parent, parents, knownParents);
}

describe("a plan's tasks", () => {
  it("are the items of a run of tasks, their sub-items counted with them", () => {
    const text = read("lead-lines-sub-items.plan");
    expect(headings(buildPlan(text))).toEqual([
      "1.实施产业基础再造工程",
      "2.推动纺织产业集群质量提升",
      "3.加快制造业数字化转型",
      "4.守牢食品药品质量安全底线",
      "5.打造“品质绍兴”建造品牌",
      "6.推动生活性服务业品质化发展",
      "7.建设高能级质量基础设施",
      "8.深化标准化改革创新",
    ]);
    const found = coverage(text);
    const by = (label: string) => found.items.find((item) => item.entry.label === label)!.by.map((b) => `${pathText(b.path)} ${b.item.heading.text}`);
    // Task 1 is the 产业基础 task; task 4 with its 食品评价性抽检 and 药品抽检 figures is （十）.
    expect(by("（六）")).toEqual(["一、 › 1. 实施产业基础再造工程"]);
    expect(by("（十）")).toEqual(["二、 › 4. 守牢食品药品质量安全底线"]);
    // Task 5's 建造品牌 is （十五）'s 中国建造, its best match, below the threshold but well apart from the rest.
    expect(by("（十五）")).toEqual(["二、 › 5. 打造“品质绍兴”建造品牌"]);
    expect(found.unmatched.map((task) => pathText(task.path))).toEqual(["一、 › 3.", "三、 › 8."]);
  });

  it("are not the phases of a 实施步骤 part nor the items of the 保障措施, which coverage still matches", () => {
    const text = read("yearly-zhuanlan.plan");
    const plan = buildPlan(text);
    expect(headings(plan)).toEqual([
      "1.强化产业基础质量支撑",
      "2.提升产业集群质量引领力",
      "3.推动绿色低碳发展",
      "4.提高农产品食品药品质量安全水平",
      "5.打造“芜湖建造”品牌",
      "6.提升服务质量水平",
      "7.提升质量基础设施服务效能",
      "8.强化企业质量主体责任",
    ]);
    expect(coverageItems(plan).all.slice(8).map((item) => item.heading.text)).toEqual([
      "启动实施阶段（2024年1月—2024年6月）",
      "全面推进阶段（2024年7月—2025年6月）",
      "总结评估阶段（2025年7月—2025年12月）",
      "加强组织领导",
      "加强督促考核",
      "加强宣传引导",
    ]);
    const found = coverage(text);
    expect(found.unmatched).toEqual([]);
    expect(found.outOfScope.find((item) => item.entry.label === "（三十二）")!.by.map((b) => b.item.heading.text)).toEqual(["加强宣传引导"]);
    // Nor are they tasks without departments in the unit report.
    expect(unitReport(plan, registryFor(undefined, undefined)).tasksWithoutClause).toEqual([]);
  });

  it("do not include a part that holds the division-of-work table (三、重点任务分工表), which restates the tasks", () => {
    const text = readFileSync(join(__dirname, "..", "fixtures", "clean", "yearly-action.plan"), "utf8");
    const plan = buildPlan(text);
    expect(headings(plan)).not.toContain("三、重点任务分工表");
    expect(headings(plan)).toHaveLength(8);
    expect(coverage(text).unmatched.map((task) => task.item.heading.text)).not.toContain("重点任务分工表");
    expect(unitReport(plan, registryFor(undefined, undefined)).tasksWithoutClause).toEqual([]);
  });

  it("do not include phases asked for departments where the plan's tasks name theirs at the phases' level", () => {
    const text = [
      "一、主要任务",
      "（一）加快区域质量创新发展。开展创建工作。〔责任单位：市市场监管局〕",
      "（二）增强产业质量竞争能力。开展对标达标行动。〔责任单位：市工信局〕",
      "二、实施步骤",
      "（一）动员部署阶段（2024年1月—3月）。制定工作方案。",
      "（二）推进实施阶段（2024年4月—12月）。全面推进各项任务。",
      "",
    ].join("\n");
    expect(analyze(text).findings.filter((f) => f.rule === "units/missing-clause")).toEqual([]);
  });

  it("are found run by run: a run of headings is read through, a run of tasks is not", () => {
    const plan = buildPlan(
      [
        "一、主要任务",
        "（一）推动产业升级",
        "1.加快转型。推进改造。",
        "（1）开展诊断。",
        "（2）开展对标。",
        "2.培育集群。",
        "（二）夯实质量基础",
        "3.建设中心。",
        "二、工作步骤",
        "（一）部署阶段。",
        "三、组织实施",
        "（一）加强组织领导。",
        "",
      ].join("\n"),
    );
    expect(headings(plan)).toEqual(["1.加快转型", "2.培育集群", "3.建设中心"]);
    // An even split is a run of tasks where the items with sub-items say more than a heading.
    const even = (first: string) => headings(buildPlan(`一、主要任务\n${first}\n（1）开展诊断。\n（2）开展对标。\n2.培育集群。\n`));
    expect(even("1.加快转型。推进改造。")).toEqual(["1.加快转型", "2.培育集群"]);
    expect(even("1.加快转型")).toEqual(["（1）开展诊断", "（2）开展对标", "2.培育集群"]);
  });

  it("are not the chapters that frame a 专项整治, 创建 or 活动 plan, which outvoted the one chapter holding its tasks", () => {
    // qa-54f: 整治目标 and 整治范围 (帮扶对象, 活动主题, 活动时间 alike) are short paragraphs with
    // nothing numbered under them; read as tasks, 三、整治内容 was one task and coverage 0/26.
    const plan = buildPlan(
      [
        "某县电动自行车质量安全专项整治工作方案",
        "一、整治目标",
        "到2024年底，流通领域电动自行车产品抽检合格率达到90%以上。",
        "二、整治范围",
        "全县电动自行车及其蓄电池、充电器的销售、维修企业。",
        "三、组织领导",
        "县市场监管局牵头成立工作专班。",
        "四、整治内容",
        "（一）严查生产销售环节。严厉打击销售不符合强制性国家标准产品的违法行为。（责任单位：县市场监管局）",
        "（二）规范维修改装行为。严查非法改装电动自行车行为。（责任单位：县公安局）",
        "五、工作步骤",
        "（一）集中整治阶段（2024年6月—10月）。开展集中整治。",
        "",
      ].join("\n"),
    );
    expect(headings(plan)).toEqual(["（一）严查生产销售环节", "（二）规范维修改装行为"]);
    // The 组织领导 chapter carries the plan out, as a 保障措施 chapter does: coverage still reads it.
    expect(coverageItems(plan).all.map((item) => item.heading.text)).toContain("组织领导");
  });
});
