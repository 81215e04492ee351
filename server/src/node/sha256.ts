import { lazy } from "../core/lazy.js";

// node:crypto pulls in Node's streams and about forty internal modules: a sixth of a one-file
// `plancheck` run, though only --cache, --baseline and folder-wide parent look-ups hash anything.
// It is loaded on the first hash (see core/lazy.ts).
const crypto = lazy(() => require("node:crypto") as typeof import("node:crypto"));

/** A SHA-256 hash to feed with `update` and close with `digest`. */
export function sha256(): import("node:crypto").Hash {
  return crypto().createHash("sha256");
}
