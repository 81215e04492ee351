import { describe, expect, it } from "vitest";
import { dueMonthOf } from "../../server/src/core/model/deadlines";

describe("the month a 完成时限 allows to", () => {
  it.each([
    ["2025年底", { year: 2025, month: 12 }],
    ["2025年", { year: 2025, month: 12 }],
    ["2025年6月底前", { year: 2025, month: 6 }],
    ["2026年12月", { year: 2026, month: 12 }],
    ["２０２５年３月", { year: 2025, month: 3 }],
    ["2025年上半年", { year: 2025, month: 6 }],
    ["2025年一季度", { year: 2025, month: 3 }],
    ["2025年第三季度", { year: 2025, month: 9 }],
    ["2023—2025年", { year: 2025, month: 12 }],
    ["2024年6月、2025年12月", { year: 2025, month: 12 }],
  ])("%s", (value, due) => expect(dueMonthOf(value)).toEqual(due));

  it.each(["长期坚持", "持续推进", "每年", "2025年起", "2025年以后持续推进", "自2025年开始", "20250"])("names no deadline: %s", (value) => expect(dueMonthOf(value)).toBeNull());
});
