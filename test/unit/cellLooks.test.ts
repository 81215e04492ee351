import { describe, expect, it } from "vitest";
import { looksLikeDeadline, namesUnitThenWords } from "../../server/src/core/model/cellLooks";
import { registryFor } from "../../server/src/core/units/registry";

describe("what a 分工表 cell looks like", () => {
  const registry = registryFor(undefined, undefined);

  it("reads a known name followed by prose as a task that opens with who does it", () => {
    expect(namesUnitThenWords("市工信局联合开展检查", registry)).toBe(true);
    expect(namesUnitThenWords("市市场监管局牵头组织抽查", registry)).toBe(true);
  });

  it("reads a known name followed by a body within it as a unit, whatever kind of body ends it", () => {
    expect(namesUnitThenWords("市市场监管局稽查支队", registry)).toBe(false);
    expect(namesUnitThenWords("市商务局外贸服务中心", registry)).toBe(false);
    // 单位 and 部门 end a body's name as 局 does: the shared list (syntax/bodyEnds.ts) says so.
    expect(namesUnitThenWords("市教育局直属单位", registry)).toBe(false);
    expect(namesUnitThenWords("市卫生健康委有关部门", registry)).toBe(false);
    expect(namesUnitThenWords("市文化广电旅游局图书馆", registry)).toBe(false);
  });

  it("reads a time and its words as a 完成时限, a task that names a year as none", () => {
    expect(looksLikeDeadline("2025年底前")).toBe(true);
    expect(looksLikeDeadline("长期坚持")).toBe(true);
    expect(looksLikeDeadline("到2025年建成计量测试平台")).toBe(false);
  });
});
