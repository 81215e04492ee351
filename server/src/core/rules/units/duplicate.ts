import { spanFix } from "../../fixes/fix.js";
import { unitIdentities } from "../../units/identity.js";
import { continuesStatement } from "../../units/labelLines.js";
import { bracketedParts, normalizeUnitName } from "../../units/names.js";
import { secondNameUnit } from "../../units/secondNames.js";
import { removalOfName } from "../../units/separators.js";
import { isBranchName } from "../../units/writings.js";
import type { ClauseSegment, ResponsibilityClause } from "../../model/types.js";
import type { Rule } from "../types.js";

/**
 * The same unit twice in one clause — as the same name (Fuzhou's 市卫健委 twice in task 9) or
 * under two of its names (市发改委 and 市发展改革委). The fix removes the repeat together with
 * the separator in front of it, so the list stays well formed. This rule alone owns the repeat:
 * units/alias skips it, so a second writing in the same clause is one finding, not two. A task's
 * 牵头单位 and 配合单位 lines under it (units/labelLines.ts) are one clause as their bracket would be:
 * the lead written again among the supporting units is a repeat there too.
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
        "一处责任分工中，同一单位只应列出一次；任务之下分行写的“牵头单位：……”“配合单位：……”（紧接着的两行，不加括号）与写在一个括号里一样，是同一处责任分工，牵头单位又列入配合单位的也是重复。重复多是合并修改稿时留下的，也可能是同一单位的两种写法（如“市发改委”与“市发展改革委”）。修复删除后出现的那一个及其前面的分隔符。同一单位在同一处以另一种写法再次列出（如“市发展改革委、市工信局、市发改委”）只由本检查报告，`units/alias` 不就这一写法报告；文中其他地方的不同写法仍由 `units/alias` 统一。一个机构两块牌子的写法（“市委组织部（市委人才办）”）按括号外的名称比较，与“市委组织部”同列一处也是重复；括号内的另一块牌子在同一处也是这一单位，“市市场监管局（市知识产权局）、市知识产权局”中后面的“市知识产权局”是重复，修复只删除它及其前面的分隔符，不动括号内的名称。后出现的一个写有另一块牌子而前一个没有时（如“市知识产权局、市市场监管局（市知识产权局）”），只报告、不自动删除，以免丢掉括号内的名称。区的方案中先写简称、后写市局分局正式名称的同一单位（“区市场监管局、市市场监管局章贡分局”），报告并删除前面的简称，保留正式名称。",
      incorrect: "一、主要任务\n1.增强产业质量竞争能力。开展对标达标行动。〔责任单位：市工信局、市科技局、市工信局〕\n",
      correct: "一、主要任务\n1.增强产业质量竞争能力。开展对标达标行动。〔责任单位：市工信局、市科技局〕\n",
    },
  },
  check({ plan, units, report }) {
    const seen = new FirstNames();
    // 章贡区住建局 and 南康区住建局 are two units, though both names resolve to 区住建局 (identity.ts).
    const identity = unitIdentities(plan, units);
    let previous: ResponsibilityClause | null = null;
    for (const clause of plan.clauses) {
      if (!continuesStatement(plan.text, previous, clause)) seen.clear();
      previous = clause;
      for (const segment of clause.segments) {
        for (let index = 0; index < segment.units.length; index++) {
          const unit = segment.units[index]!;
          // One body with two names (市市场监管局（市知识产权局）) is the body its first name is.
          const resolved = units.resolveKnown(unit.text);
          const repeated = seen.firstOrAdd(resolved !== null ? identity(resolved).key : normalizeUnitName(unit.text), unit.text, segment, index);
          // A district's body written short first and by its 分局's own name after it (区市场监管局、
          // 市市场监管局章贡分局): the short one goes, so that the fix never moves the clause away from
          // the standard name (units/writings.ts preferredWriting).
          if (repeated !== null && resolved !== null && isBranchName(unit.text, resolved, units)) {
            const first = units.resolveKnown(repeated);
            if (first !== null && !isBranchName(repeated, first, units)) {
              const { segment: firstSegment, index: firstIndex } = seen.placeOf(repeated);
              const firstUnit = firstSegment.units[firstIndex]!;
              const removal = removalOfName(plan.text, firstSegment.units, firstIndex);
              report({
                start: firstUnit.start,
                end: firstUnit.end,
                message: `“${repeated}”与后面的“${unit.text}”是同一单位，重复列出`,
                ...(removal ? { fix: spanFix(`删除重复的“${repeated}”`, removal.start, removal.end, "", { start: firstUnit.start, end: firstUnit.end }) } : {}),
              });
              continue;
            }
          }
          // …and, in its clause, the body its second name is: 市知识产权局 written after it is a repeat.
          const second = resolved !== null ? secondNameUnit(unit.text, units) : null;
          const secondFirst = second !== null ? seen.firstOrAdd(identity(second).key, unit.text, segment, index) : null;
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
            ...(removal ? { fix: spanFix(`删除重复的“${unit.text}”`, removal.start, removal.end, "", { start: unit.start, end: unit.end }) } : {}),
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
  /** Where each first name is in its clause: its segment and its index there. */
  private readonly segments: ClauseSegment[] = [];
  private readonly indexes: number[] = [];
  private size = 0;
  private map: Map<string, number> | null = null;

  clear(): void {
    this.size = 0;
    this.map = null;
  }

  /** The name `key` was first written as, or null after remembering `name` (at `segment`, `index`) as its first. */
  firstOrAdd(key: string, name: string, segment: ClauseSegment, index: number): string | null {
    if (this.map !== null) {
      const first = this.map.get(key);
      if (first === undefined) this.map.set(key, this.add(key, name, segment, index));
      return first === undefined ? null : this.names[first]!;
    }
    for (let i = 0; i < this.size; i++) if (this.keys[i] === key) return this.names[i]!;
    this.add(key, name, segment, index);
    if (this.size > FirstNames.LIST_LIMIT) {
      this.map = new Map();
      for (let i = 0; i < this.size; i++) this.map.set(this.keys[i]!, i);
    }
    return null;
  }

  /** Where a name firstOrAdd returned is in the clause (the first slot written so). */
  placeOf(name: string): { segment: ClauseSegment; index: number } {
    let slot = 0;
    while (slot < this.size - 1 && this.names[slot] !== name) slot++;
    return { segment: this.segments[slot]!, index: this.indexes[slot]! };
  }

  private add(key: string, name: string, segment: ClauseSegment, index: number): number {
    const slot = this.size++;
    this.keys[slot] = key;
    this.names[slot] = name;
    this.segments[slot] = segment;
    this.indexes[slot] = index;
    return slot;
  }
}
