/**
 * content/front-page.yaml: the editor's lead, top stories and sections. The messages an editor
 * reads for a bad file (file, line, field), and what the home page gets from a good one: pins
 * first, the newest in the slots left, an expired pin dropped, the sections in the editor's order.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { relative } from "node:path";
import { loadContent, type Content } from "../../scripts/content/load-content.ts";
import { formatProblem } from "../../scripts/content/problems.ts";
import { buildSiteModel } from "../../scripts/site/model.ts";
import { articleFile, contentWith, VALID } from "../support/fixture.ts";

function check(yaml: string): string[] {
  const dir = contentWith({ "front-page.yaml": yaml });
  const result = loadContent({ contentDir: dir, language: "en" });
  assert.equal(result.ok, false, "the file should be refused");
  return result.ok ? [] : result.problems.map((p) => formatProblem({ ...p, file: relative(dir, p.file) }));
}

function content(yaml?: string, files: Record<string, string> = {}): Content {
  const result = loadContent({
    contentDir: contentWith({ ...files, ...(yaml === undefined ? {} : { "front-page.yaml": yaml }) }),
  });
  assert.ok(result.ok, result.ok ? "" : result.problems.map(formatProblem).join("\n"));
  return result.content;
}

const NOW = new Date("2026-03-11T12:00:00+03:00");
const slugs = (articles: { slug: string }[]) => articles.map((a) => a.slug);

test("without a front-page file the newest story leads and the newest fill the top stories", () => {
  const { home } = buildSiteModel(content(), "production", NOW);
  assert.equal(home.lead?.slug, "river-cleanup");
  assert.deepEqual(slugs(home.top), ["city-budget-english", "city-budget", "league-final", "park-opening"]);
  assert.deepEqual(
    home.fronts.map((f) => f.section.id),
    [],
    "every story is above the section blocks already, so none is repeated below",
  );
});

test("the editor's lead and top pins come first, the newest fill the rest, sections in the editor's order", () => {
  const yaml = [
    "lead:",
    "  article: park-opening",
    "top:",
    "  - article: league-final",
    "sections: [sport, news]",
  ].join("\n");
  const { home } = buildSiteModel(content(yaml), "production", NOW);
  assert.equal(home.lead?.slug, "park-opening");
  assert.deepEqual(slugs(home.top), ["league-final", "river-cleanup", "city-budget-english", "city-budget"]);
  // Two older stories, one per section, are left for the section blocks.
  const older = {
    "articles/old-news.md": articleFile(VALID.replace("2026-03-12", "2026-02-01")),
    "articles/old-sport.md": articleFile(
      VALID.replace("2026-03-12", "2026-02-02").replace("section: news", "section: sport"),
    ),
  };
  const order = (sections: string) =>
    buildSiteModel(content(sections, older), "production", NOW).home.fronts.map((f) => f.section.id);
  assert.deepEqual(order("sections: [sport, news]"), ["sport", "news"]);
  assert.deepEqual(order("sections: [news]"), ["news"], "only the sections listed get a block");
  assert.deepEqual(
    order("lead:\n  article: park-opening"),
    ["news", "sport"],
    "without a list, every section in sections.yaml's order",
  );
});

test("a pin ends at its time: the rebuild after it puts the newest story back on top", () => {
  const yaml = "lead:\n  article: park-opening\n  until: 2026-03-11T18:00:00+03:00\n";
  assert.equal(buildSiteModel(content(yaml), "production", NOW).home.lead?.slug, "park-opening");
  const later = new Date("2026-03-11T18:00:01+03:00");
  assert.equal(buildSiteModel(content(yaml), "production", later).home.lead?.slug, "river-cleanup");
});

test("a pinned story that is not published yet waits: the newest published one leads meanwhile", () => {
  const yaml = "lead:\n  article: river-cleanup\n";
  const before = new Date("2026-03-09T12:00:00+03:00");
  assert.equal(buildSiteModel(content(yaml), "production", before).home.lead?.slug, "city-budget-english");
});

test("a bad front-page file is refused with the file, line and field of each problem", () => {
  assert.deepEqual(
    check(
      [
        "# The home page",
        "lead:",
        "  article: river-clean",
        "  until: 2026-03-11T18:00",
        "top:",
        "  - article: park-opening",
        "  - article: park-opening",
        "sections:",
        "  - news",
        "  - sports",
      ].join("\n"),
    ),
    [
      'front-page.yaml:3:1: lead.article: "river-clean" is not the slug of any article. Did you mean "river-cleanup"? Check the spelling against the file names in content/articles/.',
      'front-page.yaml:4:1: lead.until: "2026-03-11T18:00" has a time but no UTC offset. Add the offset, e.g. 2026-03-11T18:00+03:00.',
      'front-page.yaml:7:1: top[2].article: "park-opening" is pinned twice. A story takes one slot on the home page; remove this one.',
      'front-page.yaml:10:1: sections[2]: "sports" is not a section. Did you mean "sport"? Valid sections: news, sport (see content/sections.yaml).',
    ],
  );
});

test("an unknown field, too many top stories and malformed YAML are each named", () => {
  assert.deepEqual(check("top:\n  - articel: league-final\n"), [
    'front-page.yaml:2:1: top[1].articel: is not a known field. Did you mean "article"? The fields are: article, until.',
    "front-page.yaml:2:1: top[1].article: is missing. Add `article: the-article-slug`.",
  ]);
  const five = ["top:", ...["a", "b", "c", "d", "e"].map((s) => `  - article: ${s}`)].join("\n");
  assert.deepEqual(check(five), [
    "front-page.yaml:1:1: top: has more than 4 stories: the home page has 4 top-story slots. Remove the extra ones.",
  ]);
  assert.match(check("lead: [\n")[0]!, /^front-page\.yaml:\d+:\d+: yaml: The YAML is malformed/);
});

test("the breaking bar runs until its time, linked to its story, and is checked like the pins", () => {
  const yaml = "breaking:\n  article: park-opening\n  text: خبر عاجل\n  until: 2026-03-11T18:00:00+03:00\n";
  const bar = buildSiteModel(content(yaml), "production", NOW).breaking;
  assert.deepEqual(bar && { text: bar.text, path: bar.path }, { text: "خبر عاجل", path: "/articles/park-opening/" });
  assert.equal(buildSiteModel(content(yaml), "production", new Date("2026-03-11T18:00:00+03:00")).breaking, undefined);
  assert.deepEqual(check("breaking:\n  text: خبر عاجل\n"), [
    "front-page.yaml:1:1: breaking.until: is missing: a breaking bar always ends. Add `until: 2026-12-05T18:00:00+03:00`.",
  ]);
  assert.deepEqual(check("breaking:\n  until: 2026-03-11T18:00:00+03:00\n"), [
    "front-page.yaml:1:1: breaking: needs a line or a story. Write `until: 2026-12-05T18:00:00+03:00` with `article: the-article-slug` or `text: نص الخبر العاجل` (or both), indented under `breaking:`.",
  ]);
});

test("a sponsored story fills no slot by itself: only an editor's pin puts it in the lead or the top stories", () => {
  const sponsored = {
    "articles/paid.md": articleFile(
      `${VALID.replace("2026-03-12", "2026-03-11")}\ntype: sponsored\nsponsor:\n  name: شركة المثال`,
    ),
  };
  const { home } = buildSiteModel(content(undefined, sponsored), "production", NOW);
  assert.equal(home.lead?.slug, "river-cleanup");
  assert.ok(!slugs(home.top).includes("paid"), slugs(home.top).join(", "));
  assert.ok(slugs(home.latest).includes("paid"), "it is listed with the latest headlines, labelled");
  const pinned = buildSiteModel(content("top:\n  - article: paid\n", sponsored), "production", NOW).home;
  assert.equal(home.top.length, 4);
  assert.equal(slugs(pinned.top)[0], "paid");
});
