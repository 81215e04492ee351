import { resolve } from "node:path";
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
