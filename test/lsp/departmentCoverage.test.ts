import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";
import type { CodeLens } from "vscode-languageserver-protocol";
import { analyze } from "../../server/src/core/analyze";
import { coverageOf } from "../../server/src/core/xref/coverage";
import type { CoverageDto } from "../../server/src/lsp/features/coverage";
import { openInWorkspace, type InProcessServer } from "../support/lspClient";

/**
 * A department's plan is scoped by the field of the department that issues it (sectors/issuer.ts
 * coverageSectors): the coverage the editor's table draws, asked as the client asks it
 * (`policyPlan/coverage` with the document's uri), counts that field's items and says which
 * department gave them, as the core's coverage and the CLI's JSON (`sectorsIssuer`) do.
 */
let server: InProcessServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

const TRANSPORT = readFileSync(join(__dirname, "..", "xref", "sector-plans", "transport-department.plan"), "utf8");

it("counts a 交通运输厅's plan against its field's items in the coverage request and the lens, by its issuer", async () => {
  const opened = await openInWorkspace({}, `${TRANSPORT}<|>`);
  server = opened.server;
  const [coverage] = await server.client.sendRequest<CoverageDto[]>("policyPlan/coverage", { uri: opened.uri });
  expect(coverage).toMatchObject({ sectors: ["建设工程", "服务业"], sectorsIssuer: "省交通运输厅" });
  // Another sector's item is outside the count, as another sector's: 制造业's （十二）.
  expect(coverage!.outOfScope.find((item) => item.number === "（十二）")?.reason).toBe("other-sector");
  expect(coverage!.items.map((item) => item.number)).toEqual(expect.arrayContaining(["（十三）", "（十七）", "（十八）"]));
  expect(coverage!.items.map((item) => item.number)).not.toContain("（十二）");
  // The server's count is the core's, as the CLI reports it.
  const { plan, parents, knownParents } = analyze(TRANSPORT);
  const core = coverageOf(plan, parents[0]!.parent, parents, knownParents);
  expect([coverage!.covered, coverage!.total]).toEqual([core.covered, core.total]);
  const lenses = await server.client.sendRequest<CodeLens[]>("textDocument/codeLens", { textDocument: { uri: opened.uri } });
  expect(lenses[0]!.command!.title).toBe(`覆盖纲要建设工程、服务业领域任务 ${core.covered}/${core.total}`);
});

it("leaves a government's plan of the same tasks unscoped: no sectors, no issuer", async () => {
  const opened = await openInWorkspace({}, `${TRANSPORT.replace(/交通运输厅/g, "人民政府")}<|>`);
  server = opened.server;
  const [coverage] = await server.client.sendRequest<CoverageDto[]>("policyPlan/coverage", { uri: opened.uri });
  expect(coverage).toMatchObject({ sectors: null, sectorsIssuer: null });
  expect(coverage!.outOfScope.some((item) => item.reason === "other-sector")).toBe(false);
});
