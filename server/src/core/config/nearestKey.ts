import type { z } from "zod";
import { editDistance } from "../text/editDistance.js";

/**
 * What a mistyped configuration key (`unit` for `units`, `rule` for `rules`) most likely means:
 * the nearest key the schema allows at that place, as a mistyped rule id or command-line option
 * names its nearest. The allowed keys are read from the schema itself, so they cannot drift.
 */
export function nearestKey(schema: z.ZodType, path: readonly PropertyKey[], typed: string): string | undefined {
  const keys = allowedKeys(schema, path);
  let best: { key: string; distance: number } | undefined;
  for (const key of keys) {
    const distance = editDistance(typed.toLowerCase(), key.toLowerCase());
    if (!best || distance < best.distance) best = { key, distance };
  }
  // Same-case spellings are not unknown; a key differing only in case (`Units`) is within any bound.
  return best && best.distance <= (typed.length >= 5 ? 2 : 1) ? best.key : undefined;
}

interface SchemaDef {
  type?: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  valueType?: z.ZodType;
  in?: z.ZodType;
  options?: readonly z.ZodType[];
}

function defOf(schema: z.ZodType | undefined): SchemaDef | undefined {
  return (schema as unknown as { _zod?: { def?: SchemaDef } } | undefined)?._zod?.def;
}

/** The object schemas a path may lead to: through optional and default wrappers, arrays, records and unions. */
function objectsAt(schema: z.ZodType | undefined, path: readonly PropertyKey[]): SchemaDef[] {
  const def = defOf(schema);
  if (!def) return [];
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
      return objectsAt(def.innerType, path);
    case "pipe":
      return objectsAt(def.in, path);
    case "union":
      return (def.options ?? []).flatMap((option) => objectsAt(option, path));
  }
  if (path.length === 0) return def.type === "object" ? [def] : [];
  const [key, ...rest] = path;
  if (def.type === "object") return typeof key === "string" && def.shape?.[key] ? objectsAt(def.shape[key], rest) : [];
  if (def.type === "array") return objectsAt(def.element, rest);
  if (def.type === "record") return objectsAt(def.valueType, rest);
  return [];
}

function allowedKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  return [...new Set(objectsAt(schema, path).flatMap((def) => Object.keys(def.shape ?? {})))];
}
