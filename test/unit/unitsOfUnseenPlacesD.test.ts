import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildRegistry } from "../../server/src/core/units/registry";

/** QA round d, "plans from places and kinds we have not seen": names the registry misread. */
function unknownNames(text: string): string[] {
  return analyze(text)
    .findings.filter((finding) => finding.rule === "units/unknown")
    .map((finding) => text.slice(finding.start, finding.end));
}

const plan = (title: string, units: string) => `${title}\n\n一、重点任务\n（一）推动工作。开展工作。（责任单位：${units}）\n`;

describe("names of provinces and cities not seen before", () => {
  it("reads 林草局 and 林业和草原局, the 2018 reform's name, as the 林业局 at every level", () => {
    expect(unknownNames(plan("青海省检验检测认证服务业高质量发展实施方案", "省林草局、省林业和草原局"))).toEqual([]);
    expect(unknownNames(plan("大理白族自治州质量强州建设实施方案", "州林草局"))).toEqual([]);
  });

  it("reads 吉林's province bureau of market regulation, a 厅, in 吉林's plans only", () => {
    expect(unknownNames(plan("吉林省计量发展规划实施方案", "省市场监管厅、省市场监督管理厅"))).toEqual([]);
    expect(unknownNames(plan("辽宁省计量发展规划实施方案", "省市场监管厅"))).toEqual(["省市场监管厅"]);
  });

  it("reads 海南's cities' names of their merged bureaus", () => {
    expect(unknownNames(plan("三亚市质量强市建设行动方案", "市旅游和文化广电体育局、市科技工业信息化局、市交通运输和港航局"))).toEqual([]);
    expect(unknownNames(plan("赣州市质量强市建设行动方案", "市科技工业信息化局"))).toEqual(["市科技工业信息化局"]);
  });

  it("reads 天津's districts' 住房和建设委", () => {
    expect(unknownNames(plan("天津市西青区质量强区建设实施方案", "区住房和建设委"))).toEqual([]);
  });
});

describe("a culture bureau whose name 旅游 opens (海南's)", () => {
  const registry = buildRegistry(undefined);
  it("is the bureau of the same parts: 旅游和 opens it, and no other 和 follows", () => {
    expect(registry.resolve("市旅游和文化广电体育局")?.entry).toBe(registry.resolve("市文广旅体局")?.entry);
    // Without 文化 no culture bureau; two 和 are no name.
    expect(registry.resolve("市旅游和体育局")).toBeNull();
    expect(registry.resolve("市旅游和文化和体育局")).toBeNull();
  });
});

describe("a 示范区's 管委会", () => {
  it("is a zone's, as a 开发区's is (山西综改示范区管委会)", () => {
    expect(unknownNames(plan("太原市质量强市建设实施方案", "市工信局、山西综改示范区管委会"))).toEqual([]);
  });
});

describe("the name meant for an unknown ××管理局", () => {
  it("is the bureau of its own core, not one that shares only 管理 (市水务管理局 is 市水务局, not 市数据局)", () => {
    const text = plan("贵阳市2025年质量强市工作要点", "市大数据局、市水务管理局");
    const messages = analyze(text)
      .findings.filter((finding) => finding.rule === "units/unknown")
      .map((finding) => finding.message);
    expect(messages).toEqual(["“市水务管理局”不在责任单位名录中，是否应为“市水务局”？"]);
  });
});
