import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { builtinParents } from "../../server/src/core/parents/index";
import { mapTasks } from "../../server/src/core/xref/mapping";
import { withQuotedWordsJoined } from "../../server/src/core/xref/quotedWords";
import { creditsOfTasks } from "../support/coverageCredits";

/**
 * Quotation marks set around part of a keyword (建设“一站式”服务站 writes （二十三）'s 一站式服务)
 * are emphasis inside the word, not its end: the task reads as it would unquoted, whatever the
 * quote style. A quoted name that no keyword holds whole stays apart.
 */
const PLAN = (task: string) => `某市质量强市实施方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、主要任务\n1.${task}（责任单位：市市场监管局）\n`;

const NETWORK = (quoted: string) =>
  `建设服务网络。依托市检验检测中心、市计量测试检定所等技术机构，在经济技术开发区和各县市区工业园区布局建设${quoted}服务站，形成“市级总站+园区分站”的服务网络。`;

function ranking(task: string): string[] {
  const [mapping] = mapTasks(buildPlan(PLAN(task)), builtinParents()[0]!);
  return mapping!.candidates.map((c) => `${c.entry.label}${c.score.toFixed(4)}`);
}

describe("a keyword with quotation marks inside its run", () => {
  it("counts the city's own task (岳阳's 建设服务网络, 0.196 before) for （二十三）", () => {
    const credits = creditsOfTasks(readFileSync(join(__dirname, "../fixtures/plans-new/city-qi-one-stop-web.plan"), "utf8"));
    expect(credits.find(([heading]) => heading === "建设服务网络")![1]).toEqual(["（二十三）"]);
  });

  it("counts a task with quoted and unquoted keywords alike", () => {
    const task = (quoted: string) => PLAN(`优化质量基础设施服务。建设质量基础设施${quoted}服务站，推动计量、标准、检验检测、认证认可服务进园区、进企业，年内服务企业200家以上。`);
    expect(creditsOfTasks(task("“一站式”"))).toEqual(creditsOfTasks(task("一站式")));
  });

  it("ranks the task as it ranks it unquoted, in every quote style", () => {
    const bare = ranking(NETWORK("一站式"));
    for (const quoted of ["“一站式”", "「一站式」", "『一站式』", '"一站式"', "‘一站式’", "'一站式'", "＂一站式＂"]) expect(ranking(NETWORK(quoted))).toEqual(bare);
  });

  it("reads other keywords the same way: 质量管理体系认证 of （二十）, 缺陷产品召回 of （二十四）", () => {
    expect(creditsOfTasks(PLAN("夯实企业管理基础。推动企业开展“质量管理体系”认证，提高企业管理规范化程度。"))[0]![1]).toContain("（二十）");
    expect(ranking("守护消费安全。健全“缺陷产品”召回制度，督促企业落实召回义务。")).toEqual(ranking("守护消费安全。健全缺陷产品召回制度，督促企业落实召回义务。"));
  });
});

describe("withQuotedWordsJoined", () => {
  const keywords = ["一站式服务", "出湘品牌", "质量月"];
  const keywordAt = (text: string, at: number) => Math.max(0, ...keywords.filter((k) => text.startsWith(k, at)).map((k) => k.length));

  it("drops the marks of a phrase a keyword holds whole with words beside it, and only those", () => {
    expect(withQuotedWordsJoined("建设“一站式”服务站，开展“质量月”活动", keywordAt)).toBe("建设一站式服务站，开展“质量月”活动");
  });

  it("keeps a quoted name whose tail alone a keyword takes up (no join across a name)", () => {
    expect(withQuotedWordsJoined("打造“湘品出湘”品牌", keywordAt)).toBe("打造“湘品出湘”品牌");
  });

  it("keeps marks that do not pair and titles in 《》, and is idempotent", () => {
    expect(withQuotedWordsJoined("建设“一站式」服务站，落实《一站式》服务", keywordAt)).toBe("建设“一站式」服务站，落实《一站式》服务");
    const once = withQuotedWordsJoined("建设「一站式」服务站", keywordAt);
    expect(withQuotedWordsJoined(once, keywordAt)).toBe(once);
  });
});
