/**
 * How the tests bound a cost without a clock limit. A wall-clock limit flakes on a loaded machine
 * (two test workers, a spawned CLI, another job on the CI host), so a test measures the same work
 * at two sizes in one process, the sizes taking turns, and bounds the ratio of their CPU times: a
 * linear reading gives about 4 for 4× the input, a quadratic one 16. The least of a few runs of
 * each size is taken, which a busy machine can only make larger, never smaller.
 */
const RUNS = 3;

/** The CPU time `f` takes, in milliseconds (user and system, this process only). */
export function cpuMs(f: () => void): number {
  const start = process.cpuUsage();
  f();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * The CPU time of `work` on `large` over its time on `small` (at least 1 ms, so that a small case
 * too quick to measure reads as 1); `prepare`, untimed, runs before each.
 */
export function growth<T>(work: (input: T) => void, small: T, large: T, prepare: (input: T) => void = () => undefined): number {
  const times = [Infinity, Infinity];
  for (let run = 0; run < RUNS; run++) {
    [small, large].forEach((input, i) => {
      prepare(input);
      times[i] = Math.min(times[i]!, cpuMs(() => work(input)));
    });
  }
  return times[1]! / Math.max(times[0]!, 1);
}
