import { nextFrame } from './next-frame';

describe('nextFrame', () => {
  const g = globalThis as { requestAnimationFrame?: (cb: () => void) => number };
  let frames: (() => void)[] = [];
  beforeEach(() => {
    jest.useFakeTimers();
    frames = [];
  });
  afterEach(() => {
    delete g.requestAnimationFrame;
    jest.useRealTimers();
  });

  it('runs at the next frame, once (not again at the fallback timeout)', () => {
    g.requestAnimationFrame = (cb) => frames.push(cb);
    const fn = jest.fn();
    nextFrame(fn);
    expect(fn).not.toHaveBeenCalled();
    frames.forEach((f) => f());
    expect(fn).toHaveBeenCalledTimes(1);
    jest.advanceTimersByTime(1000);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('runs after 100 ms when no frame comes (a hidden tab), once', () => {
    g.requestAnimationFrame = (cb) => frames.push(cb);
    const fn = jest.fn();
    nextFrame(fn);
    jest.advanceTimersByTime(99);
    expect(fn).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
    frames.forEach((f) => f());
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('falls back to the timer where there are no animation frames', () => {
    const fn = jest.fn();
    nextFrame(fn);
    jest.advanceTimersByTime(100);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
