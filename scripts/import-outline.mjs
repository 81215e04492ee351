// Builds the built-in parent document from the researched data in ../shared/data: the facts file
// (national-outline.json) with the found text (national-outline-text.txt) folded in as
// `textLines`, so that the extension ships ONE replaceable data file. Run it again when the data
// is corrected or the complete text is found:
//   node scripts/import-outline.mjs [facts.json] [text.txt]
import { readFileSync, writeFileSync } from "node:fs";

const factsFile = process.argv[2] ?? new URL("../../shared/data/national-outline.json", import.meta.url);
const textFile = process.argv[3] ?? new URL("../../shared/data/national-outline-text.txt", import.meta.url);
const facts = JSON.parse(readFileSync(factsFile, "utf8"));
const textLines = readFileSync(textFile, "utf8").replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").replace(/\n$/, "").split("\n");
const out = { id: "quality-power-outline-2023", format: 1, ...facts, textLines };
writeFileSync(new URL("../server/src/core/parents/data/quality-power-outline.json", import.meta.url), JSON.stringify(out, null, 1) + "\n");
console.log(`quality-power-outline.json: ${facts.sections.length} sections, ${facts.items.length} items, ${textLines.length} text lines`);
