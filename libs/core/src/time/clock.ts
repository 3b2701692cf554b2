import { dateInZone, CalendarDate } from './zoned-date';

/** The source of "now". Injected so tests can drive time without sleeping. */
export abstract class Clock {
  abstract now(): Date;
  abstract readonly timeZone: string;
  today(): CalendarDate {
    return dateInZone(this.now(), this.timeZone);
  }
}

export class SystemClock extends Clock {
  constructor(readonly timeZone: string) {
    super();
  }
  now(): Date {
    return new Date();
  }
}
