import type { z } from "zod";
import { lazySchema, zod } from "./lazyZod.js";

/**
 * `.plancheck.json` (../shared/spec/config.md), written once here. The JSON Schema that VS Code
 * uses to validate the file in the editor is generated from this schema, so the two cannot drift.
 * Objects are strict: the checker never silently ignores a key it does not know. The schemas
 * are built on first use (lazyZod.ts): a run without a configuration file never needs them.
 */

const severitySetting = lazySchema((z) => z.enum(["error", "warning", "info", "hint", "off"]));

export const ruleSettingSchema = lazySchema((z) => z.union([severitySetting(), z.tuple([severitySetting(), z.record(z.string(), z.unknown())])]));

export const unitEntrySchema = lazySchema((z) =>
  z.strictObject({
  name: z.string().min(1).describe("规范名称，如 市市场监管局"),
  aliases: z.array(z.string().min(1)).optional().describe("别名，如 市市场监督管理局"),
  fullName: z.string().optional().describe("全称，如 赣州市市场监督管理局"),
    level: z.enum(["国家", "省", "市", "县"]).optional(),
    constituent: z.boolean().optional().describe("市级条目：是否为政府组成部门（在省级称“厅”，如 省教育厅；在县级“委”亦称“局”，如 县发改局）"),
    levels: z.array(z.enum(["国家", "省", "市", "县"])).optional().describe("市级条目：只在哪些层级设立（垂直管理单位，如人民银行只设省、市分行），不写为各级都有"),
    vertical: z.boolean().optional().describe("垂直管理单位（如税务、气象、××海关、人民银行××市分行）：不属于“区直各部门”等本级部门的统称；名称含 ×× 的，补全时按方案的地名给出"),
  }),
);

const numberingSetting = lazySchema((z) => z.enum(["auto", "continuous", "restart"]));

export const configSchema = lazySchema((z) =>
  z
    .strictObject({
      $schema: z.string().optional(),
      extends: z
        .union([z.string(), z.array(z.string())])
        .optional()
        .describe("继承的配置：内置预设 plancheck:recommended、plancheck:strict，或另一个配置文件（相对于本文件）；本文件的设置优先"),
      rules: z.record(z.string(), ruleSettingSchema()).optional().describe("规则 id → 严重程度，或 [严重程度, 选项]"),
      units: z
        .strictObject({
          registry: z.array(unitEntrySchema()).optional(),
          registryFiles: z.array(z.string()).optional().describe("责任单位名录文件，相对于本配置文件"),
          useBuiltin: z.boolean().optional().describe("是否同时使用内置的市级部门名录"),
          requireClauseAt: z.array(z.number().int().min(1).max(4)).optional().describe("必须写明责任单位的编号层级"),
        })
        .optional(),
      parents: z.array(z.string()).optional().describe("本方案贯彻的上位文件：内置 id 或 .plan 路径"),
      targets: z
        .strictObject({
          synonyms: z
            .array(z.array(z.string().min(1)).min(2))
            .optional()
            .describe("指标同义词：每组是同一指标在不同层级文件中的名称，如 [\"食品抽检合格率\", \"食品安全抽检合格率\"]"),
          lowestLevel: z
            .record(z.string().min(1), z.enum(["国家", "省", "市", "县"]))
            .optional()
            .describe("统计到哪一级政府的指标：指标名称（或其同义词）→ 最低统计层级（国家、省、市、县；县含区、旗）；补充或覆盖内置表，如 {\"制造业质量竞争力指数\": \"县\"}"),
          parts: z
            .record(z.string().min(1), z.array(z.string().min(1)).min(1))
            .optional()
            .describe("指标的组成部分：上位文件的指标名称（或其同义词）→ 衡量其一部分的指标名称，上位文件没有该部分时按“一部分”与上位指标比较；补充内置表，如 {\"服务质量满意度\": [\"养老服务质量满意度\"]}"),
        })
        .optional()
        .describe("目标指标与上位文件比较时的设置"),
      numbering: z
        .strictObject({ "1": numberingSetting().optional(), "2": numberingSetting().optional(), "3": numberingSetting().optional(), "4": numberingSetting().optional() })
        .optional()
        .describe("各层级编号方式：auto 自动推断，continuous 连续，restart 分章重排"),
      ignore: z.array(z.string()).optional().describe("命令行跳过的文件（glob，相对于本配置文件）"),
    })
    .describe("policy-plan 检查配置（.plancheck.json）"),
);

export type PlanConfig = z.infer<ReturnType<typeof configSchema>>;
export type RuleSetting = z.infer<ReturnType<typeof ruleSettingSchema>>;

/** The JSON Schema contributed to VS Code for `.plancheck.json`. */
export function configJsonSchema(): Record<string, unknown> {
  return zod().toJSONSchema(configSchema(), { target: "draft-7", io: "input" }) as Record<string, unknown>;
}
