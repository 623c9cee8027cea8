/** Text from content with its foreign-script runs isolated and language-tagged (see scripts/render/bidi.ts). */
import type { Direction } from "../../scripts/content/schema.ts";
import { splitRuns } from "../../scripts/text/bidi.ts";

export function BidiText({ text, dir }: { text: string; dir: Direction }): JSX.Element {
  return (
    <>
      {splitRuns(text, dir).map((run) =>
        run.foreign ? (
          <span dir={run.foreign.dir} lang={run.foreign.lang}>
            {run.text}
          </span>
        ) : (
          run.text
        ),
      )}
    </>
  );
}
