/**
 * The browser editor's configuration (Sveltia CMS's config.yml), made from the front matter schema
 * and the registries, never written by hand: a field added to the schema needs an entry in
 * ARTICLE_FIELDS below before the code compiles, and a unit test compares the two.
 */
// The package re-exports these types without a file extension, which this project's module
// resolution does not follow; the file itself is the same types.
import type { CmsConfig, Field } from "../../node_modules/@sveltia/cms/types/public.d.ts";
import yaml from "js-yaml";
import { z } from "zod";
import { articleFrontMatter } from "../content/schema.ts";
import { PAGE_FIELDS as PAGE_SCHEMA_FIELDS, PAGE_ROLES } from "../content/pages.ts";
import { FRONT_PAGE_FIELDS, TOP_STORIES } from "../content/front-page.ts";
import { LANGUAGES } from "../text/languages.ts";
import { idPattern, imagePattern, slugPattern, tagPattern } from "./editor-patterns.ts";
import { speak, type Speak } from "../content/messages/index.ts";
import type { Author, Section, Site } from "../content/registries.ts";

/** What the configuration is made from. */
export interface EditorSettings {
  site: Site;
  sections: Iterable<Section>;
  authors: Iterable<Author>;
  /** The content folder relative to the repository's root, with forward slashes (`content`). */
  contentFolder: string;
}

type FieldMaker = (settings: EditorSettings) => Field;

/** The check's language for the site's editors (`messages:` in site.yaml, else the site's language): the editor's refusals speak it too. */
const says = (site: Site): Speak => speak(site.messages ?? site.language);

/**
 * A date and time typed in the site's zone and written with its offset, as `dates.ts` reads them
 * (2026-12-05T10:00:00+03:00), whatever the zone of the editor's computer.
 */
const datetime = (name: string, label: string, required: boolean, site: Site): Field => ({
  name,
  label,
  widget: "datetime",
  required,
  // No `format`: Sveltia 0.221.1 writes `YYYY-MM-DDTHH:mm:ssZ` in this zone by itself, while a
  // `format` with a named zone reads its own value back shifted by the browser's offset and the
  // form loops forever when the two zones differ (decision 0031).
  input_timezone: site.timeZone,
});

/** The values a front matter field may take, read from its zod enum. */
function choices(name: string): string[] {
  const schema = (articleFrontMatter.shape as Record<string, z.ZodType>)[name]!;
  return ((z.toJSONSchema(schema) as { enum?: string[] }).enum ?? []).filter((v) => typeof v === "string");
}

/** An article chosen by its headline and written as its slug: a related story, a pin on the front page. */
const storyField = (label: string): Field => ({
  name: "article",
  label,
  widget: "relation",
  collection: "articles",
  value_field: "{{slug}}",
  search_fields: ["title", "summary"],
  display_fields: ["title"],
});

