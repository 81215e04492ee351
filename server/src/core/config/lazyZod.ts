import type { z as Zod } from "zod";
import { lazy } from "../lazy.js";

/**
 * zod, loaded on first use, and schemas built on first use. zod and the schemas built from it
 * are a large part of start-up (a one-file CLI run, the server's first check), and most runs
 * validate nothing: no configuration file, no rule options, no parent file. The bundler turns
 * this require into a lazily initialised module (the CLI and the server load it from a chunk of
 * its own, see scripts/build.mjs); a module that builds a schema at load time brings the cost back.
 */
export const zod: () => typeof Zod = lazy(() => (require("zod") as typeof import("zod")).z);

/** A schema built by `build` the first time it is asked for, then the same schema every time. */
export function lazySchema<T>(build: (z: typeof Zod) => T): () => T {
  return lazy(() => build(zod()));
}

/**
 * Options a rule was given when none were configured (`{}`): a rule whose options are all
 * optional, without defaults, can take them as they are without loading zod.
 */
export function noOptions(options: unknown): boolean {
  return typeof options === "object" && options !== null && !Array.isArray(options) && Object.keys(options).length === 0;
}
