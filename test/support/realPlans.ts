import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readSeed, SEED_NAMES } from "./seeds";

const PLANS_NEW = join(__dirname, "..", "fixtures", "plans-new");

/** The five seeds and the plans-new fixtures, as [name, text]: the real plans a hunt runs over. */
export function seedsAndNewPlans(): Array<[string, string]> {
  return [
    ...SEED_NAMES.map((name): [string, string] => [name, readSeed(name)]),
    ...readdirSync(PLANS_NEW)
      .filter((name) => name.endsWith(".plan"))
      .map((name): [string, string] => [name, readFileSync(join(PLANS_NEW, name), "utf8")]),
  ];
}
