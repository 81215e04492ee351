import { fileURLToPath } from "node:url";

/**
 * The file path of a `file:` URI, or null for any other scheme (an untitled document, the
 * built-in outline's `plan-parent:`) or a URI that is not a valid file URL. Its own module: the
 * session and the workspace index both need it, and the index is part of the session.
 */
export function uriToPath(uri: string): string | null {
  try {
    return uri.startsWith("file:") ? fileURLToPath(uri) : null;
  } catch {
    return null;
  }
}
