// ESLint with typescript-eslint's type-checked rules: https://typescript-eslint.io/getting-started/typed-linting
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "_site/",
      "_site.versions/",
      "_site.next/",
      "_site.prev/",
      ".cache/",
      "tests/.output/",
      "docs/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // `_` names a value a statement needs but does not read: a loop that only counts, a key left out of a rest.
      "@typescript-eslint/no-unused-vars": ["error", { varsIgnorePattern: "^_$" }],
      // node:test awaits the promise that test() and its hooks return itself, and reports a failure.
      "@typescript-eslint/no-floating-promises": [
        "error",
        {
          allowForKnownSafeCalls: [
            { from: "package", package: "node:test", name: ["test", "describe", "it", "before", "after"] },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { module: "writable", require: "readonly" } },
  },
  {
    files: ["**/*.{js,cjs,mjs}"],
    ...tseslint.configs.disableTypeChecked,
  },
);
