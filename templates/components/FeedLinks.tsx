/** Feed autodiscovery: <link rel="alternate"> to a channel's Atom and JSON feeds. */
import type { FrameData } from "../../scripts/render/page-data.ts";
import type { FeedLink } from "../../scripts/site/model.ts";
import { stringsFor } from "../strings/index.ts";

export function FeedLinks({ data, channel }: { data: FrameData; channel: FeedLink }): JSX.Element {
  const { site, urls } = data.newsroom;
  const t = stringsFor(site.language);
  const name = channel.section ? `${site.name}: ${channel.section.name}` : site.name;
  return (
    <>
      <link
        rel="alternate"
        type="application/atom+xml"
        href={urls.href(channel.atomPath)}
        title={`${name} (${t.feedAtom})`}
      />
      <link
        rel="alternate"
        type="application/feed+json"
        href={urls.href(channel.jsonPath)}
        title={`${name} (${t.feedJson})`}
      />
    </>
  );
}
