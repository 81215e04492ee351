// Writes the generated docs and schema (see server/src/generate/artifacts.ts).
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildGrammar } from "./build-grammar.mjs";

await buildGrammar();
const dir = mkdtempSync(join(tmpdir(), "plan-generate-"));
try {
  const outfile = join(dir, "generate.cjs");
  await build({ entryPoints: ["server/src/generate/main.ts"], bundle: true, platform: "node", format: "cjs", outfile, mainFields: ["module", "main"], logLevel: "warning" });
  execFileSync(process.execPath, [outfile], { stdio: "inherit" });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
