/**
 * Every pass over an article's text, fed 1 MB of each shape that once hung or crashed one
 * (scripts/bench/hostile-text.ts), finishes within a generous but finite time: the passes are
 * linear, and none recurses or backtracks with the length of the input. The render passes read
 * the largest body of that shape the check lets through (decision 0027). `npm run bench:text`
 * prints the same passes' throughput.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { HOSTILE_SHAPES } from "../scripts/bench/hostile-text.ts";
import { passInputs, TEXT_PASSES, timePass } from "../scripts/bench/text-passes.ts";

const SIZE = 1_000_000;
/** Seconds per pass and shape: the slowest alone is about 5 s, and 20 s with two other test files running on 2 cores; a quadratic pass takes minutes. */
const BOUND = 30;

for (const [shape, make] of Object.entries(HOSTILE_SHAPES)) {
  test(`every text pass gets through 1 MB of ${shape} in under ${BOUND} s`, async () => {
    const inputs = passInputs(make(SIZE));
    assert.equal(inputs.text.length, SIZE);
    const slow: string[] = [];
    for (const pass of Object.keys(TEXT_PASSES)) {
      const seconds = await timePass(pass, inputs);
      if (seconds > BOUND) slow.push(`${pass}: ${seconds.toFixed(1)} s`);
    }
    assert.deepEqual(slow, []);
  });
}
