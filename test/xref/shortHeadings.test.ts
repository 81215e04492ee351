import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { builtinParents } from "../../server/src/core/parents/index";
import { COVERAGE_THRESHOLD } from "../../server/src/core/xref/coverage";
import { mapTasks, withoutGenericWords } from "../../server/src/core/xref/mapping";

/** Each task's best match at COVERAGE_THRESHOLD or more (what coverage, the hover and the annotate refactoring trust), or null. */
function mapped(tasks: readonly string[]): Map<string, string | null> {
  const plan = buildPlan(`一、主要任务\n${tasks.map((task, i) => `${i + 1}.${task}`).join("\n")}\n`);
  const outline = builtinParents()[0]!;
  return new Map(
    mapTasks(plan, outline).map((m) => {
      const best = m.candidates[0];
      return [m.item.heading.text, best && best.score >= COVERAGE_THRESHOLD ? best.entry.label : null];
    }),
  );
}

describe("short task headings against 《质量强国建设纲要》", () => {
  it("maps a heading that shares only the genre's words (做好, 加强, 工作, 建设) or one word with an item to nothing", () => {
    const headings = [
      "防汛", "安全生产检查", "疫情防控", "信访维稳", "会议组织",
      // These matched （三十）狠抓工作落实 on 工作 or 落实, （二十四）加强质量法治建设 on 加强 and 建设,
      // （二十九）加强党的全面领导 on 加强党, （二十）提升全面质量管理水平 on 管理.
      "做好防汛抗旱值班工作", "做好信息报送工作", "做好节假日值班工作", "做好招商引资工作", "加强保密工作",
      "落实河长制", "加强党风廉政建设", "加强机关作风建设", "加强基层党组织建设",
      "加强财务管理", "做好档案管理工作", "加强车辆管理",
      // A plan's 保障措施 matched （十三）强化工程质量保障 on 保障.
      "强化组织保障", "强化要素保障", "加强资金保障",
    ];
    const result = mapped(headings);
    expect(Object.fromEntries(result)).toEqual(Object.fromEntries(headings.map((h) => [h, null])));
  });

  it("still maps short tasks to the item they implement", () => {
    const expected: Record<string, string> = {
      加强品牌建设: "（二十一）",
      培育中华老字号: "（二十一）",
      加强工程质量管理: "（十三）",
      推广智能建造: "（十五）",
      提升冷链物流服务质量: "（十六）",
      建设质量技术创新中心: "（十九）",
      强化食品安全监管: "（十）",
      推进质量基础设施一站式服务: "（二十三）",
      加强知识产权保护: "（二十四）",
      加强质量监管: "（二十六）",
      强化质量安全风险监测: "（二十六）",
      推进质量社会共治: "（二十七）",
      加强质量国际合作: "（二十八）",
      打造质量卓越产业集群: "（八）",
    };
    expect(Object.fromEntries(mapped(Object.keys(expected)))).toEqual(expected);
  });

  it("maps a short heading by its body where the body says more", () => {
    const result = mapped(["加强品牌建设。实施品牌培育工程，争创中国质量奖，培育一批知名品牌和老字号。"]);
    expect(result.get("加强品牌建设")).toBe("（二十一）");
  });

  it("cuts a verb of effort where its object follows, keeps it where it is the subject", () => {
    expect(withoutGenericWords("做好防汛抗旱值班工作")).toBe("、防汛抗旱值班、");
    expect(withoutGenericWords("提升全面质量管理水平")).toBe("、、质量管理、");
    expect(withoutGenericWords("狠抓工作落实")).toBe("、、落实");
    expect(withoutGenericWords("强化责任落实")).toBe("、责任落实");
  });
});
