/** The languages an article may be written in, and the direction each is laid out in. */
export const LANGUAGES = { ar: "rtl", en: "ltr", fr: "ltr" } as const;
export type Language = keyof typeof LANGUAGES;
export type Direction = (typeof LANGUAGES)[Language];
