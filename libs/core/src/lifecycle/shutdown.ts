/** What a process does when told to stop, and how long it may take. */
export interface ShutdownPlan {
  /** How long in-flight work may take to finish; the process is gone at most 1 s after this, whatever. */
  graceMs: number;
  /** Stops taking work and finishes what is in flight, by `deadline` (a `Date.now()` value). */
  drain: (deadline: number) => Promise<void>;
  /** Closes connections (database, Redis). Given what is left of the second after the grace period. */
  close: () => Promise<void>;
  log: { log: (message: string) => void; warn: (message: string) => void; error: (message: string) => void };
  /** For tests: how signals are received and how the process exits. */
  process?: Pick<NodeJS.Process, 'on' | 'exit'>;
}

/** Time after the grace period for closing connections before the process exits regardless. */
export const SHUTDOWN_HARD_MARGIN_MS = 1000;
/** Part of that margin `close` may use (the rest is for the process to exit). */
const CLOSE_MARGIN_MS = 700;

/**
 * On the first SIGTERM or SIGINT: `drain` (bounded by the grace period), then `close` (bounded by the margin), then
 * exit 0; exit 1 if either fails, or, as a last resort, if the process is still there `graceMs + 1 s` after the
 * signal. Later signals are ignored: the stop is already under way and bounded.
 */
export function onShutdownSignals(plan: ShutdownPlan): void {
  const proc = plan.process ?? process;
  let stopping = false;
  const handle = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const started = Date.now();
    const deadline = started + plan.graceMs;
    plan.log.log(`${signal} received: stopping within ${plan.graceMs} ms`);
    const hard = setTimeout(() => {
      plan.log.error(`still stopping ${plan.graceMs + SHUTDOWN_HARD_MARGIN_MS} ms after ${signal}: exiting`);
      proc.exit(1);
    }, plan.graceMs + SHUTDOWN_HARD_MARGIN_MS);
    hard.unref();
    const stop = async () => {
      await plan.drain(deadline);
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((resolve) => {
        timer = setTimeout(() => resolve('late'), Math.max(0, deadline + CLOSE_MARGIN_MS - Date.now()));
      });
      const closed = await Promise.race([plan.close().then(() => 'closed' as const), late]);
      clearTimeout(timer);
      if (closed === 'late')
        plan.log.warn('connections still closing at the end of the grace period: exiting');
    };
    stop().then(
      () => {
        clearTimeout(hard);
        plan.log.log(`stopped in ${Date.now() - started} ms`);
        proc.exit(0);
      },
      (err: unknown) => {
        clearTimeout(hard);
        plan.log.error(`stopping failed: ${err instanceof Error ? err.message : String(err)}`);
        proc.exit(1);
      },
    );
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) proc.on(signal, () => handle(signal));
}
