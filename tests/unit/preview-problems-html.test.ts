/**
 * The preview's problem panel as HTML (templates/components/PreviewProblems.tsx): a message keeps
 * its words, and what it isolated keeps its own order on the page. The second-colon message's
 * corrected line is a left-to-right `<code>`, since Chromium drew it right to left from the isolate
 * characters alone; tests/editing/preview-problems.test.ts shows the panel in the real preview.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { jsxToString } from "jsx-async-runtime";
import { PreviewProblems } from "../../templates/components/PreviewProblems.tsx";
import { MESSAGES as M, speak } from "../../scripts/content/messages/index.ts";

const corrected = 'title: "عاجل: الذهب يرتفع"';

async function panel(message: string): Promise<string> {
  const problem = { file: "content/articles/gold.md", field: "title", line: 2, column: 1, message };
  const html = await jsxToString(
    PreviewProblems({
      report: { errors: [problem], warnings: [] },
      site: { language: "ar", digits: "latn", timeZone: "Asia/Riyadh" },
    }),
  );
  return /<span class="preview-problems-message" dir="auto">(.*?)<\/span>/.exec(html)![1]!;
}

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

test("the second colon's corrected line is a left-to-right code element, whether the message is Arabic or English", async () => {
  for (const language of ["ar", "en"] as const) {
    const message = speak(language)(M.secondColon({ corrected }));
    const html = await panel(message);
    const code = /<code dir="ltr">(.*?)<\/code>/.exec(html);
    assert.ok(code, `${language}: no <code dir="ltr"> in ${html}`);
    assert.equal(text(code[1]!).replace(/[\u2068\u2069]/g, ""), `\`${corrected}\``);
    // The words are the checker's, every character kept (the isolates too).
    assert.equal(text(html), message);
  }
});

test("an isolated name that is not code is isolated by the page too, and plain text stays plain", async () => {
  const message = speak("ar")(M.tagNoLetters({ tag: "!!" }));
  const html = await panel(message);
  assert.match(html, /^<bdi>\u2068&quot;!!&quot;\u2069<\/bdi> /);
  assert.equal(text(html), message);
  assert.equal(await panel("is missing."), "is missing.");
});