/** One editor field for each front matter field, keyed by it; `articleFields` refuses a field left out. */
export const ARTICLE_FIELDS: Record<string, FieldMaker> = {
  title: () => ({ name: "title", label: "العنوان", widget: "string" }),
  summary: () => ({ name: "summary", label: "الملخص", widget: "text", hint: "جملة أو جملتان تلخصان الخبر." }),
  date: ({ site }) => datetime("date", "تاريخ النشر", true, site),
  updated: ({ site }) => datetime("updated", "آخر تحديث جوهري", false, site),
  section: ({ sections, site }) => ({
    name: "section",
    label: "القسم",
    widget: "select",
    options: [...sections].map((s) => ({ label: s.name, value: s.id })),
    // The registry's ids are checked; this refuses a value the file had before it was opened here.
    pattern: idPattern(says(site)),
  }),
  author: ({ authors }) => ({
    name: "author",
    label: "الكاتب",
    widget: "select",
    multiple: true,
    min: 1,
    options: [...authors].map((a) => ({ label: a.name, value: a.id })),
  }),
  // A list with one field, not a plain list: Sveltia tests a pattern against each entry only then.
  tags: ({ site }) => ({
    name: "tags",
    label: "الوسوم",
    label_singular: "وسم",
    widget: "list",
    required: false,
    hint: "كل وسم في خانة، بلا فواصل.",
    field: { name: "tag", label: "الوسم", widget: "string", pattern: tagPattern(says(site)) },
  }),
  related: () => ({ ...storyField("مقالات ذات صلة"), name: "related", multiple: true, required: false }),
  slug: ({ site }) => ({
    name: "slug",
    label: "الاسم في الرابط",
    widget: "string",
    hint:
      site.articleSlugs === "latin"
        ? "حروف لاتينية صغيرة وأرقام وشرطات، مثل gold-prices-rise."
        : "كلمات عربية بينها شرطات، مثل أسعار-الذهب.",
    pattern: slugPattern(site.articleSlugs, says(site)),
  }),
  image: ({ site }) => ({
    name: "image",
    label: "الصورة الرئيسية",
    widget: "object",
    required: false,
    fields: [
      { name: "src", label: "الصورة", widget: "image", pattern: imagePattern(says(site)) },
      { name: "alt", label: "وصف الصورة", widget: "string", hint: "ما تظهره الصورة، لمن لا يراها." },
      { name: "caption", label: "التعليق", widget: "string", required: false },
      { name: "credit", label: "المصدر", widget: "string", required: false },
    ],
  }),
  corrections: ({ site }) => ({
    name: "corrections",
    label: "التصحيحات",
    label_singular: "تصحيح",
    widget: "list",
    required: false,
    fields: [datetime("date", "تاريخ التصحيح", true, site), { name: "text", label: "ما صُحّح", widget: "text" }],
  }),
  lang: () => ({
    name: "lang",
    label: "لغة المقال",
    widget: "select",
    required: false,
    hint: "اتركها فارغة لمقال عربي.",
    options: Object.keys(LANGUAGES),
  }),
  type: () => ({ name: "type", label: "نوع المادة", widget: "select", required: false, options: choices("type") }),
  sponsor: () => ({
    name: "sponsor",
    label: "الجهة الراعية",
    widget: "object",
    required: false,
    fields: [
      { name: "name", label: "الاسم", widget: "string" },
      { name: "url", label: "الرابط", widget: "string", required: false },
    ],
  }),
  live: ({ site }) => ({
    name: "live",
    label: "التغطية المباشرة",
    widget: "object",
    required: false,
    hint: "لمادة من نوع live. كل تحديث في النص عنوان من المستوى الثاني يبدأ بوقته، مثل: ## 2019-03-13T21:40:00+03:00 العنوان، والأحدث في الأعلى.",
    fields: [
      { name: "keyPoints", label: "أبرز النقاط", widget: "list", required: false },
      datetime("pinned", "وقت التحديث المثبّت", false, site),
      datetime("ended", "وقت انتهاء التغطية", false, site),
    ],
  }),
  draft: () => ({ name: "draft", label: "مسودة (لا تُنشر)", widget: "boolean", required: false, default: false }),
};

/** The roles of the publication's pages, as the editor offers them. */
const ROLE_LABELS: Record<(typeof PAGE_ROLES)[number], string> = {
  about: "من نحن",
  ethics: "المعايير التحريرية",
  corrections: "سياسة التصحيح",
  privacy: "الخصوصية",
  contact: "اتصل بنا",
};

/** One editor field for each field of a page's front matter (content/pages/), keyed by it. */
export const PAGE_FIELDS: Record<string, FieldMaker> = {
  title: () => ({ name: "title", label: "العنوان", widget: "string" }),
  summary: () => ({ name: "summary", label: "الملخص", widget: "text", hint: "جملة أو جملتان تعرّفان بالصفحة." }),
  role: () => ({
    name: "role",
    label: "دور الصفحة",
    widget: "select",
    required: false,
    hint: "يربطها التذييل وبيانات الناشر بهذا الدور. صفحة واحدة لكل دور.",
    options: PAGE_ROLES.map((value) => ({ label: ROLE_LABELS[value], value })),
  }),
  // A day, not a moment: no time and so no zone (decision 0031's trouble does not arise).
  updated: () => ({
    name: "updated",
    label: "آخر تحديث",
    widget: "datetime",
    type: "date",
    format: "YYYY-MM-DD",
    required: false,
  }),
  slug: ({ site }) => ({
    name: "slug",
    label: "الاسم في الرابط",
    widget: "string",
    required: false,
    hint: "حروف لاتينية صغيرة وأرقام وشرطات، مثل about. يُترك فارغًا ليبقى اسم الملف.",
    pattern: slugPattern("latin", says(site)),
  }),
};

/**
 * content/front-page.yaml (scripts/content/front-page.ts, decision 0020): the breaking bar, the
 * lead, up to TOP_STORIES top stories, each pinned until an optional time, and the sections shown.
 */
