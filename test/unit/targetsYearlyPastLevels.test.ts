import { describe, expect, it } from "vitest";
import { targetsOf } from "../support/targets";

/** A 2026—2028 plan: a task's figures with no year of their own are the period's (2028). */
const PLAN = "示例县特种设备安全提升行动方案（2026—2028年）\n一、主要目标\n到2028年，全县特种设备安全形势持续稳定。\n二、重点任务\n（一）强化培训。";
const rows = (text: string) => targetsOf(`${PLAN}${text}〔责任单位：县市场监管局〕\n`).map((t) => [t.indicator, t.comparator, t.value, t.unit]);

describe("a 每年 said once, past a level stated between its counts", () => {
  it("reaches the recurring work after a level of what the work brings about, the level itself as written", () => {
    expect(rows("每年培训特种设备作业人员1200人次，考核合格人员达到1200人，发放证书1200份。")).toEqual([
      ["特种设备作业人员", "每年培训", 1200, "人次"],
      ["考核合格人员", "达到", 1200, "人"],
      ["发放证书", "每年发放", 1200, "份"],
    ]);
    // The level a rate, its bound in words: the same statement goes on after it.
    expect(rows("每年开展特种设备监督检查2000家次，隐患整改率保持在98%以上，开展应急演练20场次。").map((row) => row[1])).toEqual(["每年开展", "保持在", "每年开展"]);
  });

  it("stops at a level with a time, a total or a doer of its own, as at a count it does not govern", () => {
    expect(rows("每年培训作业人员1200人次，到2027年持证作业人员达到10000人，发放证书1200份。").map((row) => row[1])).toEqual(["每年培训", "达到", "发放"]);
    expect(rows("每年培训作业人员1200人次，持证人员累计达到10000人，发放证书1200份。").map((row) => row[1]).at(-1)).toBe("发放");
    expect(rows("每年培训作业人员1200人次，县应急管理局考核合格人员达到1200人，发放证书1200份。").map((row) => row[1]).at(-1)).toBe("发放");
  });
});

describe("场, a unit of doings as 场次 is", () => {
  it("is reached by a 每年 said before the list, as 场次 is", () => {
    expect(rows("每年开展应急演练20场次，举办技能竞赛1场。")).toEqual([
      ["应急演练", "每年开展", 20, "场次"],
      ["技能竞赛", "每年举办", 1, "场"],
    ]);
    expect(rows("救援队伍年培训救援人员300人次，举办技能竞赛1场。").map((row) => row[1])).toEqual(["年培训", "年举办"]);
  });

  it("is never reached where the list builds what stands", () => {
    expect(rows("每年开展应急演练20场次，建设应急救援站点12个，举办技能竞赛1场。").map((row) => row[1])).toEqual(["每年开展", "建设", "举办"]);
  });
});

describe("a doer of more than one body no registry lists", () => {
  it("is the clause's subject, no word of what is counted", () => {
    expect(rows("示例县城管执法分局、示例县水务服务中心开展联合检查200家次。")).toEqual([["联合检查", "开展", 200, "家次"]]);
    expect(rows("示例县城管执法分局和示例县水务服务中心开展联合检查200家次。")).toEqual([["联合检查", "开展", 200, "家次"]]);
  });

  it("opens another's statement: no 每年 said before it reaches its count", () => {
    expect(rows("每年开展安全检查300家次，示例县城管执法分局、示例县水务服务中心开展联合检查200家次。").map((row) => row[1])).toEqual(["每年开展", "开展"]);
  });

  it("is read only where each body ends as a body does and the verb follows the last", () => {
    // 企业 is no body: the words are what is counted, as before.
    expect(rows("每年开展安全检查300家次，检验机构和企业开展联合检查200家次。").map((row) => row[0])).not.toContain("联合检查");
  });
});

describe("work done jointly, organised, or papers a producer issues", () => {
  it("reads 联合 before the verb as how the work is done, after its doers or none", () => {
    expect(rows("每年联合开展农产品抽检800批次。")).toEqual([["农产品抽检", "每年联合开展", 800, "批次"]]);
    expect(rows("县农业农村局、县市场监管局每年联合开展农产品抽检800批次。")).toEqual([["农产品抽检", "每年联合开展", 800, "批次"]]);
    // 联合 before a partner stays the means (who with), as before.
    expect(rows("联合公安部门开展联合执法检查200家次。").map((row) => row[0])).toEqual(["联合执法检查"]);
  });

  it("reads 组织 before a noun whose verb ends it as the work organised, how often kept", () => {
    expect(rows("每年组织农业技术人员培训20场。")).toEqual([["农业技术人员培训", "每年组织", 20, "场"]]);
    expect(rows("组织标准化培训8场次。")).toEqual([["标准化培训", "组织", 8, "场次"]]);
  });

  it("reads 开具 as papers issued, which a 每年 reaches", () => {
    expect(rows("每年开展农产品抽检800批次，开具承诺达标合格证30万张。").map((row) => row[1])).toEqual(["每年开展", "每年开具"]);
  });
});
