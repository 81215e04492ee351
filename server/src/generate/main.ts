import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { generatedArtifacts } from "./artifacts.js";

// Run by scripts/generate.mjs from the repository root.
const root = process.cwd();
for (const [path, content] of generatedArtifacts()) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}
