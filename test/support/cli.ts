import { runCli } from "../../server/src/cli/main";

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs `plancheck` in process with the given arguments (and standard input), capturing both streams. */
export async function runPlancheck(args: readonly string[], stdin?: string | Uint8Array): Promise<CliRun> {
  let out = "";
  let err = "";
  const code = await runCli(args, {
    stdout: (text) => (out += text),
    stderr: (text) => (err += text),
    ...(stdin !== undefined ? { readStdin: async () => (typeof stdin === "string" ? new TextEncoder().encode(stdin) : stdin) } : {}),
  });
  return { code, out, err };
}
