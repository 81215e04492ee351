import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * Fixture text with the cursor written inline as `<|>` (after Langium's test helpers): returns
 * the text without the marker and the marker's LSP position.
 */
export function withCursor(marked: string): { text: string; position: { line: number; character: number } } {
  const index = marked.indexOf("<|>");
  if (index < 0) throw new Error("no <|> cursor marker in the fixture text");
  const text = marked.slice(0, index) + marked.slice(index + 3);
  const before = text.slice(0, index).split("\n");
  return { text, position: { line: before.length - 1, character: before[before.length - 1]!.length } };
}

/** A temporary workspace folder with the given files (paths relative to it). */
export function workspaceWith(files: Record<string, string>): { root: string; rootUri: string; uri(path: string): string } {
  const root = mkdtempSync(join(tmpdir(), "plan-ws-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return { root, rootUri: pathToFileURL(root).toString(), uri: (path) => pathToFileURL(join(root, path)).toString() };
}
