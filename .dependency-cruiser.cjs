/**
 * The layers of the code, bottom to top: a module may import from its own layer and the layers
 * below it, never above, and no import may go round in a circle. docs/architecture.md says what
 * each layer holds.
 */
const LAYERS = [
  ["files", "^scripts/files/"],
  ["text", "^scripts/text/"],
  ["cache", "^scripts/cache/"],
  ["content", "^scripts/content/"],
  ["site", "^scripts/site/"],
  ["render", "^scripts/render/"],
  ["templates", "^templates/"],
  ["assets", "^scripts/assets/"],
  ["search", "^scripts/search/"],
  ["publish", "^scripts/publish/"],
  ["build", "^scripts/build/"],
  ["deploy", "^scripts/deploy/"],
  ["eleventy", "^(scripts/eleventy/|\\.eleventy\\.ts$)"],
  ["commands", "^scripts/cli/"],
];

const upward = LAYERS.map(([name, path], i) => ({
  name: `${name}-imports-upward`,
  comment: `${name} may import only from the layers below it: ${
    LAYERS.slice(0, i)
      .map(([n]) => n)
      .join(", ") || "none"
  }.`,
  severity: "error",
  from: { path },
  to: { path: LAYERS.slice(i + 1).map(([, p]) => p) },
})).filter((rule) => rule.to.path.length > 0);

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "An import cycle ties every module in it together; break it by moving the shared part down a layer.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    ...upward,
    {
      name: "no-tooling-in-the-build",
      comment: "The benchmark, the dev tools and the tests use the build; the build never uses them.",
      severity: "error",
      from: {
        path: "^(scripts/(files|text|cache|content|site|render|assets|search|publish|build|deploy|eleventy|cli)/|templates/|\\.eleventy\\.ts$)",
      },
      to: { path: "^(scripts/bench/|scripts/bench\\.ts$|scripts/dev/|tests/)" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    // Type-only imports are imports too: a type from a higher layer ties the layers together as much as a value.
    exclude: { path: "^(node_modules|_site|\\.cache)/" },
  },
};
