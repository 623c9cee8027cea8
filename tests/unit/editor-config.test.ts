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
  PAGE_FIELDS,
  pageFields,
  type EditorSettings,
} from "../../scripts/site/editor-config.ts";
import { articleFrontMatter, IMAGE_SRC } from "../../scripts/content/schema.ts";
import { PAGE_FIELDS as PAGE_SCHEMA_FIELDS, PAGE_ROLES } from "../../scripts/content/pages.ts";
import { FRONT_PAGE_FIELDS, TOP_STORIES } from "../../scripts/content/front-page.ts";
import fc from "fast-check";
import {
  idPattern,
  imagePattern,
  slugPattern as slugPatternIn,
  tagPattern,
  type Pattern,
} from "../../scripts/site/editor-patterns.ts";
import { MESSAGES as M, speak } from "../../scripts/content/messages/index.ts";
import { NO_LETTERS, SLUG_RULES } from "../../scripts/content/messages/articles.ts";
import { NAME_RULES } from "../../scripts/content/messages/files.ts";
import { loadContent } from "../../scripts/content/load-content.ts";
import { articleFile, contentWith, VALID } from "../support/fixture.ts";
import { rmSync } from "node:fs";
import { LOOK_ALIKES, unsafeSegment } from "../../scripts/text/name-key.ts";
import { isArticleSlug, tagSlug } from "../../scripts/content/slugs.ts";

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
  collections: {
    name: string;
    folder: string;
    media_folder: string;
    public_folder: string;
    slug: string;
    fields: FieldShape[];
  }[];
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
  // Typed in the site's zone; Sveltia then writes the date with its offset (tests/editing/editor.test.ts).
  assert.equal(field("date").input_timezone, "Asia/Riyadh");
  assert.equal(field("date").format, undefined);
  assert.equal(field("image").fields![0]!.widget, "image");
  assert.equal(articles.fields.at(-1)!.widget, "markdown");
});

test("config.yml: the publication's pages are a collection of content/pages/, with every field of their schema", () => {
  const config = yaml.load(editorConfigYaml(settings)) as ConfigShape;
  const pages = config.collections.find((c) => c.name === "pages")!;
  assert.equal(pages.folder, "content/pages");
  assert.equal(pages.slug, "{{fields.slug}}");
  assert.deepEqual(
    pages.fields.map((f) => f.name),
    [...PAGE_SCHEMA_FIELDS, "body"],
  );
  assert.deepEqual(
    pages.fields.find((f) => f.name === "role")!.options!.map((o) => (o as { value: string }).value),
    [...PAGE_ROLES],
  );
  // A day without a time: written as the check reads a date, YYYY-MM-DD.
  assert.equal(pages.fields.find((f) => f.name === "updated")!.format, "YYYY-MM-DD");
  const saved = PAGE_FIELDS.role!;
  delete PAGE_FIELDS.role;
  try {
    assert.throws(() => pageFields(settings), /"role" has no field in the browser editor: add it to PAGE_FIELDS/);
  } finally {
    PAGE_FIELDS.role = saved;
  }
});

test("config.yml: content/front-page.yaml is a form of its own: breaking bar, lead, top stories, sections", () => {
  const config = yaml.load(editorConfigYaml(settings)) as {
    collections: { name: string; files?: { file: string; fields: (FieldShape & { max?: number })[] }[] }[];
  };
  const [file] = config.collections.find((c) => c.name === "front")!.files!;
  assert.equal(file!.file, "content/front-page.yaml");
  assert.deepEqual(
    file!.fields.map((f) => f.name),
    FRONT_PAGE_FIELDS,
  );
  const field = (name: string) => file!.fields.find((f) => f.name === name)!;
  assert.equal(field("top").max, TOP_STORIES);
  // Pins name a story by its slug, chosen from the articles; times are typed in the site's zone.
  assert.deepEqual(
    field("top").fields!.map((f) => [f.name, f.widget, f.collection ?? f.input_timezone]),
    [
      ["article", "relation", "articles"],
      ["until", "datetime", "Asia/Riyadh"],
    ],
  );
  assert.deepEqual(field("sections").options, [{ label: "اقتصاد", value: "economy" }]);
});

// The editor's patterns ------------------------------------------------------------------------

