/** Mixed Arabic and Latin text: the splitter and the Markdown rule. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { dominantDirection, isolatePlain, splitRuns } from "../../scripts/text/bidi.ts";
import { createMarkdown } from "../../scripts/render/markdown.ts";
import { createUrls } from "../../scripts/site/urls.ts";

const marked = (text: string, dir: "rtl" | "ltr" = "rtl") =>
  splitRuns(text, dir)
    .map((r) => (r.foreign ? `[${r.text}]` : r.text))
    .join("");

test("Latin runs in Arabic text are found whole, without the punctuation around them", () => {
  assert.equal(
    marked("أعلنت Apple عن iOS 18.2 اليوم (نسخة تجريبية) بسعر 999 دولاراً"),
    "أعلنت [Apple] عن [iOS 18.2] اليوم (نسخة تجريبية) بسعر 999 دولاراً",
  );
  assert.equal(marked('قال تيم كوك (Tim Cook): "we are excited".'), 'قال تيم كوك ([Tim Cook]): "[we are excited]".');
  assert.equal(marked("تتنافس Apple, Google & Microsoft على السوق"), "تتنافس [Apple, Google & Microsoft] على السوق");
  assert.equal(
    marked("شبكات Wi-Fi 7 ولغة C++ والموقع example.com/news."),
    "شبكات [Wi-Fi 7] ولغة [C++] والموقع [example.com/news].",
  );
  assert.equal(marked("بيعت 3 ملايين نسخة"), "بيعت 3 ملايين نسخة", "numbers alone stay Arabic");
});

test("in a left-to-right article the Arabic runs are the foreign ones", () => {
  assert.equal(
    marked("The minister said «مرحبا بكم في الرياض» today.", "ltr"),
    "The minister said «[مرحبا بكم في الرياض]» today.",
  );
});

test("plain text gets Unicode isolates instead of markup", () => {
  assert.equal(isolatePlain("Apple تطرح iOS 27.2", "rtl"), "\u2066Apple\u2069 تطرح \u2066iOS 27.2\u2069");
});

test("a block flips direction only when it is wholly or mostly in the other script", () => {
  assert.equal(dominantDirection("This paragraph is entirely in English."), "ltr");
  assert.equal(dominantDirection("iPhone 16 Pro Max يصل إلى الأسواق"), undefined);
  assert.equal(dominantDirection("فقرة عربية فيها كلمة Apple واحدة فقط لا غير"), "rtl");
  assert.equal(dominantDirection("2024 - 2025"), undefined);
});

const md = createMarkdown(createUrls("https://news.example/"));

test("the Markdown body isolates Latin runs with a language and sets mostly-Latin blocks left-to-right", () => {
  const html = md.render(
    [
      "أعلنت Apple عن iOS 18.2 اليوم.",
      "",
      "- This list item is written entirely in English.",
      "- بند عربي يذكر Google",
      "",
      "| المنتج | Product |",
      "|---|---|",
      "| هاتف | Smart phone |",
      "",
      "## iPhone 16 يصل",
    ].join("\n"),
    { dir: "rtl" },
  );
  assert.match(
    html,
    /<p>أعلنت <span dir="ltr" lang="en">Apple<\/span> عن <span dir="ltr" lang="en">iOS 18\.2<\/span> اليوم\.<\/p>/,
  );
  assert.match(html, /<li dir="ltr" lang="en">This list item is written entirely in English\.<\/li>/);
  assert.match(html, /<li>بند عربي يذكر <span dir="ltr" lang="en">Google<\/span><\/li>/);
  assert.match(html, /<td dir="ltr" lang="en">Smart phone<\/td>/);
  assert.match(html, /<th dir="ltr" lang="en">Product<\/th>/);
  assert.match(
    html,
    /<h2><span dir="ltr" lang="en">iPhone 16<\/span> يصل<\/h2>/,
    "an Arabic sentence starting with a brand stays rtl",
  );
});

test("code is always left-to-right and never split into runs", () => {
  const html = md.render("شغّل `npm run build` ثم:\n\n```sh\nnpm test # اختبار\n```\n\n    indented code", {
    dir: "rtl",
  });
  assert.match(html, /<p>شغّل <code dir="ltr">npm run build<\/code> ثم:<\/p>/);
  assert.match(html, /<pre dir="ltr"><code dir="ltr" class="language-sh">npm test # اختبار\n<\/code><\/pre>/);
  assert.match(html, /<pre dir="ltr"><code>indented code\n<\/code><\/pre>/);
});

test("an Arabic paragraph inside an English article is set right-to-left", () => {
  const html = md.render("An English paragraph.\n\nهذه فقرة عربية كاملة داخل مقال باللغة الإنجليزية.", { dir: "ltr" });
  assert.match(html, /<p>An English paragraph\.<\/p>/);
  assert.match(html, /<p dir="rtl" lang="ar">هذه فقرة عربية كاملة داخل مقال باللغة الإنجليزية\.<\/p>/);
});
