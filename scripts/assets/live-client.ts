/**
 * The live page's script, the site's second (bundled by search-script.ts). The page reads fully
 * without it. While the coverage runs it asks this site, never another, for the page's small JSON
 * of updates every 30 to 60 seconds, and when newer ones are there it shows a button fixed at the
 * bottom of the screen: nothing moves under the reader until they press it.
 */
import type { LiveConfig } from "../../templates/components/LiveCoverage.tsx";
import type { LiveUpdatesJson } from "../../templates/pages/live-updates.tsx";

const section = document.querySelector<HTMLElement>("[data-live]");
const button = section?.querySelector<HTMLButtonElement>(".live-new");
const list = section?.querySelector<HTMLElement>(".live-list");

if (section && button && list) {
  const config = JSON.parse(section.dataset.live!) as LiveConfig;
  const label = button.textContent ?? "";
  let shown = config.latest;
  let waiting: LiveUpdatesJson["updates"] = [];

  const check = async () => {
    // A tab in the background asks nothing; it catches up when it is looked at again.
    if (document.visibilityState !== "visible") return;
    try {
      const response = await fetch(config.src, { cache: "no-cache", credentials: "same-origin" });
      if (!response.ok) return;
      const json = (await response.json()) as LiveUpdatesJson;
      const newer = json.updates.findIndex((u) => u.id === shown);
      waiting =
        newer === -1 ? json.updates.filter((u) => !document.getElementById(u.id)) : json.updates.slice(0, newer);
      if (waiting.length) {
        button.textContent = `${label} (${new Intl.NumberFormat(document.documentElement.lang).format(waiting.length)})`;
        button.hidden = false;
      }
      if (json.ended) stop();
    } catch {
      // Offline for a moment: the next round tries again.
    }
  };

  // 30 to 60 seconds, so that readers who opened the page together do not ask together.
  const timer = setInterval(() => void check(), 30_000 + Math.round(Math.random() * 30_000));
  const stop = () => clearInterval(timer);

  button.addEventListener("click", () => {
    for (const update of [...waiting].reverse()) {
      const template = document.createElement("template");
      // The build rendered this HTML from the article's Markdown, which may hold no HTML of its own (decision 0009).
      template.innerHTML = update.html;
      list.prepend(template.content);
    }
    if (waiting[0]) shown = waiting[0].id;
    waiting = [];
    button.hidden = true;
    const newest = document.getElementById(shown);
    newest?.setAttribute("tabindex", "-1");
    newest?.focus();
  });
  document.addEventListener("visibilitychange", () => void check());
}
