import { test } from "node:test";
import assert from "node:assert/strict";
import { formatterFor, readingMinutes } from "../../scripts/text/format.ts";
import { ar } from "../../templates/strings/ar.ts";

const latn = formatterFor({ timeZone: "Asia/Riyadh", digits: "latn" }, "ar");
const arab = formatterFor({ timeZone: "Asia/Riyadh", digits: "arab" }, "ar");

test("reading time uses the Arabic plural forms", () => {
  assert.deepEqual(
    [1, 2, 3, 11, 100].map((n) => latn.count(n, ar.readingTime)),
    ["دقيقة واحدة للقراءة", "دقيقتان للقراءة", "3 دقائق للقراءة", "11 دقيقة للقراءة", "100 دقيقة للقراءة"],
  );
  assert.equal(readingMinutes(30), 1);
  assert.equal(readingMinutes(650), 3);
});

test("the digits setting decides every number, whatever the machine's locale data", () => {
  const date = new Date("2019-03-18T06:30:00Z");
  assert.equal(latn.date(date), "18 مارس 2019");
  assert.equal(arab.date(date), "١٨ مارس ٢٠١٩");
  assert.equal(arab.count(3, ar.readingTime), "٣ دقائق للقراءة");
  assert.equal(latn.iso(date), "2019-03-18T09:30:00+03:00");
});
