import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';

/** The machine and browsers a run was made on, printed with every table. */
export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  chromium: string;
  firefox: string;
  node: string;
  date: string;
}

/** `<exe> --version`, or what went wrong. */
function version(exe: string | undefined): string {
  if (!exe) return 'not installed';
  try {
    return execFileSync(exe, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch (error) {
    return `unknown (${String(error).slice(0, 60)})`;
  }
}

export function describeMachine(browsers: { chromium?: string; firefox?: string }): Machine {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    chromium: version(browsers.chromium),
    firefox: version(browsers.firefox),
    node: process.version,
    date: new Date().toISOString(),
  };
}
