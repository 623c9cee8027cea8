import { test } from "node:test";
import assert from "node:assert/strict";
import { parseDate } from "../../scripts/content/dates.ts";
import { toZonedIso } from "../../scripts/text/time-zones.ts";

const instant = (value: string, zone = "Asia/Riyadh") => {
  const parsed = parseDate(value, zone);
  assert.ok(parsed.ok, parsed.ok ? "" : parsed.reason.en);
  return parsed.date.toISOString();
};

test("a date alone means midnight in the site's time zone", () => {
  assert.equal(instant("2024-05-07"), "2024-05-06T21:00:00.000Z");
  assert.equal(instant("2024-05-07", "UTC"), "2024-05-07T00:00:00.000Z");
  assert.equal(instant("2024-05-07", "Africa/Cairo"), "2024-05-06T21:00:00.000Z", "Egypt keeps summer time in May");
});

test("midnight is found across a daylight-saving change", () => {
  // Beirut moved its clocks forward at midnight on 31 March 2024 (00:00 → 01:00).
  assert.equal(toZonedIso(new Date(instant("2024-03-31", "Asia/Beirut")), "Asia/Beirut"), "2024-03-31T01:00:00+03:00");
  assert.equal(toZonedIso(new Date(instant("2024-10-27", "Asia/Beirut")), "Asia/Beirut"), "2024-10-27T00:00:00+02:00");
});

test("a time with an offset is that instant", () => {
  assert.equal(instant("2024-05-07T10:00:00+03:00"), "2024-05-07T07:00:00.000Z");
  assert.equal(instant("2024-05-07T10:00-04:30"), "2024-05-07T14:30:00.000Z");
  assert.equal(instant("2024-05-07T10:00:00Z"), "2024-05-07T10:00:00.000Z");
});

test("impossible dates are rejected, never rolled over", () => {
  for (const value of ["2019-13-45", "2023-02-29", "2024-04-31", "2024-00-10", "2024-05-07T24:00:00+03:00"]) {
    assert.equal(parseDate(value, "UTC").ok, false, value);
  }
  assert.equal(parseDate("2024-02-29", "UTC").ok, true);
});

test("instants print as wall time in the zone, with the offset", () => {
  assert.equal(toZonedIso(new Date("2024-05-07T07:00:00Z"), "Asia/Riyadh"), "2024-05-07T10:00:00+03:00");
  assert.equal(toZonedIso(new Date("2024-01-15T12:00:00Z"), "America/St_Johns"), "2024-01-15T08:30:00-03:30");
});
