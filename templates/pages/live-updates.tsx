/**
 * /articles/<slug>/updates.json: a live page's updates, newest first, each as the page prints it,
 * for the live script (scripts/assets/live-client.ts). Written with the page, from the same body.
 */
import { jsxToString } from "jsx-async-runtime";
import type { ArticlePageData } from "../../scripts/render/page-data.ts";
import { renderLiveBody } from "../../scripts/render/body.ts";
import { formatterFor } from "../../scripts/text/format.ts";
import { JsonDocument } from "../components/JsonDocument.tsx";
import { LiveUpdateItem } from "../components/LiveCoverage.tsx";
import { stringsFor } from "../strings/index.ts";

export interface LiveUpdatesJson {
  /** Whether the editor has ended the coverage: the script stops asking. */
  ended: boolean;
  updates: { id: string; html: string }[];
}

export async function render(data: ArticlePageData): Promise<JSX.Element> {
  const { article } = data.entry;
  const live = article.live!;
  const f = formatterFor(data.newsroom.site, article.lang);
  const { updates } = await renderLiveBody(
    article,
    data.newsroom.urls,
    { images: data.images },
    stringsFor(article.lang),
  );
  const json: LiveUpdatesJson = {
    ended: !live.running,
    updates: await Promise.all(
      live.updates.map(async (update) => ({
        id: update.id,
        html: await jsxToString(
          <LiveUpdateItem update={update} body={updates.get(update.id)!} article={article} f={f} />,
        ),
      })),
    ),
  };
  return <JsonDocument data={json} />;
}
