import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { build, type BuildOptions } from "esbuild";

/**
 * Bundles a source file of the project (a path from the repository root) into `outfile`, as
 * scripts/build.mjs bundles the shipped code, for a test that runs it in a process of its own.
 */
export async function bundleForTest(entry: string, outfile: string, options: Pick<BuildOptions, "format" | "banner"> = {}): Promise<void> {
  await build({
    entryPoints: [resolve(__dirname, "../..", entry)],
    bundle: true,
    platform: "node",
    format: "esm",
    mainFields: ["module", "main"],
    outfile,
    logLevel: "warning",
    ...options,
  });
}

/**
 * A script for a child process that runs the core as the CLI bundles it: `analyze.ts` bundled
 * into `dir`, and `body` after `import { readFileSync }` and `const { analyze }`. The script's
 * path; the child is the test's to spawn with the flags it measures under.
 */
export async function analyzeChild(dir: string, body: string): Promise<string> {
  const core = join(dir, "core.mjs");
  const child = join(dir, "child.mjs");
  await bundleForTest("server/src/core/analyze.ts", core);
  writeFileSync(child, `import { readFileSync } from "node:fs";\nconst { analyze } = await import(${JSON.stringify(core)});\n${body}`);
  return child;
}
