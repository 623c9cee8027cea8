/**
 * A live page's parts (`type: live`): the key points, the pinned update and the updates, newest
 * first. Everything reads without a script; while the coverage runs, the page's second script
 * (scripts/assets/live-client.ts) asks for /articles/<slug>/updates.json and offers the newer ones.
 */
import type { Article, LiveCoverage } from "../../scripts/content/schema.ts";
import type { LiveUpdate } from "../../scripts/content/live.ts";
import type { RenderedMarkdown } from "../../scripts/render/body.ts";
import type { FrameModel } from "../../scripts/site/model.ts";
import { paths } from "../../scripts/site/urls.ts";
import { formatterFor, type Formatter } from "../../scripts/text/format.ts";
import { stringsFor } from "../strings/index.ts";
import { BidiText } from "./BidiText.tsx";
import { TrustedHtml } from "./TrustedHtml.tsx";

/** What the live script reads from the page: where the updates are, the newest shown, and its button's words. */
export interface LiveConfig {
  src: string;
  latest: string;
}

/** One update: its time, its heading if it has one, and its text. The pinned copy has no anchor of its own. */
export function LiveUpdateItem({
  update,
  body,
  article,
  f,
  anchor = true,
}: {
  update: LiveUpdate;
  body: RenderedMarkdown;
  article: Article;
  f: Formatter;
  anchor?: boolean;
}): JSX.Element {
  return (
    <article class="live-update" {...(anchor ? { id: update.id } : {})}>
      <p class="live-time">
        <time datetime={f.iso(update.date)}>
          {f.time(update.date)}
          <span class="live-day"> {f.date(update.date)}</span>
        </time>
      </p>
      {update.title ? (
        <h3 class="live-title">
          <BidiText text={update.title} dir={article.dir} />
        </h3>
      ) : null}
      <div class="live-body">
        <TrustedHtml body={body} />
      </div>
    </article>
  );
}

/** The key points, at the top of a live page, above its introduction. */
export function KeyPoints({ article, live }: { article: Article; live: LiveCoverage }): JSX.Element {
  const t = stringsFor(article.lang);
  return live.keyPoints.length ? (
    <section class="key-points" aria-labelledby="key-points">
      <h2 id="key-points">{t.keyPoints}</h2>
      <ul>
        {live.keyPoints.map((point) => (
          <li>
            <BidiText text={point} dir={article.dir} />
          </li>
        ))}
      </ul>
    </section>
  ) : null;
}

/** The pinned update, then every update, newest first; the script's button waits hidden. */
export function LiveUpdates({
  article,
  live,
  bodies,
  newsroom,
  script,
}: {
  article: Article;
  live: LiveCoverage;
  bodies: Map<string, RenderedMarkdown>;
  newsroom: FrameModel;
  script: string;
}): JSX.Element {
  const t = stringsFor(article.lang);
  const f = formatterFor(newsroom.site, article.lang);
  const { urls } = newsroom;
  const pinned = live.updates.find((u) => u.id === live.pinned);
  const config: LiveConfig = { src: urls.href(paths.liveUpdates(article.slug)), latest: live.updates[0]?.id ?? "" };
  return (
    <>
      {pinned ? (
        <section class="live-pinned" aria-labelledby="live-pinned">
          <h2 id="live-pinned" class="live-pinned-label">
            {t.pinnedUpdate}
          </h2>
          <LiveUpdateItem update={pinned} body={bodies.get(pinned.id)!} article={article} f={f} anchor={false} />
        </section>
      ) : null}
      <section
        class="live-updates"
        aria-labelledby="live-updates"
        {...(live.running ? { "data-live": JSON.stringify(config) } : {})}
      >
        <h2 id="live-updates">{live.running ? t.liveUpdates : t.liveEnded}</h2>
        {live.running ? (
          <button class="live-new" type="button" hidden>
            {t.newUpdates}
          </button>
        ) : null}
        <div class="live-list">
          {live.updates.map((update) => (
            <LiveUpdateItem update={update} body={bodies.get(update.id)!} article={article} f={f} />
          ))}
        </div>
        {live.running ? <script type="module" src={urls.href(script)}></script> : null}
      </section>
    </>
  );
}
