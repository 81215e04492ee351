import { FRONT_MATTER_KEYS } from "../../model/frontMatter.js";
import { isoDate } from "../../model/prelude.js";
import type { FrontMatterKey } from "../../model/types.js";
import type { Rule } from "../types.js";

/** Allowed values of the keys that take one of a fixed set (plan-markup.md §1). */
const ALLOWED_VALUES: Partial<Record<FrontMatterKey, readonly string[]>> = {
  层级: ["国家", "省", "市", "县"],
  编号方式: ["连续", "分章", "自动", "continuous", "restart", "auto"],
  状态: ["征求意见稿", "送审稿", "正式"],
};

const DOC_NUMBER = /^[\u4e00-\u9fff]+〔\d{4}〕\d+号$/;

/** Front matter: unknown keys, values outside their set, dates and 文号 that do not read. */
export const frontMatter: Rule = {
  meta: {
    id: "structure/front-matter",
    family: "structure",
    severity: "warning",
    description: "文首元数据（front matter）的键或值不合规范",
    fixable: false,
    speed: "fast",
    docs: {
      rationale:
        "文首元数据（两行 `---` 之间的 `键: 值`）记录标题、发文机关、文号、成文日期、层级、上位文件、编号方式和状态。未知的键、超出取值范围的值、无法识别的日期或文号都会被报告，以免元数据被悄悄忽略。",
      incorrect: "---\n标题: 示例市实施方案\n状况: 正式\n编号方式: 顺序\n---\n一、总体要求\n",
      correct: "---\n标题: 示例市实施方案\n状态: 正式\n编号方式: 连续\n---\n一、总体要求\n",
    },
  },
  check({ plan, report }) {
    if (!plan.frontMatter) {
      const first = plan.syntax.lines[0];
      if (first && /^---[ \t]*$/.test(plan.text.slice(first.start, first.contentEnd))) {
        report({ start: first.start, end: first.contentEnd, message: "文首元数据缺少结束行“---”，整块被当作正文处理" });
      }
      return;
    }
    for (const entry of plan.frontMatter.entries) {
      if (entry.canonicalKey === null) {
        report({ ...entry.keySpan, end: Math.max(entry.keySpan.end, entry.keySpan.start + 1), message: `未知的元数据键“${entry.key}”，可用的键：${FRONT_MATTER_KEYS.join("、")}` });
        continue;
      }
      const allowed = ALLOWED_VALUES[entry.canonicalKey];
      if (allowed && !allowed.includes(entry.value)) {
        report({ ...entry.valueSpan, message: `“${entry.canonicalKey}”的值“${entry.value}”无效，应为：${allowed.join("、")}` });
      }
      if ((entry.canonicalKey === "成文日期" || entry.canonicalKey === "印发日期") && isoDate(entry.value) === null) {
        report({ ...entry.valueSpan, message: `${entry.canonicalKey}“${entry.value}”无法识别，应写作 2024-04-21 或 2024年4月21日` });
      }
      if (entry.canonicalKey === "文号" && !DOC_NUMBER.test(entry.value)) {
        report({ ...entry.valueSpan, message: `文号“${entry.value}”不符合“机关代字〔年份〕序号号”的格式，如 赣市府字〔2024〕41号` });
      }
    }
  },
};
