import { Clock } from '@luodi/core/time/clock';

/** A clock the test moves by hand (no sleeping through days). */
export class MutableClock extends Clock {
  constructor(
    private current: Date,
    readonly timeZone = 'Asia/Shanghai',
  ) {
    super();
  }
  now(): Date {
    return new Date(this.current);
  }
  set(instant: Date | string): void {
    this.current = new Date(instant);
  }
  advanceDays(days: number): void {
    this.current = new Date(this.current.getTime() + days * 86_400_000);
  }
}
