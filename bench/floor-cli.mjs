#!/usr/bin/env node
// The floor CLI: walk the folders given, read every file, run the floor over it, print one
// line per file with markers. What any CLI over these files must at least do.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { floorBytes } from "./floor.mjs";

const out = [];
const visit = (path) => {
  if (statSync(path).isDirectory()) for (const name of readdirSync(path).sort()) visit(join(path, name));
  else out.push(`${path}: ${floorBytes(readFileSync(path))}`);
};
for (const path of process.argv.slice(2)) visit(path);
process.stdout.write(out.join("\n") + "\n");
