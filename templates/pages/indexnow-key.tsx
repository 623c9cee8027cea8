/** /<key>.txt: the IndexNow key, published so that IndexNow can tell the site's own deploys sent the URLs. */
import type { SiteData } from "../../scripts/render/page-data.ts";
import { TextDocument } from "../components/TextDocument.tsx";

export function render(data: SiteData): JSX.Element {
  return <TextDocument lines={[data.newsroom.site.indexNow?.key ?? ""]} />;
}
