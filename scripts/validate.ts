/**
 * `npm run validate`: checks every content file without building and prints
 * each problem as path:line:column: field: message. Exit code 1 on problems.
 */
import { parseArgs } from "node:util";
import { loadContent } from "./content/load-content.ts";
import { formatProblem } from "./content/problems.ts";

const { values } = parseArgs({ options: { content: { type: "string", default: process.env.NEWSROOM_CONTENT || "content" } } });
const result = loadContent({ contentDir: values.content });
if (result.ok) {
  console.log(`${result.content.articles.length} articles checked: no problems.`);
} else {
  for (const problem of result.problems) console.error(formatProblem(problem));
  console.error(`\n${result.problems.length} problem(s) found.`);
  process.exit(1);
}
