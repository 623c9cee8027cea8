/**
 * /admin/: the browser editor (Sveltia CMS, self-hosted: scripts/assets/editor.ts). Its own
 * Content-Security-Policy, looser than the site's (scripts/site/security.ts), and never indexed.
 */
import type { SiteData } from "../../scripts/render/page-data.ts";
import { editorContentSecurityPolicy } from "../../scripts/site/security.ts";
import { paths } from "../../scripts/site/urls.ts";
import { Doctype } from "../components/Doctype.tsx";
import { stringsFor } from "../strings/index.ts";

export function render(data: SiteData): JSX.Element {
  const { site, urls } = data.newsroom;
  const editor = data.editor;
  if (!editor) throw new Error("/admin/ is rendered only when site.yaml has an `editor` group.");
  return (
    <>
      <Doctype />
      <html lang={site.language} dir="rtl">
        <head>
          <meta charset="utf-8" />
          <meta http-equiv="Content-Security-Policy" content={editorContentSecurityPolicy(site, false)} />
          <meta name="viewport" content="width=device-width,initial-scale=1" />
          <meta name="robots" content="noindex" />
          <title>{`${stringsFor(site.language).editor} | ${site.name}`}</title>
          <link rel="cms-config-url" type="application/yaml" href={urls.href(paths.editorConfig())} />
        </head>
        <body>
          <script src={urls.href(editor.start)}></script>
          <script src={urls.href(editor.script)}></script>
        </body>
      </html>
    </>
  );
}
