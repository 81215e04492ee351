import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The five real plans in ../shared/seeds (beside the project, as CI checks it out). */
export const SEEDS_DIR = join(__dirname, "..", "..", "..", "shared", "seeds");

export const SEED_NAMES = ["ganzhou-2024", "fuzhou-2023-draft", "nanjing-2023", "jiangxi-2016", "chengdu-2023-draft"] as const;
export type SeedName = (typeof SEED_NAMES)[number];

export function readSeed(name: SeedName): string {
  return readFileSync(join(SEEDS_DIR, `${name}.txt`), "utf8");
}
