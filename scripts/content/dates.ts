/**
 * Front-matter dates: strict ISO 8601 parsing (no roll-over of impossible
 * dates) and time-zone arithmetic through Intl, so no date library is needed.
 */

import { zoneOffsetMinutes } from "../text/time-zones.ts";
import { MESSAGES as M, type Texts } from "./messages/index.ts";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})$/;

export type ParsedDate = { ok: true; date: Date } | { ok: false; reason: Texts };

/**
 * Parses `2024-05-07` (midnight in `timeZone`) or `2024-05-07T10:00:00+03:00`.
 * `2023-02-29` and `2019-13-45` are rejected, never rolled over.
 */
export function parseDate(value: string, timeZone: string): ParsedDate {
  const m = DATE.exec(value) ?? DATE_TIME.exec(value);
  if (!m) return { ok: false, reason: misread(value, timeZone) };
  const [year, month, day, hour = 0, minute = 0, second = 0] = m.slice(1, 7).map((n) => Number(n ?? 0));
  if (!isCalendarDate(year!, month!, day!)) return { ok: false, reason: M.notCalendar({ value }) };
  if (hour > 23 || minute > 59 || second > 59) return { ok: false, reason: M.impossibleTime({ value }) };
  const offset = m[7];
  if (offset === undefined) return { ok: true, date: zonedMidnight(year!, month!, day!, timeZone) };
  const offsetMinutes = offset === "Z" ? 0 : (offset[0] === "-" ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4)));
  const utc = Date.UTC(year!, month! - 1, day, hour, minute, second) - offsetMinutes * 60_000;
  return { ok: true, date: new Date(utc) };
}

const SPACED = /^(\d{4}-\d{2}-\d{2})[ \t]+(\d{2}:\d{2}(?::\d{2})?)(Z|[+-]\d{2}:\d{2})?$/;
const DAY_FIRST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

/** What the editor meant by a date that is not ISO 8601, said with the date as it should be written. */
function misread(value: string, timeZone: string): Texts {
  const western = westernDigits(value);
  if (western !== value) return M.arabicDigits({ value, converted: western });
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return M.noOffset({ value });
  const spaced = SPACED.exec(value);
  if (spaced) {
    const [, day, time, offset] = spaced;
    return M.spaceForT({ value, corrected: `${day}T${time}${offset ?? siteOffset(day!, timeZone)}` });
  }
  const dayFirst = DAY_FIRST.exec(value);
  if (dayFirst) {
    const [day, month, year] = dayFirst.slice(1).map(Number) as [number, number, number];
    if (isCalendarDate(year, month, day)) return M.dayMonthYear({ value, corrected: `${year}-${pad(month)}-${pad(day)}` });
  }
  return M.notDate({ value });
}

/** Arabic-Indic (٠-٩) and Persian (۰-۹) digits as 0-9: what a phone's Arabic keyboard types. */
function westernDigits(value: string): string {
  let out = "";
  for (const c of value) {
    const code = c.charCodeAt(0);
    if (code >= 0x660 && code <= 0x669) out += String(code - 0x660);
    else if (code >= 0x6f0 && code <= 0x6f9) out += String(code - 0x6f0);
    else out += c;
  }
  return out;
}

/** The site's UTC offset on a day, as `+03:00`, to complete a time written without one. */
function siteOffset(day: string, timeZone: string): string {
  const minutes = zoneOffsetMinutes(new Date(`${day}T12:00:00Z`), timeZone);
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? "-" : "+"}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
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
