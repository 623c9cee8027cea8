/**
 * Seconds spent in each phase of one build, for `npm run bench`: the build
 * writes them as JSON to the file named by NEWSROOM_TIMINGS. Phases that run
 * in worker threads count the seconds of every thread, so they can add up to
 * more than the wall time.
 */
export class Timings {
  readonly #phases: Record<string, number> = {};

  add(name: string, seconds: number): void {
    this.#phases[name] = (this.#phases[name] ?? 0) + seconds;
  }

  /** Runs `step` and adds its wall time to `name`. */
  async time<T>(name: string, step: () => Promise<T> | T): Promise<T> {
    const clock = stopwatch();
    try {
      return await step();
    } finally {
      this.add(name, clock.seconds());
    }
  }

  phases(): Readonly<Record<string, number>> {
    return { ...this.#phases };
  }
}

/** Seconds since it was made. */
export function stopwatch(): { seconds(): number } {
  const started = performance.now();
  return { seconds: () => (performance.now() - started) / 1000 };
}
