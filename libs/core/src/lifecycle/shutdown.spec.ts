import { EventEmitter } from 'node:events';
import { onShutdownSignals, ShutdownPlan } from './shutdown';

function fakeProcess() {
  const emitter = new EventEmitter();
  const exits: number[] = [];
  const proc = {
    on: (signal: string, listener: () => void) => emitter.on(signal, listener),
    exit: (code?: number) => void exits.push(code ?? 0),
  } as unknown as Pick<NodeJS.Process, 'on' | 'exit'>;
  return { proc, exits, send: (signal: string) => emitter.emit(signal) };
}

const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };
const flush = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};
const never = () => new Promise<void>(() => undefined);

function plan(over: Partial<ShutdownPlan>, proc: ShutdownPlan['process']): ShutdownPlan {
  return {
    graceMs: 5000,
    drain: () => Promise.resolve(),
    close: () => Promise.resolve(),
    log: quiet,
    process: proc,
    ...over,
  };
}

describe('stopping on SIGTERM', () => {
  beforeEach(() => jest.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => jest.useRealTimers());

  it('drains once with the grace deadline, closes, and exits 0', async () => {
    const { proc, exits, send } = fakeProcess();
    const drain = jest.fn(() => Promise.resolve());
    const close = jest.fn(() => Promise.resolve());
    onShutdownSignals(plan({ drain, close }, proc));
    send('SIGTERM');
    send('SIGINT');
    await flush();
    expect(drain).toHaveBeenCalledTimes(1);
    expect(drain).toHaveBeenCalledWith(1_005_000);
    expect(close).toHaveBeenCalledTimes(1);
    expect(exits).toEqual([0]);
  });

  it('exits 1 when draining or closing fails', async () => {
    for (const failing of ['drain', 'close'] as const) {
      const { proc, exits, send } = fakeProcess();
      onShutdownSignals(plan({ [failing]: () => Promise.reject(new Error('x')) }, proc));
      send('SIGINT');
      await flush();
      expect(exits).toEqual([1]);
    }
  });

  it('a close still running 0.7 s after the grace period is abandoned: exit 0 within the second', async () => {
    const { proc, exits, send } = fakeProcess();
    onShutdownSignals(plan({ close: never }, proc));
    send('SIGTERM');
    await flush();
    jest.advanceTimersByTime(5699);
    await flush();
    expect(exits).toEqual([]);
    jest.advanceTimersByTime(1);
    await flush();
    expect(exits).toEqual([0]);
  });

  it('exits 1 one second after the grace period when draining hangs', async () => {
    const { proc, exits, send } = fakeProcess();
    onShutdownSignals(plan({ drain: never }, proc));
    send('SIGTERM');
    jest.advanceTimersByTime(5999);
    await flush();
    expect(exits).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(exits).toEqual([1]);
  });
});
