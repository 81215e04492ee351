/**
 * Whether the stylish output is coloured, by the conventions terminals and CI logs share:
 * a non-empty NO_COLOR (https://no-color.org) always turns colour off, as the README promises;
 * FORCE_COLOR (chalk's, Node's) turns it off with `0` or `false` and on with any other non-empty
 * value — a CI log is no terminal but shows colours (GitHub Actions, GitLab); else colour only
 * on a terminal. `isTerminal` is asked last: looking at stdout costs a start-up its streams.
 */
export function colourWanted(env: Readonly<Record<string, string | undefined>>, isTerminal: () => boolean): boolean {
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force) return force !== "0" && force.toLowerCase() !== "false";
  return isTerminal();
}
