/**
 * Front-matter dates: strict ISO 8601 parsing (no roll-over of impossible
 * dates) and time-zone arithmetic through Intl, so no date library is needed.
 */

import { zoneOffsetMinutes } from "../text/time-zones.ts";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})$/;

export type ParsedDate = { ok: true; date: Date } | { ok: false; reason: string };

/**
 * Parses `2024-05-07` (midnight in `timeZone`) or `2024-05-07T10:00:00+03:00`.
 * `2023-02-29` and `2019-13-45` are rejected, never rolled over.
 */
export function parseDate(value: string, timeZone: string): ParsedDate {
  const m = DATE.exec(value) ?? DATE_TIME.exec(value);
  if (!m) {
    return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)
      ? { ok: false, reason: `"${value}" has a time but no UTC offset. Add the offset, e.g. ${value}+03:00.` }
      : { ok: false, reason: `"${value}" is not a date in the form YYYY-MM-DD (e.g. 2024-05-07) or YYYY-MM-DDTHH:MM:SS+03:00.` };
  }
  const [year, month, day, hour = 0, minute = 0, second = 0] = m.slice(1, 7).map((n) => Number(n ?? 0));
  if (!isCalendarDate(year!, month!, day!)) {
    return { ok: false, reason: `"${value}" is not a real calendar date. Check the month (01-12) and the day of that month.` };
  }
  if (hour > 23 || minute > 59 || second > 59) {
    return { ok: false, reason: `"${value}" has an impossible time of day. Use 00:00 to 23:59.` };
  }
  const offset = m[7];
  if (offset === undefined) return { ok: true, date: zonedMidnight(year!, month!, day!, timeZone) };
  const offsetMinutes = offset === "Z" ? 0 : (offset[0] === "-" ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4)));
  const utc = Date.UTC(year!, month! - 1, day, hour, minute, second) - offsetMinutes * 60_000;
  return { ok: true, date: new Date(utc) };
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function zonedMidnight(year: number, month: number, day: number, timeZone: string): Date {
  const wall = Date.UTC(year, month - 1, day);
  // The offset at the guessed instant may differ from the one at the true
  // instant when a DST change falls near midnight; the second pass settles it.
  const first = wall - zoneOffsetMinutes(new Date(wall), timeZone) * 60_000;
  return new Date(wall - zoneOffsetMinutes(new Date(first), timeZone) * 60_000);
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}
