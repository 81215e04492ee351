import { statSync } from "node:fs";
import { resolve } from "node:path";
import { UsageError } from "./command.js";

/** The same file named twice, through a folder, a link or `./`, is one file: its device and inode. */
export function fileIdentity(file: string | Buffer): string {
  return existingIdentity(file) ?? resolve(file.toString());
}

function existingIdentity(file: string | Buffer): string | undefined {
  try {
    const stat = statSync(file);
    return `${stat.dev}:${stat.ino}`;
  } catch {
    return undefined;
  }
}

/** A file the run writes: what it is and how the user names another, for the message. */
interface Target {
  file: string;
  identity: string;
  what: string;
  remedy: string;
}

/**
 * What a run writes besides a plan's own fixes — the `--output` report, export's .docx, the
 * cache, the baseline — never replaces a plan it reads. `plancheck plan.plan -o plan.plan` would
 * leave the report where the plan was, `plancheck export 方案.docx` its export over the Word
 * document it was made from (the .docx beside a .docx is itself). Each file is declared before it
 * is written and compared, by identity (a link or `./` names the same file), with the plans the
 * paths name; a clash is a usage error before anything is written. A file not there yet is no
 * plan, and needs no comparing.
 */
export class WrittenFiles {
  private readonly targets: Target[] = [];
  /** Identity → the plan as the paths named it. */
  private readonly plans = new Map<string, string>();

  /** A file the run will write: refused if it is a plan the run reads, now or once the plans are found. */
  declare(file: string, what: string, remedy: string): void {
    const identity = existingIdentity(file);
    if (identity === undefined) return;
    const target: Target = { file, identity, what, remedy };
    const plan = this.plans.get(identity);
    if (plan !== undefined) throw clash(target, plan);
    this.targets.push(target);
  }

  /** A plan the paths name, by its `fileIdentity`. */
  planFound(identity: string, file: string): void {
    this.plans.set(identity, file);
    // Declared targets are a handful (output, cache, baseline): a scan per plan costs nothing.
    for (const target of this.targets) if (target.identity === identity) throw clash(target, file);
  }
}

function clash(target: Target, plan: string): UsageError {
  const named = plan === target.file ? "" : `（${plan}）`;
  return new UsageError(`${target.what} ${target.file} 就是本次读取的方案${named}，写入会覆盖方案；${target.remedy}`);
}
