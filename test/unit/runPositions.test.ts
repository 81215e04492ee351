import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { numberingOf } from "../../server/src/core/numbering/runs";
import { RunPositions } from "../../server/src/core/numbering/runPositions";

/**
 * Each numbered item's run and place (numbering/runPositions.ts), kept as numbers by the item's
 * place in the plan: asked of every item, it answers as the runs themselves list them.
 */
const PLAN = [
  "一、总体要求",
  "（一）指导思想",
  "（二）主要目标",
  "1.目标一。",
  "2.目标二。",
  "二、主要任务",
  "（一）推动质量变革",
  "1.加快创新。〔责任单位：市市场监管局〕",
  "3.推广经验。〔责任单位：市科技局〕",
  "（三）强化保障",
  "①加强领导；",
  "②加强考核。",
  "三、保障措施",
  "",
].join("\n");

describe("run positions", () => {
  it("give every item of a run that run and its place in it", () => {
    const plan = buildPlan(PLAN);
    const numbering = numberingOf(plan, undefined);
    let asked = 0;
    for (const run of numbering.runs) {
      run.items.forEach((item, index) => {
        const position = numbering.runOf.get(item);
        expect(position?.run).toBe(run);
        expect(position?.index).toBe(index);
        asked++;
      });
    }
    expect(asked).toBe(plan.allItems.length);
  });

  it("know no item of another plan, nor an item in no run", () => {
    const plan = buildPlan(PLAN);
    const other = buildPlan(PLAN);
    const positions = new RunPositions(plan.allItems, [{ items: plan.allItems.slice(0, 2) }]);
    positions.add(0, plan.allItems.slice(0, 2));
    expect(positions.get(plan.allItems[1]!)).toEqual({ run: { items: plan.allItems.slice(0, 2) }, index: 1 });
    expect(positions.get(plan.allItems[2]!)).toBeUndefined();
    expect(positions.get(other.allItems[0]!)).toBeUndefined();
  });

  it("find items by identity where their list is not in the order of their markers", () => {
    const plan = buildPlan(PLAN);
    const reversed = [...plan.allItems].reverse();
    const positions = new RunPositions(reversed, ["run"]);
    positions.add(0, reversed);
    reversed.forEach((item, index) => expect(positions.get(item)).toEqual({ run: "run", index }));
  });
});
