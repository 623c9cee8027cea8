/**
 * Nothing an editor wrote goes missing between the Markdown and the page (issue 17): every word of
 * each body that passes the check is on its rendered page, as text or in an attribute (alt, title,
 * href), as often as it is in the source. Run over every article of the sample site and a corpus
 * made to trip markdown-it; a body that would lose text must fail the check instead.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Parser } from "htmlparser2";
import { readSource } from "../../scripts/content/read-source.ts";
import { speak } from "../../scripts/content/messages/index.ts";
import { checkBodyLimits, MAX_NESTING } from "../../scripts/content/limits.ts";
import { createMarkdown } from "../../scripts/render/markdown.ts";
import { createUrls } from "../../scripts/site/urls.ts";

const md = createMarkdown(createUrls("https://test.example/"));
const WORD = /[\p{L}\p{N}]+/gu;

function count(words: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/**
 * The words of the source: entities and backslash escapes read as the characters they stand for.
 * Left out, as markup rather than text: a picture's path and caption (the lite page rendered here
 * shows only its description), the numbers of a numbered list (the page draws them), and the
 * labels that tie a reference link to its definition.
 */
function sourceWords(body: string): Map<string, number> {
  const text = md.utils.unescapeAll(
    body
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/^([ \t>]*)\d{1,9}[.)](?=[ \t]|$)/gm, "$1")
      .replace(/^( {0,3})\[[^\]\n]+\]:/gm, "$1")
      .replace(/\]\[[^\]\n]*\]/g, "]"),
  );
  return count(text.match(WORD) ?? []);
}

/** The words of the page: its text, and the alt, title and href attributes, decoded. */
function pageWords(html: string): Map<string, number> {
  const parts: string[] = [];
  const parser = new Parser(
    {
      ontext: (text) => parts.push(text),
      // Tags split words, as the emphasis marks around them split the source's (و**التصميم**).
      onopentag: (_, attributes) => {
        parts.push(" ");
        for (const name of ["alt", "title", "href"]) {
          const value = attributes[name];
          if (value === undefined) continue;
          let decoded = value;
          try {
            decoded = decodeURI(value);
          } catch {
            // Not percent-encoded as a whole: keep it as it is.
          }
          parts.push(" ", decoded, " ");
        }
      },
      onclosetag: () => parts.push(" "),
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return count(parts.join("").match(WORD) ?? []);
}

/** The words of `body` that are missing from its page, with how many times each is missing. */
function lost(body: string): string[] {
  const env = {
    dir: "rtl" as const,
    strings: { imageCredit: "تصوير", imageNote: "صورة" },
    pictures: new Map(),
    lite: true,
  };
  const page = pageWords(md.renderer.render(md.parse(body, env), md.options, env));
  const missing: string[] = [];
  for (const [word, n] of sourceWords(body)) {
    const shown = page.get(word) ?? 0;
    if (shown < n) missing.push(`${word} ×${n - shown}`);
  }
  return missing;
}

function articleFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".md"))
    .map((e) => join(e.parentPath, e.name));
}

test("every word of every sample article is on its page", () => {
  const files = articleFiles("content/articles");
  assert.ok(files.length > 10);
  for (const file of files) {
    const read = readSource(file, readFileSync(file), "en");
    assert.ok(read.ok, file);
    // A live article's update headings start with a time the page prints formatted, in a <time>
    // element (tests/in-browser/live.test.ts): the words checked here are the rest.
    const body =
      read.source.data.type === "live" ? read.source.body.replace(/^(##[ \t]+)\S+/gm, "$1") : read.source.body;
    assert.deepEqual(lost(body), [], file);
  }
});

const deep = (n: number) => Array.from({ length: n }, (_, d) => `${"  ".repeat(d)}- بند${d}`).join("\n");

/** Bodies that stress markdown-it; each either keeps every word or fails the check. */
const NASTY: Record<string, string> = {
  "quotes nested to the limit": `${"> ".repeat(MAX_NESTING)}نص عميق\n\nفقرة بعدها\n`,
  "quotes nested past the limit": `${">".repeat(200)} نص عميق\n\nفقرة بعدها\n`,
  "lists nested to the limit": `${deep(MAX_NESTING)}\n\nفقرة بعد القائمة\n`,
  "lists nested past the limit": `${deep(60)}\n\nفقرة بعد القائمة\n`,
  "a table with escaped pipes and a short row":
    "| البلد | العدد |\n|---|---|\n| مصر \\| السودان | ثلاثة |\n| الأردن |\n",
  "a table row wider than its header": "| البلد | العدد |\n|---|---|\n| الأردن | أربعة | زائدة |\n",
  "emphasis soup": "***قال** الوزير* _إن __الخطة__ ~~جاهزة~~_ **لم *تغلق\n\n*__*_ كلمة _*__*\n",
  "code spans and fences": "قال `a``b` ثم ``c `d` e``\n\n```\nكود داخل\n```\n\n    مسافة بادئة\n",
  "raw HTML, escaped": '<script>alert("x")</script> <b onclick="y">غامق</b> <!-- تعليق -->\n',
  "entities and escapes": "&amp; &copy; &#1575;&#1604; \\*نجمة\\* \\_شرطة\\_ &notanentity;\n",
  "links and references":
    "[رابط](/articles/x/ 'عنوان') [مرجع][م] <https://example.com/مسار>\n\n[م]: /articles/y/ \"عنوان المرجع\"\n",
  "headings, rules, breaks": "# عنوان #\n\nعنوان ثان\n===\n\nسطر  \nسطر\\\nسطر\n\n---\n\n***\n",
  "unclosed brackets": "[[[[ كلمة ]] ((( أخرى ]( [a](b\n",
  "bidi controls and tatweel": "نص \u202eمعكوس\u202c و\u200fعلامة ثم البيـــئة\n",
  "images described": '![وصف الصورة](/images/river.jpg "تعليق | تصوير")\n\nنص ![وصف آخر](/images/x.jpg) بعدها\n',
};

for (const [name, body] of Object.entries(NASTY)) {
  test(`nasty corpus, ${name}: every word is on the page, or the check stops it`, () => {
    const read = readSource("articles/nasty.md", new TextEncoder().encode(`---\ntitle: خبر\n---\n${body}`), "en");
    assert.ok(read.ok);
    const problems = checkBodyLimits(read.source, speak("en"));
    const missing = lost(body);
    if (problems.length === 0) assert.deepEqual(missing, [], "the check passed it, so nothing may be lost");
    else assert.ok(problems.every((p) => p.file === "articles/nasty.md" && p.line! >= 4));
  });
}

test("the comparison sees what markdown-it drops, which is why the check stops those bodies", () => {
  assert.ok(lost(`${deep(60)}\n\nفقرة بعد القائمة\n`).includes("فقرة ×1"));
  assert.deepEqual(lost("| البلد | العدد |\n|---|---|\n| الأردن | أربعة | زائدة |\n"), ["زائدة ×1"]);
});
