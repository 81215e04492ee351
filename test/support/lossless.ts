import type { InlineNode, LineNode, SyntaxDocument } from "../../server/src/core/syntax/cst";

/**
 * Rebuilds the source from the tree's spans and checks that they tile the input: top-level
 * nodes cover every character exactly once, and so do the parts inside each line. Returns the
 * list of gaps and overlaps found (empty when the tree is lossless) and the rebuilt text.
 */
export function rebuildFromTree(document: SyntaxDocument, text: string): { rebuilt: string; problems: string[] } {
  const problems: string[] = [];
  let rebuilt = "";
  let position = 0;
  const take = (start: number, end: number, what: string) => {
    if (start !== position) problems.push(`${what}: expected to start at ${position}, starts at ${start}`);
    if (end < start) problems.push(`${what}: ends before it starts (${start}..${end})`);
    rebuilt += text.slice(start, end);
    position = end;
  };
  if (document.bom) take(document.bom.start, document.bom.end, "bom");
  if (document.frontMatter) take(document.frontMatter.start, document.frontMatter.end, "front matter");
  for (const [index, line] of document.lines.entries()) {
    const lineStart = position;
    take(line.start, line.indentEnd, `line ${index} indentation`);
    for (const [start, end, what] of lineContentSpans(line)) take(start, end, `line ${index} ${what}`);
    if (line.contentEnd !== position) problems.push(`line ${index}: parts end at ${position}, content at ${line.contentEnd}`);
    take(line.contentEnd, line.end, `line ${index} terminator`);
    if (text.slice(line.contentEnd, line.end) !== line.eol) problems.push(`line ${index}: terminator mismatch`);
    if (line.end <= lineStart && index < document.lines.length - 1) problems.push(`line ${index}: empty line node`);
  }
  if (position !== text.length) problems.push(`tree ends at ${position}, text at ${text.length}`);
  return { rebuilt, problems };
}

function lineContentSpans(line: LineNode): Array<[number, number, string]> {
  switch (line.kind) {
    case "blank":
    case "comment":
      return [[line.indentEnd, line.contentEnd, line.kind]];
    case "text":
      return partSpans(line.parts);
    case "item":
    case "list":
      return [
        [line.marker.start, line.marker.end, "marker"],
        [line.marker.end, line.headingStart, "gap"],
        ...partSpans(line.headingParts),
        [line.headingEnd, line.bodyStart, "terminator"],
        ...partSpans(line.parts),
      ];
  }
}

function partSpans(parts: readonly InlineNode[]): Array<[number, number, string]> {
  return parts.map((part) => [part.start, part.end, part.type]);
}
