import { sep } from "node:path";

/**
 * A file's path cut at its folder separators. On Windows `\` and `/` both separate folders; on
 * every other system only `/` does, and `\` is a character of a name like any other: a plan
 * saved as `a\b.plan` on Linux is one file in this folder, not `b.plan` in a folder `a`.
 * `separator` is the platform's (`path.sep`); the tests give the other one.
 */
export function pathSegments(file: string, separator: string = sep): string[] {
  return separator === "\\" ? file.split(/[\\/]/) : file.split("/");
}

/**
 * The path with `/` between its folders, as a GitHub annotation's `file=` and a diff's headers
 * name a file: `docs\plan.plan` from Windows is `docs/plan.plan`; `a\b.plan` on Linux stays
 * itself. Every output that writes a path with slashes takes it from here.
 */
export function slashedPath(file: string, separator: string = sep): string {
  return separator === "\\" ? pathSegments(file, separator).join("/") : file;
}
