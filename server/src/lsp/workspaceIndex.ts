import { statSync } from "node:fs";
import { pathToFileURL } from "node:url";
import type { PlanConfig } from "../core/config/schema.js";
import { buildPlan } from "../core/model/buildPlan.js";
import type { PlanDocument } from "../core/model/types.js";
import { PositionMapper } from "../core/text/positions.js";
import type { UnitRegistry } from "../core/units/registry.js";
import type { PlanSession } from "./session.js";
import { uriToPath } from "./uris.js";
import { listPlanFiles, PLAN_FILE } from "../node/planFiles.js";
import { readRegularText } from "../node/regularFile.js";

/** A plan of the workspace: open in the editor (its latest text) or read from disk. */
export interface IndexedPlan {
  uri: string;
  plan: PlanDocument;
  mapper: PositionMapper;
  /** The version of the open document the plan was read from; null for a file read from disk. */
  version: number | null;
  /** The registry of the plan's own configuration: plans in different folders may differ. */
  registry: UnitRegistry;
}


interface DiskEntry {
  mtimeMs: number;
  size: number;
  /** The registry it was read with: a configuration change gives a new one, and the plan is read again. */
  registry: UnitRegistry;
  /** The configuration it was read with: its numbering policy says where a task run into a line starts (model/buildPlan.ts). */
  config: PlanConfig | undefined;
  plan: PlanDocument;
  mapper: PositionMapper;
}

/**
 * Every .plan / .plan.txt file under the workspace roots, for features that look across plans
 * (unit usage, references, rename, the unit matrix). Open documents override the disk. A file is
 * parsed again only when it changed — by its modification time and size, and by the file
 * watcher's events — or when its configuration did (the registry splits names joined by 和), so a
 * request after one edit costs one parse, not one per file.
 */
export class WorkspaceIndex {
  /** Files parsed from disk since the server started; the tests check that this stays incremental. */
  parses = 0;
  private readonly onDisk = new Map<string, DiskEntry>();
  private paths: Set<string> | null = null;

  constructor(private readonly session: PlanSession) {}

  plans(): IndexedPlan[] {
    const result = new Map<string, IndexedPlan>();
    for (const document of this.session.documents.all()) {
      const entry = this.session.get(document.uri);
      if (!entry) continue;
      const key = uriToPath(document.uri) ?? document.uri;
      result.set(key, { uri: document.uri, plan: entry.analysis.plan, mapper: entry.mapper, version: entry.document.version, registry: this.session.contextFor(document.uri).registry });
    }
    for (const path of this.allPaths()) {
      if (result.has(path)) continue;
      const entry = this.fromDisk(path);
      if (!entry) continue;
      const uri = pathToFileURL(path).toString();
      result.set(path, { uri, plan: entry.plan, mapper: entry.mapper, version: null, registry: this.session.contextFor(uri).registry });
    }
    return [...result.values()];
  }

  /** The watcher's word on a file: created, changed or deleted. */
  fileChanged(uri: string, kind: "created" | "changed" | "deleted"): void {
    const path = uriToPath(uri);
    if (!path || !PLAN_FILE.test(path)) return;
    this.onDisk.delete(path);
    if (kind === "deleted") this.paths?.delete(path);
    else this.paths?.add(path);
  }

  /** Forget the file list, e.g. when the workspace folders change. */
  reset(): void {
    this.paths = null;
    this.onDisk.clear();
  }

  private allPaths(): Set<string> {
    if (!this.paths) {
      this.paths = new Set();
      for (const root of this.session.workspaceRoots) for (const file of listPlanFiles(root)) this.paths.add(file);
    }
    return this.paths;
  }

  private fromDisk(path: string): DiskEntry | null {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      this.paths?.delete(path);
      this.onDisk.delete(path);
      return null;
    }
    const cached = this.onDisk.get(path);
    // Read with its configuration's registry, as an open plan is (two configured names joined by 和 are two).
    const { registry, config } = this.session.contextFor(pathToFileURL(path).toString());
    if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size && cached.registry === registry && cached.config === config) return cached;
    let text: string;
    try {
      // The BOM is dropped as VS Code drops it, so positions agree with an open editor's.
      // A pipe named .plan in the workspace is passed over, never waited on.
      text = readRegularText(path).replace(/^\uFEFF/, "");
    } catch {
      return null;
    }
    this.parses++;
    const entry = { mtimeMs: stat.mtimeMs, size: stat.size, registry, config, plan: buildPlan(text, undefined, registry, config), mapper: new PositionMapper(text) };
    this.onDisk.set(path, entry);
    return entry;
  }
}
