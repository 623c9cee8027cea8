/**
 * Seconds spent in each phase of a build, for `npm run bench`: the build
 * writes them as JSON to the file named by NEWSROOM_TIMINGS. Phases that run
 * in worker threads count the seconds of every thread, so they can add up to
 * more than the wall time.
 */
const phases: Record<string, number> = {};

export function addPhase(name: string, seconds: number): void {
  phases[name] = (phases[name] ?? 0) + seconds;
}

/** Seconds since it was made. */
export function stopwatch(): { seconds(): number } {
  const started = performance.now();
  return { seconds: () => (performance.now() - started) / 1000 };
}

export function recordedPhases(): Readonly<Record<string, number>> {
  return phases;
}
