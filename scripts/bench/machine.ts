/** What a benchmark ran on, printed with its figures: timings mean little without the machine. */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { availableParallelism, cpus, totalmem } from "node:os";

export interface Machine {
  /** `nproc`: the cores this process may use, which a container can limit below the CPU's count. */
  nproc: number;
  node: string;
  cpu: string;
  /** Bytes of RAM. */
  memory: number;
}

export function describeMachine(): Machine {
  const nproc = Number(spawnSync("nproc", { encoding: "utf8" }).stdout?.trim()) || availableParallelism();
  const cpuinfo = existsSync("/proc/cpuinfo") ? readFileSync("/proc/cpuinfo", "utf8") : "";
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? cpus()[0]?.model ?? "unknown CPU";
  return { nproc, node: process.version, cpu: model, memory: totalmem() };
}

export function machineLine(m: Machine): string {
  return `${m.nproc} cores (\`nproc\`), ${m.cpu}, ${(m.memory / 2 ** 30).toFixed(1)} GiB RAM, Node ${m.node}`;
}
