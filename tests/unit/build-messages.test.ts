/** What the build says when the operating system refuses it: one plain sentence per error, naming the path. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { osErrorMessage as texts } from "../../scripts/build/messages.ts";
import { speak } from "../../scripts/content/messages/index.ts";

/** The sentence in English, as the tests read the build (NEWSROOM_LANG=en). */
function osErrorMessage(error: unknown): string | undefined {
  const message = texts(error);
  return message && speak("en")(message);
}

function systemError(code: string, syscall: string, path: string, dest?: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${syscall} '${path}'`), { code, syscall, path, ...(dest ? { dest } : {}) });
}

const EXPECTED: [string, string, RegExp][] = [
  [
    "EPERM",
    "rename",
    /^The build could not move \/srv\/_site to \/srv\/_site\.old: the system refused it \(EPERM\)\. Check that \/srv\/_site is not immutable/,
  ],
  [
    "EACCES",
    "open",
    /^The build could not open \/srv\/_site: permission was denied \(EACCES\)\. Give this user write access to \/srv\/_site/,
  ],
  ["ENOSPC", "write", /^The build could not write \/srv\/_site: the disk is full \(ENOSPC\)\. Free some space/],
  [
    "EROFS",
    "mkdir",
    /^The build could not create the folder \/srv\/_site: the file system holding \/srv\/_site is read-only \(EROFS\)/,
  ],
  [
    "ELOOP",
    "stat",
    /^The build could not read \/srv\/_site: a symbolic link on the way to \/srv\/_site points back at itself \(ELOOP\)/,
  ],
  [
    "EMFILE",
    "open",
    /^The build could not open \/srv\/_site: too many files were open at once \(EMFILE\)\. Raise the limit/,
  ],
];

for (const [code, syscall, expected] of EXPECTED) {
  test(`${code} reads as a sentence with the path and what to do`, () => {
    const message = osErrorMessage(
      systemError(code, syscall, "/srv/_site", syscall === "rename" ? "/srv/_site.old" : undefined),
    );
    assert.match(message!, expected);
    assert.match(message!, /The published site was left as it was\.$/);
    assert.doesNotMatch(message!, /\n/);
  });
}

test("a system error wrapped by Eleventy or the picture pipeline reads the same", () => {
  const wrapped = Object.assign(new Error("Having trouble writing to disk"), {
    originalError: new Error("write failed", { cause: systemError("ENOSPC", "write", "/srv/_site/index.html") }),
  });
  assert.match(
    osErrorMessage(wrapped)!,
    /^The build could not write \/srv\/_site\/index\.html: the disk is full \(ENOSPC\)/,
  );
});

test("any other error is not an editor's to act on: no sentence, so its stack is shown", () => {
  assert.equal(osErrorMessage(new TypeError("x is undefined")), undefined);
  assert.equal(osErrorMessage(systemError("ENOENT", "open", "/srv/x")), undefined);
});

test("in Arabic, the sentence names the path as typed, isolated, with what to do", () => {
  const message = texts(systemError("ENOSPC", "write", "/srv/_site/index.html"))!;
  assert.equal(
    speak("ar")(message),
    "تعذّر على البناء كتابة \u2068/srv/_site/index.html\u2069: القرص ممتلئ (\u2068ENOSPC\u2069). أفرغ بعض المساحة (حذف \u2068.cache/\u2069 آمن: البناء التالي يصنعه من جديد)، ثم ابنِ من جديد. وبقي الموقع المنشور كما كان.",
  );
});
