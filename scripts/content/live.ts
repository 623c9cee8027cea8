/**
 * Live coverage (`type: live`): the body is an introduction, then one update per level-2 heading
 * that starts with its time, newest first, as the page shows them:
 *
 *     ## 2019-03-13T21:40:00+03:00 The outage reaches a third hour
 *
 * The same split serves the check (with line numbers) and the page (with each part's Markdown).
 */
import { parseDate } from "./dates.ts";
import { MESSAGES as M, type Speak } from "./messages/index.ts";

/** One update as written: its time, the rest of its heading, and its Markdown. */
interface WrittenUpdate {
  /** The time as written, with its offset. */
  time: string;
  /** The words after the time, if any. */
  title: string;
  /** The update's own Markdown, without its heading. */
  text: string;
  /** 0-based line of the heading in the body. */
  line: number;
}

export interface SplitLive {
  /** What comes before the first update. */
  intro: string;
  updates: WrittenUpdate[];
}

const HEADING = /^##[ \t]+(\S+)[ \t]*(.*)$/;
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;

/** The introduction and the updates of a live article's body. Headings inside code fences are text. */
export function splitLive(body: string): SplitLive {
  const lines = body.split("\n");
  const updates: WrittenUpdate[] = [];
  let fence: string | undefined;
  let current: { head: WrittenUpdate; from: number } | undefined;
  let introEnd = lines.length;
  const close = (end: number) => {
    if (current) current.head.text = lines.slice(current.from, end).join("\n").trim();
  };
  lines.forEach((line, i) => {
    const marker = FENCE.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      return;
    }
    if (marker) {
      fence = marker;
      return;
    }
    const heading = HEADING.exec(line);
    if (!heading) return;
    close(i);
    if (!current) introEnd = i;
    current = { head: { time: heading[1]!, title: heading[2]!.trim(), text: "", line: i }, from: i + 1 };
    updates.push(current.head);
  });
  close(lines.length);
  return { intro: lines.slice(0, introEnd).join("\n").trim(), updates };
}

/** An update as the site uses it. */
export interface LiveUpdate {
  date: Date;
  title: string;
  /** The anchor of the update on the page: its UTC time, which the check keeps unique. */
  id: string;
}

/** The anchor of an update: `u-20190313T184000Z`. */
export function updateId(date: Date): string {
  return `u-${date.toISOString().replace(/[-:]/g, "").replace(/\.\d+/, "")}`;
}

export interface LiveProblem {
  /** 0-based line in the body, or undefined for a front-matter field. */
  line?: number;
  field: string;
  message: string;
}

/**
 * The updates' times checked: each with its offset, each strictly earlier than the one above it,
 * none before the article's time nor after the coverage ended; `pinned` names one of them.
 */
export function checkUpdates(
  split: SplitLive,
  { start, ended, pinned, timeZone, say }: { start?: Date; ended?: Date; pinned?: string; timeZone: string; say: Speak },
): { updates: LiveUpdate[]; pinned?: string; problems: LiveProblem[] } {
  const problems: LiveProblem[] = [];
  const updates: LiveUpdate[] = [];
  const example = "## 2019-03-13T21:40:00+03:00 عنوان التحديث";
  let above: { date: Date; time: string } | undefined;
  for (const u of split.updates) {
    const at = (message: string) => problems.push({ line: u.line, field: "update", message });
    if (!u.time.includes("T")) {
      at(say(M.updateNotTime({ time: u.time, example })));
      continue;
    }
    const parsed = parseDate(u.time, timeZone);
    if (!parsed.ok) {
      at(`${say(parsed.reason)} ${say(M.updateHeading({ example }))}`);
      continue;
    }
    const date = parsed.date;
    if (above && date >= above.date)
      at(say(M.updateOrder({ time: u.time, above: above.time })));
    else if (start && date < start) at(say(M.updateBeforeStart({ time: u.time })));
    else if (ended && date > ended) at(say(M.updateAfterEnd({ time: u.time })));
    else updates.push({ date, title: u.title, id: updateId(date) });
    above = { date, time: u.time };
  }
  let pin: string | undefined;
  if (pinned !== undefined) {
    const parsed = parseDate(pinned, timeZone);
    const match = parsed.ok ? updates.find((u) => u.date.getTime() === parsed.date.getTime()) : undefined;
    if (!parsed.ok) problems.push({ field: "live.pinned", message: say(parsed.reason) });
    else if (!match)
      problems.push({ field: "live.pinned", message: say(M.pinMatchesNothing({ pinned })) });
    else pin = match.id;
  }
  return { updates, ...(pin ? { pinned: pin } : {}), problems };
}
