import { spanFix } from "../../fixes/fix.js";
import { unitIdentities } from "../../units/identity.js";
import { bracketedParts, normalizeUnitName } from "../../units/names.js";
import { secondNameUnit } from "../../units/secondNames.js";
import { removalOfName } from "../../units/separators.js";
import type { Rule } from "../types.js";

/**
 * The same unit twice in one clause — as the same name (Fuzhou's 市卫健委 twice in task 9) or
 * under two of its names (市发改委 and 市发展改革委). The fix removes the repeat together with
 * the separator in front of it, so the list stays well formed. This rule alone owns the repeat:
 * units/alias skips it, so a second writing in the same clause is one finding, not two.
 */
export const duplicateUnit: Rule = {
  meta: {
    id: "units/duplicate",
    family: "units",
    severity: "warning",
    description: "同一责任单位在一处责任分工中重复出现",
    fixable: true,
    speed: "fast",
    reads: "clauses",
    docs: {
      rationale:
        "一处责任分工中，同一单位只应列出一次。重复多是合并修改稿时留下的，也可能是同一单位的两种写法（如“市发改委”与“市发展改革委”）。修复删除后出现的那一个及其前面的分隔符。同一单位在同一处以另一种写法再次列出（如“市发展改革委、市工信局、市发改委”）只由本检查报告，`units/alias` 不就这一写法报告；文中其他地方的不同写法仍由 `units/alias` 统一。一个机构两块牌子的写法（“市委组织部（市委人才办）”）按括号外的名称比较，与“市委组织部”同列一处也是重复；括号内的另一块牌子在同一处也是这一单位，“市市场监管局（市知识产权局）、市知识产权局”中后面的“市知识产权局”是重复，修复只删除它及其前面的分隔符，不动括号内的名称。后出现的一个写有另一块牌子而前一个没有时（如“市知识产权局、市市场监管局（市知识产权局）”），只报告、不自动删除，以免丢掉括号内的名称。",
      incorrect: "一、主要任务\n1.增强产业质量竞争能力。开展对标达标行动。〔责任单位：市工信局、市科技局、市工信局〕\n",
      correct: "一、主要任务\n1.增强产业质量竞争能力。开展对标达标行动。〔责任单位：市工信局、市科技局〕\n",
    },
  },
  check({ plan, units, report }) {
    const seen = new FirstNames();
    // 章贡区住建局 and 南康区住建局 are two units, though both names resolve to 区住建局 (identity.ts).
    const identity = unitIdentities(plan, units);
    for (const clause of plan.clauses) {
      seen.clear();
      for (const segment of clause.segments) {
        for (let index = 0; index < segment.units.length; index++) {
          const unit = segment.units[index]!;
          // One body with two names (市市场监管局（市知识产权局）) is the body its first name is.
          const resolved = units.resolveKnown(unit.text);
          const repeated = seen.firstOrAdd(resolved !== null ? identity(resolved).key : normalizeUnitName(unit.text), unit.text);
          // …and, in its clause, the body its second name is: 市知识产权局 written after it is a repeat.
          const second = resolved !== null ? secondNameUnit(unit.text, units) : null;
          const secondFirst = second !== null ? seen.firstOrAdd(identity(second).key, unit.text) : null;
          // Written first alone, the second name is this body; written first in another body's
          // brackets (市发展改革委（市能源局）、市工信局（市能源局）), it tells neither body apart.
          const first = repeated ?? (secondFirst !== null && !hasSecondName(secondFirst) ? secondFirst : null);
          if (first === null) continue;
          // Deleting a repeat that names the body's second name, where the first did not, would lose that name.
          const removal = hasSecondName(unit.text) && !hasSecondName(first) ? null : removalOfName(plan.text, segment.units, index);
          report({
            start: unit.start,
            end: unit.end,
            message: first === unit.text ? `“${unit.text}”在同一处责任分工中重复出现` : `“${unit.text}”与前面的“${first}”是同一单位，重复列出`,
            ...(removal ? { fix: spanFix(`删除重复的“${unit.text}”`, removal.start, removal.end, "") } : {}),
          });
        }
      }
    }
  },
};

function hasSecondName(name: string): boolean {
  return bracketedParts(normalizeUnitName(name)) !== null;
}

/**
 * The name each unit is first written as in one clause. A clause names a handful of units, so
 * they are a list searched in turn rather than a map made for every clause on every keystroke;
 * past LIST_LIMIT (a pasted list of hundreds) a map, so that no clause costs quadratic time.
 * The lists are reused from clause to clause by a count (`length = 0` would give up their
 * storage, and the next clause's first push would allocate it again).
 */
class FirstNames {
  private static readonly LIST_LIMIT = 16;
  private readonly keys: string[] = [];
  private readonly names: string[] = [];
  private size = 0;
  private map: Map<string, string> | null = null;

  clear(): void {
    this.size = 0;
    this.map = null;
  }

  /** The name `key` was first written as, or null after remembering `name` as its first. */
  firstOrAdd(key: string, name: string): string | null {
    if (this.map !== null) {
      const first = this.map.get(key);
      if (first === undefined) this.map.set(key, name);
      return first ?? null;
    }
    for (let i = 0; i < this.size; i++) if (this.keys[i] === key) return this.names[i]!;
    this.keys[this.size] = key;
    this.names[this.size] = name;
    this.size++;
    if (this.size > FirstNames.LIST_LIMIT) {
      this.map = new Map();
      for (let i = 0; i < this.size; i++) this.map.set(this.keys[i]!, this.names[i]!);
    }
    return null;
  }
}
