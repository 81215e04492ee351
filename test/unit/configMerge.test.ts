import { describe, expect, it } from "vitest";
import { mergeConfigs } from "../../server/src/core/config/presets";

describe("extends: how a config merges over its base", () => {
  it("keeps the base's rule options when the extending config sets a severity alone", () => {
    const merged = mergeConfigs({ rules: { "numbering/scope": ["warning", { level3: "continuous" }], "units/alias": ["info", { prefer: "canonical" }] } }, { rules: { "numbering/scope": "error", "units/alias": ["warning", { prefer: "consistent" }] } });
    expect(merged.rules).toEqual({ "numbering/scope": ["error", { level3: "continuous" }], "units/alias": ["warning", { prefer: "consistent" }] });
  });

  it("adds the extending config's indicator synonyms to the base's", () => {
    const merged = mergeConfigs({ targets: { synonyms: [["甲合格率", "甲抽检合格率"]] } }, { targets: { synonyms: [["乙满意度", "乙服务满意度"]] } });
    expect(merged.targets?.synonyms).toEqual([["甲合格率", "甲抽检合格率"], ["乙满意度", "乙服务满意度"]]);
  });
});
