import { pathToFileURL } from "node:url";
import { type Connection, type Diagnostic, DiagnosticSeverity } from "vscode-languageserver";
import { PositionMapper } from "../core/text/positions.js";
import type { LoadedRegistryFile } from "../node/configFiles.js";
import { DIAGNOSTIC_SOURCE } from "./diagnostics.js";

/**
 * Problems of unit registry files, shown in those files (like a bad .plancheck.json), whether or
 * not they are open. Only changes are sent, so validating a plan on every keystroke costs nothing.
 */
export class RegistryDiagnostics {
  private readonly published = new Map<string, string>();

  constructor(private readonly connection: Connection) {}

  publish(files: readonly LoadedRegistryFile[]): void {
    const current = new Map<string, Diagnostic[]>();
    for (const file of files) {
      if (file.ok) continue;
      const mapper = new PositionMapper(file.text);
      current.set(
        pathToFileURL(file.file).toString(),
        file.problems.map((problem) => ({
          range: mapper.rangeOf(problem),
          severity: DiagnosticSeverity.Error,
          source: DIAGNOSTIC_SOURCE,
          code: "config/invalid-registry",
          message: problem.path ? `${problem.path}：${problem.message}` : problem.message,
        })),
      );
    }
    for (const uri of this.published.keys()) if (!current.has(uri)) current.set(uri, []);
    for (const [uri, diagnostics] of current) {
      const key = JSON.stringify(diagnostics);
      if (this.published.get(uri) === key) continue;
      if (diagnostics.length === 0) this.published.delete(uri);
      else this.published.set(uri, key);
      void this.connection.sendDiagnostics({ uri, diagnostics });
    }
  }
}
