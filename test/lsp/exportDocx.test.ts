import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { exportPlanDocx } from "../../server/src/core/export/exportDocx";
import { resolveExportOptions } from "../../server/src/core/export/options";
import { workspaceWith } from "../support/cursor";
import { DocxPackage } from "../support/docxPackage";
import { startInProcessServer, type InProcessServer } from "../support/lspClient";

let server: InProcessServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

const EXAMPLE = readFileSync(join(__dirname, "..", "..", "examples", "示例市深化质量强市建设实施方案.plan"), "utf8");

async function openExample(files: Record<string, string> = {}) {
  const workspace = workspaceWith(files);
  server = await startInProcessServer(workspace.rootUri);
  const uri = workspace.uri("示例.plan");
  server.open(uri, EXAMPLE);
  return uri;
}

type Result = { status: string; data?: string; message?: string; errors?: number };

describe("policyPlan/exportDocx", () => {
  it("answers with the same .docx bytes as the CLI's core export, base64", async () => {
    const uri = await openExample();
    const result = (await server!.client.sendRequest("policyPlan/exportDocx", { uri, settings: { draftMark: "header" } })) as Result;
    expect(result.status).toBe("exported");
    const bytes = Buffer.from(result.data!, "base64");
    const expected = await exportPlanDocx(analyze(EXAMPLE).plan, resolveExportOptions({ draftMark: "header" }));
    expect(bytes.equals(Buffer.from(expected))).toBe(true);
    expect(new DocxPackage(bytes).text("word/header1.xml")).toContain("征求意见稿");
  });

  it("refuses a plan with error-level findings unless forced, listing them", async () => {
    const uri = await openExample({ ".plancheck.json": JSON.stringify({ rules: { "numbering/sequence": "error" } }) });
    const blocked = (await server!.client.sendRequest("policyPlan/exportDocx", { uri })) as Result;
    expect(blocked).toMatchObject({ status: "blocked", errors: 1 });
    expect(blocked.message).toContain("第26行第1列：编号不连续");
    const forced = (await server!.client.sendRequest("policyPlan/exportDocx", { uri, force: true })) as Result;
    expect(forced).toMatchObject({ status: "exported", errors: 1 });
  });

  it("says what is wrong with a setting, and with a plan that is not open", async () => {
    const uri = await openExample();
    expect(await server!.client.sendRequest("policyPlan/exportDocx", { uri, settings: { paper: "B5" } })).toEqual({ status: "failed", message: "导出选项 paper 的取值无效：B5（可用 A4、Letter）" });
    expect(((await server!.client.sendRequest("policyPlan/exportDocx", { uri: "file:///nowhere.plan" })) as Result).status).toBe("failed");
  });
});
