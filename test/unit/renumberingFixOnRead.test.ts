import { describe, expect, it, vi } from "vitest";
import { analyze } from "../../server/src/core/analyze";

// Counts how often the references a renumbering carries are worked out (the whole plan's
// level-1 and level-2 runs renumbered, every section reference read again).
const calls = vi.hoisted(() => ({ carried: 0 }));
vi.mock("../../server/src/core/references/renumbering", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../server/src/core/references/renumbering")>();
  return {
    ...actual,
    carriedReferenceEdits: (...args: Parameters<typeof actual.carriedReferenceEdits>) => {
      calls.carried++;
      return actual.carriedReferenceEdits(...args);
    },
  };
});

const TEXT = "示例市质量提升行动方案\n一、总体要求\n（一）主要目标\n见本方案第四部分，落实上述第（三）项。\n（三）工作原则\n坚持问题导向。\n四、保障措施\n（一）加强组织领导\n";
const breakAt = (findings: ReturnType<typeof analyze>["findings"], marker: string) =>
  findings.find((finding) => finding.rule === "numbering/sequence" && TEXT.slice(finding.start, finding.end) === marker)!;

describe("a renumbering's carried references are worked out when its fix is read", () => {
  it("not by the analysis, which the language server runs on every keystroke", () => {
    calls.carried = 0;
    const { findings } = analyze(TEXT);
    expect(breakAt(findings, "四、").fix).toBeDefined();
    expect(calls.carried).toBe(0);
    // Once for the plan, whichever of its fixes is read first; the fix says what it carries.
    expect(breakAt(findings, "四、").fix!.description).toBe("重新编号本组：改为“二、”，并更新 1 处引用");
    expect(breakAt(findings, "（三）").fix!.edits).toHaveLength(2);
    expect(calls.carried).toBe(1);
  });

  it("serialised as a fix made at once would be", () => {
    const { findings } = analyze(TEXT);
    const fix = breakAt(findings, "（三）").fix!;
    const json = JSON.parse(JSON.stringify(fix)) as { description: string; edits: unknown[] };
    expect(json.description).toBe("重新编号本组：改为“（二）”，并更新 1 处引用");
    expect(json.edits).toEqual(fix.edits);
  });
});