/** The site above speaks Arabic to its editors (no `messages:`), and so do its patterns. */
const say = speak("ar");
const TAG_PATTERN = tagPattern(say);
const ID_PATTERN = idPattern(say);
const IMAGE_PATTERN = imagePattern(say);
const slugPattern = (policy: "latin" | "arabic") => slugPatternIn(policy, say);

/**
 * How Sveltia CMS 0.221.1 applies a field's `pattern` (src/lib/services/utils/regex.js and
 * draft/validate/fields.js): `/source/flags` read by this expression, the stateful flags dropped,
 * the trimmed value tested.
 */
function sveltiaAccepts([written]: Pattern, value: string): boolean {
  const { source, flags } = /^\/?(?<source>.+?)(?:\/(?<flags>[dgimsuy]*))?$/.exec(written)!.groups!;
  return new RegExp(source!, flags?.replace(/[gy]/g, "")).test(value.trim());
}

/** What the check says of a tag: refused if its page would have no name, or a name a file system refuses. */
const checkAcceptsTag = (tag: string) => tagSlug(tag) !== "" && unsafeSegment(tagSlug(tag)) === undefined;
const checkAcceptsSlug = (slug: string, policy: "latin" | "arabic") =>
  isArticleSlug(slug, policy) && unsafeSegment(slug) === undefined;
const checkAcceptsImage = (src: string) =>
  IMAGE_SRC.test(src) &&
  !src.includes("..") &&
  src
    .slice("/images/".length)
    .split("/")
    .every((segment) => unsafeSegment(segment) === undefined);

test("config.yml: tags, slug, picture and section carry the patterns, with messages in Arabic", () => {
  const config = yaml.load(editorConfigYaml(settings)) as ConfigShape;
  const fields = config.collections[0]!.fields as (FieldShape & { pattern?: Pattern; field?: { pattern?: Pattern } })[];
  const field = (name: string) => fields.find((f) => f.name === name)!;
  assert.deepEqual(field("tags").field!.pattern, TAG_PATTERN);
  assert.deepEqual(field("slug").pattern, slugPattern("latin"));
  assert.deepEqual((field("image").fields![0] as { pattern?: Pattern }).pattern, IMAGE_PATTERN);
  assert.deepEqual(field("section").pattern, ID_PATTERN);
  for (const [, message] of [TAG_PATTERN, slugPattern("latin"), slugPattern("arabic"), IMAGE_PATTERN, ID_PATTERN])
    assert.match(message, /^[\u0600-\u06FF]/, message);
  // A site whose editors read the check in English reads the editor's refusals in English too.
  const english = yaml.load(
    editorConfigYaml({ ...settings, site: { ...settings.site, messages: "en" } }),
  ) as ConfigShape;
  const tags = (english.collections[0]!.fields as { name: string; field?: { pattern?: Pattern } }[]).find(
    (f) => f.name === "tags",
  )!;
  assert.equal(tags.field!.pattern![1], speak("en")(M.editorTag()));
});

