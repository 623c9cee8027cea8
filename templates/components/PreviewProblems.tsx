/**
 * In the preview only: the checker's errors and warnings from the latest save, in a panel over the
 * page, in the site's language. Plain HTML and one stylesheet of the site's own origin, so the
 * page's Content-Security-Policy lets it in; it opens and closes without a script (`<details>`).
 */
import type { Problem } from "../../scripts/content/problems.ts";
import type { Language } from "../../scripts/content/schema.ts";
import { LANGUAGES } from "../../scripts/content/schema.ts";
import type { Site } from "../../scripts/content/registries.ts";
import { fill, formatterFor } from "../../scripts/text/format.ts";
import { stringsFor } from "../strings/index.ts";
import { Doctype } from "./Doctype.tsx";

/** Where the preview serves the panel's stylesheet (styles/preview-problems.css); never part of a build. */
export const PREVIEW_PROBLEMS_STYLESHEET = "/.preview/problems.css";

/** What the latest save left to fix: `errors` stopped it, `warnings` did not. */
export interface ProblemReport {
  errors: readonly Problem[];
  warnings: readonly Problem[];
}

/** The language and digits the panel speaks in: the site's, or Arabic before any save succeeded. */
export type ProblemsLanguage = Pick<Site, "language" | "digits" | "timeZone">;

/**
 * A message as HTML, its words unchanged: what the catalogue isolated (`iso`, FIRST STRONG ISOLATE
 * … POP DIRECTIONAL ISOLATE) goes into an element that isolates it too, and code between backticks
 * (a corrected line such as `title: "عاجل: …"`) into a left-to-right `<code>`. Chromium does not
 * order an Arabic sentence's isolated Latin line by the isolate characters alone: the corrected
 * line came out right to left (`:title` first).
 */
function messageParts(message: string): (string | JSX.Element)[] {
  const parts: (string | JSX.Element)[] = [];
  let last = 0;
  for (const match of message.matchAll(/\u2068([^\u2068\u2069]*)\u2069|`[^`\n]+`/g)) {
    if (match.index > last) parts.push(message.slice(last, match.index));
    const isolated = match[1];
    const code = isolated === undefined || /^`[^`\n]+`$/.test(isolated);
    parts.push(code ? <code dir="ltr">{match[0]}</code> : <bdi>{match[0]}</bdi>);
    last = match.index + match[0].length;
  }
  if (last < message.length) parts.push(message.slice(last));
  return parts;
}

function ProblemList({
  problems,
  lang,
  site,
}: {
  problems: readonly Problem[];
  lang: Language;
  site: ProblemsLanguage;
}) {
  const t = stringsFor(lang).previewProblems;
  const f = formatterFor(site, lang);
  return (
    <ol>
      {problems.map((p) => (
        <li>
          <span class="preview-problems-place" dir="ltr">
            {p.file}
          </span>{" "}
          {p.line ? <span class="preview-problems-line">{fill(t.line, { line: f.number(p.line) })}</span> : null}{" "}
          <span class="preview-problems-field" dir="auto">
            {p.field}
          </span>{" "}
          <span class="preview-problems-message" dir="auto">
            {messageParts(p.message)}
          </span>
        </li>
      ))}
    </ol>
  );
}

/** The panel; nothing when the latest save left nothing to fix. */
export function PreviewProblems({ report, site }: { report: ProblemReport; site: ProblemsLanguage }): JSX.Element {
  const { errors, warnings } = report;
  if (!errors.length && !warnings.length) return null;
  const lang = site.language;
  const t = stringsFor(lang).previewProblems;
  const f = formatterFor(site, lang);
  return (
    <aside
      id="preview-problems"
      class="preview-problems"
      lang={lang}
      dir={LANGUAGES[lang]}
      role={errors.length ? "alert" : "status"}
    >
      <link rel="stylesheet" href={PREVIEW_PROBLEMS_STYLESHEET} />
      {errors.length ? (
        <details class="preview-problems-errors" open>
          <summary>{f.count(errors.length, t.errors)}</summary>
          <p>{t.stale}</p>
          <ProblemList problems={errors} lang={lang} site={site} />
        </details>
      ) : null}
      {warnings.length ? (
        // Warnings stay folded when errors are there too: the errors are what stops the page.
        <details class="preview-problems-warnings" open={!errors.length}>
          <summary>{f.count(warnings.length, t.warnings)}</summary>
          <ProblemList problems={warnings} lang={lang} site={site} />
        </details>
      ) : null}
    </aside>
  );
}

/** A page in place of one that cannot be shown until the problems are fixed: the panel and one sentence. */
export function ProblemsPage({ report, site }: { report: ProblemReport; site: ProblemsLanguage }): JSX.Element {
  const lang = site.language;
  const t = stringsFor(lang).previewProblems;
  return (
    <>
      <Doctype />
      <html lang={lang} dir={LANGUAGES[lang]}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width,initial-scale=1" />
          <meta name="robots" content="noindex" />
          <title>{t.unavailable}</title>
        </head>
        <body class="preview-problems-page">
          <h1>{t.unavailable}</h1>
          <PreviewProblems report={report} site={site} />
        </body>
      </html>
    </>
  );
}
