import { lazySchema, noOptions } from "../../config/lazyZod.js";
import { normalizeUnitName } from "../../units/names.js";
import type { Rule } from "../types.js";

const optionsSchema = lazySchema((z) => z.strictObject({ prefer: z.enum(["consistent", "canonical"]).optional() }));

/**
 * A unit written under another name than its canonical one. Short forms such as 市发改委 are
 * normal in real plans, so by default only a document that writes one unit in two ways is
 * reported (`市交通局` here, `市交通运输局` there); `prefer: "canonical"` reports every alias.
 */
export const aliasUnit: Rule = {
  meta: {
    id: "units/alias",
    family: "units",
    severity: "warning",
    description: "同一单位在文中写法不一，或未使用规范名称",
    fixable: true,
    get optionsSchema() {
      return optionsSchema();
    },
    speed: "fast",
    docs: {
      rationale: [
        "同一个单位在一份方案里应当只有一种写法。单位名录为每个单位记录一个规范名称（如“市发展改革委”）和若干别称、全称（“市发改委”“××市发展和改革委员会”）。",
        "默认情况下，只有当同一单位在本文中出现两种及以上写法时才报告非规范写法，修复为规范名称；一贯使用同一种简称的方案不受影响。将选项 `prefer` 设为 `\"canonical\"` 则报告所有别称。",
      ].join("\n\n"),
      incorrect:
        "一、主要任务\n1.提升工程质量。〔责任单位：市住建局、市交通运输局〕\n2.强化质量监管。〔责任单位：市市场监管局、市交通局〕\n",
      correct: "一、主要任务\n1.提升工程质量。〔责任单位：市住建局、市交通局〕\n2.强化质量监管。〔责任单位：市市场监管局、市交通局〕\n",
      options:
        '`prefer`：`"consistent"`（默认）只在同一单位写法不一时报告；`"canonical"` 报告所有非规范名称。\n\n```jsonc\n{ "rules": { "units/alias": ["info", { "prefer": "canonical" }] } }\n```',
    },
  },
  check({ plan, units, options, report }) {
    const parsed = noOptions(options) ? null : optionsSchema().safeParse(options);
    const prefer = (parsed?.success && parsed.data.prefer) || "consistent";
    const occurrences = plan.clauses.flatMap((clause) => clause.units).flatMap((unit) => {
      const resolved = units.resolve(unit.text);
      return resolved ? [{ unit, resolved }] : [];
    });
    const writings = new Map<string, Set<string>>();
    for (const { unit, resolved } of occurrences) {
      const set = writings.get(resolved.canonical) ?? new Set();
      set.add(unit.text);
      writings.set(resolved.canonical, set);
    }
    for (const { unit, resolved } of occurrences) {
      if (normalizeUnitName(unit.text) === normalizeUnitName(resolved.canonical)) continue;
      const mixed = writings.get(resolved.canonical)!.size > 1;
      if (prefer === "consistent" && !mixed) continue;
      const others = [...writings.get(resolved.canonical)!].filter((text) => text !== unit.text).map((text) => `“${text}”`);
      report({
        start: unit.start,
        end: unit.end,
        message: mixed
          ? `“${unit.text}”与本文的${others.join("、")}是同一单位，应统一写作规范名称“${resolved.canonical}”`
          : `“${unit.text}”是“${resolved.canonical}”的${resolved.form === "fullName" ? "全称" : "别称"}，应写作规范名称`,
        fix: { description: `改为“${resolved.canonical}”`, edits: [{ start: unit.start, end: unit.end, newText: resolved.canonical }] },
      });
    }
  },
};
