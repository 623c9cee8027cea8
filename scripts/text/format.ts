/**
 * Numbers, counts and dates for readers. Every formatter names its
 * numbering system (`-u-nu-latn` or `-u-nu-arab`) so the output follows the
 * site's `digits` setting and not the ICU defaults of whichever machine builds.
 * Month names (Egyptian/Gulf, Levantine or both) and an added Hijri date are
 * site settings too.
 */
import type { Language } from "./languages.ts";
import { toZonedIso } from "./time-zones.ts";

/** Plural forms for one counted phrase; `{n}` is replaced by the formatted number. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface Formatter {
  /** "18 مارس 2019" in the site's time zone. */
  date(date: Date): string;
  /** "18 مارس 2019، 9:30 ص". */
  dateTime(date: Date): string;
  /** "9:30 ص": the time of day alone, for a live page's updates. */
  time(date: Date): string;
  /** The machine-readable form for `<time datetime>` and structured data, with the zone's offset. */
  iso(date: Date): string;
  /** "2026", in the site's digits. */
  year(date: Date): string;
  number(n: number): string;
  /** A counted phrase with the language's plural rules: دقيقتان, 3 دقائق, 11 دقيقة. */
  count(n: number, forms: PluralForms): string;
}

/** The site's settings for dates and numbers (site.yaml). */
export interface DateSettings {
  timeZone: string;
  digits: "latn" | "arab";
  monthNames?: "western" | "levantine" | "both";
  hijri?: boolean;
}

const cache = new Map<string, Formatter>();

export function formatterFor(settings: DateSettings, lang: Language): Formatter {
  const key = `${lang}|${settings.digits}|${settings.timeZone}|${settings.monthNames}|${settings.hijri}`;
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = createFormatter(settings, lang);
    cache.set(key, formatter);
  }
  return formatter;
}

// CLDR gives Egyptian/Gulf month names (مارس) for plain `ar` and Levantine
// ones (آذار) for Syria; the locale's region picks the set, `-u-nu-` the digits.
const MONTH_LOCALES = { western: "ar", levantine: "ar-SY" } as const;

function createFormatter(
  { timeZone, digits, monthNames = "western", hijri = false }: DateSettings,
  lang: Language,
): Formatter {
  const arabic = lang === "ar";
  const locale = `${arabic ? MONTH_LOCALES[monthNames === "levantine" ? "levantine" : "western"] : lang}-u-nu-${digits}`;
  const dayOptions: Intl.DateTimeFormatOptions = { timeZone, day: "numeric", month: "long", year: "numeric" };
  const day = new Intl.DateTimeFormat(locale, dayOptions);
  const dayTime = new Intl.DateTimeFormat(locale, { ...dayOptions, hour: "numeric", minute: "2-digit" });
  const levantineMonth = new Intl.DateTimeFormat(`${MONTH_LOCALES.levantine}-u-nu-${digits}`, {
    timeZone,
    month: "long",
  });
  const hijriDay = new Intl.DateTimeFormat(`${lang}-u-ca-islamic-umalqura-nu-${digits}`, dayOptions);
  const year = new Intl.DateTimeFormat(locale, { timeZone, year: "numeric" });
  const timeOfDay = new Intl.DateTimeFormat(locale, { timeZone, hour: "numeric", minute: "2-digit" });
  const numbers = new Intl.NumberFormat(locale);
  const plural = new Intl.PluralRules(lang);

  const gregorian = (format: Intl.DateTimeFormat, d: Date) =>
    arabic && monthNames === "both"
      ? format
          .formatToParts(d)
          .map((p) => (p.type === "month" ? `${p.value}/${levantineMonth.format(d)}` : p.value))
          .join("")
      : format.format(d);
  // The Hijri (Umm al-Qura) date follows in brackets when the site asks for it.
  const withHijri = (text: string, d: Date) => (hijri ? `${text} (${hijriDay.format(d)})` : text);

  return {
    date: (d) => withHijri(gregorian(day, d), d),
    dateTime: (d) => withHijri(gregorian(dayTime, d), d),
    time: (d) => timeOfDay.format(d),
    iso: (d) => toZonedIso(d, timeZone),
    year: (d) => year.format(d),
    number: (n) => numbers.format(n),
    count: (n, forms) => fill(forms[plural.select(n)] ?? forms.other, { n: numbers.format(n) }),
  };
}

/** Replaces `{name}` placeholders in a UI string. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** Reading time at 200 words a minute, at least one minute. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 200));
}
