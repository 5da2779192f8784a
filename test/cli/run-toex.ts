import { vi } from 'vitest';
import { main } from '../../src/cli/main.js';

/** What one in-process `toex` run printed, and its exit code. */
export interface ToexRun {
  code: number;
  out: string;
  err: string;
}

/**
 * Runs `toex ARGS` in this process (the real command tree, no spawn) with standard output
 * and error captured instead of printed.
 */
export async function runToex(args: readonly string[]): Promise<ToexRun> {
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const code = await main(['node', 'toex', ...args]);
    const text = (spy: typeof out) => spy.mock.calls.map((c) => String(c[0])).join('');
    return { code, out: text(out), err: text(err) };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}
