/**
 * Numbers, counts and dates for readers. Every formatter names its
 * numbering system (`-u-nu-latn` or `-u-nu-arab`) so the output follows the
 * site's `digits` setting and not the ICU defaults of whichever machine builds.
 */
import type { Site } from "../content/registries.ts";
import type { Language } from "../content/schema.ts";
import type { PluralForms } from "../../templates/strings/index.ts";
import { toZonedIso } from "../content/dates.ts";

export interface Formatter {
  /** "18 مارس 2019" in the site's time zone. */
  date(date: Date): string;
  /** "18 مارس 2019، 9:30 ص". */
  dateTime(date: Date): string;
  /** The machine-readable form for `<time datetime>` and structured data, with the zone's offset. */
  iso(date: Date): string;
  /** "2026", in the site's digits. */
  year(date: Date): string;
  number(n: number): string;
  /** A counted phrase with the language's plural rules: دقيقتان, 3 دقائق, 11 دقيقة. */
  count(n: number, forms: PluralForms): string;
}

const cache = new Map<string, Formatter>();

export function formatterFor(site: Pick<Site, "timeZone" | "digits">, lang: Language): Formatter {
  const key = `${lang}|${site.digits}|${site.timeZone}`;
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = createFormatter(site, lang);
    cache.set(key, formatter);
  }
  return formatter;
}

function createFormatter({ timeZone, digits }: Pick<Site, "timeZone" | "digits">, lang: Language): Formatter {
  const locale = `${lang}-u-nu-${digits}`;
  const day = new Intl.DateTimeFormat(locale, { timeZone, day: "numeric", month: "long", year: "numeric" });
  const dayTime = new Intl.DateTimeFormat(locale, { timeZone, day: "numeric", month: "long", year: "numeric", hour: "numeric", minute: "2-digit" });
  const year = new Intl.DateTimeFormat(locale, { timeZone, year: "numeric" });
  const numbers = new Intl.NumberFormat(locale);
  const plural = new Intl.PluralRules(lang);
  return {
    date: (d) => day.format(d),
    dateTime: (d) => dayTime.format(d),
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
