/**
 * html-validate 10 (the newest that runs on Node 20) over every built page;
 * tests/built-site/site-checks.test.ts fails on any error.
 */
export default {
  extends: ["html-validate:recommended"],
  rules: {
    // html-minifier-terser writes the doctype in lowercase, which HTML allows.
    "doctype-style": "off",
    // A page's <title> is its headline plus the site's name. Headline length is the
    // editors' call (Arabic headlines often run past 70 characters); search engines
    // shorten long titles themselves, so this is advice, not an error in the page.
    "long-title": "off",
  },
};
