import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { sequence } from "../../server/src/core/rules/numbering/sequence";
import { runPlancheck } from "../support/cli";
import { tempFolder } from "../support/tempFiles";

afterEach(() => vi.restoreAllMocks());

describe("a rule that crashes", () => {
  it("is an internal error: exit 2, never 1 (which means findings), and the other rules still report", async () => {
    vi.spyOn(sequence, "check").mockImplementation(() => {
      throw new RangeError("Maximum call stack size exceeded");
    });
    const file = join(tempFolder("internal"), "draft.plan");
    writeFileSync(file, "一、主要任务\n1.开展工作。〔责任单位：市工信局、市工信局〕\n");
    const { code, out, err } = await runPlancheck(["--format", "json", file]);
    expect(code).toBe(2);
    expect(err).toContain("内部错误");
    const findings = JSON.parse(out).files[0].findings as Array<{ rule: string; message: string }>;
    expect(findings.map((f) => f.rule)).toContain("units/duplicate");
    expect(findings.find((f) => f.rule === "structure/parse-failure")!.message).toContain("numbering/sequence 内部错误");
  });
});
