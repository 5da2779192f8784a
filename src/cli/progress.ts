import cliProgress from 'cli-progress';

/** A progress reporter for long steps: a bar in a terminal, nothing when output is piped. */
export interface Progress {
  start(total: number, label: string): void;
  update(done: number): void;
  stop(): void;
}

/** A cli-progress bar on stderr, or a silent reporter when stderr is not a terminal. */
export function progressBar(): Progress {
  if (!process.stderr.isTTY)
    return { start: () => undefined, update: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: '{label} [{bar}] {percentage}% | {value}/{total} | {eta_formatted}',
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  return {
    start: (total, label) => bar.start(total, 0, { label }),
    update: (done) => bar.update(done),
    stop: () => bar.stop(),
  };
}
