import { SCOPE_BREAKS } from "../../numbering/breaks.js";
import { breakMessage } from "../../numbering/describe.js";
import { parseScopeOptions, scopeOptionsSchema } from "../../numbering/policy.js";
import { isFlatteningTrace } from "../../numbering/inlineMarkers.js";
import { numberingOf } from "../../numbering/runs.js";
import type { Rule } from "../types.js";
import { renumberBreakFix } from "./runFix.js";

/**
 * Items that follow the other numbering scope than the document's own: a parent that restarts
 * its children at 1 in a level that counts on across parents, or one that counts on where the
 * document restarts. Either style is valid; only breaking the document's choice is reported.
 */
export const scope: Rule = {
  meta: {
    id: "numbering/scope",
    family: "numbering",
    severity: "warning",
    description: "编号方式（按上级重新编号或跨上级连续编号）与本文其他部分不一致",
    fixable: true,
    get optionsSchema() {
      return scopeOptionsSchema();
    },
    speed: "fast",
    docs: {
      rationale: [
        "实施方案有两种同样规范的编号方式：**按上级重新编号**（成都：每个（一）下的 1. 重新开始）和**跨上级连续编号**（南京：二、下为（一）至（三），三、下接着是（四）；赣州：主要任务的 1.–21. 跨（一）至（五）连续编号）。本规则从不因为文档选用其中任何一种而报告，只报告与文档自身方式不一致的条目：连续编号的一级里某个上级下又从 1 开始，或重新编号的一级里某个上级下接着上一组往下编。",
        "",
        "编号方式按级确定。没有配置时，从文档本身推断：对每一级，比较“每个上级重新编号”“在上上级之内连续”“全文连续”等各种解释，取能解释最多条目的一种（一项只要比本组前一项大 1，或编号恰为它在本组中的位次——本组第一项为 1——就算被解释）；相同时取范围较小的一种。因此赣州的目标 1.–5.（一、之下）与任务 1.–21.（二、之下）是两组，各自都从 1 开始，不会被误报。",
        "",
        "也可以明确指定：文首 `编号方式: 连续` / `分章` 适用于一、以下各级；`.plancheck.json` 的 `numbering`（如 `{\"3\": \"continuous\"}`）与本规则的选项按级指定，优先于文首（两者都有时以本规则的选项为准）；取值 `auto` 表示交由下一层决定。指定为连续时，连续的范围（在一、之内还是全文）仍从文档推断。",
        "",
        "快速修复与 numbering/sequence 相同：从本组第一个编号错误的条目起重新编号；连续编号的一组跨越多个上级一起修改。",
      ].join("\n"),
      incorrect:
        "一、主要任务\n（一）推动质量变革创新\n1.加快区域质量创新发展。\n2.增强产业质量竞争能力。\n（二）开展质量提升行动\n3.守住农产品质量安全。\n（三）落实质量主体责任\n4.引导企业实施质量品牌战略。\n（四）夯实质量技术基础\n1.提升质量服务效能。\n",
      correct:
        "一、主要任务\n（一）推动质量变革创新\n1.加快区域质量创新发展。\n2.增强产业质量竞争能力。\n（二）开展质量提升行动\n3.守住农产品质量安全。\n（三）落实质量主体责任\n4.引导企业实施质量品牌战略。\n（四）夯实质量技术基础\n5.提升质量服务效能。\n",
      options: [
        "按级指定编号方式，取值 `auto`（推断，默认）、`continuous`（跨上级连续）、`restart`（按上级重新编号）：",
        "",
        "```jsonc",
        '{ "rules": { "numbering/scope": ["warning", { "level2": "continuous", "level3": "auto", "level4": "restart" }] } }',
        "```",
        "",
        "numbering/sequence 也按这里确定的编号方式划分各组。",
      ].join("\n"),
    },
  },
  check({ plan, config, options, report }) {
    const parsed = parseScopeOptions(options);
    if (!parsed.success) {
      // Options are read from the configuration, which has no place of its own in the plan: the
      // problem is reported at the top of the plan rather than silently ignored.
      report({ start: 0, end: 0, message: `规则 numbering/scope 的选项无效（应为 level2、level3、level4：auto、continuous 或 restart），已按自动推断处理` });
    }
    const numbering = numberingOf(plan, config);
    for (const brk of numbering.breaks) {
      if (!SCOPE_BREAKS.has(brk.kind)) continue;
      // Items run together on one line are structure/flattened's one finding.
      if (isFlatteningTrace(plan, config, brk.run.level, brk.previous?.marker.end ?? 0, brk.item.marker.start)) continue;
      const fix = renumberBreakFix(plan, numbering, brk);
      report({ start: brk.item.marker.start, end: brk.item.marker.end, message: breakMessage(numbering, brk), ...(fix ? { fix } : {}) });
    }
  },
};
