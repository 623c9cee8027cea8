/** /admin/config.yml: the browser editor's configuration, made from the schema and the registries. */
import type { SiteData } from "../../scripts/render/page-data.ts";
import { editorConfigYaml } from "../../scripts/site/editor-config.ts";
import { TextDocument } from "../components/TextDocument.tsx";

export function render(data: SiteData): JSX.Element {
  const { site, sections, authorsById } = data.newsroom;
  const contentFolder = data.editor?.contentFolder;
  if (!contentFolder) throw new Error("/admin/config.yml is rendered only when site.yaml has an `editor` group.");
  // YAML, written as it is through the reviewed plain-text door: HTML escaping would corrupt it.
  const text = editorConfigYaml({ site, sections, authors: authorsById.values(), contentFolder });
  return <TextDocument lines={text.replace(/\n$/, "").split("\n")} />;
}
