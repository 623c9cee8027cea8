/**
 * What the site's settings, the repository's door, `npm run new`, live coverage, the embargo list
 * and the build's lock say, in Arabic, the language of the sites this generator builds: each
 * message reached through the code that says it, with the field names and values as typed.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadRegistries, type Registries } from "../../scripts/content/registries.ts";
import { loadContent } from "../../scripts/content/load-content.ts";
import { planNewArticle } from "../../scripts/content/new-article.ts";
import { checkUpdates, splitLive } from "../../scripts/content/live.ts";
import { heldBackLines } from "../../scripts/site/publication.ts";
import { LockedError, takeLock } from "../../scripts/build/lock.ts";
import { speak } from "../../scripts/content/messages/index.ts";
import type { Article } from "../../scripts/content/schema.ts";
import { articleFile, contentWith, FIXTURE, VALID } from "../support/fixture.ts";

const say = speak("ar");
/** What the editor typed, as the Arabic sentence isolates it. */
const typed = (value: string) => `\u2068${value}\u2069`;

function registries(dir = contentWith()): Registries {
  const loaded = loadRegistries(dir, undefined, "ar");
  assert.ok(loaded.ok);
  return loaded.registries;
}

test("site.yaml's problems are in Arabic, the field names and the values as typed", () => {
  const dir = contentWith();
  const site = readFileSync(join(FIXTURE, "site.yaml"), "utf8")
    .replace(/^timeZone:.*\n/m, "")
    .replace("url: https://test.example/", "url: http://test.example/");
  writeFileSync(join(dir, "site.yaml"), `${site}colour: blue\n`);
  const loaded = loadRegistries(dir, undefined, "ar");
  assert.ok(!loaded.ok);
  const lines = loaded.problems.map((p) => `${p.field}: ${p.message}`).sort();
  assert.deepEqual(lines, [
    `file: فيه حقل غير معروف: ${typed('"colour"')}. احذفه أو صحّح الاسم.`,
    `timeZone: غير موجود. أضف منطقة زمنية باسمها في قائمة ${typed("IANA")} مثل ${typed("Asia/Riyadh")}.`,
    `url: يجب أن يكون عنوانًا كاملًا يبدأ بـ ${typed("https://")}، مثل ${typed("https://example.org/")}.`,
  ]);
});

test("a link and a name Windows reserves are refused in Arabic", () => {
  const dir = contentWith({ "articles/aux.md": articleFile(VALID) });
  const linked = loadContent({ contentDir: dir, language: "ar" });
  assert.ok(!linked.ok);
  assert.match(
    linked.problems.find((p) => p.file.endsWith("articles/aux.md"))!.message,
    new RegExp(`^اسم يحجزه Windows لجهاز \\(${typed("AUX")}\\)`),
  );
  symlinkSync("/etc/hostname", join(dir, "images/leak.jpg"));
  const refused = loadContent({ contentDir: dir, language: "ar" });
  assert.ok(!refused.ok);
  assert.deepEqual(
    refused.problems.map((p) => p.message),
    [
      "رابط رمزي إلى مكان خارج مجلد المحتوى. الروابط لا تُقرأ ولا تُنشر أبدًا، وهذا الرابط كان سينشر ملفًا من خارج المستودع: احذفه، أو ضع الملف نفسه هنا.",
    ],
  );
});

test("npm run new refuses an unknown section in Arabic, with the id it suggests", () => {
  const dir = contentWith();
  const plan = planNewArticle(
    { title: "Gold rises", section: "nwes", author: "huda" },
    registries(dir),
    dir,
    new Date("2026-12-05T08:00:00Z"),
    say,
  );
  assert.ok(!plan.ok);
  assert.match(
    plan.errors[0]!,
    new RegExp(`^${typed('"nwes"')} ليس قسمًا\\. هل تقصد ${typed('"news"')}؟ الأقسام: ${typed("news, sport")}`),
  );
});

test("live updates out of order, and a pin that matches nothing, are named in Arabic", () => {
  const body = "مقدمة.\n\n## 2026-03-12T19:00:00+03:00 أقدم\nنص.\n\n## 2026-03-12T20:00:00+03:00 أحدث\nنص.\n";
  const { problems } = checkUpdates(splitLive(body), {
    pinned: "2026-03-12T21:45:00+03:00",
    timeZone: "Asia/Riyadh",
    say,
  });
  assert.deepEqual(
    problems.map((p) => `${p.field}: ${p.message}`),
    [
      `update: ${typed("2026-03-12T20:00:00+03:00")} ليس أقدم من التحديث الذي فوقه (${typed("2026-03-12T19:00:00+03:00")}). تُكتب التحديثات من الأحدث إلى الأقدم: انقل هذا التحديث فوقه، أو صحّح وقته.`,
      `live.pinned: ${typed("2026-03-12T21:45:00+03:00")} ليس وقت أي تحديث. انسخ الوقت من عنوان التحديث الذي تريد تثبيته.`,
    ],
  );
});

test("the embargo list is in Arabic, the headline and the time as written", () => {
  const article = {
    file: "articles/draw.md",
    title: "نتائج القرعة",
    date: new Date("2026-03-20T05:00:00Z"),
    draft: false,
  };
  assert.deepEqual(
    heldBackLines([article as Article], { timeZone: "Asia/Riyadh" }, new Date("2026-03-15T00:00:00Z"), say),
    [
      "مقال واحد محجوب حتى موعد نشره (حظر النشر):",
      `  ${typed("articles/draw.md")}: «${typed("نتائج القرعة")}» في ${typed("2026-03-20T08:00:00+03:00")}`,
    ],
  );
});

test("a build told not to wait says in Arabic who holds the lock", async () => {
  const lockDir = join(mkdtempSync(join(tmpdir(), "lock-")), "lock");
  const settings = { lock: { kind: "site", path: "_site" }, wait: false, onWait: () => {}, speak: say } as const;
  const held = await takeLock(lockDir, settings);
  try {
    await assert.rejects(
      takeLock(lockDir, settings),
      (error: Error) =>
        error instanceof LockedError &&
        error.message.startsWith(
          `بناء آخر يكتب في المجلد المنشور ${typed("_site")}: العملية ${typed(String(process.pid))} على `,
        ),
    );
  } finally {
    await held.release();
  }
});
