import { afterEach, describe, expect, it } from "vitest";
import type { Hover } from "vscode-languageserver-protocol";
import { openInWorkspace, type InProcessServer } from "../support/lspClient";

let server: InProcessServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

const PLAN = [
  "示例市质量提升行动计划",
  "一、重点任务",
  "（一）推动产业质量提升",
  "1.强化产业基础质量支撑。实施攻关项目。〔责任单位：市经信局〕",
  "2.提升产业集群质量引领力。开展对标达标活动。〔责任单位：市发展改革委〕",
  "专栏1  产业质量提升重点项目",
  "1.新能源汽车产业链质量攻关项目：完成攻关项目20项。",
  "2.机器人产业计量测试服务项目：年服务企业200家以上。",
  "3.现代农机产品质量提升项目：抽查合格率达到95%以上。",
  "3.推动绿色低碳发展。推广绿色设计。〔责任单位：市生态环境局〕",
].join("\n");

async function hover(marked: string): Promise<string | null> {
  const opened = await openInWorkspace({}, marked);
  server = opened.server;
  const found = (await server.client.sendRequest("textDocument/hover", { textDocument: { uri: opened.uri }, position: opened.position })) as Hover | null;
  return found ? (found.contents as { value: string }).value : null;
}

describe("hover on a 专栏 box", () => {
  it("says on its label how many items its own list has, which lines it spans and what it stands under", async () => {
    const expected = "**专栏1　产业质量提升重点项目**\n\n专栏，第6—9行，列 3 项（自成编号，不计为任务）\n\n设于“（一）推动产业质量提升”之下";
    expect(await hover(PLAN.replace("专栏1", "专<|>栏1"))).toBe(expected);
    await server?.dispose();
    // The title on the label's line is the box's too.
    expect(await hover(PLAN.replace("重点项目", "重点<|>项目"))).toBe(expected);
  });

  it("passes on the box's items and the task after it", async () => {
    expect(await hover(PLAN.replace("项目：完成", "项目：完<|>成"))).toBeNull();
  });
});