test("each shape the check refuses is refused by the editor's pattern", () => {
  const refused: [Pattern, string, string][] = [
    [TAG_PATTERN, "ذكاء\u200Dاصطناعي", "ZWJ"],
    [TAG_PATTERN, "ذكاء\u2060اصطناعي", "word joiner"],
    [TAG_PATTERN, "خبر\u202E", "right-to-left override"],
    [TAG_PATTERN, "\u2067خبر", "isolate"],
    [TAG_PATTERN, "\u200Fالبيئة", "right-to-left mark"],
    [TAG_PATTERN, "CON", "device name"],
    [TAG_PATTERN, "nul", "device name"],
    [TAG_PATTERN, "Com1", "device name"],
    [TAG_PATTERN, "«aux»", "device name in quotes"],
    [TAG_PATTERN, "ا".repeat(130), "260 bytes"],
    [TAG_PATTERN, "x".repeat(256), "256 bytes"],
    [TAG_PATTERN, "!!!", "no letter"],
    [slugPattern("latin"), "../etc", "traversal"],
    [slugPattern("latin"), "aux", "device name"],
    [slugPattern("latin"), "x".repeat(256), "256 bytes"],
    [slugPattern("latin"), "gold\u202Eprices", "override"],
    [slugPattern("arabic"), "أسعار/../الذهب", "traversal"],
    [slugPattern("arabic"), "ا".repeat(128), "256 bytes"],
    [slugPattern("arabic"), "con", "device name"],
    [slugPattern("arabic"), "أسعار\u200Dالذهب", "ZWJ"],
    [slugPattern("arabic"), "کتاب", "keheh"],
    [IMAGE_PATTERN, "/images/../package.json", "traversal"],
    [IMAGE_PATTERN, "/images/..%2fsecret.jpg", "encoded traversal"],
    [IMAGE_PATTERN, "/etc/passwd.jpg", "outside /images/"],
    [IMAGE_PATTERN, "https://example.com/x.jpg", "an address"],
    [IMAGE_PATTERN, "/images/aux.jpg", "device name"],
    [IMAGE_PATTERN, "/images/lpt1/x.png", "device name as a folder"],
    [IMAGE_PATTERN, "/images/folder./x.png", "folder ending in a dot"],
    [IMAGE_PATTERN, `/images/${"x".repeat(252)}.jpg`, "256 bytes"],
    [IMAGE_PATTERN, "/images/a\u202Egpj.png", "override"],
    [IMAGE_PATTERN, "صورة.jpg", "an upload's Arabic name"],
    [ID_PATTERN, "prn", "device name"],
    [ID_PATTERN, "../x", "traversal"],
  ];
  for (const [written, value, why] of refused) assert.equal(sveltiaAccepts(written, value), false, `${why}: ${value}`);
});

test("names the check accepts pass: ZWNJ, tashkeel, plain slugs of any shape, an upload's file name", () => {
  for (const tag of ["می\u200Cخواهم", "مُحَمَّد", "../../etc/passwd", "C++", "auxiliary", "ا".repeat(127), "x".repeat(255)])
    assert.equal(sveltiaAccepts(TAG_PATTERN, tag), checkAcceptsTag(tag) && true, tag);
  for (const src of ["/images/photo.jpg", "photo.JPG", "/images/2026/x-y_1.webp", `/images/${"x".repeat(251)}.jpg`])
    assert.ok(sveltiaAccepts(IMAGE_PATTERN, src), src);
  assert.ok(sveltiaAccepts(slugPattern("arabic"), "ا".repeat(127)));
  assert.ok(sveltiaAccepts(slugPattern("latin"), "x".repeat(255)));
  assert.ok(sveltiaAccepts(ID_PATTERN, "economy"));
});

/** Letters the property draws from: Arabic, Persian look-alikes, marks, ZWNJ, Latin of both cases, digits, spaces and punctuation. */
const TAG_LETTERS = [
  ..."ابتثجحخدذرسشصضطظعغفقلمنهوية",
  ...Object.keys(LOOK_ALIKES),
  "\u064E",
  "\u0651",
  "\u08F0",
  "\u0640",
  "\u200C",
  ..."abcxyzKIS",
  ..."0159٣",
  " ",
  "-",
  ".",
  ":",
  "/",
  "«",
];
const DEVICES = ["con", "PRN", "Aux", "nul", "com1", "LPT9", "com¹"];
const tags = fc.oneof(
  fc.array(fc.constantFrom(...TAG_LETTERS), { minLength: 1, maxLength: 300 }).map((cs) => cs.join("")),
  fc
    .tuple(fc.constantFrom(...DEVICES), fc.constantFrom("", " ", ".", "!", ".md", "s", " 1"))
    .map(([device, end]) => device + end),
);

test("every tag the check accepts passes the editor's pattern; a device name or too many letters of one width never does", () => {
  fc.assert(
    fc.property(tags, (tag) => {
      const accepted = sveltiaAccepts(TAG_PATTERN, tag);
      if (checkAcceptsTag(tag)) assert.ok(accepted, JSON.stringify(tag));
      else if (/^[^\p{L}\p{N}]*(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])[^\p{L}\p{N}]*$/iu.test(tag))
        assert.ok(!accepted, JSON.stringify(tag));
      // A slug of one width (all Arabic, or all ASCII) is refused by both, or by neither.
      const slug = tagSlug(tag);
      if (
        /^[\u0600-\u06FF]*$/.test(slug.replace(/-/g, "")) &&
        !slug.includes("-") &&
        !/\u0640|\u064E|\u0651|\u08F0/.test(tag)
      )
        assert.equal(accepted, checkAcceptsTag(tag), JSON.stringify(tag));
    }),
    { numRuns: 1500 },
  );
});

