import { reachesOnly } from "./format.js";
import type { PlanTarget, TargetSense } from "./types.js";

/**
 * Which way a plan's target says its indicator is better, where no parent says: its own bound
 * (降低到, 压缩至, 控制在…以内: down; 提高到, …以上: up), else, for a figure only to reach (达到4天, a
 * table's bare 1 under 2026年目标), the indicator's name, else up — a figure to reach is one to rise to.
 */
export function betterWayOfTarget(target: Pick<PlanTarget, "sense" | "comparator" | "qualifier" | "indicator">): TargetSense {
  if (target.sense !== "keep" && !reachesOnly(target)) return target.sense;
  return betterWayByName(target.indicator) ?? "up";
}

/**
 * Which way an indicator is better, where its name settles it. A parent states it for its own
 * indicators (`ParentTarget.higherIsBetter`); a plan's other indicators are read by name:
 * - a share that is to be high (合格率, 满意度, 覆盖率 …, and what is handled: 投诉处理率,
 *   隐患整改率), by how the name ends — not 不合格率, which ends the same;
 * - consumption (能耗, 水耗, 用水量), emissions, accidents and deaths, complaints, what fails or
 *   exceeds a limit, losses, time limits and costs are to be low (not 强度: 研发投入强度 is to rise);
 *   so is the time a service or a procedure takes (企业开办时间, 检验检测周期, 审批时限, 办理用时,
 *   and in days: 审批天数, 平均办理天数), not a time given (服务时间, 培训时长 are to be long) nor
 *   days of a state counted (优良天数 is to rise); the absence of a harm counted is to rise
 *   (安全生产无事故天数, 零伤亡企业数);
 * - any other name does not say (企业数量, 农药使用量 and 产值 go either way by policy, and so
 *   does what sampling finds: 不合格发现率): null.
 */
export function betterWayByName(indicator: string): TargetSense | null {
  // A rate of the indicator's change (单位GDP能耗降低率, 事故起数下降幅度, 合格率增幅): a fall of what is
  // to be low is to be large, a rise of it small; read by what changes.
  const change = CHANGE_RATE.exec(indicator);
  if (change) {
    const of = betterWayByName(indicator.slice(0, change.index));
    if (of === null) return null;
    return FALL.test(change[1] ?? change[2]!) === (of === "down") ? "up" : "down";
  }
  // 不合格发现率, 问题检出率: sampling that finds more is sampling that works; either way by policy.
  if (FOUND_RATE.test(indicator)) return null;
  if (HIGHER_IS_BETTER.test(indicator) && !NOT_BEFORE_ENDING.test(indicator)) return "up";
  // 安全生产无事故天数, 零伤亡企业数: what counts the absence of a harm is to rise.
  if (WITHOUT_HARM.test(indicator)) return "up";
  return LOWER_IS_BETTER.test(indicator) || TIME_TAKEN.test(indicator) || DAYS_TAKEN.test(indicator) ? "down" : null;
}

const HIGHER_IS_BETTER = /(?:合格率|达标率|满意度|满意率|覆盖率|普及率|符合率|优良率|通过率|贡献率|竞争力指数|处理率|办结率|处置率|解决率|整改率|结案率|完成率|知晓率|执行率|采标率|转化率|利用率|回收率|治理率|追溯率)$/;
const FOUND_RATE = /(?:发现率|检出率)$/;
/** A change's verb and the rate or size of it at a name's end. Group: the verb. */
const CHANGE_RATE = /(下降|降低|减少|削减|增长|提高|提升|增加|上升)(?:率|幅度|幅)$|(增)(?:速|幅)$/;
const FALL = /下降|降低|减少|削减/;
/** 不合格率, 不达标率: the ending negated, a share to be low. */
const NOT_BEFORE_ENDING = /不(?:合格|达标|满意|符合)率$/;
const LOWER_IS_BETTER = /耗|用水量|排放|事故|安全事件|疫情|死亡|伤亡|投诉|不合格|不达标|超标|发生率|损失|时限|成本/;
/** 无 or 零 before a harm of LOWER_IS_BETTER (无事故, 零伤亡, 无重大质量安全事故, 零投诉): its absence, counted. */
const WITHOUT_HARM = /[无零](?:重特?大|较大|一般)?(?:生产)?(?:质量)?(?:安全)?(?:事故|死亡|伤亡|投诉|超标|损失)/;
/**
 * The time something takes, at a name's end: a cycle, a limit, a duration (检验检测周期, 出具时限,
 * 办理用时, 企业开办时间, 平均等待时长); not a time given or spent on purpose (服务时间, 营业时间,
 * 开放时间, 培训时长, 学时), which is to be long.
 */
const TIME_TAKEN = /(?:周期|时限|用时|耗时|(?<!服务|营业|开放|工作|培训|学习|运行|在线|服务的|延长)(?:时间|时长))$/;
/**
 * The time a procedure takes counted in days (工程建设项目审批天数, 企业开办平均办理天数, 不动产登记
 * 办理天数, 应收账款周转天数): a procedure's word, or 平均, before 天数 at the name's end. 天数 alone
 * does not say: days of a state are counted to rise (空气质量优良天数, 安全生产无事故天数) and days of
 * another are 重污染天数, so only the words of a procedure make it a time taken.
 */
const DAYS_TAKEN = /(?:平均|办理|审批|办结|开办|审理|审查|审核|受理|结案|通关|登记|注册|许可|发证|等待|周转|出具|交付|报装|接入|处置|整改|验收|检验|检测|办件)[^优良达标无]{0,6}天数$/;
