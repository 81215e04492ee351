import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";

/**
 * Correct plans, written as a careful drafter writes them, in styles the seeds do not show: a
 * 县 plan with 县直 units and 各乡镇人民政府, a 省 plan with 厅 and 各设区市人民政府, a one-year
 * 行动计划 with 专栏 boxes and a 重点任务分工表, programme names in quotation marks and citations
 * with 文号, tasks annotated 〔对应纲要：…〕 with provincial （××牵头，××配合） clauses, and targets
 * written as ranges, ≥/≤, sums of money, 个百分点, 累计 and 以上/以内; and the bodies of places the
 * seeds are not from (QA 38d): a 广东 city's bureaus (市发展改革局, 市工业和信息化局,
 * 市市场监管局（知识产权局）), a 湖北 county's own names (县水利和湖泊局, 县城市管理执法局, its
 * prefecture's 分局) and a 上海 district's 委办局 (区经委, 区科委, 区建设管理委, 区交警支队), each
 * with the vertical bodies (海关, 税务局, 人民银行分行, 金融监管分局, 气象局, 消防救援, 供电) and
 * group subjects such places write; and (QA 39b) the plans of a 盟 and a 旗 of 内蒙古 (盟/旗 bodies,
 * 农牧局, 各苏木乡镇人民政府, the 盟's 分局 in the 旗), of an autonomous 州 (州发展和改革委员会,
 * 州民族宗教事务委员会) and of a 省直管 county-level city (仙桃市). The checker exists to find
 * defects, never a plan's valid variety: each must come out with no finding at all.
 */
const CLEAN_DIR = join(__dirname, "../fixtures/clean");
const CLEAN_PLANS = readdirSync(CLEAN_DIR).filter((name) => name.endsWith(".plan"));

describe.each(CLEAN_PLANS)("clean plan %s", (name) => {
  const text = readFileSync(join(CLEAN_DIR, name), "utf8");

  it("has no finding", () => {
    const findings = analyze(text).findings.map((finding) => `${finding.rule} ${text.slice(finding.start, finding.end)}: ${finding.message}`);
    expect(findings).toEqual([]);
  });
});
