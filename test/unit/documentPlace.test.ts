import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { documentPlace } from "../../server/src/core/units/documentLevel";

const place = (text: string, word?: string) => documentPlace(buildPlan(`${text}\n一、主要任务\n1.推进创新。〔责任单位：市科技局〕\n`), word);

describe("the place a plan is for", () => {
  it("is the one its issuer or title names, at the level asked", () => {
    expect(place("赣州市深化质量强市建设实施方案")).toBe("赣州");
    expect(place("江都区质量强区建设实施方案\n扬州市江都区人民政府", "区")).toBe("江都");
    expect(place("江都区质量强区建设实施方案\n扬州市江都区人民政府", "市")).toBe("扬州");
  });

  it("is none for a title that opens with the genre's slogan", () => {
    expect(place("质量强市建设实施方案（征求意见稿）")).toBeNull();
    expect(place("制造强省建设行动计划", "省")).toBeNull();
  });
});

describe("the place of a work plan's title", () => {
  it("is read after the year the title opens with", () => {
    expect(place("2024年赣州市质量工作要点")).toBe("赣州");
    expect(place("二〇二四年度赣州市质量工作要点")).toBe("赣州");
  });
});