test("every slug the check accepts passes the editor's pattern, and the Latin pattern is the check", () => {
  const arabic = fc
    .array(fc.constantFrom(..."ابتثجحخدذرسشصضطظعغفقلمنهوية٣9ax", "-", "\u200D", "ک"), { minLength: 1, maxLength: 140 })
    .map((cs) => cs.join(""));
  fc.assert(
    fc.property(arabic, (slug) => {
      if (checkAcceptsSlug(slug, "arabic")) assert.ok(sveltiaAccepts(slugPattern("arabic"), slug), slug);
    }),
    { numRuns: 1000 },
  );
  const latin = fc.oneof(
    fc.array(fc.constantFrom(..."abz09-", "A", "."), { minLength: 1, maxLength: 300 }).map((cs) => cs.join("")),
    fc.constantFrom(...DEVICES.map((d) => d.toLowerCase())),
  );
  fc.assert(
    fc.property(latin, (slug) => {
      assert.equal(sveltiaAccepts(slugPattern("latin"), slug), checkAcceptsSlug(slug, "latin"), slug);
    }),
    { numRuns: 1000 },
  );
});

test("the picture pattern is the check, for paths under /images/ and for an upload's file name", () => {
  const segment = fc.oneof(
    fc.array(fc.constantFrom(..."abZ09_-."), { minLength: 1, maxLength: 270 }).map((cs) => cs.join("")),
    fc.constantFrom(...DEVICES, "aux.jpg", "x.", ".."),
  );
  const src = fc
    .tuple(
      fc.boolean(),
      fc.array(segment, { minLength: 0, maxLength: 2 }),
      segment,
      fc.constantFrom(".jpg", ".PNG", ".svg", ".txt"),
    )
    .map(([under, folders, name, ext]) => (under ? "/images/" : "") + [...folders, name + ext].join("/"));
  fc.assert(
    fc.property(src, (value) => {
      // An upload is a file name alone, which Sveltia puts under /images/.
      const path = value.startsWith("/images/") ? value : `/images/${value}`;
      const expected = checkAcceptsImage(path) && (value.startsWith("/images/") || !value.includes("/"));
      assert.equal(sveltiaAccepts(IMAGE_PATTERN, value), expected, value);
    }),
    { numRuns: 1500 },
  );
});

test("the editor's refusal says the words the check's own refusal says for the same bad name, in Arabic and English", () => {
  const dir = contentWith({
    "articles/bad-tags.md": articleFile(`${VALID}\ntags: [CON, ${"ب".repeat(130)}, "!!!"]\nslug: aux`),
    "articles/bad-slug.md": articleFile(`${VALID}\nslug: Gold Prices`),
    "articles/bad-picture.md": articleFile(`${VALID}\nimage:\n  src: /etc/passwd.jpg\n  alt: صورة`),
  });
  try {
    for (const language of ["ar", "en"] as const) {
      const say = speak(language);
      // Every rule's words, without the name: the check's refusals are made of them.
      const rules = [
        () => NAME_RULES.device,
        () => NAME_RULES.long(255),
        () => NO_LETTERS,
        () => SLUG_RULES.latin,
        M.imageUnder,
      ].map((texts) => say(texts()));
      const result = loadContent({ contentDir: dir, language });
      assert.equal(result.ok, false);
      const problems = result.ok ? [] : result.problems;
      const editor: Record<string, string> = {
        tags: tagPattern(say)[1],
        slug: slugPatternIn("latin", say)[1],
        "image.src": imagePattern(say)[1],
      };
      const refusals = problems.filter((p) => p.field in editor);
      // CON, the long tag, "!!!", aux and "Gold Prices" as slugs, the picture outside /images/.
      assert.equal(refusals.length, 6, refusals.map((p) => p.message).join("\n"));
      for (const { field, message } of refusals) {
        const words = rules.filter((rule) => message.includes(rule));
        assert.ok(words.length > 0, `${language}: no rule's words in the check's "${message}"`);
        for (const rule of words)
          assert.ok(editor[field]!.includes(rule), `${language} ${field}: the editor does not say "${rule}"`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
