import fc from "fast-check";

/**
 * The seed of every property test in the normal run: fixed, so the same cases run in CI on every
 * commit and a red CI is a change's doing, never the dice's (a counterexample found by chance
 * failed a landing once: seed 1144619529 of numbering.property.test.ts). Hunting for new
 * counterexamples is a run of its own, with random seeds and more cases:
 *   PLANCHECK_PROPERTY_SEED=random PLANCHECK_PROPERTY_RUNS=20000 npx vitest run test/**\/*.property.test.ts
 * A failure prints its seed; PLANCHECK_PROPERTY_SEED=<that seed> replays it.
 */
const FIXED_SEED = 20261206;

const requested = process.env.PLANCHECK_PROPERTY_SEED;
if (requested !== "random") fc.configureGlobal({ seed: requested === undefined || requested === "" ? FIXED_SEED : Number(requested) });
