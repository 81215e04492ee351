import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { readDocxAsPlanText } from "../../server/src/node/docx";
import { workspaceWith } from "../support/cursor";
import { planDocx, zipBombDocx } from "../support/docx";
import { startInProcessServer, type InProcessServer } from "../support/lspClient";

let server: InProcessServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

type Result = { status: "read"; text: string } | { status: "failed"; message: string };

describe("policyPlan/readDocx (以实施方案打开 Word 文档)", () => {
  it("reads a Word document as the CLI does, and refuses what is not one with a Chinese reason", async () => {
    const workspace = workspaceWith({});
    const docx = await planDocx();
    const files: Record<string, Uint8Array | string> = {
      "plan.docx": docx,
      "bomb.docx": zipBombDocx(80, true),
      "truncated.docx": docx.subarray(0, docx.length >> 1),
      "text.docx": "一、总体要求\n",
      "old.doc": "\xd0\xcf\x11\xe0",
    };
    for (const [name, content] of Object.entries(files)) writeFileSync(join(workspace.root, name), content);
    server = await startInProcessServer(workspace.rootUri);
    const read = (name: string) => server!.client.sendRequest("policyPlan/readDocx", { uri: pathToFileURL(join(workspace.root, name)).toString() }) as Promise<Result>;

    const plan = await read("plan.docx");
    const expected = readDocxAsPlanText(docx);
    expect(expected.ok).toBe(true);
    expect(plan).toEqual({ status: "read", text: (expected as { text: string }).text });
    expect((plan as { text: string }).text).toContain("（一）指导思想");

    for (const name of ["bomb.docx", "truncated.docx", "text.docx", "old.doc", "missing.docx"]) {
      const result = await read(name);
      expect(result.status, name).toBe("failed");
      expect((result as { message: string }).message, name).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(((await read("text.docx")) as { message: string }).message).toContain("不是有效的 .docx 文件");
    expect(((await read("old.doc")) as { message: string }).message).toContain("另存为");
    expect(((await read("missing.docx")) as { message: string }).message).toContain("文件不存在");
  });
});
