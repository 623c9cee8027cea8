/**
 * The browser editor's configuration is made from the front matter schema and the registries: a
 * field added to the schema without a field in the editor is refused, and the choices editors see
 * are the sections' and authors' names.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import yaml from "js-yaml";
import {
  ARTICLE_FIELDS,
  articleFields,
  editorConfigYaml,
  type EditorSettings,
} from "../../scripts/site/editor-config.ts";
import { articleFrontMatter } from "../../scripts/content/schema.ts";

const settings: EditorSettings = {
  site: {
    name: "المدار",
    tagline: "أخبار",
    url: "https://almadar.example/",
    language: "ar",
    timeZone: "Asia/Riyadh",
    digits: "latn",
    logo: { src: "/images/logo.png", width: 512, height: 512 },
    articlesPerPage: 20,
    signup: { heading: "اشترك", text: "النشرة", action: "https://almadar.example/signup", button: "اشترك" },
    monthNames: "western",
    hijri: false,
    articleSlugs: "latin",
    editor: { repo: "almadar-news/site", branch: "main" },
  },
  sections: [{ id: "economy", name: "اقتصاد" }],
  authors: [{ id: "rana-haddad", name: "رنا حداد" }],
  contentFolder: "content",
};

test("every front matter field has a field in the editor, and no editor field is unknown to the schema", () => {
  const schemaFields = Object.keys(articleFrontMatter.shape);
  assert.deepEqual(
    articleFields(settings).map((f) => f.name),
    schemaFields,
  );
  assert.deepEqual(
    Object.keys(ARTICLE_FIELDS).filter((name) => !schemaFields.includes(name)),
    [],
    "a mapping for a field the schema no longer has",
  );
});

test("a schema field with no mapping stops the configuration with a message naming it and the file to edit", () => {
  const saved = ARTICLE_FIELDS.title!;
  delete ARTICLE_FIELDS.title;
  try {
    assert.throws(
      () => articleFields(settings),
      /"title" has no field in the browser editor: add it to ARTICLE_FIELDS in scripts\/site\/editor-config\.ts/,
    );
  } finally {
    ARTICLE_FIELDS.title = saved;
  }
});

interface FieldShape {
  name: string;
  widget: string;
  options?: unknown[];
  collection?: string;
  format?: string;
  input_timezone?: string;
  fields?: FieldShape[];
}
interface ConfigShape {
  backend: object;
  publish_mode: string;
  media_folder: string;
  public_folder: string;
  output: { omit_empty_optional_fields: boolean };
  collections: { folder: string; media_folder: string; public_folder: string; fields: FieldShape[] }[];
}

test("config.yml: the repository, editorial workflow, pictures into content/images, sections and authors by name", () => {
  const config = yaml.load(editorConfigYaml(settings)) as ConfigShape;
  assert.deepEqual(config.backend, { name: "github", repo: "almadar-news/site", branch: "main" });
  assert.equal(config.publish_mode, "editorial_workflow");
  assert.equal(config.media_folder, "content/images");
  assert.equal(config.public_folder, "/images");
  assert.equal(config.output.omit_empty_optional_fields, true);
  const articles = config.collections[0]!;
  assert.equal(articles.folder, "content/articles");
  assert.equal(articles.media_folder, "/content/images", "pictures go to content/images, not beside the article");
  assert.equal(articles.public_folder, "/images");
  const field = (name: string) => articles.fields.find((f) => f.name === name)!;
  assert.deepEqual(field("section").options, [{ label: "اقتصاد", value: "economy" }]);
  assert.deepEqual(field("author").options, [{ label: "رنا حداد", value: "rana-haddad" }]);
  assert.equal(field("related").widget, "relation");
  assert.equal(field("related").collection, "articles");
  // Typed in the site's zone; Sveltia then writes the date with its offset (tests/editor.test.ts).
  assert.equal(field("date").input_timezone, "Asia/Riyadh");
  assert.equal(field("date").format, undefined);
  assert.equal(field("image").fields![0]!.widget, "image");
  assert.equal(articles.fields.at(-1)!.widget, "markdown");
});