const FRONT_PAGE_EDITOR_FIELDS: Record<string, FieldMaker> = {
  breaking: ({ site }) => ({
    name: "breaking",
    label: "شريط «عاجل»",
    widget: "object",
    required: false,
    hint: "يظهر أعلى كل صفحة حتى وقت انتهائه. اكتب نصًا أو اختر مقالًا، أو الاثنين.",
    fields: [
      { name: "text", label: "النص", widget: "string", required: false },
      { ...storyField("المقال"), required: false },
      datetime("until", "حتى", true, site),
    ],
  }),
  lead: ({ site }) => ({
    name: "lead",
    label: "القصة الرئيسية",
    widget: "object",
    required: false,
    hint: "تُترك فارغة ليتصدر أحدث مقال.",
    fields: [storyField("المقال"), datetime("until", "مثبّتة حتى", false, site)],
  }),
  top: ({ site }) => ({
    name: "top",
    label: "أهم الأخبار",
    label_singular: "خبر",
    widget: "list",
    required: false,
    max: TOP_STORIES,
    hint: "تملأ أحدث المقالات ما يبقى من الخانات.",
    fields: [storyField("المقال"), datetime("until", "مثبّت حتى", false, site)],
  }),
  sections: ({ sections }) => ({
    name: "sections",
    label: "أقسام الصفحة الرئيسية",
    widget: "select",
    multiple: true,
    required: false,
    hint: "بالترتيب الذي تظهر به. تُترك فارغة لتظهر كل الأقسام.",
    options: [...sections].map((s) => ({ label: s.name, value: s.id })),
  }),
};

/** The editor's fields for one schema's fields, in its order; throws for a field with no mapping. */
function fieldsFor(
  names: string[],
  makers: Record<string, FieldMaker>,
  table: string,
  settings: EditorSettings,
): Field[] {
  return names.map((name) => {
    const make = makers[name];
    if (!make)
      throw new Error(
        `The front matter field "${name}" has no field in the browser editor: add it to ${table} in scripts/site/editor-config.ts.`,
      );
    return make(settings);
  });
}

/** The editor's fields, one for each field of the article schema, in its order; throws for a field with no mapping. */
export function articleFields(settings: EditorSettings): Field[] {
  return fieldsFor(Object.keys(articleFrontMatter.shape), ARTICLE_FIELDS, "ARTICLE_FIELDS", settings);
}

/** The same for the publication's pages. */
export function pageFields(settings: EditorSettings): Field[] {
  return fieldsFor(PAGE_SCHEMA_FIELDS, PAGE_FIELDS, "PAGE_FIELDS", settings);
}

/** The configuration object; `editorConfigYaml` writes it. */
function editorConfig(settings: EditorSettings): CmsConfig {
  const { site, contentFolder } = settings;
  const editor = site.editor!;
  const latin = site.articleSlugs === "latin";
  return {
    backend: {
      name: "github",
      repo: editor.repo,
      branch: editor.branch,
      ...(editor.auth ? { base_url: editor.auth } : {}),
    },
    // Every story is a branch and a pull request, checked by CI before it is merged.
    publish_mode: "editorial_workflow",
    site_url: site.url,
    media_folder: `${contentFolder}/images`,
    public_folder: "/images",
    // An empty `updated:` or `image:` would fail the checker; leaving them out is what it expects.
    output: { omit_empty_optional_fields: true },
    slug: { encoding: latin ? "ascii" : "unicode", clean_accents: true },
    collections: [
      {
        name: "articles",
        label: "المقالات",
        label_singular: "مقال",
        folder: `${contentFolder}/articles`,
        // As `npm run new` files them: content/articles/2026/gold-prices-rise.md.
        path: "{{year}}/{{slug}}",
        slug: "{{fields.slug}}",
        // Again here: a collection with a `path` would otherwise put pictures beside the article.
        media_folder: `/${contentFolder}/images`,
        public_folder: "/images",
        extension: "md",
        format: "yaml-frontmatter",
        create: true,
        identifier_field: "title",
        summary: "{{title}}",
        sortable_fields: ["date", "title"],
        fields: [...articleFields(settings), { name: "body", label: "نص المقال", widget: "markdown" }],
      },
      {
        name: "pages",
        label: "صفحات الموقع",
        label_singular: "صفحة",
        // About, standards, corrections policy, privacy, contact: content/pages/about.md is /pages/about/.
        folder: `${contentFolder}/pages`,
        slug: "{{fields.slug}}",
        extension: "md",
        format: "yaml-frontmatter",
        create: true,
        identifier_field: "title",
        summary: "{{title}}",
        fields: [...pageFields(settings), { name: "body", label: "نص الصفحة", widget: "markdown" }],
      },
      {
        name: "front",
        label: "الصفحة الرئيسية",
        files: [
          {
            name: "front-page",
            label: "الصفحة الرئيسية وشريط «عاجل»",
            file: `${contentFolder}/front-page.yaml`,
            fields: fieldsFor(FRONT_PAGE_FIELDS, FRONT_PAGE_EDITOR_FIELDS, "FRONT_PAGE_EDITOR_FIELDS", settings),
          },
        ],
      },
    ],
  };
}

/** config.yml as the editor loads it. */
export function editorConfigYaml(settings: EditorSettings): string {
  return yaml.dump(editorConfig(settings), { lineWidth: -1, noRefs: true });
}
