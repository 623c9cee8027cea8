/** Runs `npm run check`'s own function in the test's process, as build.ts's buildInProcess() does the build. */
import { checkCommand } from "../../scripts/cli/check.ts";

export interface CheckRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** The check of `contentDir` with more arguments and environment variables; what it printed, as a process would have. */
export function checkInProcess(contentDir: string, args: string[] = [], env: Record<string, string> = {}): CheckRun {
  let stdout = "";
  let stderr = "";
  const status = checkCommand(
    ["--content", contentDir, ...args],
    { ...process.env, ...env },
    { out: (text) => (stdout += `${text}\n`), err: (text) => (stderr += `${text}\n`) },
  );
  return { status, stdout, stderr };
}
